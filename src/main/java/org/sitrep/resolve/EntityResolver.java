package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Annotated;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Quote;
import org.sitrep.core.Span;
import org.sitrep.core.SpanTree;
import org.sitrep.nlp.Actor;
import org.sitrep.nlp.ActorGazetteer;
import org.sitrep.nlp.NonNames;
import org.sitrep.nlp.OfficeHolders;
import org.sitrep.nlp.PersonTitles;

/**
 * Links each mention of an article to an entity: a name of the knowledge base to its actor (IS, ISIS, Daesh: one
 * entity); within the article, a person named by one word that ends an
 * earlier full name ("Gillespie" after "Kristen Gillespie") is that person; across articles, entities with the
 * same type and name are one entity; a description of an office ("the Syrian president") is the person who held it on
 * the article's day; "he" or "she" is the one person named just before. Thread-safe.
 */
public final class EntityResolver {
    private final ActorGazetteer gazetteer;
    private final OfficeHolders offices;
    /** Whether a name is a town or country a later stage's gazetteer knows; the resolve stage cannot ask geo itself. */
    private final Predicate<String> settledPlace;
    /**
     * The repairs made to the first links, in the order they run. Each works on the previous one's output, so the
     * order is part of the behaviour: moving one changes `sitrep eval field`.
     */
    private final List<LinkRepair> repairs;
    /** Whether a name used once that the knowledge base does not know is kept. */
    private final OnceNamedJudge onceNamed;

    /** Links through the shipped knowledge base (and the user's entries) and the shipped table of offices. */
    public EntityResolver() {
        this(ActorGazetteer.shared(), OfficeHolders.shared());
    }

    public EntityResolver(ActorGazetteer gazetteer, OfficeHolders offices) {
        this(gazetteer, offices, name -> false);
    }

    private EntityResolver(ActorGazetteer gazetteer, OfficeHolders offices, Predicate<String> settledPlace) {
        this(gazetteer, offices, settledPlace, defaultJudge());
    }

    private EntityResolver(ActorGazetteer gazetteer, OfficeHolders offices, Predicate<String> settledPlace,
            OnceNamedJudge onceNamed) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.settledPlace = settledPlace;
        this.onceNamed = onceNamed;
        this.repairs = List.of(
                ConnectedNames::glossed,
                AcronymDefinitions::apply,
                AcronymDefinitions::spelledOut,
                StateAbbreviations::expanded,
                (text, linked) -> PlaceWords.apply(linked),
                PlaceWords::coordinated,
                PlaceWords::compassRegions,
                ArticleNames::join,
                (text, linked) -> LoneNames.apply(linked),
                (text, linked) -> PlaceContext.apply(text, settledPlace, linked),
                (text, linked) -> LonePersons.without(text, linked, onceNamed, settledPlace),
                (text, linked) -> LoneBodies.without(text, linked, onceNamed, settledPlace),
                (text, linked) -> ProvinceNames.joined(linked),
                (text, linked) -> CompassNames.joined(linked),
                ShoutedLines::without,
                TitleCaseLines::without,
                AttributiveNames::without,
                NameFragments::without,
                AliasNames::joined,
                OwnerNames::joined,
                CreditNames::typed);
    }

    /**
     * This resolver, also taking a name of the tagger's person that the article puts something "in" or
     * "near" for a place when {@code settledPlace} says it is a town or country ("in Bakhmut" typed a person).
     */
    public EntityResolver withSettledPlaces(Predicate<String> settledPlace) {
        return new EntityResolver(gazetteer, offices, settledPlace, onceNamed);
    }

    /** This resolver, keeping the names used once that {@code judge} keeps (training records them through it). */
    public EntityResolver withOnceNamed(OnceNamedJudge judge) {
        return new EntityResolver(gazetteer, offices, settledPlace, judge);
    }

    /**
     * The rules' cue words, backed by the learned model: a name they mark is still dropped when the model, weighing
     * the cues with its shape and place, finds it unlikely a name of the article. The model alone keeps more names
     * the gold does not have (field test entity errors 2.298 -> 2.424), the rules backed by it fewer (-> 2.247).
     * {@code -Dsitrep.resolve.onceNamed=rules} or {@code model} chooses one alone, to compare.
     */
    private static OnceNamedJudge defaultJudge() {
        return switch (System.getProperty("sitrep.resolve.onceNamed", "backed")) {
            case "rules" -> OnceNamedJudge.RULES;
            case "model" -> c -> LearnedOnceNamed.bundled().keeps(c);
            default -> c -> c.marked() && LearnedOnceNamed.bundled().keeps(c);
        };
    }

    /** Links the article's mentions. */
    public List<LinkedMention> resolve(Annotated annotated) {
        return resolve(annotated.mentions(), Map.of(), annotated.article().published(), annotated.article().text());
    }

    /**
     * Links the article's mentions, the descriptions of known actors ("Syrian government forces"), and the speakers'
     * names the tagger missed ("..., wrote Dark"), in text order; the statements come back with their speakers' entities.
     */
    public Resolved resolve(Annotated annotated, List<Quote> quotes) {
        SpanTree<Mention> bySpan = new SpanTree<>();
        annotated.mentions().forEach(m -> bySpan.put(m.span(), m));
        Map<String, EntityType> tagged = taggedTypes(annotated.mentions());
        for (Quote q : quotes) {
            Mention named = q.speaker() == null ? null : q.speaker().named();
            if (named != null && !bySpan.overlapsAny(named.span()) && !NonNames.namesNoOne(annotated.article().text(), named)) {
                // The speaker finder calls whoever speaks a person; where the tagger typed the same name, its type is the better guess.
                Mention own = ownName(annotated.article().text(), named);
                bySpan.put(own.span(), own.withType(tagged.getOrDefault(EntityKeys.key(own.text()), own.type())));
            }
        }
        String text = annotated.article().text();
        for (ActorGazetteer.Match d : gazetteer.find(text, annotated.article().published())) {
            if (d.descriptive()) {
                Span s = d.actor().type() == EntityType.LOCATION ? PlaceModifiers.trimmed(text, d.span()) : withoutBase(text, d.span());
                takeIn(bySpan, Mention.at(text, s, d.actor().type()));
            }
        }
        Map<Span, String> holders = new HashMap<>();
        for (OfficeHolders.Match o : offices.find(text, annotated.article().published())) {
            if (takeIn(bySpan, Mention.at(text, o.span(), EntityType.PERSON))) {
                holders.put(o.span(), o.holder());
            }
        }
        List<Mention> mentions = ThingNames.added(text, DirectionNames.extended(text, NameParticles.extended(text,
                RunTogetherPlaces.split(text, BodyNames.extended(text, BodyNames.joined(text, ConnectedNames.joined(text,
                List.copyOf(bySpan.values())))), settledPlace))));
        mentions = PlatformNames.typed(text, mentions);
        List<LinkedMention> linked = resolve(mentions, holders, annotated.article().published(), text);
        for (LinkRepair repair : repairs) {
            linked = repair.apply(text, linked);
        }
        linked = HeadlineOutlets.without(annotated.article(), linked);
        linked = PronounMentions.added(annotated, linked, quotes);
        Map<Span, Entity> entityAt = new HashMap<>();
        linked.forEach(l -> entityAt.put(l.mention().span(), l.entity()));
        List<AttributedQuote> attributed = new ArrayList<>();
        for (Quote q : quotes) {
            Mention named = q.speaker() == null ? null : q.speaker().named();
            attributed.add(new AttributedQuote(q, named == null ? null : entityOf(named.span(), entityAt, linked)));
        }
        return new Resolved(linked, attributed);
    }

    /**
     * Caption statements ({@link Quote#inCaption()}) with their speakers' entities, in the order given. Entities are
     * linked in the article's text only, so a caption's speaker is the entity the text links to the same words
     * ("Assad" under a photograph and in the text), or whose name it is, or, for a person's surname alone, the one
     * person of the text with that surname; {@code null} when the speaker is unnamed or the text names no one so.
     */
    public List<AttributedQuote> attributeInCaptions(List<LinkedMention> linked, List<Quote> captionQuotes) {
        List<AttributedQuote> out = new ArrayList<>(captionQuotes.size());
        for (Quote q : captionQuotes) {
            Mention named = q.speaker() == null ? null : q.speaker().named();
            out.add(new AttributedQuote(q, named == null ? null : entityNamed(named.text(), linked)));
        }
        return out;
    }

    /** The entity the text links to {@code name}'s words or calls by it, else the one person of that surname; null if none. */
    private static Entity entityNamed(String name, List<LinkedMention> linked) {
        String key = EntityKeys.key(name);
        Set<Entity> bySurname = new LinkedHashSet<>();
        for (LinkedMention l : linked) {
            if (EntityKeys.key(l.mention().text()).equals(key) || EntityKeys.key(l.entity().name()).equals(key)) {
                return l.entity();
            }
            String[] words = l.entity().name().split(" ");
            if (l.entity().type() == EntityType.PERSON && EntityKeys.key(words[words.length - 1]).equals(key)) {
                bySurname.add(l.entity());
            }
        }
        return bySurname.size() == 1 ? bySurname.iterator().next() : null;
    }

    /** The entity of the mention at {@code span}, else of a mention that opens there and goes on (a name taken to its end); null if none. */
    private static Entity entityOf(Span span, Map<Span, Entity> entityAt, List<LinkedMention> linked) {
        Entity e = entityAt.get(span);
        if (e != null) {
            return e;
        }
        for (LinkedMention l : linked) {
            Span s = l.mention().span();
            if (s.begin() == span.begin() && span.end() <= s.end()) {
                return l.entity();
            }
        }
        for (LinkedMention l : linked) {
            Span s = l.mention().span();
            if (s.end() == span.end() && span.begin() < s.begin()) {
                return l.entity(); // the speaker's name linked without its title ("Tusk" of "Mr. Tusk")
            }
        }
        return null;
    }

    /**
     * A speaker's name as a mention of the name's own words: a person's without the titles that open it ("Tusk" of
     * "Mr. Tusk said"), as the tagger's names are ({@link PersonTitles#trimmed}), so that the title is no part of the
     * person's name; any other as it is.
     */
    static Mention ownName(String text, Mention named) {
        if (named.type() != EntityType.PERSON) {
            return named;
        }
        Span own = PersonTitles.trimmed(text, named.span());
        return own.equals(named.span()) ? named : Mention.at(text, own, named.type());
    }

    /**
     * The type the tagger gives each name most often in the article, by {@link EntityKeys#key}: a speaker's name the
     * tagger missed where it speaks ("Anthropic said") takes it, one name being one thing throughout ("Anthropic" an
     * organisation where tagged). Ties go to the type tagged first. Empty when nothing is tagged.
     */
    static Map<String, EntityType> taggedTypes(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
        for (Mention m : mentions) {
            counts.computeIfAbsent(EntityKeys.key(m.text()), k -> new LinkedHashMap<>()).merge(m.type(), 1, Integer::sum);
        }
        Map<String, EntityType> out = new HashMap<>();
        counts.forEach((k, byType) -> out.put(k, Collections.max(byType.entrySet(), Map.Entry.comparingByValue()).getKey()));
        return out;
    }

    /** Where a body is based ("Britain-based ", "UK-based "): it describes the body and is no part of its name. */
    private static final Pattern BASE = Pattern.compile("\\S+-based\\s+(?=\\p{Lu})");

    /** The span without a base written before the body's name ("Syrian Observatory for Human Rights" of "Britain-based ..."). */
    private static Span withoutBase(String text, Span span) {
        Matcher m = BASE.matcher(text).region(span.begin(), span.end());
        return m.lookingAt() ? new Span(m.end(), span.end()) : span;
    }

    /**
     * Adds a description's mention, taking in the mentions inside it ("Syrian" in "Syrian government forces"); none is
     * added when a mention reaches out of it. True when added.
     */
    private static boolean takeIn(SpanTree<Mention> bySpan, Mention description) {
        Span d = description.span();
        if (bySpan.overlapsOutside(d)) {
            return false;
        }
        bySpan.removeWithin(d);
        bySpan.put(d, description);
        return true;
    }

    /** A hyphen inside a word, between a capital or small letter and a small one ("Co-operation", "re-elected"). */
    private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{Ll})");

    /**
     * The actor a name is, also when written with a hyphen inside a word the knowledge base writes whole ("Gulf
     * Co-operation Council", British spelling, for the Gulf Cooperation Council), or as a possessive without its apostrophe ("Bashar Assads", "Nusras": the
     * demo corpus lost its apostrophes); not for places, whose plurals are other names ("Americas").
     */
    private java.util.Optional<Actor> lookup(String name, String article) {
        var known = gazetteer.lookup(name, article);
        Matcher hyphen = WORD_HYPHEN.matcher(name);
        if (known.isEmpty() && hyphen.find()) {
            known = gazetteer.lookup(hyphen.replaceAll(""), article);
        }
        if (known.isEmpty() && name.length() > 3 && name.endsWith("s") && !name.endsWith("ss")) {
            return gazetteer.lookup(name.substring(0, name.length() - 1), article).filter(a -> a.type() != EntityType.LOCATION);
        }
        return known;
    }

    /**
     * The words of the article's full names of people the knowledge base does not know, by the key of their last word
     * ("Laurent Kabila" under "kabila").
     */
    private Map<String, List<Set<String>>> strangersBySurname(List<Mention> mentions, Map<Span, String> holders,
            java.time.LocalDate day, String text) {
        Map<String, List<Set<String>>> out = new HashMap<>();
        for (Mention m : mentions) {
            String name = m.text().replaceAll("\\s+", " ").strip();
            String[] words = name.split(" ");
            if (m.type() != EntityType.PERSON || holders.containsKey(m.span()) || words.length < 2
                    || lookup(name, text).filter(a -> a.existedOn(day)).isPresent()) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (String w : words) {
                keys.add(EntityKeys.key(w));
            }
            out.computeIfAbsent(EntityKeys.key(words[words.length - 1]), k -> new ArrayList<>()).add(keys);
        }
        return out;
    }

    /**
     * Whether a person's surname alone, which the knowledge base gives to one bearer ("Kabila" for Joseph Kabila), names
     * another in this article: the article names in full someone of that surname the knowledge base does not know,
     * without the known bearer's first name ("Laurent Kabila"; "Abu Omar al-Baghdadi" beside Abu Bakr's "al-Baghdadi").
     * The article's own full names then decide who the surname is.
     */
    private static boolean isAnotherBearer(String name, Actor a, Map<String, List<Set<String>>> strangersBySurname) {
        if (a.type() != EntityType.PERSON || name.contains(" ") || a.name().equals(name)) {
            return false;
        }
        String first = givenName(a.name());
        return strangersBySurname.getOrDefault(EntityKeys.key(name), List.of()).stream().anyMatch(keys -> !keys.contains(first));
    }

    /**
     * Words before a given name that many people share: "Abu Bakr", "Umm Kulthum", "bin Laden". Not the particles
     * between names ({@link NamedMentions}): only words that open a name count here, since the given name is the first
     * word past them ("de" of "Ursula von der Leyen" comes after it).
     */
    private static final Set<String> NAME_PREFIXES = Set.of("abu", "umm", "um", "bin", "ibn", "bint", "al", "el");

    /** The key of a person's given name: the first word that is no kunya or particle ("bakr" of "Abu Bakr al-Baghdadi"). */
    private static String givenName(String fullName) {
        String[] words = fullName.split(" ");
        for (String w : words) {
            String k = EntityKeys.key(w);
            if (!NAME_PREFIXES.contains(k)) {
                return k;
            }
        }
        return EntityKeys.key(words[0]);
    }

    /** Mentions linked to entities, and statements with their speakers' entities. */
    public record Resolved(List<LinkedMention> entities, List<AttributedQuote> quotes) {
    }

    /**
     * A possessive owner opening a known name ("Russia's " of "Russia's Federal Security Service", an alias of the
     * knowledge base): the article names the body by the words after it, as its other mentions do.
     */
    private static final Pattern OWNER = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)['\u2019]s (?=\\p{Lu})");

    /**
     * A known place's possessive opening a name the knowledge base does not know ("United States' " of "United States'
     * National Science Foundation", "Iran's " of "Iran's Atomic Energy Organization"): the place owns the body, and the
     * body's name is the words after it, as the article's other mentions of it have them.
     */
    private static final Pattern PLACE_OWNER = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?:['\u2019]s|(?<=s)['\u2019]) (?=\\p{Lu})");

    /**
     * The mention without the possessive of a known place that opens it ("United States' " of "United States' National
     * Science Foundation"), the place's own mention added to {@code out}; {@code m} itself when no known place opens it
     * or the mention is a person's.
     */
    private Mention withoutPlaceOwner(Mention m, String text, java.time.LocalDate day, List<LinkedMention> out) {
        Matcher owner = PLACE_OWNER.matcher(m.text());
        if (m.type() == EntityType.PERSON || !owner.lookingAt()) {
            return m;
        }
        var place = lookup(owner.group(1), text).filter(o -> o.type() == EntityType.LOCATION && o.existedOn(day));
        if (place.isEmpty()) {
            return m;
        }
        Actor o = place.get();
        out.add(new LinkedMention(new Mention(new Span(m.span().begin(), m.span().begin() + owner.end(1)), owner.group(1), EntityType.LOCATION),
                new Entity(EntityKeys.knownId(o.type(), o.name()), o.name(), o.type(), o.kind())));
        return new Mention(new Span(m.span().begin() + owner.end(), m.span().end()), m.text().substring(owner.end()), m.type());
    }

    /** Links mentions; {@code holders} gives, for descriptions of offices, the canonical name of the holder. */
    private List<LinkedMention> resolve(List<Mention> mentions, Map<Span, String> holders, java.time.LocalDate day, String text) {
        // The entity itself, not its name: a surname after a known person's full name is that known entity, kind and all.
        Map<String, Entity> bySurname = new HashMap<>();
        Map<String, List<Set<String>>> strangersBySurname = strangersBySurname(mentions, holders, day, text);
        List<LinkedMention> out = new ArrayList<>();
        for (Mention m : mentions) {
            String name = holders.getOrDefault(m.span(), m.text().replaceAll("\\s+", " ").strip());
            var known = lookup(name, text).filter(a -> a.existedOn(day))
                    .filter(a -> !isAnotherBearer(name, a, strangersBySurname));
            if (known.isPresent()) {
                Actor a = known.get();
                Entity e = new Entity(EntityKeys.knownId(a.type(), a.name()), a.name(), a.type(), a.kind());
                Matcher owner = OWNER.matcher(m.text());
                if (owner.lookingAt() && lookup(m.text().substring(owner.end()), text).filter(a::equals).isPresent()) {
                    // "Russia's Federal Security Service": the body's own name, and its owner's apart.
                    Span own = new Span(m.span().begin() + owner.end(), m.span().end());
                    lookup(owner.group(1), text).filter(o -> o.existedOn(day)).ifPresent(o -> out.add(new LinkedMention(
                            new Mention(new Span(m.span().begin(), m.span().begin() + owner.end(1)), owner.group(1), o.type()),
                            new Entity(EntityKeys.knownId(o.type(), o.name()), o.name(), o.type(), o.kind()))));
                    out.add(new LinkedMention(new Mention(own, m.text().substring(owner.end()), m.type()), e));
                    continue;
                }
                out.add(new LinkedMention(m, e));
                if (a.type() == EntityType.PERSON) {
                    String[] words = a.name().split(" ");
                    bySurname.putIfAbsent(words[words.length - 1], e);
                }
                continue;
            }
            if (EntityKeys.slug(name).isEmpty()) {
                continue;
            }
            Mention unowned = withoutPlaceOwner(m, text, day, out);
            String unownedName = unowned == m ? name : unowned.text().replaceAll("\\s+", " ").strip();
            EntityType type = NameShapes.typeOf(unownedName, unowned.type());
            Entity e = type == EntityType.PERSON ? EntityKeys.unknown(type, unownedName)
                    : new Entity(EntityKeys.id(type, withPlaceCanonical(unownedName, text, day)), unownedName, type, null);
            if (type == EntityType.PERSON) {
                if (unownedName.contains(" ")) {
                    String[] words = unownedName.split(" ");
                    bySurname.putIfAbsent(words[words.length - 1], e);
                } else {
                    e = bySurname.getOrDefault(unownedName, e);
                }
            }
            out.add(new LinkedMention(unowned, e));
        }
        return out;
    }

    /**
     * An unknown body's or place's name with the known place that opens it written as the knowledge base's canonical
     * name ("United States Embassy" of "U.S. Embassy"): a name that differs from another only by how it spells its
     * place names the same thing, and so keys the same entity. {@code name} itself when no known place opens it.
     */
    private String withPlaceCanonical(String name, String text, java.time.LocalDate day) {
        String[] words = name.split(" ");
        for (int k = words.length - 1; k >= 1; k--) {
            String place = String.join(" ", Arrays.copyOfRange(words, 0, k));
            var known = lookup(place, text).filter(a -> a.type() == EntityType.LOCATION && a.existedOn(day));
            if (known.isPresent()) {
                return known.get().name() + " " + String.join(" ", Arrays.copyOfRange(words, k, words.length));
            }
        }
        return name;
    }

    /** One repair of an article's links: takes the text and the links so far, returns the links mended. */
    @FunctionalInterface
    private interface LinkRepair {
        List<LinkedMention> apply(String text, List<LinkedMention> linked);
    }
}
