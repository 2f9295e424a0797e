package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.sitrep.core.PublicationDates;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/**
 * The day a site's masthead shows, against the story's own date line by its headline. Old table layouts print the
 * day the page is served at the top of every page ("Tuesday, January 15, 2008" by the menu, a "DateBar" row), far above
 * the story, whose own date stands a few elements from its headline ("Monday, January 14, 2008" over it, "02 January
 * 2008 - 5:34PM" in its header line). The served day is never before the story's.
 */
final class MastheadDay {
    private MastheadDay() {
    }

    /** Elements, in page order, within which a date line stands by the headline: the story's header or print bar. */
    private static final int MAX_ELEMENTS_FROM_HEADLINE = 20;
    /** A page is served at most this many days after the story ran; a date line further back dates something else. */
    private static final int MAX_DAYS_SERVED_AFTER = 30;

    /**
     * The day of the date line nearest the headline, where the found day is written only in date lines far above the
     * headline and that nearer line gives an earlier day, within {@value #MAX_DAYS_SERVED_AFTER} days; the found day
     * otherwise, and when the page has no element that writes the headline.
     */
    static Found instead(HeadlineOrder order, Found found) {
        int headlineAt = order.headlineAt();
        if (headlineAt < 0) {
            return found;
        }
        List<Line> lines = new ArrayList<>();
        List<Element> elements = order.elements();
        for (int index = 0; index < elements.size() && index <= headlineAt + MAX_ELEMENTS_FROM_HEADLINE; index++) {
            Element e = elements.get(index);
            String date = PublishedDate.ownDateLine(e, t -> t);
            var day = date == null ? Optional.<LocalDate>empty() : PublicationDates.parse(date);
            // A story's header line is no teaser for its links ("Send to a friend"): only embedded posts and comments are left out.
            if (day.isPresent() && !PublishedDate.isEmbeddedOrComment(e)) {
                lines.add(new Line(index, date, day.get()));
            }
        }
        return instead(found, lines, headlineAt);
    }

    private static Found instead(Found found, List<Line> lines, int headlineAt) {
        Line nearest = null;
        boolean foundAbove = false;
        for (Line line : lines) {
            int distance = Math.abs(line.index() - headlineAt);
            if (line.day().equals(found.day())) {
                if (distance <= MAX_ELEMENTS_FROM_HEADLINE || line.index() > headlineAt) {
                    return found;
                }
                foundAbove = true;
            } else if (distance <= MAX_ELEMENTS_FROM_HEADLINE && (nearest == null || distance < Math.abs(nearest.index() - headlineAt))) {
                nearest = line;
            }
        }
        if (!foundAbove || nearest == null || !nearest.day().isBefore(found.day())
                || nearest.day().isBefore(found.day().minusDays(MAX_DAYS_SERVED_AFTER))) {
            return found;
        }
        return new Found(nearest.day(), null, new Candidate(Source.BY_HEADLINE, nearest.date()));
    }

    /** A date line: the element's place in page order, the date as written, its day. */
    private record Line(int index, String date, LocalDate day) {
    }
}
