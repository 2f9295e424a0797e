package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Processed;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.SubEventType;
import org.sitrep.index.Facet;
import org.sitrep.index.FacetEntry;
import org.sitrep.index.IndexedArticle;

/**
 * Made-up articles as the pipeline would hand them to the store, for benchmarks of the pages: the text, outlet, day and
 * language of {@link SyntheticArticles}, with its entities and places named in a closing paragraph (so each mention
 * has its span in the text), and every fifth article reporting an event. No NLP runs. The same seed gives the same
 * articles.
 */
final class SyntheticRecords {
    private static final SubEventType[] EVENTS = {SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK};

    private final SyntheticArticles articles;

    SyntheticRecords(long seed, int wordsPerArticle) {
        this.articles = new SyntheticArticles(seed, wordsPerArticle);
    }

    /** The article numbered {@code number}, with its entities, places and maybe one event. */
    Processed next(int number) {
        IndexedArticle a = articles.next(number);
        StringBuilder names = new StringBuilder("Named: ");
        int start = a.title().length() + Article.PARAGRAPH_SEPARATOR.length() + a.text().length() + Article.PARAGRAPH_SEPARATOR.length();
        List<LinkedMention> entities = new ArrayList<>();
        List<PlaceMention> places = new ArrayList<>();
        String kind = null;
        for (FacetEntry f : a.facets()) {
            if (f.facet() == Facet.KIND && kind == null) {
                kind = f.key();
            }
        }
        for (FacetEntry f : a.facets()) {
            int at = start + names.length();
            if (f.facet() == Facet.ENTITY) {
                names.append(f.label()).append(", ");
                EntityType type = f.key().startsWith("person-") ? EntityType.PERSON : EntityType.ORGANIZATION;
                entities.add(new LinkedMention(new Mention(new Span(at, at + f.label().length()), f.label(), type),
                        new Entity(f.key(), f.label(), type, type == EntityType.PERSON ? null : kind)));
            } else if (f.facet() == Facet.PLACE) {
                names.append(f.label()).append(", ");
                long id = Long.parseLong(f.key());
                Place place = new Place(id, f.label(), 32 + (id % 500) / 100.0, 35 + (id % 700) / 100.0, 'P', "PPL", "SY", "01", "", 1000);
                places.add(new PlaceMention(new Span(at, at + f.label().length()), f.label(), place, PlaceRole.SETTING, 0.9));
            }
        }
        names.append("and others.");
        Article article = new Article("https://synthetic.example/" + number, a.title(), List.of(), a.published(), a.outlet(), null,
                List.of(), List.of(a.text(), names.toString()), a.language());
        Annotated annotated = new Annotated(article, List.of(new Sentence(new Span(0, article.textLength()), 0, 1)), List.of(),
                entities.stream().map(LinkedMention::mention).toList(), List.of());
        // The first organisation named is the event's first actor, as the entity it names (most events' actors are).
        String actor = entities.stream().map(LinkedMention::entity).filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::id).findFirst().orElse(null);
        List<Event> events = number % 5 != 0 || places.isEmpty() || a.published() == null ? List.of()
                : List.of(new Event(EVENTS[number % EVENTS.length], new EventActor("Military Forces of Syria (2000-2024)", actor),
                        new EventActor("Civilians (Syria)", null), places.get(0), 1, a.published().toString(), number % 7,
                        new Span(0, Math.min(20, a.title().length())), null, false, null, 0.8));
        return new Processed("synthetic", annotated, entities, List.of(), places, events, List.of());
    }

    /** A two-word query of words readers search for. */
    String query() {
        return articles.searchWord() + " " + articles.searchWord();
    }
}
