package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.sitrep.core.CalendarWords;
import org.sitrep.core.PublicationDates;
import org.sitrep.extract.PublishedDate.Found;

/**
 * The order of a publication date whose numbers read either way ("07/01/2008": 1 July in the US, 7 January in
 * Britain, India, South Africa and Australia; "01.09.2008": 1 September in Europe, 9 January on a US page that dots its
 * dates), read as the page itself tells: a weekday written beside the date ("Monday | 07/01/2008"), the order of the
 * page's other numeric dates whose day is above 12 ("22/01/2008" beside it), or the weekdays of the lead ("said on
 * Monday"), a wire story's day or the day before. The date is read in the default order of {@link
 * org.sitrep.core.PublicationDates} (slashed month first, dotted day first) when the page tells nothing, or tells both.
 */
final class NumericDateOrder {
    private NumericDateOrder() {
    }

    /** A date of numbers both of which could be a month: "07/01/2008", "1/7/08", "01.09.2008", "07-01-2008". */
    private static final Pattern AMBIGUOUS = Pattern.compile("(?<![\\d./-])([01]?\\d)([/.-])([01]?\\d)\\2((?:19|20)?\\d\\d)(?![\\d/-])");
    /** Characters before and after a date searched for its weekday: "Monday | 07/01/2008", "07/01/2008 (Mon)". */
    private static final int WEEKDAY_BEFORE_CHARS = 25;
    private static final int WEEKDAY_AFTER_CHARS = 15;
    /** Weekdays in full, or cut short where the short form is no other word ("Sat" and "Sun" are). */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?i:(" + String.join("|", CalendarWords.DAYS) + "))|(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri))\\b");

    /** Where a page's date is written for programs rather than readers. */
    private static final Set<PublishedDate.Source> MACHINE_WRITTEN = EnumSet.of(PublishedDate.Source.META,
            PublishedDate.Source.SHOWN_META, PublishedDate.Source.TIME_ELEMENT, PublishedDate.Source.SCRIPT_DATA,
            PublishedDate.Source.CREATED_OR_MODIFIED);

    /**
     * The found day, or the other reading of its date when the page tells that order and not the found one; the found
     * day as it is when its date reads only one way, it was not read from numbers, or the other reading is to come. A
     * page whose declared language ({@code null} when none) is not English gets the day-first reading of a date it shows
     * its readers: other languages write the day first ("02/11/2023" is 2 November on a French page), while the stamps
     * of meta data and scripts are often written by a server in the American order ("11/01/2023 12:43:42" on a Swiss
     * page of 1 November) and are kept as read.
     */
    static Found reread(Document doc, String language, List<String> lead, Found found) {
        if (found.day() == null) {
            return found;
        }
        Matcher m = AMBIGUOUS.matcher(found.from().value());
        if (!m.find()) {
            return found;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        if (first == second || first < 1 || first > 12 || second < 1 || second > 12) {
            return found;
        }
        LocalDate monthFirst = LocalDate.of(found.day().getYear(), first, second);
        LocalDate dayFirst = LocalDate.of(found.day().getYear(), second, first);
        if (!found.day().equals(monthFirst) && !found.day().equals(dayFirst)) {
            return found; // moved to another zone's day: not one of the readings
        }
        LocalDate other = found.day().equals(monthFirst) ? dayFirst : monthFirst;
        if (!PublishedDate.isPast(other)) {
            return found;
        }
        if (language != null && !language.startsWith("en")) {
            boolean shown = !MACHINE_WRITTEN.contains(found.from().source());
            return other.equals(dayFirst) && shown ? new Found(dayFirst, null, found.from()) : found;
        }
        String text = doc.body() == null ? "" : doc.body().text();
        Optional<LocalDate> told = besideWeekday(text, m.group(), found.day(), other)
                .or(() -> pageOrder(text, m.group(2), monthFirst, dayFirst))
                .or(() -> leadWeekdays(lead, found.day(), other))
                .or(() -> nearerOtherDates(text, found.day(), other))
                .or(() -> countrysOrder(doc.location(), language, monthFirst, dayFirst));
        return told.filter(other::equals).map(day -> new Found(day, null, found.from())).orElse(found);
    }

    /** The reading whose weekday is written right beside the date on the page; empty when none or both are. */
    private static Optional<LocalDate> besideWeekday(String text, String date, LocalDate one, LocalDate other) {
        boolean forOne = false;
        boolean forOther = false;
        for (int at = text.indexOf(date); at >= 0; at = text.indexOf(date, at + 1)) {
            String around = text.substring(Math.max(0, at - WEEKDAY_BEFORE_CHARS), at) + " "
                    + text.substring(at + date.length(), Math.min(text.length(), at + date.length() + WEEKDAY_AFTER_CHARS));
            Matcher w = WEEKDAY.matcher(around);
            while (w.find()) {
                DayOfWeek named = CalendarWords.weekday(w.group(1) != null ? w.group(1) : w.group(2));
                forOne |= one.getDayOfWeek() == named;
                forOther |= other.getDayOfWeek() == named;
            }
        }
        return only(forOne, one, forOther, other);
    }

    /**
     * The reading in the order of the page's other dates written with the same separator whose numbers read one way
     * only ("22/01/2008" is day first); empty when the page has none or as many of each order.
     */
    private static Optional<LocalDate> pageOrder(String text, String separator, LocalDate monthFirst, LocalDate dayFirst) {
        String s = Pattern.quote(separator);
        Matcher d = Pattern.compile("(?<![\\d./-])([0-3]?\\d)" + s + "([0-3]?\\d)" + s + "(?:19|20)?\\d\\d(?![\\d/-])").matcher(text);
        int dayFirstCount = 0;
        int monthFirstCount = 0;
        while (d.find()) {
            int a = Integer.parseInt(d.group(1));
            int b = Integer.parseInt(d.group(2));
            dayFirstCount += a > 12 && b >= 1 && b <= 12 ? 1 : 0;
            monthFirstCount += b > 12 && a >= 1 && a <= 12 ? 1 : 0;
        }
        return dayFirstCount == monthFirstCount ? Optional.empty()
                : Optional.of(dayFirstCount > monthFirstCount ? dayFirst : monthFirst);
    }

    /** The reading the lead's weekdays agree with (the day named or the day after it), when the other's do not. */
    private static Optional<LocalDate> leadWeekdays(List<String> lead, LocalDate one, LocalDate other) {
        List<DayOfWeek> named = WeekdayAgreedDate.weekdaysOfLead(lead);
        return only(WeekdayAgreedDate.agrees(named, one), one, WeekdayAgreedDate.agrees(named, other), other);
    }

    /** Days from the other dates' middle within which the nearer reading must be for them to tell. */
    private static final int MAX_DAYS_FROM_OTHER_DATES = 31;

    /**
     * The reading near the middle of the other dates the page writes one way only ("January 15, 2008" in a list of
     * related stories, "2008-01-09"), which are of the weeks around the story's; empty when the page writes none or
     * neither reading is within a month of their middle.
     */
    private static Optional<LocalDate> nearerOtherDates(String text, LocalDate one, LocalDate other) {
        List<LocalDate> days = new java.util.ArrayList<>();
        for (String date : PublicationDates.allIn(text)) {
            if (!AMBIGUOUS.matcher(date).find()) {
                PublicationDates.parse(date).ifPresent(days::add);
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate middle = days.stream().sorted().toList().get(days.size() / 2);
        long toOne = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(middle, one));
        long toOther = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(middle, other));
        return Math.min(toOne, toOther) > MAX_DAYS_FROM_OTHER_DATES || toOne == toOther ? Optional.empty()
                : Optional.of(toOne < toOther ? one : other);
    }

    /**
     * Countries whose English pages, and pages in their own languages, write the day first: Britain, Ireland, South
     * Asia, Australasia, Africa, the Middle East and Europe, as a country-code domain ("manchester.co.uk",
     * "breakingnews.iol.ie") or a declared region ("en-GB", "en-IN") names them. The United States and Canada, and
     * the generic domains (".com"), tell nothing.
     */
    private static final Set<String> DAY_FIRST_COUNTRIES = Set.of("uk", "gb", "ie", "in", "pk", "bd", "lk",
            "np", "au", "nz", "za", "ng", "ke", "gh", "ug", "tz", "zw", "zm", "sg", "my", "hk", "mt", "cy", "il", "ae", "qa",
            "bh", "kw", "om", "sa", "eg", "jo", "lb", "iq", "af", "tr", "ru", "ua", "es", "pt", "fr", "de", "it", "nl", "be",
            "ch", "at", "dk", "se", "no", "fi", "pl", "cz", "gr", "ro", "hu");
    private static final Pattern HOST = Pattern.compile("^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?([^/:?#]+)");

    /**
     * The reading of the page's country, from its declared region or else its address's country-code domain; empty
     * when neither names a country that writes the day first, or the region names the United States.
     */
    private static Optional<LocalDate> countrysOrder(String address, String language, LocalDate monthFirst, LocalDate dayFirst) {
        String[] tag = language == null ? new String[0] : language.split("-");
        if (tag.length > 1) {
            return tag[1].equals("us") ? Optional.of(monthFirst) : DAY_FIRST_COUNTRIES.contains(tag[1]) ? Optional.of(dayFirst) : Optional.empty();
        }
        Matcher host = HOST.matcher(address == null ? "" : address.toLowerCase(Locale.ROOT));
        if (!host.find()) {
            return Optional.empty();
        }
        String name = host.group(1);
        return DAY_FIRST_COUNTRIES.contains(name.substring(name.lastIndexOf('.') + 1)) ? Optional.of(dayFirst) : Optional.empty();
    }

    private static Optional<LocalDate> only(boolean forOne, LocalDate one, boolean forOther, LocalDate other) {
        return forOne == forOther ? Optional.empty() : Optional.of(forOne ? one : other);
    }
}
