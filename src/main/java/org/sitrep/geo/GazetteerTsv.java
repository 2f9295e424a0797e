package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.sitrep.core.Place;

/**
 * Reads the gazetteer's documented text format (tab-separated, one place a line; see bench/geo/README.md) and works
 * out the keys of every name: the slow way in, taken for a file named by {@code SITREP_GAZETTEER} and when
 * {@link GazetteerFile} compiles the shipped file.
 */
final class GazetteerTsv {
    private static final int BATCH = 4096;

    private GazetteerTsv() {
    }

    /**
     * Reads uncompressed text from {@code in}, without closing it. The names' keys are worked out on all cores, in
     * batches of lines, and entered in file order, so the result does not depend on the number of cores.
     *
     * @throws IOException when it cannot be read or a line is malformed (the message names {@code name} and the line)
     */
    static GazetteerContents read(InputStream in, String name) throws IOException {
        List<String[]> batches = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        List<String> batch = new ArrayList<>(BATCH);
        for (String line; (line = reader.readLine()) != null; ) {
            batch.add(line);
            if (batch.size() == BATCH) {
                batches.add(batch.toArray(String[]::new));
                batch.clear();
            }
        }
        batches.add(batch.toArray(String[]::new));
        List<GazetteerRow[]> parsed;
        try {
            parsed = IntStream.range(0, batches.size()).parallel()
                    .mapToObj(i -> GazetteerRow.parseAll(batches.get(i), name, i * BATCH)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        RegionPopulations populations = new RegionPopulations();
        parsed.forEach(populations::count);
        List<Place> places = new ArrayList<>(1 << 18);
        Set<Long> ids = new HashSet<>(1 << 19);
        NameIndex.Builder strict = new NameIndex.Builder();
        NameIndex.Builder loose = new NameIndex.Builder();
        for (GazetteerRow[] rows : parsed) {
            for (GazetteerRow row : rows) {
                if (row == null || !ids.add(row.place().id())) {
                    continue; // the first row of an id wins: the supplement comes last and never overrides GeoNames
                }
                GazetteerRow filled = populations.fill(row);
                for (String k : filled.strictKeys()) {
                    strict.add(k, places.size());
                }
                for (String k : filled.looseKeys()) {
                    loose.add(k, places.size());
                }
                places.add(filled.place());
            }
        }
        return new GazetteerContents(places, strict.build(), loose.build());
    }

    /**
     * GeoNames gives most regions no population, which would rank a state below any town of its name: a region
     * without one gets the sum of its populated places'.
     */
    private static final class RegionPopulations {
        private final Map<String, Long> sums = new HashMap<>();

        void count(GazetteerRow[] rows) {
            for (GazetteerRow row : rows) {
                if (row != null && row.place().featureClass() == 'P' && !row.place().admin1().isEmpty()) {
                    Place p = row.place();
                    sums.merge(p.country() + "." + p.admin1(), p.population(), Long::sum);
                    if (!p.admin2().isEmpty()) {
                        sums.merge(p.country() + "." + p.admin1() + "." + p.admin2(), p.population(), Long::sum);
                    }
                }
            }
        }

        GazetteerRow fill(GazetteerRow row) {
            Place p = row.place();
            if (p.population() > 0 || !p.isRegion()) {
                return row;
            }
            String key = p.featureCode().startsWith("ADM2") ? p.country() + "." + p.admin1() + "." + p.admin2()
                    : p.featureCode().startsWith("ADM1") ? p.country() + "." + p.admin1() : null;
            Long sum = key == null ? null : sums.get(key);
            if (sum == null || sum == 0) {
                return row;
            }
            Place filled = new Place(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(), p.country(),
                    p.admin1(), p.admin2(), sum);
            return new GazetteerRow(filled, row.strictKeys());
        }
    }
}
