package org.sitrep.extract;

import static org.sitrep.extract.PageMeta.firstNonBlank;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.sitrep.core.PublicationDates;
import org.sitrep.extract.PublishedDate.Candidate;
import org.sitrep.extract.PublishedDate.Found;
import org.sitrep.extract.PublishedDate.Source;

/** The publication day a page shows its readers, against the one its markup keeps. */
final class ShownDay {
    private ShownDay() {
    }

    /**
     * The day the page shows readers as its publication where the day found in its markup is written nowhere in its
     * text (or only as a day of change, "Aktualisiert am ..."): a date labelled as published ("Erschienen am:
     * 13.10.2021"), else the date line under the headline. Markup keeps the day a story was filed or first stored
     * ("2021-12-20" in the meta data of a story shown "27.01.2022"). The found day when the text writes it, or shows no
     * other. {@code bodyText} is the text of the page's body, as the caller has read it.
     */
    static Found instead(Document doc, String bodyText, Found found, String headline) {
        String text = DateLabels.withoutUpdates(bodyText);
        if (PublicationDates.writes(text, found.day()) || inTimeElement(doc, found.day())) {
            return found;
        }
        String shown = firstNonBlank(DateLabels.published(text),
                PublishedDate.underHeadline(doc, headline, e -> UPDATED_MARKUP.matcher(e.className() + " " + e.attr("itemprop")).find(), DateLabels::withoutUpdates));
        var day = PublicationDates.parse(shown).filter(d -> PublicationDates.writes(text, d));
        if (day.isEmpty() || readsAs(day.get(), found.day()) || day.get().isBefore(found.day().minusDays(MAX_SHOWN_BEFORE_MARKUP_DAYS))
                || isUtcDayNext(found, day.get())) {
            return found;
        }
        return new Found(day.get(), null, new Candidate(Source.SHOWN_DATE, shown));
    }

    /** Markup of a day of change: "<time class="updated" itemprop="dateModified">". */
    private static final Pattern UPDATED_MARKUP = Pattern.compile("(?i)updated|modified");

    /**
     * Whether a {@code <time>} of the page's own shows the day, by its text or else its attribute: text run together from
     * elements side by side ("July 30, 2019January 18, 2023") hides a date from a search of the page's text.
     */
    private static boolean inTimeElement(Document doc, LocalDate day) {
        return doc.select("time").stream().filter(e -> !PublishedDate.isOtherThanThePage(e))
                .anyMatch(e -> PublicationDates.parse(e.text()).or(() -> PublicationDates.parse(e.attr("datetime"))).filter(day::equals).isPresent());
    }

    /**
     * Whether the shown day is the day after a UTC stamp's: the page shows the stamp in a zone east of UTC, which the
     * day of the stamp keeps as well as the shown day ("2025-12-02T23:00:55+00:00" shown "03 Dec 2025").
     */
    private static boolean isUtcDayNext(Found found, LocalDate shown) {
        return found.time() != null && found.time().getOffset().equals(ZoneOffset.UTC) && shown.equals(found.day().plusDays(1));
    }

    /**
     * Days a page shows before the day of its markup are its first publication when the markup keeps a later change;
     * a date shown years before is of something else (the day a forum's member joined, an event recalled).
     */
    private static final int MAX_SHOWN_BEFORE_MARKUP_DAYS = 30;

    /** Whether the shown day is the found one, or is it with day and month swapped ("08/03/2020" read month first). */
    private static boolean readsAs(LocalDate shown, LocalDate found) {
        return shown.equals(found) || shown.getYear() == found.getYear() && shown.getMonthValue() == found.getDayOfMonth()
                && shown.getDayOfMonth() == found.getMonthValue();
    }
}
