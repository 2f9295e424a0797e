package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class ActorPhrasesTest {
    private final ActorPhrases phrases = new ActorPhrases();

    private List<String> sides(String sentence) {
        return phrases.in(sentence, new Span(0, sentence.length()), List.of()).stream()
                .map(p -> p.role() + ":" + (p.name() != null ? p.name() : p.country())).toList();
    }

    @Test
    void readsTheIslamicStateByItsShortNamesButNotTheVerbOrWhoseGroundAPlaceIs() {
        assertThat(sides("Rebel fighters killed in IS suicide bomb attack in Daesh-held villages, which is"))
                .containsExactly("UNIDENTIFIED:", "NAMED:Islamic State");
    }

    @Test
    void takesCoalitionStrikesForTheCoalitionsNotTheCountryHit() {
        assertThat(sides("Coalition airstrikes kill 85 civilians")).containsExactly("NAMED:International coalition", "CIVILIANS:");
    }

    @Test
    void takesStrikesForASideOnlyWithAWordSayingWhose() {
        assertThat(sides("US-led strikes kill 20 jihadists; a strike killed 15; Russian raids"))
                .containsExactly("MILITARY:US", "UNIDENTIFIED:", "MILITARY:RU");
    }

    @Test
    void readsAnUnidentifiedGroupAndTheCountryItsPhraseGives() {
        assertThat(sides("An unidentified Palestinian group exchanged fire with Israeli forces"))
                .containsExactly("UNIDENTIFIED:PS", "MILITARY:IL");
    }

    @Test
    void marksArmedPeopleCountedAfterByAsTheDoers() {
        List<ActorPhrase> found = phrases.in("Two police officers were shot by two armed individuals.",
                new Span(0, 55), List.of());
        assertThat(found).extracting(ActorPhrase::role, ActorPhrase::agent)
                .containsExactly(tuple(ActorRole.POLICE, false),
                        tuple(ActorRole.UNIDENTIFIED, true));
    }

    @Test
    void readsWhoseForcesTheCountrysOwnNameRightBeforeThemSays() {
        assertThat(sides("In Sei Lant village, the Myanmar military opened fire"))
                .containsExactly("MILITARY:MM");
    }

    @Test
    void takesMilitaryPoliceForMilitaryForces() {
        assertThat(sides("Drug traffickers exchanged fire with military police")).containsExactly("GANG:", "MILITARY:");
    }

    @Test
    void readsSettlersAsSettlersOfTheirNationality() {
        assertThat(sides("Armed Israeli settlers attacked Palestinian farmers"))
                .containsExactly("SETTLERS:IL", "CIVILIANS:PS");
    }

    @Test
    void readsANationalityACrowdIsForAsNoneOfItsOwn() {
        assertThat(sides("Hundreds of pro-Palestinian protesters marched")).containsExactly("PROTESTERS:");
    }

    @Test
    void takesASideNamedAfterSupportedByForNoDoer() {
        String text = "Clashes took place between Hamza Division and regime forces supported by YPG";
        List<ActorPhrase> found = phrases.in(text, new Span(0, text.length()), List.of(
                group(text, "Hamza Division"), group(text, "YPG")));
        assertThat(found).noneMatch(ActorPhrase::agent);
    }

    @Test
    void takesAnOrganisationTheKnowledgeBaseLacksForASideWhenItsNameEndsInAnArmedBodysWord() {
        String text = "Al Fath Al Mubeen Operation Room snipers shot and killed a soldier";
        int end = "Al Fath Al Mubeen Operation Room".length();
        LinkedMention room = new LinkedMention(new Mention(new Span(0, end), text.substring(0, end),
                EntityType.ORGANIZATION), new Entity("organization-room", text.substring(0, end),
                EntityType.ORGANIZATION, null));
        assertThat(phrases.in(text, new Span(0, text.length()), List.of(room)))
                .extracting(ActorPhrase::name).first().isEqualTo("Al Fath Al Mubeen Operation Room");
    }

    @Test
    void readsACriminalGroupTheTextDoesNotNameAsAGang() {
        // issue 17: ACLED's "Unidentified Gang (Brazil)"
        assertThat(sides("Four members of a drug trafficking group opened fire against a group of people"))
                .containsExactly("GANG:", "CIVILIANS:");
    }

    @Test
    void foldsTheTroopsOfANamedGroupIntoThatGroup() {
        String text = "The combined troops of the Kachin Independence Army attacked the Myanmar military outpost";
        List<ActorPhrase> found = phrases.in(text, new Span(0, text.length()),
                List.of(group(text, "Kachin Independence Army")));
        assertThat(found).extracting(ActorPhrase::role).containsExactly(ActorRole.NAMED, ActorRole.MILITARY);
        assertThat(found.get(0).name()).isEqualTo("Kachin Independence Army");
    }

    @Test
    void readsWarplanesNobodyClaimsAsUnidentifiedMilitaryForces() {
        assertThat(sides("Unknown military forces targeted the vicinity of the town"))
                .containsExactly("NAMED:Unidentified Military Forces");
    }

    @Test
    void readsACapitalisedArmedBodyTheEntityStageMissedAsANamedSide() {
        assertThat(sides("On 1 December 2023, Tribal and Clan Forces attacked positions; Security Forces replied"))
                .containsExactly("NAMED:Tribal and Clan Forces", "MILITARY:");
    }

    @Test
    void readsTwoCoordinatedNationalitiesAsTwoSidesFirstNamedFirst() {
        assertThat(sides("Russian and Ukrainian troops clashed near Stepove"))
                .containsExactly("MILITARY:RU", "MILITARY:UA");
    }

    @Test
    void foldsUnnamedFightersIntoTheGroupTheParenthesesSayTheyAre() {
        String text = "Three militants (coded as TTP) exchanged fire with police";
        List<ActorPhrase> found = phrases.in(text, new Span(0, text.length()), List.of(group(text, "TTP")));
        assertThat(found).extracting(ActorPhrase::role, ActorPhrase::name)
                .containsExactly(tuple(ActorRole.NAMED, "TTP"), tuple(ActorRole.POLICE, null));
    }

    @Test
    void namesAMilitiaNamedAfterAPlaceAsThatPlacesCommunalMilitia() {
        String text = "The Sokoto militia raided Gidan Marayu";
        LinkedMention sokoto = new LinkedMention(new Mention(new Span(4, 10), "Sokoto", EntityType.LOCATION),
                new Entity("location-Sokoto", "Sokoto", EntityType.LOCATION, null));
        assertThat(phrases.in(text, new Span(0, text.length()), List.of(sokoto)))
                .extracting(ActorPhrase::role, ActorPhrase::name)
                .containsExactly(tuple(ActorRole.COMMUNAL, "Sokoto"));
    }

    @Test
    void readsAUnitTheTaggerTookForAPlaceByItsArabicUnitWord() {
        String text = "Katibat Tulkarm militants detonated an IED";
        LinkedMention unit = new LinkedMention(new Mention(new Span(0, 15), "Katibat Tulkarm", EntityType.LOCATION),
                new Entity("location-Katibat", "Katibat Tulkarm", EntityType.LOCATION, null));
        assertThat(phrases.in(text, new Span(0, text.length()), List.of(unit)))
                .extracting(ActorPhrase::role, ActorPhrase::name)
                .startsWith(tuple(ActorRole.NAMED, "Katibat Tulkarm"));
    }

    private static LinkedMention group(String text, String name) {
        int at = text.indexOf(name);
        return new LinkedMention(new Mention(new Span(at, at + name.length()), name, EntityType.ORGANIZATION),
                new Entity("organization-" + name, name, EntityType.ORGANIZATION, "armed group"));
    }

    @Test
    void takesNoSideTheSentenceOnlyCitesAsItsSource() {
        assertThat(sides("Five civilians were killed in Raqqa, according to the US-led coalition"))
                .containsExactly("CIVILIANS:");
    }

    @Test
    void takesNoSideThatOnlySaysWhatAnotherDid() {
        assertThat(sides("Jaish al-Islam spokesman Islam Alloush said that Syrian troops had executed a pilot"))
                .containsExactly("MILITARY:SY");
    }

    @Test
    void keepsASideThatSaysWhatItDidItself() {
        assertThat(sides("Russian forces said that they had taken the village")).containsExactly("MILITARY:RU");
    }

    @Test
    void takesMissilesForAStatesForcesOnlyWithAWordSayingWhose() {
        assertThat(sides("An airbase struck by US missiles; a missile hit a school"))
                .containsExactly("MILITARY:US");
    }
}
