package org.sitrep;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Processed;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;

/** Articles with coded events, built directly (no coder), for tests of storing and exporting events. */
public final class EventArticles {
    public static final Place ALEPPO = new Place(170063, "Aleppo", 36.20124, 37.16117, 'P', "PPLA", "SY", "09", "", 1602264);
    /** A district of Aleppo, 3.5 km from the city's point. */
    public static final Place SHAAR = new Place(-7, "al-Shaar", 36.21, 37.2, 'P', "PPLX", "SY", "09", "", 0);
    public static final Place HOMS = new Place(169577, "Homs", 34.72682, 36.72339, 'P', "PPLA", "SY", "11", "", 775404);
    public static final EventActor SYRIAN_FORCES = new EventActor("Military Forces of Syria (2000-2024)", "org-syrian-army");
    public static final EventActor CIVILIANS = new EventActor("Civilians (Syria)", null);
    public static final EventActor ISLAMIC_STATE = new EventActor("Islamic State (Syria)", "org-islamic-state");

    private EventArticles() {
    }

    /** An article of one paragraph (and these captions), published that day by that outlet, at a URL made of both. */
    public static Article article(String outlet, LocalDate published, String paragraph, String... captions) {
        return new Article("https://" + outlet.toLowerCase() + ".example/" + Integer.toHexString(paragraph.hashCode()),
                "Title " + paragraph, List.of(), published, outlet, null, List.of(captions), List.of(paragraph), "en");
    }

    /** The article as the pipeline would give it, with these events and no other facts but one sentence. */
    public static Processed processed(Article article, List<Event> events) {
        Annotated ann = new Annotated(article, List.of(new Sentence(new Span(0, article.text().length()), 0, 1)), List.of(),
                List.of(), List.of());
        return new Processed("test", ann, List.of(), List.of(), List.of(), events, List.of());
    }

    /** An event in the text, its evidence the first 20 characters, its place named at 0-6, stated as fact. */
    public static Event event(SubEventType type, EventActor actor1, EventActor actor2, Place place, String date, Integer fatalities) {
        PlaceMention at = place == null ? null : new PlaceMention(new Span(0, 6), place.name(), place, PlaceRole.SETTING, 0.9);
        return new Event(type, actor1, actor2, at, place == null ? 0 : 1, date, fatalities, new Span(0, 20), null, false, null, 0.8);
    }
}
