package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.Place;

/** One line of the gazetteer file: the place and the keys of its names. */
record GazetteerRow(Place place, String[] strictKeys) {
    private static final int COLUMNS = 13;
    /**
     * The words for a kind of region that end GeoNames' names of regions, as {@link PlaceNames#key} gives them; not
     * "county", "parish" and "district", which {@link PlaceCandidates} adds to a bare name itself, at a cost.
     */
    private static final Set<String> TYPE_WORDS = Set.of("province", "governorate", "agency", "oblast", "region",
            "prefecture", "muhafazah", "wilayah");

    /**
     * Parses a batch of lines; comment lines give {@code null}.
     *
     * @throws UncheckedIOException when a line is malformed, naming the file and line
     */
    static GazetteerRow[] parseAll(String[] lines, String source, int firstLine) {
        GazetteerRow[] rows = new GazetteerRow[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && line.charAt(0) != '#') {
                try {
                    rows[i] = parse(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException(source + " line " + (firstLine + i + 1) + ": " + e.getMessage(), e));
                }
            }
        }
        return rows;
    }

    /** Columns: id, name, ascii, alternates ({@code |}), lat, lon, class, code, country, admin1, admin2, population, source. */
    static GazetteerRow parse(String line) throws IOException {
        String[] c = line.split("\t", -1);
        if (c.length < COLUMNS) {
            throw new IOException("expected " + COLUMNS + " tab-separated columns; got " + c.length);
        }
        Place p;
        try {
            p = new Place(Long.parseLong(c[0]), c[1], Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                    c[6].isEmpty() ? ' ' : c[6].charAt(0), c[7].intern(), c[8].intern(), c[9].intern(), c[10].intern(),
                    c[11].isEmpty() ? 0 : Long.parseLong(c[11]));
        } catch (NumberFormatException e) {
            throw new IOException("a number column holds something else: " + e.getMessage(), e);
        }
        List<String> strict = new ArrayList<>(8);
        addKey(strict, c[1]);
        addKey(strict, c[2]);
        if (!c[3].isEmpty()) {
            for (String alternate : c[3].split("\\|")) {
                addKey(strict, alternate);
            }
        }
        if (p.featureCode().startsWith("ADM1") || p.featureCode().startsWith("ADM2")) {
            for (int i = 0, n = strict.size(); i < n; i++) {
                addKey(strict, withoutTypeWord(strict.get(i)));
            }
        }
        return new GazetteerRow(p, strict.toArray(String[]::new));
    }

    /**
     * "khyber" of "khyber agency": a region is named without the word for its kind as often as with it, and the text's
     * word may be another one ("Khyber district"); empty when the key ends in no such word ({@link #TYPE_WORDS}).
     */
    private static String withoutTypeWord(String key) {
        int space = key.lastIndexOf(' ');
        return space > 0 && TYPE_WORDS.contains(key.substring(space + 1)) ? key.substring(0, space) : "";
    }

    private static void addKey(List<String> keys, String name) {
        if (!name.isEmpty()) {
            String k = PlaceNames.key(name);
            if (!k.isEmpty() && !keys.contains(k)) {
                keys.add(k);
            }
        }
    }

    /** The transliteration keys of the row's names: empty for places not worth a guess (see {@link #worthLooseLookup}). */
    String[] looseKeys() {
        if (!worthLooseLookup(place)) {
            return new String[0];
        }
        List<String> loose = new ArrayList<>(4);
        for (String k : strictKeys) {
            if (PlaceNames.isPlainAscii(k)) { // names in other scripts have no vowels to forget
                String l = PlaceNames.looseKeyOf(k);
                if (l.length() >= 3 && !loose.contains(l)) {
                    loose.add(l);
                }
            }
        }
        return loose.toArray(String[]::new);
    }

    /**
     * Loose keys collide easily, so only places big or specific enough to be worth a guess get one. A seat of
     * government is, whatever its population: GeoNames gives many Syrian and Iraqi district seats none (Al Qamishli).
     */
    private static boolean worthLooseLookup(Place p) {
        return p.population() >= 1000 || p.featureClass() != 'P' || p.featureCode().startsWith("PPLA")
                || p.featureCode().equals("PPLC") || PlaceSources.isSupplement(p);
    }
}
