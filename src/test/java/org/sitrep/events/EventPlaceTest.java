package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class EventPlaceTest {
    private static PlaceMention named(String text, String name, Place place) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }

    @Test
    void anAttackIsWhereItLandsNotWhereItWasFiredFrom() {
        // issue 17: ACLED codes the interception at Ashdod, not at Gaza
        String text = "Hamas fired rockets from Gaza toward Israel, causing sirens to sound in Ashdod.";
        Place gaza = new Place(281133, "Gaza", 31.5, 34.47, 'P', "PPLA", "PS", "", "", 410000);
        Place ashdod = new Place(295629, "Ashdod", 31.79, 34.65, 'P', "PPL", "IL", "", "", 224656);
        var chosen = EventPlace.of(text, new Span(0, text.length()), null,
                List.of(named(text, "Gaza", gaza), named(text, "Ashdod", ashdod)));
        assertThat(chosen).get().extracting(c -> c.mention().text()).isEqualTo("Ashdod");
    }

    @Test
    void aPlaceNamedOnlyAsWhereSomethingCameFromIsStillThePlace() {
        String text = "Hamas fired rockets from Gaza on Monday.";
        Place gaza = new Place(281133, "Gaza", 31.5, 34.47, 'P', "PPLA", "PS", "", "", 410000);
        var chosen = EventPlace.of(text, new Span(0, text.length()), null, List.of(named(text, "Gaza", gaza)));
        assertThat(chosen).get().extracting(c -> c.mention().text()).isEqualTo("Gaza");
    }
}
