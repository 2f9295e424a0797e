package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class DefinedNamesTest {
    private static Mention at(String text, String name, EntityType type, int from) {
        int begin = text.indexOf(name, from);
        return new Mention(new Span(begin, begin + name.length()), name, type);
    }

    private static List<String> retyped(String text, List<Mention> tagged) {
        return DefinedNames.retyped(text, tagged, name -> false).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void typesAPersonTheTextCallsAMunicipalityAPlace() {
        // WikiGold, first half: "Brandhorst is a municipality in ..." gave a person Brandhorst.
        String text = "Brandhorst is a municipality in the southeast area of the district Wittenberg.";
        assertThat(retyped(text, List.of(at(text, "Brandhorst", EntityType.PERSON, 0)))).containsExactly("LOCATION Brandhorst");
    }

    @Test
    void typesAnOrganisationInAppositionToATownAPlaceWhereverTheTextWritesIt() {
        String text = "Troops reached Tal Afar, a small Sunni town near the border. Tal Afar fell.";
        assertThat(retyped(text, List.of(at(text, "Tal Afar", EntityType.ORGANIZATION, 0),
                at(text, "Tal Afar", EntityType.ORGANIZATION, 40)))).containsExactly("LOCATION Tal Afar", "LOCATION Tal Afar");
    }

    @Test
    void typesAPersonTheTextCallsARetailerAnOrganisation() {
        String text = "Bilka is a Danish retailer based in Aarhus.";
        assertThat(retyped(text, List.of(at(text, "Bilka", EntityType.PERSON, 0)))).containsExactly("ORGANIZATION Bilka");
    }

    @Test
    void leavesAPersonWhoseNounModifiesAnotherAPerson() {
        String text = "Smith, a town councillor, and Jones, a party member, spoke.";
        assertThat(retyped(text, List.of(at(text, "Smith", EntityType.PERSON, 0), at(text, "Jones", EntityType.PERSON, 0))))
                .containsExactly("PERSON Smith", "PERSON Jones");
    }

    @Test
    void leavesAPersonWhoseNounIsInAPhraseOfItsOwnAPerson() {
        String text = "Smith, a Republican from the town of Hiram, spoke.";
        assertThat(retyped(text, List.of(at(text, "Smith", EntityType.PERSON, 0)))).containsExactly("PERSON Smith");
    }

    @Test
    void leavesANameTheKnowledgeBaseKnowsAsItIs() {
        String text = "Hamas, a militia in Gaza, fired.";
        List<Mention> tagged = List.of(at(text, "Hamas", EntityType.PERSON, 0));
        assertThat(DefinedNames.retyped(text, tagged, "Hamas"::equals)).isEqualTo(tagged);
    }

    @Test
    void leavesAPlaceTheTextCallsABodyAPlace() {
        // A place stands for its government, team or firm: the field test half lost a place when places were retyped so.
        String text = "Moscow, a company town in the oil trade, and Berlin, a band from the eighties.";
        assertThat(retyped(text, List.of(at(text, "Berlin", EntityType.LOCATION, 0)))).containsExactly("LOCATION Berlin");
    }
}
