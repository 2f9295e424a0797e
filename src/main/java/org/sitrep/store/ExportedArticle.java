package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Quote;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.Event;
import org.sitrep.core.LeadImage;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.StoredArticle;
import org.sitrep.resolve.NamedMentions;

/**
 * A stored article in the shape of the export contract ({@code shared/EXPORT.md}): one JSON object per article.
 * Fields the pipeline does not fill yet are present and empty. Component names become snake-case JSON names. After
 * the contract's fields come added ones: the article's language (ISO 639-1, with the page's region where it gives
 * one), section, moment of publication with its offset (ISO-8601) and lead image, each {@code null} when unknown;
 * and {@code described_entities}, the entities the article refers to only by descriptions or pronouns ("Israeli
 * forces", "the Syrian president"), apart from {@code entities}, which are the ones it names (see {@link NamedMentions}).
 */
public record ExportedArticle(String id, String url, String title, List<String> byline, String published, String outlet,
                              List<String> captions, List<String> paragraphs, String text, List<ExportedEntity> entities,
                              List<ExportedStatement> quotes, List<ExportedPlace> places, List<ExportedDate> dates,
                              List<ExportedEvent> events, String language, String section, String publishedAt,
                              LeadImage image, List<ExportedEntity> describedEntities) {

    /** A stretch of the article text: UTF-16 offsets into {@code text} and the characters there. */
    public record TextSpan(int begin, int end, String text) {
    }

    /**
     * An entity: {@code mentions} are where the article names it; added to the contract, {@code references} are where
     * it refers to it by a description or a pronoun ("the Syrian president", "he").
     */
    public record ExportedEntity(String id, String name, String type, String kind, List<TextSpan> mentions,
                                 List<TextSpan> references) {
    }

    /**
     * Who spoke: canonical name, entity id, where the text names the speaker for this statement. Added to the
     * contract: role and organisation; {@code basis}, how the speaker was found ("name", "pronoun_nearby", ...), its
     * {@code confidence} (0 to 1, the share right of speakers found that way) and {@code unsure}, true when the site
     * does not credit the speaker with the statement: the confidence is below what it shows as attributed, or the
     * words may be no statement at all ({@link Quote#credited()}).
     */
    public sealed interface Speaker permits TextSpeaker, CaptionSpeaker {
    }

    /** The speaker of a statement in the text: offsets into {@code text}. */
    public record TextSpeaker(String name, String entity, Integer begin, Integer end, String role, String organisation,
                              String basis, double confidence, boolean unsure) implements Speaker {
    }

    /**
     * The speaker of a statement in a caption: offsets into {@code captions[caption]}, where the caption names them,
     * as the contract says of caption facts.
     */
    public record CaptionSpeaker(String name, String entity, Integer begin, Integer end, String in, int caption,
                                 String role, String organisation, String basis, double confidence, boolean unsure)
            implements Speaker {
    }

    /**
     * A statement: its words, kind, speaker ({@code null} when the text does not say), cue, medium and day. Added to
     * the contract: {@code probability}, 0 to 1, that the words are a statement at all, {@code null} for statements
     * nothing weighed (quote marks and a cue leave no doubt), so that an import shows unsure statements as unsure.
     */
    public sealed interface ExportedStatement permits ExportedQuote, CaptionQuote {
    }

    /** A statement in the text: offsets into {@code text}. */
    public record ExportedQuote(int begin, int end, String text, String kind, Speaker speaker, String cue, String medium,
                                String saidOn, Double probability) implements ExportedStatement {
    }

    /** A statement in a caption: offsets into {@code captions[caption]}, as the contract says of caption facts. */
    public record CaptionQuote(int begin, int end, String in, int caption, String text, String kind, Speaker speaker,
                               String cue, String medium, String saidOn, Double probability) implements ExportedStatement {
    }

    /**
     * Coordinates WGS84 decimal degrees; {@code geonameid} null for places not in GeoNames. Added to the contract:
     * {@code id}, the place's id in Sitrep (its GeoNames id, or negative for the supplement's places).
     */
    public record ExportedPlace(String name, double lat, double lon, Long geonameid, String country, String feature,
                                List<PlaceSpan> mentions, long id) {
    }

    /**
     * Where an article names a place. Added to the contract: {@code role}, "setting" where something is or happens,
     * "analogy" for a comparison ("another Srebrenica"), "origin" for where someone comes from, "affiliation" for a
     * place named as whose someone or something is ("Russian forces", "a Chechen fighter").
     */
    public sealed interface PlaceSpan permits TextPlaceSpan, CaptionPlaceSpan {
    }

    /** A place name in the text: offsets into {@code text}. */
    public record TextPlaceSpan(int begin, int end, String text, String role) implements PlaceSpan {
    }

    /** A place name in a caption: offsets into {@code captions[caption]}, as the contract says of caption facts. */
    public record CaptionPlaceSpan(int begin, int end, String text, String role, String in, int caption) implements PlaceSpan {
    }

    /**
     * A date expression with its value (ISO-8601, possibly partial, or null). Added to the contract: {@code precision},
     * "day", "week", "month", "quarter", "season", "year" or "decade", null when there is no value.
     */
    public sealed interface ExportedDate permits TextDate, CaptionDate {
    }

    /** A date in the text: offsets into {@code text}. */
    public record TextDate(int begin, int end, String text, String value, String precision) implements ExportedDate {
    }

    /** A date in a caption: offsets into {@code captions[caption]}, as the contract says of caption facts. */
    public record CaptionDate(int begin, int end, String text, String value, String precision, String in, int caption)
            implements ExportedDate {
    }

    /** Where the article reports an event. */
    public sealed interface EventEvidence permits Evidence, CaptionEvidence {
    }

    /** An event reported in the text: offsets into {@code text}. */
    public record Evidence(int begin, int end) implements EventEvidence {
    }

    /** An event reported in a caption: offsets into {@code captions[caption]}, as the contract says of caption facts. */
    public record CaptionEvidence(int begin, int end, String in, int caption) implements EventEvidence {
    }

    /**
     * An event: {@code type} and {@code sub_type} ACLED's labels, {@code date} ISO-8601 (partial allowed), coordinates
     * WGS84 decimal degrees. Added to the contract: {@code date_precision} ("day", "week", "month", "season", "year",
     * null without a date); {@code geo_precision}, ACLED's 1 (the place itself), 2 (near it, or part of a region
     * named), 3 (only the region or country known), 0 without a place; {@code hedged}, whether the text reports it as
     * suspected, alleged or claimed; {@code source}, who the text says reports it ("activists"), null when the article
     * states it in its own voice; {@code confidence} of the coding, 0 to 1; {@code incident}, the id shared by every
     * stored report of the same incident; the place's {@code geonameid} and {@code country} (ISO 3166-1 alpha-2); and
     * {@code actor1_entity}, {@code actor2_entity}, the ids of the entities the actors were found as (null when named
     * by a common noun only).
     */
    public record ExportedEvent(String type, String subType, String actor1, String actor2, String place, Double lat,
                                Double lon, String date, Integer fatalities, EventEvidence evidence, String datePrecision,
                                int geoPrecision, boolean hedged, String source, double confidence, Long incident,
                                Long geonameid, String country, String actor1Entity, String actor2Entity) {
    }

    /** The article without its incident ids ({@code incident} null in every event). */
    public static ExportedArticle of(StoredArticle stored) {
        return of(stored, List.of());
    }

    /**
     * The article in the export's shape.
     *
     * @param incidents the incident of each of its events, in the order of {@code stored.events()}
     *                  ({@link EventStore#incidentsOf}); an event without one has {@code incident} null
     */
    public static ExportedArticle of(StoredArticle stored, List<Long> incidents) {
        Article a = stored.article();
        return new ExportedArticle(stored.id(), a.url(), a.title(), a.byline(),
                a.published() == null ? null : a.published().toString(), a.outlet(), a.captions(), a.paragraphs(),
                a.text(), entities(stored.entities(), a.text(), true), quotes(stored.quotes()), places(stored.places()), dates(stored.dates()),
                events(stored.events(), incidents),
                a.language(), a.section(), a.publishedAt() == null ? null : a.publishedAt().toString(), a.image(),
                entities(stored.entities(), a.text(), false));
    }

    private static List<ExportedStatement> quotes(List<AttributedQuote> quotes) {
        return quotes.stream().map(ExportedArticle::quote).toList();
    }

    /** One statement in the export's shape; one in a caption has its offsets, and its speaker's, into that caption. */
    public static ExportedStatement quote(AttributedQuote aq) {
        Quote q = aq.quote();
        Speaker speaker = speaker(aq);
        return q.inCaption()
                ? new CaptionQuote(q.content().begin(), q.content().end(), "caption", q.caption(), q.text(), q.kind().label(),
                        speaker, q.cueText(), q.medium(), q.saidOn(), q.probability())
                : new ExportedQuote(q.content().begin(), q.content().end(), q.text(), q.kind().label(), speaker,
                        q.cueText(), q.medium(), q.saidOn(), q.probability());
    }

    private static Speaker speaker(AttributedQuote aq) {
        Quote q = aq.quote();
        var s = q.speaker();
        if (s == null) {
            return null;
        }
        String entity = aq.speaker() == null ? null : aq.speaker().id();
        return q.inCaption()
                ? new CaptionSpeaker(aq.speakerName(), entity, s.span().begin(), s.span().end(), "caption", q.caption(),
                        s.role(), s.organisation(), s.basis().label(), s.confidence(), !q.credited())
                : new TextSpeaker(aq.speakerName(), entity, s.span().begin(), s.span().end(), s.role(), s.organisation(),
                        s.basis().label(), s.confidence(), !q.credited());
    }

    /**
     * The entities in the order the article first mentions them, with their mentions split into names and references.
     *
     * @param named the entities the article names at least once, or else those it only refers to
     */
    private static List<ExportedEntity> entities(List<LinkedMention> mentions, String text, boolean named) {
        Set<String> namedIds = NamedMentions.namedEntityIds(mentions, text);
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<TextSpan>> names = new LinkedHashMap<>();
        Map<String, List<TextSpan>> references = new LinkedHashMap<>();
        for (LinkedMention m : mentions) {
            String id = m.entity().id();
            if (namedIds.contains(id) == named) {
                entities.putIfAbsent(id, m.entity());
                TextSpan span = new TextSpan(m.mention().span().begin(), m.mention().span().end(), m.mention().text());
                (NamedMentions.isName(m, text) ? names : references).computeIfAbsent(id, k -> new ArrayList<>()).add(span);
            }
        }
        List<ExportedEntity> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            out.add(new ExportedEntity(e.id(), e.name(), e.type().name(), e.kind(), names.getOrDefault(e.id(), List.of()),
                    references.getOrDefault(e.id(), List.of())));
        }
        return out;
    }

    /** One entry per place, in the order the article first names them, with every mention. */
    private static List<ExportedPlace> places(List<PlaceMention> mentions) {
        Map<Long, Place> places = new LinkedHashMap<>();
        Map<Long, List<PlaceSpan>> spans = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            places.putIfAbsent(m.place().id(), m.place());
            PlaceSpan span = m.caption() == null
                    ? new TextPlaceSpan(m.span().begin(), m.span().end(), m.text(), m.role().label())
                    : new CaptionPlaceSpan(m.span().begin(), m.span().end(), m.text(), m.role().label(), "caption", m.caption());
            spans.computeIfAbsent(m.place().id(), k -> new ArrayList<>()).add(span);
        }
        List<ExportedPlace> out = new ArrayList<>();
        for (Place p : places.values()) {
            out.add(new ExportedPlace(p.name(), p.lat(), p.lon(), p.geonameId(), p.country().isEmpty() ? null : p.country(),
                    p.featureCode(), List.copyOf(spans.get(p.id())), p.id()));
        }
        return out;
    }

    private static List<ExportedEvent> events(List<Event> events, List<Long> incidents) {
        List<ExportedEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            out.add(event(events.get(i), i < incidents.size() ? incidents.get(i) : null));
        }
        return out;
    }

    /** One event in the export's shape; {@code incident} may be {@code null}. */
    public static ExportedEvent event(Event e, Long incident) {
        Place p = e.place() == null ? null : e.place().place();
        EventEvidence evidence = e.caption() == null ? new Evidence(e.evidence().begin(), e.evidence().end())
                : new CaptionEvidence(e.evidence().begin(), e.evidence().end(), "caption", e.caption());
        return new ExportedEvent(e.type().label(), e.subType().label(), e.actor1().name(),
                e.actor2() == null ? null : e.actor2().name(), p == null ? null : p.name(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), e.date(), e.fatalities(), evidence,
                e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(Locale.ROOT), e.geoPrecision(),
                e.hedged(), e.claimedBy(), e.confidence(), incident, p == null ? null : p.geonameId(),
                p == null || p.country().isEmpty() ? null : p.country(), e.actor1().entity(),
                e.actor2() == null ? null : e.actor2().entity());
    }

    private static List<ExportedDate> dates(List<DateExpression> dates) {
        return dates.stream().map(ExportedArticle::date).toList();
    }

    private static ExportedDate date(DateExpression d) {
        String precision = d.precision() == null ? null : d.precision().name().toLowerCase(Locale.ROOT);
        return d.caption() == null
                ? new TextDate(d.span().begin(), d.span().end(), d.text(), d.value(), precision)
                : new CaptionDate(d.span().begin(), d.span().end(), d.text(), d.value(), precision, "caption", d.caption());
    }
}
