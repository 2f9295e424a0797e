package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;

class OutletRegionsTest {
    private static Place town(String country, String admin1) {
        return new Place(1, "Town", 35, -84, 'P', "PPL", country, admin1, "", 1000);
    }

    private static Place country(String code) {
        return new Place(2, "Country", 35, -84, 'A', "PCLI", code, "", "", 1_000_000);
    }

    @Test
    void learnsTheRegionsMostOfAnOutletsArticlesName() {
        var learned = OutletRegions.learn(List.of(
                List.of(town("US", "TN"), town("US", "GA")),
                List.of(town("US", "TN")),
                List.of(town("US", "TN"), town("US", "KY"))));
        assertThat(learned.shares()).containsOnlyKeys("US.TN").containsEntry("US.TN", 1.0);
    }

    @Test
    void countsEachArticleOnceForARegionItNamesOften() {
        var learned = OutletRegions.learn(List.of(
                List.of(town("US", "TN"), town("US", "TN"), town("US", "TN")),
                List.of(town("US", "GA")),
                List.of(town("US", "KY"))));
        assertThat(learned.shares()).isEmpty();
    }

    @Test
    void countriesAndArticlesWithoutRegionsSayNothing() {
        var learned = OutletRegions.learn(List.of(List.of(country("US")), List.of(), List.of(country("GR"))));
        assertThat(learned).isEqualTo(OutletRegions.NONE);
    }

    @Test
    void rejectsARegionKeyWithoutItsCountry() {
        assertThatThrownBy(() -> new OutletRegions(Map.of("TN", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got: \"TN\"");
    }
}
