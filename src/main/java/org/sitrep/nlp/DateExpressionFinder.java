package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Span;

/**
 * Finds date expressions in English text and resolves them against the publication date.
 *
 * <p>Values are ISO-8601, partial where the text is ("2014-10" for "mid-October", "2014-SU" for "the summer").
 * Without a publication date a date keeps only what the text says ("November 12" gives "XXXX-11-12") and
 * expressions relative to the day of writing ("yesterday") get {@code null}: the machine's clock is never used.
 * Expressions with no calendar anchor ("the next day") are found with a {@code null} value.
 */
public final class DateExpressionFinder {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String SEASON = "(?:summer|winter|spring|autumn|fall)";

    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            "(?<iso>\\b" + YEAR + "-[01]\\d-[0-3]\\d\\b)",
            "(?<mdy>\\b(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")\\b(?:,?\\s+(?<y1>" + YEAR + ")\\b)?)",
            "(?<dmy>\\b(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + ")(?:,?\\s+(?<y2>" + YEAR + ")\\b)?)",
            "(?<part>\\b(?i:early|mid|late)[- ](?<m3>" + MONTH + ")(?:,?\\s+(?<y3>" + YEAR + ")\\b)?)",
            "(?<my>(?<=\\b(?i:in|since|until|by|from|during|of|last|next|this|early|late|before|after) )(?<m4>"
                    + MONTH + ")\\b(?:,?\\s+(?<y4>" + YEAR + ")\\b)?)",
            "(?<wd>\\b(?<w>" + WEEKDAY + ")\\b)",
            "(?<rel>\\b(?i:yesterday|today|tonight|tomorrow)\\b)",
            "(?<per>\\b(?i:(?<pw>last|this|next) (?<pu>week|month|year))\\b)",
            "(?<season>\\b(?i:(?<sd>the|this|last|next) (?<s1>" + SEASON + ")(?: of (?<sy1>" + YEAR + "))?|(?<s2>"
                    + SEASON + ")(?: of)? (?<sy2>" + YEAR + "))\\b)",
            "(?<year>(?<=\\b(?i:in|since|until|by|from|during|of|before|after) )" + YEAR + "\\b)",
            "(?<anchorless>\\b(?i:the (?:next|following|previous) day|the day before|the day after)\\b)"));

    /** Returns the date expressions of {@code text} in text order, empty if none; {@code published} may be null. */
    public List<DateExpression> find(String text, LocalDate published) {
        List<DateExpression> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            found.add(new DateExpression(new Span(m.start(), m.end()), m.group(), value(m, published)));
        }
        return found;
    }

    private static String value(Matcher m, LocalDate published) {
        if (m.group("iso") != null) {
            return m.group("iso");
        }
        if (m.group("mdy") != null) {
            return monthDay(month(m.group("m1")), day(m.group("d1")), m.group("y1"), published);
        }
        if (m.group("dmy") != null) {
            return monthDay(month(m.group("m2")), day(m.group("d2")), m.group("y2"), published);
        }
        if (m.group("part") != null) {
            return yearMonth(month(m.group("m3")), m.group("y3"), published);
        }
        if (m.group("my") != null) {
            return yearMonth(month(m.group("m4")), m.group("y4"), published);
        }
        if (m.group("wd") != null) {
            return weekday(DayOfWeek.valueOf(m.group("w").toUpperCase(Locale.ROOT)), published);
        }
        if (m.group("rel") != null) {
            return relativeDay(m.group("rel").toLowerCase(Locale.ROOT), published);
        }
        if (m.group("per") != null) {
            return period(m.group("pw").toLowerCase(Locale.ROOT), m.group("pu").toLowerCase(Locale.ROOT), published);
        }
        if (m.group("season") != null) {
            return season(m, published);
        }
        if (m.group("year") != null) {
            return m.group("year");
        }
        return null;
    }

    static Month month(String name) {
        String key = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month name: " + name);
    }

    private static int day(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private static String monthDay(Month month, int day, String year, LocalDate published) {
        if (day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return MonthDay.of(month, day).isValidYear(y) ? LocalDate.of(y, month, day).toString() : null;
        }
        if (published == null) {
            return String.format(Locale.ROOT, "XXXX-%02d-%02d", month.getValue(), day);
        }
        return nearest(published, y -> MonthDay.of(month, day).isValidYear(y) ? LocalDate.of(y, month, day) : null).toString();
    }

    /** The occurrence closest to the publication day: "November 12" in an article of 1 December 2014 is 2014-11-12. */
    private static LocalDate nearest(LocalDate published, java.util.function.IntFunction<LocalDate> inYear) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate candidate = inYear.apply(y);
            if (candidate != null && (best == null || distance(candidate, published) < distance(best, published))) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static String yearMonth(Month month, String year, LocalDate published) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month).toString();
        }
        if (published == null) {
            return String.format(Locale.ROOT, "XXXX-%02d", month.getValue());
        }
        LocalDate mid = nearest(published, y -> LocalDate.of(y, month, 15));
        return YearMonth.from(mid).toString();
    }

    /** A bare weekday in news is the most recent one up to the publication day. */
    private static String weekday(DayOfWeek day, LocalDate published) {
        return published == null ? null : published.with(TemporalAdjusters.previousOrSame(day)).toString();
    }

    private static String relativeDay(String word, LocalDate published) {
        if (published == null) {
            return null;
        }
        return switch (word) {
            case "yesterday" -> published.minusDays(1).toString();
            case "tomorrow" -> published.plusDays(1).toString();
            default -> published.toString();
        };
    }

    private static String period(String which, String unit, LocalDate published) {
        if (published == null) {
            return null;
        }
        int shift = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> {
                LocalDate d = published.plusWeeks(shift);
                yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> YearMonth.from(published).plusMonths(shift).toString();
            default -> Integer.toString(published.getYear() + shift);
        };
    }

    private static String season(Matcher m, LocalDate published) {
        String name = m.group("s1") != null ? m.group("s1") : m.group("s2");
        String code = seasonCode(name.toLowerCase(Locale.ROOT));
        String year = m.group("sy1") != null ? m.group("sy1") : m.group("sy2");
        if (year != null) {
            return year + "-" + code;
        }
        if (published == null) {
            return "XXXX-" + code;
        }
        String determiner = m.group("sd").toLowerCase(Locale.ROOT);
        int y = mostRecentSeasonYear(code, published);
        if (determiner.equals("next")) {
            y++;
        } else if (determiner.equals("last") && seasonStart(code, y).plusMonths(3).isAfter(published)) {
            y--;
        }
        return y + "-" + code;
    }

    private static String seasonCode(String name) {
        return switch (name) {
            case "summer" -> "SU";
            case "winter" -> "WI";
            case "spring" -> "SP";
            default -> "FA";
        };
    }

    /** The year of the latest season of that name to have begun by the publication day. */
    private static int mostRecentSeasonYear(String code, LocalDate published) {
        int y = published.getYear();
        return seasonStart(code, y).isAfter(published) ? y - 1 : y;
    }

    private static LocalDate seasonStart(String code, int year) {
        return switch (code) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            default -> LocalDate.of(year, 12, 1);
        };
    }
}
