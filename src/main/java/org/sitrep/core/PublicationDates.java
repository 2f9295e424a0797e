package org.sitrep.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates that pages, feeds and CSV files write, in the formats they commonly use. */
public final class PublicationDates {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d:])");
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    /** Month names of the languages news pages are most often written in after English, with and without accents. */
    private static final java.util.Map<String, Integer> FOREIGN_MONTHS = foreignMonths();
    /**
     * "2 de abril de 2020", "17. März 2020", "2 avril 2020", "3 marzo 2020", "24 نيسان / أبريل 2020" (Arabic pages write
     * the Syriac month name, the Latin one, or both).
     */
    private static final String MONTH_WORD = "\\p{L}+(?:\\s+ال\\p{L}+)?";
    private static final Pattern FOREIGN = Pattern.compile("([0-3]?\\d)(?:er|º)?\\.?\\s+(?:de\\s+)?(" + MONTH_WORD + ")\\.?"
            + "(?:\\s*/\\s*" + MONTH_WORD + ")?,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Juli 12, 2017", "julio 12, 2017": a month of another language in the English order, as WordPress themes write
     * a date in a translated month name and Latin American pages write their own.
     */
    private static final Pattern FOREIGN_MONTH_FIRST = Pattern.compile("(" + MONTH_WORD + ")\\.?\\s+([0-3]?\\d),?\\s+((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Dates written in running text: ISO, European dotted, English worded forms, and worded forms of other languages. */
    private static final Pattern IN_TEXT = Pattern.compile(
            // ISO, alone or leading its time of day ("2022-11-23T08:10+02:00").
            "\\b((?:19|20)\\d\\d-[01]\\d-[0-3]\\d)(?:\\b|(?=T\\d))"
            + "|\\b([0-3]?\\d\\.\\s?[01]?\\d\\.\\s?(?:19|20)\\d\\d)(?![\\d:])"
            + "|\\b([0-3]?\\d(?:st|nd|rd|th)?,?\\s+" + MONTHS + ",?\\s+(?:19|20)\\d\\d)\\b"
            // "Mar 21,2017": some templates set no space after the comma, old ones one before it ("January 9 , 2008").
            + "|\\b(" + MONTHS + "\\s+[0-3]?\\d(?:st|nd|rd|th)?(?:\\s?,\\s*|\\s+)(?:19|20)\\d\\d)\\b"
            + "|(?<![\\p{L}\\d])(" + FOREIGN.pattern() + ")\\b"
            + "|(?<!\\d)((?:19|20)\\d\\d(?:[./]\\s?[01]?\\d[./]\\s?[0-3]?\\d|\\s?[年년]\\s?[01]?\\d\\s?[月월]\\s?[0-3]?\\d\\s?[日일]?))(?!\\d)"
            // Slashed, either order: "22/11/2020", "2/24/2026"; parse decides which number is the month.
            + "|(?<![\\d/])([0-3]?\\d/[0-3]?\\d/(?:19|20)\\d\\d)(?![\\d/])"
            // "28.09.19" alone, or run into its time of day when markup put the two in spans side by side ("28.09.1912:44").
            + "|(?<![\\d.])([0-3]?\\d\\.[01]?\\d\\.\\d\\d)(?:(?![\\d.])|(?=[0-2]?\\d:[0-5]\\d))"
            + "|(?<![\\p{L}\\d])(" + FOREIGN_MONTH_FIRST.pattern() + ")\\b"
            // "8-Jan-2008", and "17-01-2008" or "01-17-2008", which parse reads only when one number cannot be a month.
            + "|(?<![\\d-])([0-3]?\\d-" + MONTHS + "-(?:19|20)\\d\\d)\\b"
            + "|(?<![\\d-])([0-3]?\\d-[0-3]?\\d-(?:19|20)\\d\\d)(?![\\d-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "17-01-2008" or "01-17-2008": dashed, in either order; read only when one of the numbers is above 12. */
    private static final Pattern DASHED = Pattern.compile("^([0-3]?\\d)-([0-3]?\\d)-((?:19|20)\\d\\d)$");
    /** "31.10.23": dotted, day first, with a two-digit year. */
    private static final Pattern DOTTED_SHORT = Pattern.compile("^([0-3]?\\d)\\.([01]?\\d)\\.(\\d\\d)$");
    /** "2020.03.04", "2020/04/17", "2020年07月03日", "2020년 3월 4일": year first, as East Asian and many other pages write. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)\\d\\d)(?:[./]\\s?|\\s?[年년]\\s?)([01]?\\d)(?:[./]\\s?|\\s?[月월]\\s?)([0-3]?\\d)");
    /** "22/11/2020", "15/01/08": slashed with the day first, when the first number cannot be a month. */
    private static final Pattern DAY_FIRST_SLASHED = Pattern.compile("^([0-3]?\\d)/([01]?\\d)/((?:19|20)?\\d\\d)$");
    private static final List<DateTimeFormatter> WORDED = List.of(
            formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"),
            formatter("MMMM d uuuu"), formatter("MMM d uuuu"), formatter("EEE, d MMM uuuu"), formatter("EEEE, MMMM d, uuuu"),
            // "01 January, 2008", as some British and Asian sites write it.
            formatter("d MMMM, uuuu"), formatter("d MMM, uuuu"), formatter("d-MMM-uuuu"), formatter("d-MMMM-uuuu"));

    private PublicationDates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /**
     * Parses ISO dates and date-times ("2014-12-01", "2014-12-01T10:00:00+01:00"), US slashed dates ("4/16/17",
     * month first, two-digit years in 2000-2099... or 19xx when above 69), RFC 1123 and worded dates ("1 December 2014"),
     * also inside a longer stamp ("Tue, Sep 15 2020 10:01:41 EDT").
     * Returns empty for blank or unreadable text.
     */
    public static Optional<LocalDate> parse(String text) {
        return whole(text).or(() -> text == null ? Optional.empty() : within(text.trim()));
    }

    /** The text read as one date; empty when it is more or less than one. */
    private static Optional<LocalDate> whole(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // not a full ISO date-time: the day part alone is tried next
        }
        Matcher iso = ISO_DAY.matcher(t);
        if (iso.find()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(t);
        if (yearFirst.find()) {
            return day(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        Matcher dayFirst = DAY_FIRST_SLASHED.matcher(t);
        if (dayFirst.find() && Integer.parseInt(dayFirst.group(1)) > 12) {
            String year = dayFirst.group(3);
            return day(year.length() == 2 ? fullYear(year) : year, dayFirst.group(2), dayFirst.group(1));
        }
        Matcher dotted = DOTTED.matcher(t);
        if (dotted.find()) {
            return day(dotted.group(3), dotted.group(2), dotted.group(1));
        }
        Matcher dottedShort = DOTTED_SHORT.matcher(t);
        if (dottedShort.find()) {
            return day(fullYear(dottedShort.group(3)), dottedShort.group(2), dottedShort.group(1));
        }
        Matcher dashed = DASHED.matcher(t);
        if (dashed.find()) {
            int first = Integer.parseInt(dashed.group(1));
            int second = Integer.parseInt(dashed.group(2));
            return first > 12 == second > 12 ? Optional.empty()
                    : first > 12 ? day(dashed.group(3), dashed.group(2), dashed.group(1)) : day(dashed.group(3), dashed.group(1), dashed.group(2));
        }
        Matcher slashed = SLASHED.matcher(t);
        if (slashed.find()) {
            String year = slashed.group(3);
            return day(year.length() == 2 ? fullYear(year) : year, slashed.group(1), slashed.group(2));
        }
        return worded(t);
    }

    /** A date inside a longer stamp ("Tue, Sep 15 2020 10:01:41 EDT"), as running text writes it. */
    private static Optional<LocalDate> within(String t) {
        String found = findIn(t);
        return found == null ? Optional.empty() : whole(found);
    }

    /** The first date written in running text ("Posted on September 21, 2020 by ..."), as written; {@code null} if none. */
    public static String findIn(String text) {
        return first(text, m -> true);
    }

    /** Every date written in running text, in text order, as written; empty if none. */
    public static List<String> allIn(String text) {
        List<String> dates = new java.util.ArrayList<>();
        int from = 0;
        for (String date = findIn(text); date != null; date = findIn(text.substring(from))) {
            int at = text.indexOf(date, from);
            from = at < 0 ? text.length() : at + date.length();
            dates.add(date);
        }
        return dates;
    }

    /** "16:52", "at 10:15", and the 24-hour clock of South Asian pages: ": 1530 Hrs", ", 1202 hrs IST". */
    private static final Pattern TIME_AFTER = Pattern.compile("^[\\s,|@:–-]{0,4}(?:at\\s+|um\\s+|às\\s+|à\\s+)?"
            + "(?:[0-2]?\\d:[0-5]\\d|[0-2]\\d[0-5]\\d\\s*(?i:hrs|hours)\\b)");
    /** A time of day written before the date: "posted 8:58 am Tue January 15, 2008", "12:48 PM ON WED JAN 9 2008". */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?i)\\b[0-2]?\\d:[0-5]\\d(?::[0-5]\\d)?\\s*(?:[ap]\\.?m\\.?)?\\s*"
            + "(?:[A-Z]{2,4}\\s+)?(?:on\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?[\\s,|@–-]{0,3}$");

    /**
     * The first date in running text that a time of day follows ("2020-03-04 16:52:59", "May 2, 2020 at 10:15") or
     * comes before ("8:58 am Tue January 15, 2008"), as written: how pages stamp a story; {@code null} if none.
     */
    public static String findStampIn(String text) {
        return findIn(text, (before, after) -> TIME_AFTER.matcher(after).find() || TIME_BEFORE.matcher(before).find());
    }

    /**
     * "15/01/08 15:46", "01/14/08 09:26:14": slashed with a two-digit year and then a time of day, as sites stamped their
     * stories around 2008; without the time, three short numbers are as often a score or a code.
     */
    private static final Pattern SHORT_YEAR_STAMP = Pattern.compile("(?<![\\d/.])([0-3]?\\d/[0-3]?\\d/\\d\\d)"
            + "(?=\\s*[,|@–-]?\\s*[0-2]?\\d:[0-5]\\d)");

    /**
     * The first stamp in running text whose date is slashed with a two-digit year ("15/01/08 15:46"), as written: a form
     * {@link #findIn} leaves out, being the least sure of dates; {@code null} if none.
     */
    public static String findShortYearStampIn(String text) {
        Matcher m = SHORT_YEAR_STAMP.matcher(text == null ? "" : text);
        while (m.find()) {
            if (whole(m.group(1)).isPresent()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Characters of context on each side of a date that {@link #findIn(String, java.util.function.BiPredicate)} gives. */
    public static final int CONTEXT_CHARS = 40;

    /**
     * The first date in running text whose context passes {@code context} (the up to {@link #CONTEXT_CHARS} characters
     * before it and those after it), as written; {@code null} if none.
     */
    public static String findIn(String text, java.util.function.BiPredicate<String, String> context) {
        return text == null ? null : first(text, m -> context.test(text.substring(Math.max(0, m.start() - CONTEXT_CHARS), m.start()),
                text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT_CHARS))));
    }

    private static String first(String text, java.util.function.Predicate<Matcher> accept) {
        return first(text, accept, found -> whole(found).isPresent());
    }

    private static String first(String text, java.util.function.Predicate<Matcher> accept, java.util.function.Predicate<String> wanted) {
        if (text == null) {
            return null;
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount() && accept.test(m); g++) {
                if (m.group(g) != null && wanted.test(m.group(g))) {
                    return m.group(g);
                }
            }
        }
        return null;
    }

    /** Whether the running text writes the day, in any of the forms {@link #findIn} reads; false for {@code null}. */
    public static boolean writes(String text, LocalDate day) {
        return text != null && first(text, m -> true, found -> whole(found).filter(day::equals).isPresent()) != null;
    }

    /** A two-digit year: 2000-2069, or 1970-1999 above 69. */
    private static String fullYear(String twoDigits) {
        int y = Integer.parseInt(twoDigits);
        return Integer.toString(y > 69 ? 1900 + y : 2000 + y);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> worded(String t) {
        try {
            return Optional.of(java.time.ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // not RFC 1123 (feeds): the worded forms are tried next
        }
        // "21st Sept. 2020" reads as "21 Sep 2020".
        String cleaned = t.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("^(\\d\\d?),\\s", "$1 ").replaceAll("(?i)\\bsept\\b", "Sep")
                .replaceAll("(\\p{L})\\.", "$1").replaceAll(",(?=\\d{4}$)", ", ").replaceAll("\\s+,", ",").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WORDED) {
            try {
                return Optional.of(LocalDate.parse(cleaned, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return foreign(t);
    }

    private static Optional<LocalDate> foreign(String t) {
        Matcher m = FOREIGN.matcher(t);
        if (m.matches()) {
            Integer month = FOREIGN_MONTHS.get(monthKey(m.group(2)));
            return month == null ? Optional.empty() : day(m.group(3), month.toString(), m.group(1));
        }
        Matcher monthFirst = FOREIGN_MONTH_FIRST.matcher(t);
        if (monthFirst.matches()) {
            Integer month = FOREIGN_MONTHS.get(monthKey(monthFirst.group(1)));
            return month == null ? Optional.empty() : day(monthFirst.group(3), month.toString(), monthFirst.group(2));
        }
        return Optional.empty();
    }

    private static java.util.Map<String, Integer> foreignMonths() {
        java.util.Map<String, Integer> months = new java.util.HashMap<>();
        List<String> names = List.of(
                "enero janeiro janvier januar gennaio jan janv jaen", "febrero fevereiro fevrier februar febbraio feb fev fevr",
                "marzo marco mars marz mar", "abril avril april aprile abr avr apr", "mayo maio mai maggio may",
                "junio junho juin juni giugno jun", "julio julho juillet juli luglio jul juil",
                "agosto aout august ago aug", "septiembre setiembre setembro septembre september settembre sep set sept",
                "octubre outubro octobre oktober ottobre oct out okt ott", "noviembre novembro novembre november nov",
                "diciembre dezembro decembre dezember dicembre dic dez dec");
        // Arabic: the Latin names as Egypt and the Gulf write them, then the Syriac names of the Levant and Iraq
        // ("كانون الثاني" is two words, joined by "_" here).
        List<String> arabic = List.of("يناير كانون_الثاني", "فبراير شباط", "مارس آذار", "أبريل ابريل إبريل نيسان",
                "مايو أيار", "يونيو يونيه حزيران", "يوليو يوليه تموز", "أغسطس اغسطس آب", "سبتمبر أيلول",
                "أكتوبر اكتوبر تشرين_الأول", "نوفمبر تشرين_الثاني", "ديسمبر كانون_الأول");
        // Dutch, the Scandinavian languages, Indonesian, Turkish (written with and without its dotless i), Polish, Czech,
        // Russian and Ukrainian, the Slavic names in the genitive a date writes ("2 декабря 2020") and the nominative.
        List<String> more = List.of(
                "januari jan ocak stycznia styczen ledna января январь січня",
                "februari subat lutego luty unora февраля февраль лютого",
                "maart mrt marts maret mart marca marzec brezna марта март березня",
                "nisan kwietnia kwiecien dubna апреля апрель квітня",
                "mei maj mayıs mayis maja kvetna мая май травня",
                "haziran czerwca czerwiec cervna июня июнь червня",
                "temmuz lipca lipiec cervence июля июль липня",
                "augustus augusti agustus agustos sierpnia sierpien srpna августа август серпня",
                "eylul wrzesnia wrzesien zari сентября сентябрь вересня",
                "ekim pazdziernika pazdziernik rijna октября октябрь жовтня",
                "kasım kasim listopada listopadu ноября ноябрь листопада",
                "december desember aralık aralik grudnia grudzien prosince декабря декабрь грудня");
        for (int i = 0; i < names.size(); i++) {
            for (String name : (names.get(i) + " " + arabic.get(i) + " " + more.get(i)).split(" ")) {
                months.put(monthKey(name.replace('_', ' ')), i + 1);
            }
        }
        return months;
    }

    /** A month name without case, accents or hamza marks: "Février", "fevrier" and "FEVRIER" are one key. */
    private static String monthKey(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }
}
