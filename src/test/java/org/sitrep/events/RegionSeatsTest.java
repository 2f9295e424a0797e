package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;

class RegionSeatsTest {
    private static final Place PROVINCE = new Place(298332, "Şanlıurfa", 37.33, 38.83, 'A', "ADM1", "TR", "75", "", 0);
    private static final Place CITY = new Place(298333, "Şanlıurfa", 37.16, 38.79, 'P', "PPLA", "TR", "75", "", 449549);
    private static final Place NAMESAKE = new Place(298334, "Şanlıurfa", 39.0, 30.0, 'P', "PPL", "TR", "03", "", 200);
    private final RegionSeats seats = new RegionSeats(name -> Map.of("Şanlıurfa", List.of(PROVINCE, CITY, NAMESAKE))
            .getOrDefault(name, List.of()));

    private static PlaceMention named(String text, String name, Place place) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }

    @Test
    void placesAnIncidentKnownOnlyByItsProvinceAtTheProvincesSeat() {
        // issue 17: ACLED codes a region-level incident to the region's capital
        String text = "Teachers staged a demonstration in front of their office in Şanlıurfa province.";
        assertThat(seats.atSeat(text, named(text, "Şanlıurfa", PROVINCE)).place()).isEqualTo(CITY);
    }

    @Test
    void keepsTheRegionsOwnPointWhenItsCountrysideIsMeant() {
        String text = "Regime forces shelled a village in Şanlıurfa countryside.";
        assertThat(seats.atSeat(text, named(text, "Şanlıurfa", PROVINCE)).place()).isEqualTo(PROVINCE);
    }

    @Test
    void leavesATownAsItIs() {
        String text = "Protesters gathered in Şanlıurfa.";
        assertThat(seats.atSeat(text, named(text, "Şanlıurfa", CITY)).place()).isEqualTo(CITY);
    }
}
