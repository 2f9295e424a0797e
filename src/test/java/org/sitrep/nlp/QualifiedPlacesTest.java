package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class QualifiedPlacesTest {
    private static Mention at(String text, String name, EntityType type) {
        int begin = text.indexOf(name);
        return new Mention(new Span(begin, begin + name.length()), name, type);
    }

    private static List<String> retyped(String text, List<Mention> tagged) {
        return QualifiedPlaces.retyped(text, tagged, name -> false).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void typesAPersonFollowedByACommaAndAPlaceThatClosesThePhraseAsAPlace() {
        // WikiGold, first half: a posting list "Debden, England, 4 June 1943" gave a person Debden.
        String text = "Debden, England, 4 June 1943.";
        assertThat(retyped(text, List.of(at(text, "Debden", EntityType.PERSON), at(text, "England", EntityType.LOCATION))))
                .containsExactly("LOCATION Debden", "LOCATION England");
    }

    @Test
    void leavesAPersonWithAFirstNameBeforeACommaAndAPlaceAPerson() {
        String text = "He met Chris Mumm, Iraq.";
        assertThat(retyped(text, List.of(at(text, "Chris Mumm", EntityType.PERSON), at(text, "Iraq", EntityType.LOCATION))))
                .containsExactly("PERSON Chris Mumm", "LOCATION Iraq");
    }

    @Test
    void leavesAPersonBeforeAListOfPlacesAPerson() {
        String text = "Milosevic, Serbia and Croatia met.";
        assertThat(retyped(text, List.of(at(text, "Milosevic", EntityType.PERSON), at(text, "Serbia", EntityType.LOCATION),
                at(text, "Croatia", EntityType.LOCATION)))).containsExactly("PERSON Milosevic", "LOCATION Serbia", "LOCATION Croatia");
    }

    @Test
    void leavesAPersonBeforeAPlaceThatModifiesANounAPerson() {
        // CoNLL: a contact line "Amra Kevic, Belgrade newsroom".
        String text = "Amra Kevic, Belgrade newsroom +381 11 222 4254";
        assertThat(retyped(text, List.of(at(text, "Amra Kevic", EntityType.PERSON), at(text, "Belgrade", EntityType.LOCATION))))
                .containsExactly("PERSON Amra Kevic", "LOCATION Belgrade");
    }

    @Test
    void leavesAPersonBeforeAPlacesPossessiveAPerson() {
        String text = "Kessler, Iraq's envoy, said so.";
        assertThat(retyped(text, List.of(at(text, "Kessler", EntityType.PERSON), at(text, "Iraq", EntityType.LOCATION))))
                .containsExactly("PERSON Kessler", "LOCATION Iraq");
    }

    @Test
    void leavesAPersonBeforeAPlaceThatEndsACreditLineAPerson() {
        String text = "(Editing by Kessler, Beirut; writing by Tom Perry)";
        assertThat(retyped(text, List.of(at(text, "Kessler", EntityType.PERSON), at(text, "Beirut", EntityType.LOCATION))))
                .containsExactly("PERSON Kessler", "LOCATION Beirut");
    }
}
