package org.sitrep.core;

import java.util.List;

/**
 * Everything the pipeline learned from one page, ready to be stored.
 *
 * @param warnings what the user should know of how the page was read (e.g. only part of a very long article was
 *                 read for statements and entities), one sentence each naming the page; empty when nothing
 */
public record Processed(String origin, Annotated annotated, List<LinkedMention> entities, List<AttributedQuote> quotes,
                        List<PlaceMention> places, List<Event> events, List<String> warnings) {
    public Processed {
        events = List.copyOf(events);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
        warnings = List.copyOf(warnings);
    }

    /** A page whose events are not coded (yet). */
    public Processed(String origin, Annotated annotated, List<LinkedMention> entities, List<AttributedQuote> quotes,
                     List<PlaceMention> places, List<String> warnings) {
        this(origin, annotated, entities, quotes, places, List.of(), warnings);
    }

    /** A page whose places are not resolved (yet). */
    public Processed(String origin, Annotated annotated, List<LinkedMention> entities, List<AttributedQuote> quotes,
                     List<String> warnings) {
        this(origin, annotated, entities, quotes, List.of(), warnings);
    }

    /** A page read without anything to warn of. */
    public Processed(String origin, Annotated annotated, List<LinkedMention> entities, List<AttributedQuote> quotes) {
        this(origin, annotated, entities, quotes, List.of());
    }

    /** The same page with these places. */
    public Processed withPlaces(List<PlaceMention> value) {
        return new Processed(origin, annotated, entities, quotes, value, events, warnings);
    }

    /** The same page with these events. */
    public Processed withEvents(List<Event> value) {
        return new Processed(origin, annotated, entities, quotes, places, value, warnings);
    }

    public Article article() {
        return annotated.article();
    }
}
