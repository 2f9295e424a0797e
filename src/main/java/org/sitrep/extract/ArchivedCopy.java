package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * The publication day of a page saved by the Wayback Machine that dates itself nowhere else, read from the day the
 * archive captured it. The archive rewrites every address of the copy to its own, stamped with the capture's moment
 * ("https://web.archive.org/web/20050404150849cs_/http://www.nypost.com/css/style.css"), and a page that exists at its
 * capture was published then or before; a story without a date of its own is a breaking one the archive caught while
 * it ran, on the day its lead's weekdays name (the day of publication or the day before, as a wire story reports).
 */
final class ArchivedCopy {
    private ArchivedCopy() {
    }

    /** The archive's address form: "/web/" and a 14-digit UTC moment, a resource kind ("im_") at most, then the original. */
    private static final Pattern CAPTURE = Pattern.compile("/web/(\\d{14})(?:[a-z]{2}_)?/(?:https?:|\\*)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** A story is read on the capture's day or up to this many days before it, the days its lead's weekdays may name. */
    private static final int MAX_DAYS_BEFORE_CAPTURE = 6;

    /**
     * The capture's day, or the latest day up to six before it that the lead's weekdays agree with ({@link
     * WeekdayAgreedDate#agrees}); {@link Found#NONE} when the page is no archive copy or its capture moment cannot be read.
     */
    static Found of(Document doc, List<String> paragraphs) {
        String stamp = captureStamp(doc);
        LocalDate captured = dayOf(stamp).orElse(null);
        if (captured == null || captured.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            return Found.NONE;
        }
        List<DayOfWeek> named = WeekdayAgreedDate.weekdaysOfLead(paragraphs);
        LocalDate day = captured;
        for (int back = 0; !named.isEmpty() && back <= MAX_DAYS_BEFORE_CAPTURE; back++) {
            if (WeekdayAgreedDate.agrees(named, captured.minusDays(back))) {
                day = captured.minusDays(back);
                break;
            }
        }
        return new Found(day, null, new Candidate(Source.ARCHIVE_CAPTURE, stamp));
    }

    /** The bar the archive sets over its copies: its calendar of captures ("17 Apr 2009 - 12 Apr 2016") dates no story. */
    private static final String TOOLBAR = "#wm-ipp-base, #wm-ipp, #donato";

    /**
     * The address the archive captured, as its bar names it ("http://www.cnn.com/2009/US/04/15/us.sikhs.military/"),
     * for a copy read without its address; {@code null} when the page is no archive copy or its bar names none.
     */
    static String originalAddress(Document doc) {
        Element field = doc.selectFirst("#wmtbURL");
        return field == null || field.attr("value").isBlank() ? null : field.attr("value").strip();
    }

    /** Takes the archive's bar out of its copy, leaving the page as it was captured; a page without one is left as it is. */
    static void removeToolbar(Document doc) {
        doc.select(TOOLBAR).remove();
    }

    /**
     * The capture moment most of the copy's rewritten addresses carry (its links to other captures are fewer), {@code
     * null} when no address of the page is the archive's.
     */
    /** The day (UTC) the archive captured the copy; empty when the page is no archive copy or its moment cannot be read. */
    static Optional<LocalDate> capturedDay(Document doc) {
        return dayOf(captureStamp(doc));
    }

    private static Optional<LocalDate> dayOf(String stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP).toLocalDate());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String captureStamp(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element e : doc.select("[href*=/web/], [src*=/web/]")) {
            Matcher m = CAPTURE.matcher(e.hasAttr("src") ? e.attr("src") : e.attr("href"));
            if (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
