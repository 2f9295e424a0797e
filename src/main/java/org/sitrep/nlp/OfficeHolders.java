package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.InputException;
import org.sitrep.core.Span;

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
        // Each description once: several holders of one office share its descriptions, and the regex tries every
        // alternative at every place of the text.
        List<String> all = new ArrayList<>(holdings.stream().flatMap(h -> h.descriptions().stream()).distinct()
                .map(Pattern::quote).toList());
        // Longest first, so that "the president of Syria" wins over a shorter description inside it.
        all.sort((a, b) -> b.length() - a.length());
        this.descriptions = all.isEmpty() ? null
                : Pattern.compile(firstLetters(holdings) + "(?<![\\p{L}\\p{N}])(?:" + String.join("|", all) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE);
    }

    /**
     * A look-ahead for the characters descriptions begin with (either case, as the descriptions match), so that the
     * places of the text where none begins are passed over at one test instead of one per description; empty when
     * some description begins otherwise than with a letter or digit.
     */
    private static String firstLetters(List<Holding> holdings) {
        StringBuilder chars = new StringBuilder();
        for (String d : holdings.stream().flatMap(h -> h.descriptions().stream()).distinct().toList()) {
            if (d.isEmpty() || d.charAt(0) >= 128 || !Character.isLetterOrDigit(d.charAt(0))) {
                return "";
            }
            if (chars.indexOf(d.substring(0, 1)) < 0) {
                chars.append(d.charAt(0));
            }
        }
        return "(?=[" + chars + "])";
    }

    /** The shipped table of offices. */
    public static OfficeHolders shared() {
        OfficeHolders local = shared;
        if (local == null) {
            synchronized (OfficeHolders.class) {
                local = shared;
                if (local == null) {
                    local = new OfficeHolders(read("offices.tsv", TsvTable.shipped("offices.tsv")));
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

    static List<Holding> read(String origin, String tsv) {
        List<Holding> out = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.rows(origin, tsv, 4)) {
            String[] f = row.fields();
            if (f[0] == null || f[0].isBlank() || f[1] == null || f[1].isBlank() || row.day(2) == null) {
                throw new InputException(row.where(), "expected descriptions, holder, from[, to]; got: " + String.join("\t", f));
            }
            out.add(new Holding(List.of(f[0].strip().split("\\|")), f[1].strip(), row.day(2), row.day(3)));
        }
        return out;
    }
}
