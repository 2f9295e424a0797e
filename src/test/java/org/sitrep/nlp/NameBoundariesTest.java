package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class NameBoundariesTest {
    private static List<String> mended(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        Mention m = new Mention(new Span(at, at + name.length()), name, type);
        return NameBoundaries.mended(text, List.of(m)).stream()
                .peek(k -> assertThat(k.span().of(text)).isEqualTo(k.text()))
                .map(k -> k.type() + " " + k.text()).toList();
    }

    @Test
    void splitsAnOrganisationsMentionRunningAListsNamesTogetherAtItsCommas() {
        // Issue 15, field dev: airlines in a list gave one body "Royal Jordanian, Egypt Air".
        assertThat(mended("banned on flights by Royal Jordanian, Egypt Air, Turkish Airlines and others.",
                "Royal Jordanian, Egypt Air", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION Royal Jordanian", "ORGANIZATION Egypt Air");
    }

    @Test
    void keepsACommaBeforeAOneWordCampusInTheOrganisationsName() {
        assertThat(mended("he teaches at the University of California, Berkeley.", "University of California, Berkeley",
                EntityType.ORGANIZATION)).containsExactly("ORGANIZATION University of California, Berkeley");
    }

    @Test
    void keepsTheWritersOwnWordsOfANameRunningOverAnEditorsBracket() {
        // Field dev (HuffPost): "[Russian President Vladimir] Putin" gave a person "Vladimir] Putin", no form of Putin.
        assertThat(mended("against [Russian President Vladimir] Putin and", "Vladimir] Putin", EntityType.PERSON))
                .containsExactly("PERSON Putin");
        assertThat(mended("with President Xi [Jinping] in", "Xi [Jinping", EntityType.PERSON)).containsExactly("PERSON Xi");
        assertThat(mended("with President Xi Jinping in", "Xi Jinping", EntityType.PERSON)).containsExactly("PERSON Xi Jinping");
    }

    @Test
    void splitsNamesJoinedByASlashIntoOneNameEach() {
        // Wikinews demo: "the Collins/Parker ticket" was one person.
        assertThat(mended("The party settled on the Collins/Parker ticket.", "Collins/Parker", EntityType.PERSON))
                .containsExactly("PERSON Collins", "PERSON Parker");
    }

    @Test
    void keepsASlashBetweenCapitalsInTheName() {
        assertThat(mended("it started to play AC/DC songs", "AC/DC", EntityType.ORGANIZATION)).containsExactly("ORGANIZATION AC/DC");
    }

    @Test
    void leavesACaptionsLabelAfterAPersonsNameOutOfTheName() {
        // Wikinews demo: "Elizabeth Warren Image: U.S. Senate." gave a person "Elizabeth Warren Image".
        assertThat(mended("Elizabeth Warren Image: U.S. Senate.", "Elizabeth Warren Image", EntityType.PERSON))
                .containsExactly("PERSON Elizabeth Warren");
    }

    @Test
    void keepsALabelsWordInsideOrClosingAnOrganisationsNameWithoutItsColon() {
        assertThat(mended("he recorded with Public Image Ltd.", "Public Image Ltd", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION Public Image Ltd");
        assertThat(mended("the Reuters Photo desk said", "Reuters Photo", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION Reuters Photo");
    }

    @Test
    void splitsAnAcronymOpeningAPersonsNameOffAsAnOrganisation() {
        // Wikinews demo: "told NPR Hamza bin Laden had appeared" gave one person "NPR Hamza bin Laden".
        assertThat(mended("Ali Soufan told NPR Hamza bin Laden had appeared in videos.", "NPR Hamza bin Laden", EntityType.PERSON))
                .containsExactly("ORGANIZATION NPR", "PERSON Hamza bin Laden");
    }

    @Test
    void keepsInitialsBeforeASurnameInThePersonsName() {
        assertThat(mended("JR Smith scored.", "JR Smith", EntityType.PERSON)).containsExactly("PERSON JR Smith");
    }

    @Test
    void splitsAnOwnersNameOfTwoWordsFromTheNameOfWhatItOwns() {
        assertThat(mended("said Peter Walker of Tufts University\u2019s Feinstein International Center.",
                "Tufts University\u2019s Feinstein International Center", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION Tufts University", "ORGANIZATION Feinstein International Center");
    }

    @Test
    void keepsAPossessiveThatIsPartOfABodysName() {
        assertThat(mended("the Chinese People's Liberation Army said", "Chinese People's Liberation Army", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION Chinese People's Liberation Army");
        assertThat(mended("at King's College London today", "King's College London", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION King's College London");
    }

    @Test
    void splitsAPossessiveAfterAnOwnerTheArticleNamesOnItsOwn() {
        // Issue 15: "Brotherhood's Freedom and Justice Party" was one body the gold does not list.
        String text = "The Brotherhood marched. The Brotherhood's Freedom and Justice Party won.";
        Mention alone = new Mention(new Span(4, 15), "Brotherhood", EntityType.ORGANIZATION);
        int at = text.indexOf("Brotherhood's");
        String joined = "Brotherhood's Freedom and Justice Party";
        Mention run = new Mention(new Span(at, at + joined.length()), joined, EntityType.ORGANIZATION);
        assertThat(NameBoundaries.mended(text, List.of(alone, run), name -> false)).extracting(Mention::text)
                .containsExactly("Brotherhood", "Brotherhood", "Freedom and Justice Party");
    }

    @Test
    void splitsAPossessiveAfterAnOwnerTheKnowledgeBaseKnows() {
        String text = "Iwo Jima's Mount Suribachi rose above the beach.";
        Mention m = new Mention(new Span(0, 26), "Iwo Jima's Mount Suribachi", EntityType.LOCATION);
        assertThat(NameBoundaries.mended(text, List.of(m), "Iwo Jima"::equals)).extracting(Mention::text)
                .containsExactly("Iwo Jima", "Mount Suribachi");
    }

    @Test
    void splitsAPossessiveWrittenApartFromItsOwnerAsInTextRebuiltFromTokens() {
        assertThat(mended("of the American Civil Liberties Union 's Reproductive Freedom Project .",
                "American Civil Liberties Union 's Reproductive Freedom Project", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION American Civil Liberties Union", "ORGANIZATION Reproductive Freedom Project");
    }

    @Test
    void keepsAPossessiveInsideANameOtherThanABodys() {
        assertThat(mended("as Barack Obama's White House said", "Barack Obama's White House", EntityType.LOCATION))
                .containsExactly("LOCATION Barack Obama's White House");
    }
}
