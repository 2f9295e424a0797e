package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/** Seasons as ISO-8601 partial values ("2014-SU"), the season of that name most recently begun unless the words say. */
final class Seasons {
    private Seasons() {
    }

    /** The value of a season match of {@link DateExpressionFinder}'s pattern (groups s1/s2, sy1/sy2, sd). */
    static String value(Matcher m, LocalDate published) {
        String name = m.group("s1") != null ? m.group("s1") : m.group("s2");
        String code = code(name.toLowerCase(Locale.ROOT));
        String year = m.group("sy1") != null ? m.group("sy1") : m.group("sy2");
        if (year != null) {
            return year + "-" + code;
        }
        if (published == null) {
            return "XXXX-" + code;
        }
        String determiner = m.group("sd").toLowerCase(Locale.ROOT);
        int y = mostRecentYear(code, published);
        if (determiner.equals("this")) {
            y = thisYear(code, published);
        } else if (determiner.equals("next")) {
            y++;
        } else if (determiner.equals("last") && start(code, y).plusMonths(3).isAfter(published)) {
            y--;
        }
        return y + "-" + code;
    }

    private static String code(String name) {
        return switch (name) {
            case "summer" -> "SU";
            case "winter" -> "WI";
            case "spring" -> "SP";
            default -> "FA";
        };
    }

    /**
     * "this summer" is the publication year's, begun or not ("protests this summer" written in March); "this winter"
     * written in January or February is the winter begun the December before, which ISO-8601 gives that year.
     */
    private static int thisYear(String code, LocalDate published) {
        return code.equals("WI") && published.getMonthValue() <= 2 ? published.getYear() - 1 : published.getYear();
    }

    /** The year of the latest season of that name to have begun by the publication day. */
    private static int mostRecentYear(String code, LocalDate published) {
        int y = published.getYear();
        return start(code, y).isAfter(published) ? y - 1 : y;
    }

    private static LocalDate start(String code, int year) {
        return switch (code) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            default -> LocalDate.of(year, 12, 1);
        };
    }
}
