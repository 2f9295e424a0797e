package org.sitrep.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Event;
import org.sitrep.core.EventActor;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.LeadImage;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.core.SubEventType;

/**
 * Reads one line of the export ({@link ExportedArticle}) back into the facts the store saves, so that an export
 * (of {@code sitrep export} or of the Spark job) can be loaded into a data folder without running the pipeline.
 * What the export does not carry is left empty or given its default: sentences and tokens, the cue's span, how sure a
 * place's resolution is (1), and the gazetteer's details of a place that {@code places} does not know (no region,
 * no population). Saved again and exported, the article gives the same line, but for its incident ids, which are the
 * store's own.
 */
public final class ExportedArticleReader {
    private final LongFunction<Optional<Place>> places;

    /** @param places the gazetteer's place by id, empty when it has none */
    public ExportedArticleReader(LongFunction<Optional<Place>> places) {
        this.places = places;
    }

    /**
     * The article of the line, as the pipeline would hand it to the store.
     *
     * @throws InputException naming {@code origin} when the line is not an exported article
     */
    public Processed read(String origin, String line) {
        if (!(Json.parse(origin, line) instanceof Map<?, ?> fields)) {
            throw new InputException(origin, "not a JSON object");
        }
        try {
            return processed(origin, new Fields(fields));
        } catch (RuntimeException e) {
            throw new InputException(origin, "not an exported article: " + e.getMessage(), e);
        }
    }

    private Processed processed(String origin, Fields a) {
        Map<?, ?> image = a.map("image");
        Article article = new Article(a.string("url"), a.string("title"), a.strings("byline"),
                a.string("published") == null ? null : LocalDate.parse(a.string("published")), a.string("outlet"),
                a.string("section"), a.strings("captions"), a.strings("paragraphs"), a.string("language"),
                image == null ? null : new LeadImage((String) image.get("url"), (String) image.get("caption")),
                a.string("published_at") == null ? null : OffsetDateTime.parse(a.string("published_at")));
        if (a.string("text") != null && !article.text().equals(a.string("text"))) {
            throw new IllegalArgumentException("text is not the title and paragraphs joined by blank lines");
        }
        Map<String, Entity> entities = new HashMap<>();
        List<LinkedMention> mentions = new ArrayList<>();
        for (Fields e : Stream.concat(a.list("entities").stream(), a.list("described_entities").stream()).toList()) {
            EntityType type = EntityType.parse(e.string("type")).orElse(EntityType.MISC);
            Entity entity = new Entity(e.string("id"), e.string("name"), type, e.string("kind"));
            entities.put(entity.id(), entity);
            for (Fields m : Stream.concat(e.list("mentions").stream(), e.list("references").stream()).toList()) {
                mentions.add(new LinkedMention(new Mention(span(m), m.string("text"), type), entity));
            }
        }
        List<DateExpression> dates = a.list("dates").stream()
                .map(d -> new DateExpression(span(d), d.string("text"), d.string("value"), caption(d))).toList();
        List<PlaceMention> placeMentions = new ArrayList<>();
        Map<Long, PlaceMention> firstMention = new HashMap<>();
        for (Fields p : a.list("places")) {
            Place place = place(p);
            for (Fields m : p.list("mentions")) {
                PlaceMention pm = new PlaceMention(span(m), m.string("text"), place, role(m.string("role")), 1, caption(m));
                placeMentions.add(pm);
                firstMention.putIfAbsent(place.id(), pm);
            }
        }
        List<AttributedQuote> quotes = a.list("quotes").stream().map(q -> quote(q, entities)).toList();
        List<Event> events = a.list("events").stream().map(e -> event(e, firstMention)).toList();
        Annotated annotated = new Annotated(article, List.of(), List.of(),
                mentions.stream().map(LinkedMention::mention).toList(), dates);
        Processed processed = new Processed(origin, annotated, mentions, quotes, placeMentions, events, List.of());
        requireWithinText(processed);
        return processed;
    }

    /**
     * Refuses a fact whose offsets fall outside the text they point into (the article's, or a caption's): stored, it
     * would break every page that shows the article.
     */
    private static void requireWithinText(Processed p) {
        Article article = p.article();
        p.entities().forEach(m -> requireWithin(article, "mention \"" + m.mention().text() + "\"", m.mention().span(), null));
        p.annotated().dates().forEach(d -> requireWithin(article, "date \"" + d.text() + "\"", d.span(), d.caption()));
        p.places().forEach(m -> requireWithin(article, "place \"" + m.text() + "\"", m.span(), m.caption()));
        for (AttributedQuote q : p.quotes()) {
            requireWithin(article, "quote", q.quote().content(), q.quote().caption());
            if (q.quote().speaker() != null) {
                requireWithin(article, "speaker \"" + q.quote().speaker().text() + "\"", q.quote().speaker().span(),
                        q.quote().caption());
            }
        }
        p.events().forEach(e -> requireWithin(article, "event evidence", e.evidence(), e.caption()));
    }

    private static void requireWithin(Article article, String what, Span span, Integer caption) {
        if (caption != null && (caption < 0 || caption >= article.captions().size())) {
            throw new IllegalArgumentException(what + " is in caption " + caption + ", but the article has "
                    + article.captions().size() + " captions");
        }
        int length = caption == null ? article.text().length() : article.captions().get(caption).length();
        if (span.end() > length) {
            throw new IllegalArgumentException(what + " at [" + span.begin() + ", " + span.end() + ") is outside the "
                    + (caption == null ? "text" : "caption " + caption) + " (" + length + " characters)");
        }
    }

    private Place place(Fields p) {
        long id = p.number("id") != null ? p.number("id").longValue()
                : p.number("geonameid") != null ? p.number("geonameid").longValue() : 0;
        Optional<Place> known = id == 0 ? Optional.empty() : places.apply(id);
        if (known.isPresent()) {
            return known.get();
        }
        String feature = p.string("feature") == null ? "" : p.string("feature");
        return new Place(id, p.string("name"), p.number("lat").doubleValue(), p.number("lon").doubleValue(),
                featureClass(feature), feature, p.string("country") == null ? "" : p.string("country"), "", "", 0);
    }

    /** GeoNames' feature class from the code: the codes of each class begin alike. */
    private static char featureClass(String code) {
        if (code.startsWith("PPL")) {
            return 'P';
        }
        return code.startsWith("ADM") || code.startsWith("PCL") ? 'A' : 'S';
    }

    private static AttributedQuote quote(Fields q, Map<String, Entity> entities) {
        Fields s = q.fields("speaker");
        Speaker speaker = null;
        Entity entity = null;
        if (s != null) {
            entity = s.string("entity") == null ? null : entities.get(s.string("entity"));
            Span at = new Span(s.number("begin").intValue(), s.number("end").intValue());
            speaker = new Speaker(at, s.string("name"), null, s.string("role"), s.string("organisation"),
                    SpeakerBasis.ofLabel(s.string("basis")));
        }
        Quote quote = new Quote(span(q), q.string("text"), QuoteKind.valueOf(q.string("kind").toUpperCase(Locale.ROOT)),
                speaker, null, q.string("cue"), q.string("medium"), q.string("said_on"), probability(q), caption(q));
        return new AttributedQuote(quote, entity);
    }

    /** How sure the pipeline was that the words are a statement; {@code null} when nothing weighed them or the line predates the field. */
    private static Double probability(Fields q) {
        return q.number("probability") == null ? null : q.number("probability").doubleValue();
    }

    private Event event(Fields e, Map<Long, PlaceMention> placeMentions) {
        SubEventType subType = SubEventType.ofLabel(e.string("sub_type")).orElseThrow(() ->
                new IllegalArgumentException("unknown sub_type " + e.string("sub_type")));
        Fields evidence = e.fields("evidence");
        PlaceMention place = null;
        if (e.string("place") != null) {
            place = placeMentions.values().stream()
                    .filter(pm -> pm.place().name().equals(e.string("place")) && pm.place().lat() == e.number("lat").doubleValue()
                            && pm.place().lon() == e.number("lon").doubleValue())
                    .findFirst().orElseGet(() -> new PlaceMention(span(evidence), e.string("place"), eventPlace(e),
                            PlaceRole.SETTING, 1, caption(evidence)));
        }
        return new Event(subType, new EventActor(e.string("actor1"), e.string("actor1_entity")),
                e.string("actor2") == null ? null : new EventActor(e.string("actor2"), e.string("actor2_entity")), place,
                e.number("geo_precision") == null ? 0 : e.number("geo_precision").intValue(), e.string("date"),
                e.number("fatalities") == null ? null : e.number("fatalities").intValue(), span(evidence), caption(evidence),
                Boolean.TRUE.equals(e.raw("hedged")), e.string("source"),
                e.number("confidence") == null ? 0 : e.number("confidence").doubleValue());
    }

    private Place eventPlace(Fields e) {
        Long id = e.number("geonameid") == null ? null : e.number("geonameid").longValue();
        return Optional.ofNullable(id).flatMap(places::apply).orElseGet(() -> new Place(id == null ? 0 : id,
                e.string("place"), e.number("lat").doubleValue(), e.number("lon").doubleValue(), 'S', "",
                e.string("country") == null ? "" : e.string("country"), "", "", 0));
    }

    private static PlaceRole role(String label) {
        return label == null ? PlaceRole.SETTING : PlaceRole.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static Span span(Fields f) {
        return new Span(f.number("begin").intValue(), f.number("end").intValue());
    }

    /** The caption number of a fact that stands in a caption ({@code "in": "caption"}), else {@code null}. */
    private static Integer caption(Fields f) {
        return "caption".equals(f.string("in")) ? f.number("caption").intValue() : null;
    }

    /** A JSON object's fields, read by type. */
    private record Fields(Map<?, ?> map) {
        Object raw(String name) {
            return map.get(name);
        }

        String string(String name) {
            return map.get(name) instanceof String s ? s : null;
        }

        Number number(String name) {
            return map.get(name) instanceof Number n ? n : null;
        }

        Map<?, ?> map(String name) {
            return map.get(name) instanceof Map<?, ?> m ? m : null;
        }

        Fields fields(String name) {
            Map<?, ?> m = map(name);
            return m == null ? null : new Fields(m);
        }

        List<String> strings(String name) {
            return map.get(name) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        }

        List<Fields> list(String name) {
            return map.get(name) instanceof List<?> l ? l.stream().map(o -> new Fields((Map<?, ?>) o)).toList() : List.of();
        }
    }
}
