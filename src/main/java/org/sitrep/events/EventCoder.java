package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.EventActor;
import org.sitrep.core.DatePrecision;
import org.sitrep.core.Event;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.geo.GeoNamesGazetteer;

/**
 * The events stage: codes each sentence (and caption sentence) that reports an incident to ACLED's schema, with its
 * actors, place, date, fatalities and the sentence as evidence. Sentences that report the same incident again (a
 * headline and its lead) give one event. Thread-safe.
 */
public final class EventCoder {
    private static final Pattern CAPTION_SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");

    private final IncidentClassifier classifier;
    private final ActorPhrases phrases = new ActorPhrases();
    private final ActorNaming naming;
    private final ActorChoice choice;

    private static volatile EventCoder shared;

    private final UnplacedNames unplaced;
    private final RegionSeats seats;
    private final PlaceChains chains;

    /** A coder that places events only where the places stage put the names of their sentences. */
    public EventCoder(IncidentClassifier classifier) {
        this(classifier, name -> List.of());
    }

    /**
     * @param gazetteer the places of a name (empty when none), asked for names the places stage left unplaced
     *                  ({@link UnplacedNames})
     */
    public EventCoder(IncidentClassifier classifier, Function<String, List<Place>> gazetteer) {
        this(classifier, gazetteer, gazetteer);
    }

    /**
     * @param gazetteer the places of a name (empty when none), spelt as it is or otherwise
     * @param exactly   the places of a name spelt as the gazetteer spells one of theirs, preferred when a name is
     *                  read with the places that hold it ({@link PlaceChains})
     */
    public EventCoder(IncidentClassifier classifier, Function<String, List<Place>> gazetteer,
                      Function<String, List<Place>> exactly) {
        this.classifier = classifier;
        this.naming = new ActorNaming(CountryNames::of);
        this.choice = new ActorChoice(naming);
        this.unplaced = new UnplacedNames(gazetteer);
        this.seats = new RegionSeats(gazetteer);
        this.chains = new PlaceChains(exactly, gazetteer);
    }

    /** The coder with the model Sitrep ships, made once per process. */
    public static EventCoder shared() {
        EventCoder c = shared;
        if (c == null) {
            synchronized (EventCoder.class) {
                c = shared;
                if (c == null) {
                    c = new EventCoder(IncidentClassifier.bundled(), EventCoder::namedAnyhow,
                            name -> GeoNamesGazetteer.shared().named(name));
                    shared = c;
                }
            }
        }
        return c;
    }

    /** The places the gazetteer holds under {@code name}, spelt as it is or transliterated otherwise ("Kasra"). */
    private static List<Place> namedAnyhow(String name) {
        GeoNamesGazetteer gazetteer = GeoNamesGazetteer.shared();
        List<Place> places = new ArrayList<>(gazetteer.named(name));
        places.addAll(gazetteer.namedLoosely(name));
        return places;
    }

    /**
     * The events the article reports, in text order, then those of its captions; empty when it reports none. When
     * no sentence of its text is sure enough to be an incident, its first that passes the laxer article threshold
     * ({@link IncidentClassifier#classifyDoubted}) is its one event; in an article longer than a brief, only a
     * sentence that names who acted (not only victims) and a weapon, violent act or armed side ({@link
     * Accidents#violent}) may be that, and only at the article's head ({@link #HEAD_SENTENCES}) unless the head
     * names violence too. A sentence that names none of those is an incident only when the model reads
     * one clearly ({@link #clear}).
     *
     * @param read the annotation of the part of the article that was read
     */
    public List<Event> code(Annotated read, List<LinkedMention> entities, List<PlaceMention> places,
                            List<AttributedQuote> quotes) {
        Article article = read.article();
        String text = article.text();
        // a place named as an affiliation ("Russian forces") says whose, not where: the
        // sides are read from the words
        places = places.stream().filter(p -> p.role() != PlaceRole.AFFILIATION).toList();
        ArticleContext context = new ArticleContext(read, text, mainCountry(text, places), new ArticlePlaces(text, places),
                new SpanIndex<>(entities, e -> e.mention().span()), read.sentences().size() <= BRIEF_SENTENCES,
                aboutAnAccident(text, read.sentences()));
        List<Event> told = new ArrayList<>();
        List<Sentence> sentences = read.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Span next = i + 1 < sentences.size() ? sentences.get(i + 1).span() : null;
            codeSentence(text, sentences.get(i).span(), next, null, context, entities, quotes,
                    false).ifPresent(e -> addOrMerge(told, e));
        }
        int doubtedWithin = told.isEmpty() && !headTellsViolence(text, sentences) ? HEAD_SENTENCES : sentences.size();
        for (int i = 0; i < Math.min(sentences.size(), doubtedWithin) && told.isEmpty(); i++) {
            Span next = i + 1 < sentences.size() ? sentences.get(i + 1).span() : null;
            codeSentence(text, sentences.get(i).span(), next, null, context, entities, quotes,
                    true).ifPresent(told::add);
        }
        List<Event> events = new ArrayList<>(ArticleMeans.agreeing(told, e -> e.evidenceIn(article), classifier));
        for (int c = 0; c < article.captions().size(); c++) {
            String caption = article.captions().get(c);
            Matcher m = CAPTION_SENTENCE.matcher(caption);
            while (m.find()) {
                if (!m.group().isBlank()) {
                    codeSentence(caption, new Span(m.start(), m.end()), null, c, context, List.of(), quotes,
                            false).ifPresent(e -> addOrMerge(events, e));
                }
            }
        }
        return events;
    }

    /**
     * What every sentence of one article is coded against, worked out once per article.
     *
     * @param text        the article's text (its paragraphs joined), which offsets of text mentions are into
     * @param mainCountry the country a side is of when its sentence places it nowhere (see {@link #mainCountry})
     * @param indexed     the places, indexed for the sentences to find theirs
     * @param entities    the entities of the text, indexed likewise
     * @param brief       whether the article is a brief of at most {@value #BRIEF_SENTENCES} sentences
     * @param accident    whether its headline or lead tells an accident, a disaster or illness ({@link Accidents})
     */
    private record ArticleContext(Annotated read, String text, String mainCountry, ArticlePlaces indexed,
                                  SpanIndex<LinkedMention> entities, boolean brief, boolean accident) {
        List<PlaceMention> places() {
            return indexed.all();
        }
    }

    /**
     * Sentences a report may have and still be a brief: its one subject is an incident, so a sentence the model
     * doubts is taken as it even when it names no one who acted (a wire brief, an ACLED note).
     */
    private static final int BRIEF_SENTENCES = 3;

    /**
     * The probability of its likeliest event type under which a sentence that names no weapon, violent act or armed
     * side ({@link Accidents#violent}) is taken for no incident.
     */
    static final double DIFFUSE_TYPE = Double.parseDouble(System.getProperty("sitrep.events.diffuse", "0.2"));

    /**
     * Whether the model reads one kind of incident clearly in a sentence that names no weapon, violent act or armed
     * side: its event type has at least {@link #DIFFUSE_TYPE} and, outside a brief, more than "no incident" has. A
     * brief's one subject is an incident; a longer article is as often about a decree, a launch or a gathering that
     * reads to the model as a little of an incident, and then the model's own likeliest reading decides.
     */
    static boolean clear(IncidentCoding c, boolean brief) {
        return c.typeProbability() >= DIFFUSE_TYPE && (brief || c.typeProbability() > c.noneProbability());
    }

    /**
     * @param next          the sentence after {@code sentence}, {@code null} when there is none (or it is not read)
     * @param doubted whether the article has no surer incident, so that a sentence the model doubts may report one
     *                ({@link IncidentClassifier#classifyDoubted})
     */
    private Optional<Event> codeSentence(String text, Span sentence, Span next, Integer caption, ArticleContext context,
                                         List<LinkedMention> entities, List<AttributedQuote> quotes,
                                         boolean doubted) {
        String words = text.substring(sentence.begin(), sentence.end());
        Optional<IncidentCoding> coding = doubted ? classifier.classifyDoubted(words) : classifier.classify(words);
        if (coding.isEmpty() || Accidents.only(words)
                || context.accident() && !Accidents.violentBeyondArrest(words)) {
            // ACLED codes no accident, disaster, illness or natural death, however many it kills; in a report of one,
            // a sentence that tells no violence tells of it ("Officials said it killed nine people")
            return Optional.empty();
        }
        IncidentCoding c = coding.get();
        if (!Accidents.violent(words) && (doubted ? !context.brief() : !clear(c, context.brief()))) {
            // General news (a launch, a prize, an obituary) reads to the model as a little of many kinds of incident
            // at once; conflict news names its weapon, act or armed side. Without one of those, only a sentence the
            // model gives one kind of incident clearly reports one, and a doubted sentence only in a brief.
            return Optional.empty();
        }
        List<PlaceMention> found = caption == null ? unplaced.in(text, sentence, context.entities(), context.indexed())
                : List.of();
        Optional<EventPlace.Chosen> place = EventPlace.of(text, sentence, caption, context.indexed(), found);
        if (caption == null) {
            place = place.map(p -> chains.reread(text, sentence, p.mention(), context.places())
                    .filter(m -> m.place().id() != p.mention().place().id())
                    .map(m -> new EventPlace.Chosen(m, EventPlace.precision(text, m))).orElse(p));
            if (place.isEmpty()) {
                place = chains.first(text, sentence, context.places()).map(m -> new EventPlace.Chosen(m, 3));
            }
        }
        String country = place.map(p -> p.mention().place().country()).filter(code -> !code.isEmpty())
                .orElse(context.mainCountry());
        List<ActorPhrase> sides = phrases.in(text, sentence, entities);
        if (doubted && !context.brief() && sides.stream().allMatch(s -> s.role() == ActorRole.CIVILIANS)) {
            // A long article with no sentence the model is sure of is mostly general news (an obituary, a launch, a
            // storm): its doubted sentence is taken for an incident only when it names who acted, not only victims.
            return Optional.empty();
        }
        c = CrowdEvents.recode(c, sides, classifier, words);
        c = RiotKinds.recode(c, words);
        c = Interceptions.recode(c, words);
        c = ProtestViolence.recode(c, next == null ? words : text.substring(sentence.begin(), next.end()));
        c = StateActs.recode(c, sides);
        c = ArmedTargets.recode(c, sides, words);
        c = NamedClashes.recode(c, sides, words);
        EventActor[] actors = choice.actors(c.subType(), sides, country, Interceptions.stopped(words));
        Optional<String> date = EventDate.of(sentence, caption, context.read().dates(),
                context.read().article().published());
        if (date.flatMap(DatePrecision::find).filter(p -> p == DatePrecision.DECADE).isPresent()) {
            // A sentence dated no closer than its decade ("in the 1990s") recalls history, which ACLED does not code;
            // the events table, like ACLED, has no decade precision.
            return Optional.empty();
        }
        if (date.filter(d -> EventDate.recalled(d, context.read().article().published())).isPresent()) {
            // nor an incident recalled from over a year before the article ("Back in 2018, a student was killed")
            return Optional.empty();
        }
        return Optional.of(new Event(c.subType(), actors[0], actors[1],
                place.map(p -> seats.atSeat(p.mention().caption() == null ? context.text() : text, p.mention())).orElse(null),
                place.map(EventPlace.Chosen::precision).orElse(0), date.orElse(null),
                FatalityCount.in(words).orElse(null), sentence, caption, EventSource.hedged(words),
                EventSource.claimedBy(text, sentence, caption, quotes), c.typeProbability()));
    }

    /**
     * Sentences at the head of an article (its headline and lead) where a report tells its incident. A long article
     * whose head names no weapon, violent act or armed side ({@link Accidents#violent}) is about something else (a
     * launch, an interview, a bill), and a sentence the model doubts further in is an aside of it, not its incident.
     */
    private static final int HEAD_SENTENCES = 3;

    /** Whether one of the first {@value #HEAD_SENTENCES} sentences of {@code text} names a weapon, act or armed side. */
    private static boolean headTellsViolence(String text, List<Sentence> sentences) {
        return sentences.stream().limit(HEAD_SENTENCES).map(s -> text.substring(s.span().begin(), s.span().end()))
                .anyMatch(Accidents::violent);
    }

    /** Whether the headline or the lead, the first two sentences of {@code text}, tell an accident and no violence. */
    private static boolean aboutAnAccident(String text, List<Sentence> sentences) {
        return sentences.stream().limit(2).map(s -> text.substring(s.span().begin(), s.span().end()))
                .anyMatch(Accidents::only);
    }

    /**
     * A sentence reporting the same incident as an earlier one (same event type, place and date) adds nothing but
     * a death toll the earlier one lacked or the higher one; otherwise it is a new event.
     */
    private static void addOrMerge(List<Event> events, Event e) {
        for (int i = 0; i < events.size(); i++) {
            Event old = events.get(i);
            if (old.type() == e.type() && Objects.equals(old.date(), e.date()) && samePlace(old.place(), e.place())) {
                if (e.fatalities() != null && (old.fatalities() == null || e.fatalities() > old.fatalities())) {
                    events.set(i, old.withFatalities(e.fatalities()));
                }
                return;
            }
        }
        events.add(e);
    }

    /**
     * The country the article's places lie in most often, leaving out countries named as a side ("US airstrikes");
     * when it places nothing, the country of its first nationality word or country name ("activists from the
     * Association for Lebanese depositors"), since a report names its people by their country more often than
     * anyone else's; empty when there is neither.
     */
    private static String mainCountry(String text, List<PlaceMention> places) {
        String placed = placedCountry(text, places);
        return placed.isEmpty() ? firstNationality(text) : placed;
    }

    /** The country of the first capitalised nationality word or country name of {@code text} not said to be a cause. */
    private static String firstNationality(String text) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                continue; // "pro-Palestinian" says what a side is for, not whose it is
            }
            String code = DEMONYMS.country(m.group()).orElse(CountryNames.code(m.group()));
            if (!code.isEmpty()) {
                return code;
            }
        }
        return "";
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}+");
    private static final org.sitrep.nlp.Demonyms DEMONYMS = org.sitrep.nlp.Demonyms.shared();

    private static String placedCountry(String text, List<PlaceMention> places) {
        Map<String, Integer> counts = new HashMap<>();
        for (PlaceMention p : places) {
            if (!p.place().country().isEmpty() && (p.caption() != null || !EventPlace.namesASide(text, p))) {
                counts.merge(p.place().country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    private static boolean samePlace(PlaceMention a, PlaceMention b) {
        return a == null ? b == null : b != null && a.place().id() == b.place().id();
    }

}
