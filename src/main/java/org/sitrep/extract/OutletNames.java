package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Readable names of outlets that sources and datasets give as slugs ("dailysabah" is "Daily Sabah"), from
 * outlets.tsv beside this class; a name the table does not hold is read from the title that writes it, else kept.
 */
final class OutletNames {
    private static final Map<String, String> NAMES = load();

    private OutletNames() {
    }

    /**
     * The outlet's readable name: the table's for a slug it knows, else the title's part that names it ("Jordan
     * Times" in "Headline | Jordan Times") when the outlet is a slug, else the outlet as given; {@code null} for none.
     */
    static String readable(String outlet, String title) {
        if (outlet == null) {
            return null;
        }
        String known = NAMES.get(outlet.strip().toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        boolean slug = !outlet.isBlank() && outlet.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isUpperCase(c));
        String named = slug ? OutletInTitle.nameIn(title, outlet) : null;
        return named != null ? named : outlet;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = OutletNames.class.getResourceAsStream("/org/sitrep/extract/outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.tsv is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 2 && !line.startsWith("#")) {
                    names.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlets.tsv", e);
        }
        return Map.copyOf(names);
    }
}
