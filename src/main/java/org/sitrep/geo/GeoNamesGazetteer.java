package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.Place;

/**
 * The gazetteer Sitrep ships: GeoNames' populated places of 500 people or more, countries and their regions, and a
 * reviewed supplement of places the conflicts need that GeoNames' list lacks (crossings, bases, fields,
 * neighbourhoods), read from {@code gazetteer.bin.gz} (compiled by {@link GazetteerFile} from
 * {@code bench/geo/gazetteer.tsv.gz}, which {@code bench/geo/build-gazetteer.py} builds). Loaded once per process by
 * {@link #shared()}.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    static final String RESOURCE = "gazetteer.bin.gz";
    private static volatile GeoNamesGazetteer shared;

    private final List<Place> places;
    private final NameIndex strict;
    private final NameIndex loose;
    /** The places sorted by id, and their ids, for {@link #byId}. */
    private final Place[] sortedById;
    private final long[] sortedIds;
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> regions = new HashMap<>();

    private GeoNamesGazetteer(GazetteerContents contents) {
        this.places = contents.places();
        this.strict = contents.strict();
        this.loose = contents.loose();
        this.sortedById = places.toArray(Place[]::new);
        Arrays.sort(sortedById, Comparator.comparingLong(Place::id));
        this.sortedIds = Arrays.stream(sortedById).mapToLong(Place::id).toArray();
        for (Place p : places) {
            if (p.isCountry() && !p.country().isEmpty()) {
                countries.putIfAbsent(p.country(), p);
            } else if (p.featureCode().equals("ADM1")) {
                regions.putIfAbsent(p.country() + "." + p.admin1(), p);
            }
        }
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
            return file != null && !file.isBlank() ? load(Path.of(file)) : readShipped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the copy inside Sitrep afresh (not the shared one).
     *
     * @throws IOException when it is missing from the classpath or cannot be read
     */
    public static GeoNamesGazetteer readShipped() throws IOException {
        InputStream in = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the gazetteer " + RESOURCE + " is missing from Sitrep's classpath");
        }
        return read(in, RESOURCE);
    }

    /**
     * Reads a gazetteer file in Sitrep's text format (bench/geo/README.md) or as Sitrep ships it, gzipped when its
     * name ends in {@code .gz}.
     */
    public static GeoNamesGazetteer load(Path file) throws IOException {
        return read(Files.newInputStream(file), file.toString());
    }

    /**
     * Reads a gazetteer in Sitrep's text format or as Sitrep ships it (told apart by the first bytes) from {@code in},
     * which it closes; gzipped when {@code name} ends in {@code .gz}.
     *
     * @throws IOException when it cannot be read or is malformed (the message names {@code name} and, for the text
     *                     format, the line)
     */
    public static GeoNamesGazetteer read(InputStream in, String name) throws IOException {
        try (InputStream raw = in;
             InputStream data = new BufferedInputStream(name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
            data.mark(GazetteerFile.MAGIC.length);
            if (Arrays.equals(data.readNBytes(GazetteerFile.MAGIC.length), GazetteerFile.MAGIC)) {
                return new GeoNamesGazetteer(GazetteerFile.read(data, name));
            }
            data.reset();
            return new GeoNamesGazetteer(GazetteerTsv.read(data, name));
        }
    }

    @Override
    public List<Place> named(String name) {
        return strict.find(PlaceNames.key(name), places);
    }

    @Override
    public List<Place> namedLoosely(String name) {
        List<Place> found = loose.find(PlaceNames.looseKey(name), places);
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
        int i = Arrays.binarySearch(sortedIds, id);
        return i >= 0 ? Optional.of(sortedById[i]) : Optional.empty();
    }

    @Override
    public int size() {
        return places.size();
    }
}
