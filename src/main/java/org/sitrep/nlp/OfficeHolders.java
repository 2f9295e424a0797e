package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.core.Span;
import org.sitrep.core.StorageException;

/**
 * Offices that articles name by description ("the Syrian president", "Iraq's prime minister") and who held them when
 * ({@code offices.tsv}), so that a description links to the person in office on the article's day. Thread-safe.
 */
public final class OfficeHolders {
    /** One holding of an office: its descriptions, the holder's canonical name, the first and last day (null: still). */
    public record Holding(List<String> descriptions, String holder, LocalDate from, LocalDate to) {
        public Holding {
            descriptions = List.copyOf(descriptions);
        }

        boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /** A description in a text and who held the office on the day asked about. */
    public record Match(Span span, String holder) {
    }

    private static volatile OfficeHolders shared;

    private final List<Holding> holdings;
    private final Pattern descriptions;

    public OfficeHolders(List<Holding> holdings) {
        this.holdings = List.copyOf(holdings);
        List<String> all = new ArrayList<>();
        holdings.forEach(h -> h.descriptions().forEach(d -> all.add(Pattern.quote(d))));
        // Longest first, so that "the president of Syria" wins over a shorter description inside it.
        all.sort((a, b) -> b.length() - a.length());
        this.descriptions = all.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", all) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    /** The shipped table of offices. */
    public static OfficeHolders shared() {
        OfficeHolders local = shared;
        if (local == null) {
            synchronized (OfficeHolders.class) {
                local = shared;
                if (local == null) {
                    local = new OfficeHolders(read("offices.tsv", shipped()));
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * The descriptions of offices in the text, each with its holder on the given day, in text order; empty when the
     * day is unknown or no one held that office then.
     */
    public List<Match> find(String text, LocalDate day) {
        List<Match> out = new ArrayList<>();
        if (day == null || descriptions == null) {
            return out;
        }
        Matcher m = descriptions.matcher(text.replace('’', '\''));
        while (m.find()) {
            String found = m.group().toLowerCase(Locale.ROOT);
            for (Holding h : holdings) {
                if (h.heldOn(day) && h.descriptions().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(found))) {
                    out.add(new Match(new Span(m.start(), m.end()), h.holder()));
                    break;
                }
            }
        }
        return out;
    }

    static List<Holding> read(String where, String tsv) {
        List<Holding> out = new ArrayList<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new InputException(where, "line " + (i + 1) + ": expected descriptions, holder, from[, to]; got: " + line);
            }
            out.add(new Holding(List.of(f[0].strip().split("\\|")), f[1].strip(), day(where, i, f[2]),
                    f.length > 3 && !f[3].isBlank() ? day(where, i, f[3]) : null));
        }
        return out;
    }

    private static LocalDate day(String where, int line, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(where, "line " + (line + 1) + ": not a date (YYYY-MM-DD): " + text);
        }
    }

    private static String shipped() {
        try (InputStream in = OfficeHolders.class.getResourceAsStream("/org/sitrep/nlp/offices.tsv")) {
            if (in == null) {
                throw new StorageException("the table offices.tsv is missing from the build", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("cannot read the table of offices: " + e.getMessage(), e);
        }
    }
}
