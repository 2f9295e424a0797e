package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class NonNamesTest {
    private static List<String> kept(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        Mention m = new Mention(new Span(at, at + name.length()), name, type);
        return NonNames.without(text, List.of(m)).stream().map(k -> k.type() + " " + k.text()).toList();
    }

    @Test
    void dropsTheNameInAPicturesCreditButKeepsItInTheStory() {
        // Issue 15: photographers' credits in the Wikinews demo corpus were listed as people of the story.
        assertThat(kept("Protesters at the march. Image: Andrew Gray.", "Andrew Gray", EntityType.PERSON)).isEmpty();
        assertThat(kept("Andrew Gray said the march was peaceful.", "Andrew Gray", EntityType.PERSON))
                .containsExactly("PERSON Andrew Gray");
    }

    @Test
    void dropsTheFieldOfAJobTitle() {
        assertThat(kept("an interview with the Deputy Secretary of State, Paul Wolfowitz", "State", EntityType.ORGANIZATION)).isEmpty();
        assertThat(kept("Defense Secretary Leon Panetta told reporters", "Defense", EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void dropsAFieldOfSeveralWordsOfAJobTitle() {
        assertThat(kept("Assistant Secretary of State for Intelligence and Research Thomas Fingar testified",
                "State for Intelligence and Research", EntityType.ORGANIZATION)).isEmpty();
        assertThat(kept("the Department of Homeland Security said", "Homeland Security", EntityType.ORGANIZATION))
                .containsExactly("ORGANIZATION Homeland Security");
    }

    @Test
    void dropsAPartysAdjectiveBeforeACommonNounButKeepsTheParty() {
        assertThat(kept("extremist Republican plans for world domination", "Republican", EntityType.ORGANIZATION)).isEmpty();
        assertThat(kept("the Shiite-dominated slate", "Shiite", EntityType.ORGANIZATION)).isEmpty();
        assertThat(kept("the Republican Party said", "Republican", EntityType.ORGANIZATION)).containsExactly("ORGANIZATION Republican");
    }

    @Test
    void dropsASentenceOpeningCommonNounTheArticleWritesInLowerCase() {
        assertThat(kept("Authorities said the shootout took place. The authorities closed the road.", "Authorities", EntityType.PERSON)).isEmpty();
        assertThat(kept("Hamas said the truce held. Its fighters withdrew.", "Hamas", EntityType.ORGANIZATION)).containsExactly("ORGANIZATION Hamas");
    }

    @Test
    void dropsALoneLetterAndTypesAFaithMisc() {
        assertThat(kept("Q: Mr. Secretary, do you think so?", "Q", EntityType.PERSON)).isEmpty();
        assertThat(kept("he spoke of Islam and the West", "Islam", EntityType.ORGANIZATION)).containsExactly("MISC Islam");
    }

    @Test
    void dropsANationalityOrFaithNounTakenForAPersonButLeavesAPlaceTypedOneToThePlaceStage() {
        assertThat(kept("This was disappointing to the Palestinians, who say", "Palestinians", EntityType.PERSON)).isEmpty();
        assertThat(kept("hundreds of millions of Muslims who do not believe", "Muslims", EntityType.PERSON)).isEmpty();
        assertThat(kept("the Middle Eastern states", "Middle Eastern", EntityType.LOCATION)).containsExactly("LOCATION Middle Eastern");
    }

    @Test
    void dropsANameThatIsTheWholeTitleLineButKeepsItInTheBody() {
        String text = "Press TV\n\nNo exceptions to settlement freeze, Press TV said.";
        assertThat(kept(text, "Press TV", EntityType.ORGANIZATION)).isEmpty();
        String body = text.substring(0, text.lastIndexOf("Press TV"));
        assertThat(NonNames.without(text, List.of(new Mention(new Span(body.length(), body.length() + 8), "Press TV",
                EntityType.ORGANIZATION)))).hasSize(1);
        assertThat(kept("Press TV reports a freeze\n\nMore.", "Press TV", EntityType.ORGANIZATION)).hasSize(1);
    }

    @Test
    void dropsWordsOfFaithOrNationalityWithATitleButKeepsTheirChurch() {
        String text = "The Shiite Muslim majority and Coptic Christians mourned; the Coptic Pope led prayers of the Coptic Church.";
        assertThat(kept(text, "Shiite Muslim", EntityType.ORGANIZATION)).isEmpty();
        assertThat(kept(text, "Coptic Christians", EntityType.ORGANIZATION)).isEmpty();
        assertThat(kept(text, "Coptic Pope", EntityType.PERSON)).isEmpty();
        assertThat(kept(text, "Coptic Church", EntityType.ORGANIZATION)).containsExactly("ORGANIZATION Coptic Church");
    }

    @Test
    void dropsASentenceOpeningWordEnglishWritesInLowerCaseUnlessTheArticleCapitalisesItWithinASentence() {
        assertThat(kept("It held. Anyone who thinks the regime is on the verge of collapse is wrong.", "Anyone", EntityType.PERSON)).isEmpty();
        assertThat(kept("Rice said the talks would go on. He met Condoleezza Rice in May.", "Rice", EntityType.PERSON))
                .containsExactly("PERSON Rice");
    }
}
