package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.Place;

/**
 * The gazetteer Sitrep ships: GeoNames' populated places of 500 people or more, countries and their regions, and a
 * reviewed supplement of places the conflicts need that GeoNames' list lacks (crossings, bases, fields,
 * neighbourhoods), read from {@code gazetteer.tsv.gz} (built by {@code bench/geo/build-gazetteer.py}). Loaded once per
 * process by {@link #shared()}.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    static final String RESOURCE = "gazetteer.tsv.gz";
    private static final int BATCH = 4096;
    private static volatile GeoNamesGazetteer shared;

    private final Map<String, Object> strict;
    /** Built in the background after loading, as lookups by transliteration are the rarer kind. */
    private final java.util.concurrent.CompletableFuture<Map<String, Object>> loose;
    private final Map<Long, Place> byId;
    private final Map<String, Place> countries;
    private final Map<String, Place> regions;

    private GeoNamesGazetteer(GazetteerTables rows) {
        this.strict = rows.strict;
        this.loose = rows.loose;
        this.byId = rows.byId;
        this.countries = rows.countries;
        this.regions = rows.regions;
    }

    /**
     * The process-wide gazetteer, loaded on first use from the file named by the environment variable
     * {@code SITREP_GAZETTEER} when set, else from the copy inside Sitrep.
     *
     * @throws UncheckedIOException when it cannot be read
     */
    public static GeoNamesGazetteer shared() {
        GeoNamesGazetteer g = shared;
        if (g == null) {
            synchronized (GeoNamesGazetteer.class) {
                g = shared;
                if (g == null) {
                    g = loadDefault();
                    shared = g;
                }
            }
        }
        return g;
    }

    private static GeoNamesGazetteer loadDefault() {
        String file = System.getenv("SITREP_GAZETTEER");
        try {
            if (file != null && !file.isBlank()) {
                return load(Path.of(file));
            }
            InputStream in = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IOException("the gazetteer " + RESOURCE + " is missing from Sitrep's classpath");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a gazetteer file in Sitrep's format (gzipped when its name ends in {@code .gz}). */
    public static GeoNamesGazetteer load(Path file) throws IOException {
        return read(Files.newInputStream(file), file.toString());
    }

    /**
     * Reads a gazetteer in Sitrep's format from {@code in}, which it closes. The names' keys are worked out on all
     * cores, in batches of lines, and entered in file order, so the result does not depend on the number of cores.
     *
     * @throws IOException when it cannot be read or a line is malformed (the message names the line)
     */
    public static GeoNamesGazetteer read(InputStream in, String name) throws IOException {
        List<String[]> batches = new ArrayList<>();
        try (InputStream raw = in;
             InputStream data = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> batch = new ArrayList<>(BATCH);
            for (String line; (line = reader.readLine()) != null; ) {
                batch.add(line);
                if (batch.size() == BATCH) {
                    batches.add(batch.toArray(String[]::new));
                    batch.clear();
                }
            }
            batches.add(batch.toArray(String[]::new));
        }
        List<GazetteerRow[]> parsed;
        try {
            parsed = java.util.stream.IntStream.range(0, batches.size()).parallel()
                    .mapToObj(i -> GazetteerRow.parseAll(batches.get(i), name, i * BATCH)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        RegionPopulations populations = new RegionPopulations();
        parsed.forEach(rows -> populations.count(rows));
        GazetteerTables tables = new GazetteerTables();
        for (GazetteerRow[] rows : parsed) {
            for (GazetteerRow row : rows) {
                if (row != null) {
                    tables.add(populations.fill(row));
                }
            }
        }
        tables.buildLooseIndexInBackground();
        return new GeoNamesGazetteer(tables);
    }

    @Override
    public List<Place> named(String name) {
        return places(strict.get(PlaceNames.key(name)));
    }

    @Override
    public List<Place> namedLoosely(String name) {
        List<Place> found = places(loose.join().get(PlaceNames.looseKey(name)));
        if (found.isEmpty()) {
            return found;
        }
        List<Place> exact = named(name);
        if (exact.isEmpty()) {
            return found;
        }
        List<Place> out = new ArrayList<>(found);
        out.removeAll(exact);
        return out;
    }

    @Override
    public Optional<Place> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    @Override
    public Optional<Place> region(String country, String admin1) {
        return Optional.ofNullable(regions.get(country + "." + admin1));
    }

    @Override
    public Optional<Place> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public int size() {
        return byId.size();
    }

    private static List<Place> places(Object entry) {
        if (entry == null) {
            return List.of();
        }
        if (entry instanceof Place p) {
            return List.of(p);
        }
        return List.of((Place[]) entry);
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

    /** The lookup tables, filled row by row in file order. */
    private static final class GazetteerTables {
        final Map<String, Object> strict = new HashMap<>(1 << 21);
        final java.util.concurrent.CompletableFuture<Map<String, Object>> loose = new java.util.concurrent.CompletableFuture<>();
        private final List<GazetteerRow> kept = new ArrayList<>(1 << 18);
        final Map<Long, Place> byId = new HashMap<>(1 << 19);
        final Map<String, Place> countries = new HashMap<>();
        final Map<String, Place> regions = new HashMap<>();

        void add(GazetteerRow row) {
            Place p = row.place();
            if (byId.putIfAbsent(p.id(), p) != null) {
                return; // the first row of an id wins: the supplement comes last and never overrides GeoNames
            }
            if (p.isCountry() && !p.country().isEmpty()) {
                countries.putIfAbsent(p.country(), p);
            } else if (p.featureCode().equals("ADM1")) {
                regions.putIfAbsent(p.country() + "." + p.admin1(), p);
            }
            for (String k : row.strictKeys()) {
                put(strict, k, p);
            }
            kept.add(row);
        }

        /** Builds the transliteration index on a thread of its own; lookups by transliteration wait for it. */
        void buildLooseIndexInBackground() {
            Thread t = new Thread(() -> {
                try {
                    Map<String, Object> map = new HashMap<>(1 << 19);
                    for (GazetteerRow row : kept) {
                        for (String k : row.looseKeys()) {
                            put(map, k, row.place());
                        }
                    }
                    kept.clear();
                    loose.complete(map);
                } catch (Throwable e) {
                    loose.completeExceptionally(e);
                }
            }, "gazetteer-transliterations");
            t.setDaemon(true);
            t.start();
        }

        private static void put(Map<String, Object> map, String key, Place p) {
            Object old = map.putIfAbsent(key, p);
            if (old == null || old == p) {
                return;
            }
            if (old instanceof Place q) {
                map.put(key, new Place[] {q, p});
                return;
            }
            Place[] array = (Place[]) old;
            for (Place q : array) {
                if (q == p) {
                    return;
                }
            }
            Place[] grown = Arrays.copyOf(array, array.length + 1);
            grown[array.length] = p;
            map.put(key, grown);
        }
    }
}
