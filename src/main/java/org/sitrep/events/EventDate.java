package org.sitrep.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.DateExpression;
import org.sitrep.core.DatePrecision;
import org.sitrep.core.Span;

/**
 * Chooses when an incident happened: the finest date its sentence gives (a year the text leaves out is the latest
 * one not after publication), else the day of publication, since news reports what has just happened. An article
 * without a publication date takes the full date at its head (its dateline) for one; without that either, it falls
 * back on its own last full date before the sentence, else its first.
 */
final class EventDate {
    private EventDate() {
    }

    /** The date (partial ISO-8601) of the incident in {@code sentence}; empty when neither it nor the article has one. */
    static Optional<String> of(Span sentence, Integer caption, List<DateExpression> dates, LocalDate publication) {
        LocalDate published = publication != null ? publication : dateline(dates).orElse(null);
        Optional<String> given = dates.stream()
                .filter(d -> d.value() != null && Objects.equals(d.caption(), caption))
                .filter(d -> d.span().begin() >= sentence.begin() && d.span().end() <= sentence.end())
                .filter(d -> precision(d.value()) != null && !after(d.value(), published))
                .min(Comparator.comparing((DateExpression d) -> precision(d.value())).thenComparingInt(d -> d.span().begin()))
                .map(d -> withYear(d.value(), published));
        if (given.isPresent() && !given.get().startsWith("XXXX")) {
            return given;
        }
        if (published != null) {
            return Optional.of(published.toString());
        }
        // Without a publication date, the article's own dateline or last full date before the sentence stands in.
        List<DateExpression> days = dates.stream()
                .filter(d -> d.caption() == null && d.value() != null && d.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                .toList();
        return days.stream().filter(d -> caption == null && d.span().begin() < sentence.begin())
                .reduce((a, b) -> b).or(() -> days.stream().findFirst()).map(DateExpression::value);
    }

    /**
     * How far into an article's text its dateline may begin, in UTF-16 code units: after a headline repeated at
     * its head ("Syrian Coalition: Assad Used Chemical Weapons 136 Times since Ghouta Massacre Wednesday 24 August
     * 2016 16:58"), never after its first paragraph.
     */
    private static final int DATELINE_WITHIN = 200;

    /**
     * The day an article without a publication date gives as its own at its head (its dateline); empty when its
     * first full date begins further in. A report's dateline is when it was written, which the dates it names
     * later (an earlier attack recalled) are not.
     */
    private static Optional<LocalDate> dateline(List<DateExpression> dates) {
        return dates.stream().filter(d -> d.caption() == null && d.value() != null)
                .filter(d -> d.value().matches("\\d{4}-\\d{2}-\\d{2}"))
                .min(Comparator.comparingInt(d -> d.span().begin()))
                .filter(d -> d.span().begin() < DATELINE_WITHIN)
                .flatMap(d -> {
                    try {
                        return Optional.of(LocalDate.parse(d.value()));
                    } catch (DateTimeParseException e) {
                        return Optional.empty();
                    }
                });
    }

    /**
     * Whether a date begins after the day after publication: an incident reported cannot have happened then, so
     * the words were something else (a clock time "2033" read as a year, a plan).
     */
    private static boolean after(String value, LocalDate published) {
        if (published == null || value.startsWith("XXXX") || !value.matches("\\d{4}.*")) {
            return false;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (year != published.getYear()) {
            return year > published.getYear();
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value).isAfter(published.plusDays(1));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an incident dated {@code value} (partial ISO-8601) ended more than a year before {@code published}:
     * an article recalls it ("Back in 2018, a student was killed by a mob") rather than reports it, and ACLED codes
     * an incident from the news of its own days. False when either date is unknown or the value has no year.
     */
    static boolean recalled(String value, LocalDate published) {
        if (published == null || !value.matches("\\d{4}.*")) {
            return false;
        }
        LocalDate yearAgo = published.minusYears(1);
        int year = Integer.parseInt(value.substring(0, 4));
        if (year != yearAgo.getYear()) {
            return year < yearAgo.getYear();
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value).isBefore(yearAgo);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return java.time.YearMonth.parse(value).atEndOfMonth().isBefore(yearAgo);
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    /**
     * The precision an event's date may have, {@code null} for none: ACLED codes no quarter (a company's results are no
     * incident's date), and the events table has no such precision, so a quarter named in the sentence dates nothing.
     */
    private static DatePrecision precision(String value) {
        return DatePrecision.find(value).filter(p -> p != DatePrecision.QUARTER).orElse(null);
    }

    /** "XXXX-11-12" in an article of 2014-12-01 is 2014-11-12; in one of 2014-11-01 it is 2013-11-12. */
    static String withYear(String value, LocalDate published) {
        if (!value.startsWith("XXXX") || published == null) {
            return value;
        }
        String thisYear = published.getYear() + value.substring(4);
        if (value.matches("XXXX-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(thisYear).isAfter(published.plusDays(1))
                        ? (published.getYear() - 1) + value.substring(4) : thisYear;
            } catch (DateTimeParseException e) {
                return thisYear;
            }
        }
        return thisYear;
    }
}
