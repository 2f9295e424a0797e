package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.Seed;
import org.sitrep.core.ContentType;
import org.sitrep.core.EntityType;
import org.sitrep.core.Hints;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.pipeline.DemoCorpus;
import org.sitrep.pipeline.Pipeline;

/** Recognition and resolution with the knowledge base, on the seed (expectations from gold.json) and a FA-KES-like row. */
class EntityResolutionTest {
    private static List<LinkedMention> seed;

    @BeforeAll
    static void processSeed() {
        Processed p = Pipeline.standard().process(new RawPage("seed", Seed.text().getBytes(StandardCharsets.UTF_8),
                ContentType.PAGE_TEXT, null, Instant.EPOCH, DemoCorpus.SEED_HINTS));
        seed = p.entities();
    }

    private static List<String> namesOf(String entityId) {
        return seed.stream().filter(m -> m.entity().id().equals(entityId)).map(m -> m.mention().text()).distinct().toList();
    }

    @Test
    void joinsIsDaeshAndIslamicStateInOneEntity() {
        assertThat(namesOf("organization-islamic-state")).contains("Islamic State", "IS", "Daesh");
    }

    @Test
    void joinsShortNamesToTheFullName() {
        assertThat(namesOf("person-kristen-gillespie")).contains("Kristen Gillespie", "Gillespie");
        assertThat(namesOf("person-edward-dark")).contains("Edward Dark", "Dark");
        assertThat(namesOf("person-laurent-fabius")).contains("Laurent Fabius", "Fabius");
    }

    @Test
    void avoidsTheStockTaggersMistakesOnTheSeed() {
        assertThat(seed).extracting(m -> m.mention().text()).doesNotContain("Assad Retook", "Assad Retook Aleppo", "Province", "Jebel");
        assertThat(seed).filteredOn(m -> List.of("Daesh", "Kobani", "Jaish al-Mujahideen").contains(m.mention().text()))
                .allSatisfy(m -> assertThat(m.entity().type()).isNotEqualTo(EntityType.PERSON));
        assertThat(seed).filteredOn(m -> m.mention().text().equals("Jabhat al-Nusra"))
                .allSatisfy(m -> assertThat(m.entity().type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void findsTheNamesTheStockTaggerMisses() {
        assertThat(seed).extracting(m -> m.mention().text()).contains("Al-Bab", "Deir e-Zor", "Bab al-Hawa", "Syria Direct", "Al Monitor");
    }

    @Test
    void givesArmedGroupsAndMediaTheirKind() {
        assertThat(seed).filteredOn(m -> m.mention().text().equals("Jaish al-Mujahideen"))
                .allSatisfy(m -> assertThat(m.entity().kind()).isEqualTo("armed group"));
        assertThat(seed).filteredOn(m -> m.mention().text().equals("RFE/RL"))
                .allSatisfy(m -> assertThat(m.entity().kind()).isEqualTo("media"));
    }

    @Test
    void anAcronymDefinedInTheTextStandsForItsEntityLaterOn() {
        Processed p = Pipeline.standard().process(new RawPage("row", ("The Homs Revolutionary Council (HRC) said the army had "
                + "withdrawn. Later the HRC said two of its members were killed.").getBytes(StandardCharsets.UTF_8), ContentType.BODY_TEXT,
                "UTF-8", Instant.EPOCH, new Hints("Council says army withdrew", null, null, null)));
        List<String> ids = p.entities().stream().filter(m -> m.mention().text().equals("HRC")).map(m -> m.entity().id()).distinct().toList();
        assertThat(ids).containsExactly("organization-homs-revolutionary-council");
        assertThat(p.entities()).anySatisfy(m -> assertThat(m.mention().text()).isEqualTo("Homs Revolutionary Council"));
    }

    @Test
    void anAcronymThatLeavesAWordOfItsNameOutStandsForThatName() {
        Processed p = Pipeline.standard().process(new RawPage("row", ("The law withdraws Russia from the Comprehensive Nuclear "
                + "Test Ban Treaty (CTBT), signed in 1996. Its withdrawal from the CTBT is no surprise.").getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, "UTF-8", Instant.EPOCH, new Hints("Russia leaves test ban treaty", null, null, null)));
        assertThat(p.entities()).filteredOn(m -> m.mention().text().equals("CTBT"))
                .extracting(m -> m.entity().name()).containsOnly("Comprehensive Nuclear Test Ban Treaty");
    }

    @Test
    void aHeadlineSurnameJoinsAKnownPersonWhoseSurnameTheBodyAlsoUsesAlone() {
        Processed p = Pipeline.standard().process(new RawPage("row", ("Clinton says Gadhafi must step down for bombing to stop\n\n"
                + "Secretary of State Hillary Clinton said the strikes will stop when Gadhafi steps down.\n\n"
                + "\"I don't think there is any mystery about what is expected,\" Clinton said.").getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, "UTF-8", Instant.EPOCH, new Hints("Gadhafi asks Obama to end NATO bombing", null, null, null)));
        assertThat(p.entities()).filteredOn(m -> m.mention().text().contains("Clinton"))
                .extracting(m -> m.entity().id()).containsOnly("person-hillary-clinton");
    }

    @Test
    void resolvesIsisInAnotherArticleToTheSameEntity() {
        Processed p = Pipeline.standard().process(new RawPage("row", "ISIS fighters attacked the town, the Observatory said."
                .getBytes(StandardCharsets.UTF_8), ContentType.BODY_TEXT, "UTF-8", Instant.EPOCH, new Hints("Attack", null, null, null)));
        assertThat(p.entities()).filteredOn(m -> m.mention().text().equals("ISIS"))
                .singleElement().satisfies(m -> assertThat(m.entity().id()).isEqualTo("organization-islamic-state"));
    }

    private static List<String> officeHolderIds(java.time.LocalDate published) {
        Processed p = Pipeline.standard().process(new RawPage("row", ("Government forces retook the town on Sunday. "
                + "The Syrian president said in a speech that the war was not over.").getBytes(StandardCharsets.UTF_8),
                ContentType.BODY_TEXT, "UTF-8", Instant.EPOCH, new Hints("Town retaken", published, null, null)));
        return p.entities().stream().filter(m -> m.mention().text().equals("The Syrian president")).map(m -> m.entity().id()).toList();
    }

    @Test
    void anOfficeNamedByDescriptionIsThePersonWhoHeldItOnTheArticlesDay() {
        assertThat(officeHolderIds(java.time.LocalDate.of(2014, 12, 1))).containsExactly("person-bashar-al-assad");
        assertThat(officeHolderIds(java.time.LocalDate.of(2025, 6, 1))).containsExactly("person-abu-muhammad-al-julani");
    }

    @Test
    void anOfficeInAnArticleWithoutADateIsLinkedToNoOne() {
        assertThat(officeHolderIds(null)).isEmpty();
    }

    @Test
    void seedsPronounAndOfficeStandForTheirPeople() {
        assertThat(namesOf("person-kristen-gillespie")).contains("she");
        assertThat(namesOf("person-bashar-al-assad")).contains("the Syrian president");
    }

    @Test
    void aPronounAfterTwoPeopleIsLinkedToNeither() {
        Processed p = Pipeline.standard().process(new RawPage("row", ("Rami Abdel Rahman met Kristen Gillespie in Gaziantep on "
                + "Monday. He left for Beirut the next day.").getBytes(StandardCharsets.UTF_8), ContentType.BODY_TEXT, "UTF-8",
                Instant.EPOCH, new Hints("Meeting", null, null, null)));
        assertThat(p.entities()).extracting(m -> m.mention().text()).doesNotContain("He");
    }
}
