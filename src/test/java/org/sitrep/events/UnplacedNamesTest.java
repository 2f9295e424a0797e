package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class UnplacedNamesTest {
    private static final Place ROMANIA = new Place(798549, "Romania", 46, 25, 'A', "PCLI", "RO", "", "", 19_000_000);
    private static final Place ALBA_IULIA = new Place(686578, "Alba Iulia", 46.07, 23.58, 'P', "PPLA", "RO", "01", "",
            63_536);
    private static final Place ALBA_IULIA_ELSEWHERE = new Place(1, "Alba Iulia", 47.0, 28.0, 'P', "PPL", "MD", "01", "",
            900);
    private final UnplacedNames names = new UnplacedNames(name -> name.equals("Alba Iulia")
            ? List.of(ALBA_IULIA_ELSEWHERE, ALBA_IULIA) : List.of());

    private static LinkedMention entity(String text, String name) {
        int at = text.indexOf(name);
        return new LinkedMention(new Mention(new Span(at, at + name.length()), name, EntityType.PERSON),
                new Entity("person-" + name, name, EntityType.PERSON, null));
    }

    private static PlaceMention place(String text, String name, Place p) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, p, PlaceRole.SETTING, 0.9);
    }

    @Test
    void placesANameTheTaggerTookForAPersonInTheCountryTheSentenceNames() {
        String text = "Around 6,000 people rallied in Alba Iulia for the union with Romania.";
        List<PlaceMention> found = names.in(text, new Span(0, text.length()), List.of(entity(text, "Alba Iulia")),
                List.of(place(text, "Romania", ROMANIA)));
        assertThat(found).extracting(PlaceMention::place).containsExactly(ALBA_IULIA);
    }

    @Test
    void leavesANameUnplacedWhenNoOtherPlaceOfTheSentenceVouchesForIt() {
        String text = "Around 6,000 people rallied in Alba Iulia.";
        assertThat(names.in(text, new Span(0, text.length()), List.of(entity(text, "Alba Iulia")), List.of())).isEmpty();
    }

    @Test
    void leavesANameNoPrepositionOrKindOfPlaceIntroducesUnplaced() {
        String text = "Alba Iulia said Romania would act.";
        assertThat(names.in(text, new Span(0, text.length()), List.of(entity(text, "Alba Iulia")),
                List.of(place(text, "Romania", ROMANIA)))).isEmpty();
    }
}
