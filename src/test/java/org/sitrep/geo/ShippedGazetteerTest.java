package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped gazetteer holds name keys worked out when it was compiled; were {@link PlaceNames} or the text source
 * changed without compiling again, lookups would quietly miss. Slow (it compiles the whole gazetteer, some seconds).
 */
class ShippedGazetteerTest {
    private static final Path SOURCE = Path.of("bench", "geo", "gazetteer.tsv.gz");

    @Test
    void shippedGazetteerIsCompiledFromTheTextSourceWithTodaysNameKeys() throws IOException {
        GazetteerContents contents;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SOURCE))) {
            contents = GazetteerTsv.read(in, SOURCE.toString());
        }
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        GazetteerFile.write(contents, compiled);
        byte[] shipped;
        try (InputStream in = GeoNamesGazetteer.class.getResourceAsStream(GeoNamesGazetteer.RESOURCE)) {
            shipped = new GZIPInputStream(in).readAllBytes();
        }
        // compared uncompressed, as another zlib may compress the same bytes differently
        byte[] expected = new GZIPInputStream(new ByteArrayInputStream(compiled.toByteArray())).readAllBytes();
        assertThat(Arrays.equals(expected, shipped))
                .as("gazetteer.bin.gz is stale: run java -cp target/classes org.sitrep.geo.GazetteerFile "
                        + "bench/geo/gazetteer.tsv.gz src/main/resources/org/sitrep/geo/gazetteer.bin.gz")
                .isTrue();
    }

    @Test
    void placesARegionAtTheCentreOfItsShapeNotWhereAMapWritesItsName() {
        // Natural Earth writes "Hawaii" on Oahu (west of -157.5); GeoNames, and the build since session 32, put the
        // state at the centre of its islands, near Maui
        assertThat(GeoNamesGazetteer.shared().region("US", "HI").orElseThrow().lon()).isGreaterThan(-157.5);
    }

    @Test
    void placesASeaOrWideRegionAtGeoNamesOwnPointWithItsId() {
        // issue 16: the supplement's recalled points for the Middle East and the Indian Ocean lay 670 and 550 km from
        // GeoNames' own, which its no-country file gives with the features' ids
        PlaceCandidates candidates = new PlaceCandidates(GeoNamesGazetteer.shared());
        assertThat(candidates.of("Middle East").get(0).place().id()).isEqualTo(6269133L);
        assertThat(candidates.of("Indian Ocean").get(0).place().id()).isEqualTo(1545739L);
    }

    @Test
    void aSupplementRegionReplacedByGeoNamesKeepsItsNamesOnTheNewRow() {
        // GeoNames calls it "Northern Africa" and gives no English "North Africa"; the supplement's row did
        assertThat(new PlaceCandidates(GeoNamesGazetteer.shared()).of("North Africa").get(0).place().id()).isEqualTo(7729887L);
    }

    @Test
    void aBareKoreaIsFoundAsSouthKorea() {
        // issue 16: GeoWebNews places a bare "Korea" ("Korea Baseball Organization") at South Korea, whose ISO name is
        // "Korea, Republic of"; the name had no candidate before
        assertThat(new PlaceCandidates(GeoNamesGazetteer.shared()).of("Korea").get(0).place().id()).isEqualTo(1835841L);
    }
}
