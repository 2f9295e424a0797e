package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.geo.PlaceRanker;
import org.sitrep.geo.PlaceResolver;

/**
 * Issue 16: place resolution given the gold place names, with the shipped gazetteer (no CoreNLP, so a few seconds).
 * On 2026-12-04, after unknown names were placed at the article's middle place or at a known place they hold, LGL's
 * names are placed within 161 km 0.876 of the time (exact GeoNames id 0.829) and GeoWebNews' 0.861 (0.802); with the
 * learned ranker (trained on the dev halves) 0.888 (0.841) and 0.865 (0.807). That evening (US postal places, currency
 * clues, listed counties) the rules reached 0.894 (0.842) and 0.866 (0.808); that night, with the outlet's country-code
 * domain as a clue (LGL gives each article's domain), LGL 0.898 (0.846); on 2026-12-05, with the regions an outlet's
 * other articles name as a clue (a local paper's home, learned from the outlet's other articles in the corpus, which
 * {@code sitrep geocode} reading one article at a time cannot do), LGL 0.929 (0.875) against 0.898 (0.846) without, and with datelines naming towns GeoWebNews
 * 0.871 (0.813); in session 31, with wider regions (Nagorno-Karabakh, Southeast Asia), dotted region abbreviations
 * ("N.S.W.", "NSW") and "T&amp;T" in the gazetteer, GeoWebNews 0.880 (0.820) and LGL 0.900 (0.847); in session 32, with
 * regions at the centre of their shape rather than at Natural Earth's label point and wide regions weighed as continents,
 * GeoWebNews 0.888 (0.820) and LGL 0.901 (0.847); in session 33, with a people's adjective given as a place standing
 * for its region ("Kurdish": Kurdistan, "Siberian", "Tamil"), GeoWebNews 0.890 (0.821); later in session 33, with a town that holds most of a region of its name taking the region's
 * prior ("Geneva", "Lagos") and districts named without their word, exact ids GeoWebNews 0.824 and LGL 0.849 (0.878 with
 * outlet regions); in session 34, with transliteration guesses kept to countries whose names are transliterated
 * ("Anfield" is not Enfield) and unknown names put at the place the text says holds them ("the Palais des Nations in
 * Geneva"), GeoWebNews 0.898 (0.823) and LGL 0.904 (0.850; 0.934 and 0.878 with outlet regions); in session 37, with a
 * small place far from all the article's others put where the article is ({@code StrayPlaces}), GeoWebNews 0.917 (0.837)
 * and LGL 0.908 (0.851; 0.939 and 0.879 with outlet regions). The floors sit just under.
 * `sitrep eval geo` prints these and the dev and test halves apart.
 */
class GeoResolutionFloorTest {
    private static final Path CORPORA = Path.of("..", "shared", "eval", "geo");

    @Test
    void placesMostOfLglsNamesWithin161KmOfTheirGoldPlace() throws IOException {
        Map<String, Double> f = figures("lgl.xml", "lgl");
        assertThat(f.get("lgl accuracy@161km")).isGreaterThan(0.906);
        assertThat(f.get("lgl exact geonameid")).isGreaterThan(0.846);
    }

    @Test
    void placesMoreOfLglsNamesWhenTheOutletsOtherArticlesTellItsHomeRegions() throws IOException {
        Map<String, Double> f = figures("lgl.xml", "lgl");
        assertThat(f.get("lgl accuracy@161km with outlet regions")).isGreaterThan(0.937);
        assertThat(f.get("lgl exact geonameid with outlet regions")).isGreaterThan(0.875);
    }

    @Test
    void placesMostOfGeoWebNewsNamesIncludingTheirAdjectivesWithin161Km() throws IOException {
        Map<String, Double> f = figures("GWN.xml", "gwn");
        assertThat(f.get("gwn accuracy@161km")).isGreaterThan(0.915);
        assertThat(f.get("gwn exact geonameid")).isGreaterThan(0.820);
    }

    @Test
    void theLearnedRankerPlacesMoreOfLglsNamesWithin161KmThanTheRulesAlone() throws IOException {
        Map<String, Double> f = figures("lgl.xml", "lgl", PlaceRanker.bundled());
        assertThat(f.get("lgl accuracy@161km")).isGreaterThan(0.884);
        assertThat(f.get("lgl exact geonameid")).isGreaterThan(0.836);
        Map<String, Double> g = figures("GWN.xml", "gwn", PlaceRanker.bundled());
        assertThat(g.get("gwn accuracy@161km")).isGreaterThan(0.86);
    }

    private static Map<String, Double> figures(String file, String name) throws IOException {
        return figures(file, name, null);
    }

    private static Map<String, Double> figures(String file, String name, PlaceRanker ranker) throws IOException {
        Path corpus = CORPORA.resolve(file);
        assumeTrue(Files.isRegularFile(corpus), "the geoparsing corpus is not at " + corpus + " (../shared is absent)");
        Map<String, Double> figures = new HashMap<>();
        new GeoEvaluation(new PlaceResolver(GeoNamesGazetteer.shared(), ranker), GeoNamesGazetteer.shared(), f -> figures.put(f.name(), f.value()))
                .resolution(name, GeoCorpus.read(corpus));
        return figures;
    }
}
