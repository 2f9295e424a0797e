package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;

class StrayPlacesTest {
    private static final Place MANASSAS = town(1, "Manassas", 38.75, -77.47, 41_000);
    private static final Place VIENNA = town(2, "Vienna", 38.90, -77.26, 16_000);
    private static final Place STONEWALL_MS = town(3, "Stonewall", 32.13, -88.79, 1_031);
    private static final Place JACKSON_MS = town(4, "Jackson", 32.30, -90.18, 160_000);
    private static final Place UNITED_STATES = new Place(5, "United States", 39.76, -98.5, 'A', "PCLI", "US", "", "", 327_000_000);

    private static final Place ITALY = new Place(6, "Italy", 42.83, 12.83, 'A', "PCLI", "IT", "", "", 60_000_000);
    private static final Place FLUMERI = new Place(7, "Flumeri", 41.08, 15.15, 'P', "PPLA3", "IT", "04", "", 1_354);

    private static Place town(long id, String name, double lat, double lon, long population) {
        return new Place(id, name, lat, lon, 'P', "PPL", "US", "", "", population);
    }

    @Test
    void findsAVillageFarFromEveryOtherPlaceNamed() {
        assertThat(StrayPlaces.of(List.of(MANASSAS, VIENNA, STONEWALL_MS), List.of("manassas", "vienna", "stonewall"))).containsExactly(2);
    }

    @Test
    void keepsAVillageNearAnotherPlaceNamed() {
        assertThat(StrayPlaces.of(List.of(MANASSAS, JACKSON_MS, STONEWALL_MS), List.of("manassas", "jackson", "stonewall"))).isEmpty();
    }

    @Test
    void keepsALargeTownFarFromTheOthers() {
        assertThat(StrayPlaces.of(List.of(MANASSAS, VIENNA, JACKSON_MS), List.of("manassas", "vienna", "jackson"))).isEmpty();
    }

    @Test
    void needsTwoOtherPlacesBesidesCountries() {
        assertThat(StrayPlaces.of(List.of(MANASSAS, UNITED_STATES, STONEWALL_MS), List.of("manassas", "united states", "stonewall"))).isEmpty();
    }

    @Test
    void keepsAVillageAbroadInACountryTheArticleNames() {
        assertThat(StrayPlaces.of(List.of(MANASSAS, VIENNA, FLUMERI, ITALY), List.of("manassas", "vienna", "flumeri", "italy"))).isEmpty();
    }

    @Test
    void findsAVillageInTheCountryOfTheOtherPlacesThoughTheCountryIsNamed() {
        assertThat(StrayPlaces.of(List.of(MANASSAS, VIENNA, STONEWALL_MS, UNITED_STATES),
                List.of("manassas", "vienna", "stonewall", "united states"))).containsExactly(2);
    }
}
