package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

/** Names after a noun for a body are organisations, wherever the article writes them (issue 15). */
class AppositiveOrganisationsTest {
    private static List<String> names(String text, List<Mention> mentions) {
        return AppositiveOrganisations.added(text, mentions).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void aNameAfterSecurityFirmIsAnOrganisationEverywhereTheArticleWritesIt() {
        String text = "Britain adds troops after security firm G4S failed. The minister will go after G4S.";
        assertThat(names(text, List.of())).containsExactly("ORGANIZATION G4S", "ORGANIZATION G4S");
    }

    @Test
    void aCapitalisedCommonWordMayContinueANameButNotOpenOne() {
        assertThat(names("The deal went to defence contractor BAE Systems last year.", List.of()))
                .containsExactly("ORGANIZATION BAE Systems");
        assertThat(names("He spoke to the group Members of which had fled.", List.of())).isEmpty();
    }

    @Test
    void daysAndClauseWordsAreNoNames() {
        assertThat(names("The company Monday said it would pay.", List.of())).isEmpty();
    }

    @Test
    void anAircraftCarrierIsNoOrganisation() {
        assertThat(names("Planes flew from the carrier USS Yorktown.", List.of())).isEmpty();
    }

    @Test
    void keepsTheTaggersMentionsAndAddsNoneOverThem() {
        String text = "Shares of oil giant BP fell.";
        Mention bp = new Mention(new Span(20, 22), "BP", EntityType.ORGANIZATION);
        assertThat(AppositiveOrganisations.added(text, List.of(bp))).containsExactly(bp);
    }

    @Test
    void aPersonOfTheTaggerNamedRightAfterANounForABodyIsThatOrganisationEverywhere() {
        String text = "A worker with the nongovernmental organization Sanad said aid came. Sanad runs clinics.";
        List<Mention> tagged = List.of(new Mention(new Span(47, 52), "Sanad", EntityType.PERSON),
                new Mention(new Span(68, 73), "Sanad", EntityType.PERSON));
        assertThat(names(text, tagged)).containsExactly("ORGANIZATION Sanad", "ORGANIZATION Sanad");
    }

    @Test
    void aPersonAfterABodyNounAndATitleStaysAPerson() {
        String text = "The company CEO Andy Vesey quit.";
        List<Mention> tagged = List.of(new Mention(new Span(16, 26), "Andy Vesey", EntityType.PERSON));
        assertThat(names(text, tagged)).containsExactly("PERSON Andy Vesey");
    }

    @Test
    void aPlaceOfTheTaggerThatABodyNounNamesThroughKnownAsIsThatOrganisationEverywhere() {
        // Field dev: "a youth activist group known as Tamarod" and "Tamarod organizers" gave a place.
        String text = "a youth activist group known as Tamarod, Arabic for rebel. Tamarod organizers said so.";
        int first = text.indexOf("Tamarod");
        int second = text.lastIndexOf("Tamarod");
        List<Mention> tagged = List.of(new Mention(new Span(first, first + 7), "Tamarod", EntityType.LOCATION),
                new Mention(new Span(second, second + 7), "Tamarod", EntityType.LOCATION));
        assertThat(names(text, tagged)).containsExactly("ORGANIZATION Tamarod", "ORGANIZATION Tamarod");
    }
}
