package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Place;

class GeoNamesGazetteerTest {
    private final GeoNamesGazetteer gazetteer = SmallGazetteer.get();

    @Test
    void findsAPlaceByItsNameAlternateNamesAndArabicName() {
        assertThat(gazetteer.named("Kobani")).extracting(Place::id).containsExactly(173999L);
        assertThat(gazetteer.named("Ayn al-Arab")).extracting(Place::id).containsExactly(173999L);
        assertThat(gazetteer.named("دير الزور")).extracting(Place::id).containsExactly(170794L);
    }

    @Test
    void findsEveryPlaceOfAnAmbiguousName() {
        assertThat(gazetteer.named("Paris")).extracting(Place::country).containsExactlyInAnyOrder("FR", "US");
    }

    @Test
    void findsTransliterationsOnlyLoosely() {
        assertThat(gazetteer.named("Deir e-Zor")).isEmpty();
        assertThat(gazetteer.namedLoosely("Deir e-Zor")).extracting(Place::id).containsExactly(170794L);
    }

    @Test
    void givesRegionsWithoutAPopulationTheSumOfTheirPlaces() {
        Place governorate = gazetteer.byId(170062).orElseThrow();
        assertThat(governorate.population()).isEqualTo(1602264 + 50000);
    }

    @Test
    void knowsCountriesAndFirstLevelRegionsByCode() {
        assertThat(gazetteer.country("SY")).map(Place::name).contains("Syria");
        assertThat(gazetteer.region("US", "LA")).map(Place::name).contains("Louisiana");
    }

    @Test
    void supplementPlacesHaveNoGeoNamesId() {
        assertThat(gazetteer.named("Bab al-Hawa")).singleElement().satisfies(p -> assertThat(p.geonameId()).isNull());
    }

    @Test
    void refusesAMalformedLineNamingIt() {
        String data = "#header\n1\tA\tA\t\t1.0\t2.0\tP\tPPL\tSY\t01\t\t10\tG\n2\tB\tB\t\tnorth\t2.0\tP\tPPL\tSY\t01\t\t10\tG\n";
        assertThatThrownBy(() -> GeoNamesGazetteer.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "bad.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.tsv line 3");
    }

    @Test
    void readsTheCompiledFormatWithTheSameAnswersAsTheText() throws IOException {
        GeoNamesGazetteer compiled = GeoNamesGazetteer.read(new ByteArrayInputStream(compiledSmallGazetteer()), "small.bin.gz");
        assertThat(compiled.size()).isEqualTo(gazetteer.size());
        for (String name : new String[] {"Kobani", "Ayn al-Arab", "دير الزور", "Paris", "Deir e-Zor", "Henry County", "Nowhere"}) {
            assertThat(compiled.named(name)).as(name).isEqualTo(gazetteer.named(name));
            assertThat(compiled.namedLoosely(name)).as(name).isEqualTo(gazetteer.namedLoosely(name));
        }
        assertThat(compiled.byId(170062)).isEqualTo(gazetteer.byId(170062)).isPresent();
        assertThat(compiled.region("US", "LA")).isEqualTo(gazetteer.region("US", "LA")).isPresent();
        assertThat(compiled.country("SY")).isEqualTo(gazetteer.country("SY")).isPresent();
    }

    @Test
    void refusesACompiledFileCutShortNamingIt() throws IOException {
        byte[] whole = compiledSmallGazetteer();
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(cut)) {
            byte[] data = new GZIPInputStream(new ByteArrayInputStream(whole)).readAllBytes();
            gzip.write(data, 0, data.length / 2);
        }
        assertThatThrownBy(() -> GeoNamesGazetteer.read(new ByteArrayInputStream(cut.toByteArray()), "cut.bin.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("cut.bin.gz");
    }

    private static byte[] compiledSmallGazetteer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerFile.write(GazetteerTsv.read(SmallGazetteer.class.getResourceAsStream("small-gazetteer.tsv"), "small"), out);
        return out.toByteArray();
    }

    @Test
    void shipsItsGazetteerInsideSitrep() {
        assertThat(GeoNamesGazetteer.class.getResource(GeoNamesGazetteer.RESOURCE)).isNotNull();
    }
}
