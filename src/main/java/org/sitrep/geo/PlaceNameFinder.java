package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.core.CalendarWords;
import org.sitrep.nlp.ArabicArticles;
import org.sitrep.nlp.CommonWords;
import org.sitrep.nlp.Demonyms;
import org.sitrep.nlp.PersonGender;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.Span;
import org.sitrep.core.SpanSet;

/**
 * Finds the place names of a text: the tagger's LOCATION mentions, and capitalised names the tagger missed that the
 * gazetteer knows well enough to be sure of (the supplement's crossings and villages, countries, regions, cities of
 * 50,000 people or more, smaller places in the countries the article is about, a person's home after "of" or a
 * party: "Mindy Miller of Ravenel", "Therese Murray, D-Plymouth"). Never a word inside another mention ("Aleppo
 * Media Center" is an organisation), a nationality word, a word the text also writes in lower case ("Mobile",
 * "Reading"), a common word that ends a capitalised title ("The Fish Man"), a first name that owns the name after
 * it ("Eva's Village"), or an acronym in capitals amid lower-case words ("or NICE program").
 */
final class PlaceNameFinder {
    /** A run of words in capitals, as a dateline is written ("NEW YORK", "WINSTON-SALEM"). */
    private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\p{M}'\u2019.\\-]*(?: \\p{Lu}[\\p{Lu}\\p{M}'\u2019.\\-]*)*\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'\u2019\\-]*");
    private static final int MAX_WORDS = 5;
    private static final long BIG_CITY = 50_000;
    /** A country of fewer people than this is rarely named by its regions outside articles about it. */
    private static final long SMALL_COUNTRY = 1_000_000;
    /** Letters at most in a region's abbreviation written with a stop ("Pa.", "Calif.", "W.Va."). */
    private static final int ABBREVIATION_LETTERS = 5;
    /** The largest share of a region's letters its abbreviation may keep ("Pa" of Pennsylvania keeps 2 of 12). */
    private static final double ABBREVIATED_SHARE = 0.6;
    /** Small words a place name may hold between its capitalised words ("Bab al-Hawa", "Bosnia and Herzegovina"). */
    private static final Set<String> JOINERS = ArabicArticles.and("ad-", "ibn", "bin", "de", "del", "la", "of", "and", "upon",
            "on", "sur", "e", "do", "da", "dos", "das");
    /**
     * What follows a name to say where it lies ("Chasiv Yar, Donetsk", "Wa (Tominian, Segou)") or what it is ("Amara
     * city", "Ftireh town"): then the name is a place, of any size, when the gazetteer knows one in that region or
     * of that kind.
     */
    private static final Pattern REGION_AFTER = Pattern.compile("\\s*(?:,|\\()\\s*(\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*){0,2})");
    /** A capitalised name, perhaps its kind, and an opening parenthesis ("Jebbayn (", "Nirim (Beer Sheva, "). */
    private static final Pattern NAME_THEN_PARENTHESIS = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*(?:\\s+(?:town|city|village|area|district|camp|locality))?\\s*\\((?:[^(),]{1,40},\\s*)?$");
    private static final Pattern PARENTHESIS_GOES_ON = Pattern.compile("\\s*[,)]");
    /** A town named in parentheses after a name is taken as what holds it only when it is this big. */
    private static final long HOLDING_TOWN = 1000;
    /**
     * Small words and capitalised words that may go on a name the tagger cut short, and a capitalised word joined by
     * a hyphen ("Gilgit" of "Gilgit-Baltistan": the tokenizer splits at hyphens).
     */
    private static final Pattern LONGER = Pattern.compile(
            "(?: (?:do|da|dos|das|de|del|al|el|of) \\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*|-\\p{Lu}[\\p{L}\\p{M}'\u2019]*)+");
    private static final Pattern GOES_ON = Pattern.compile(
            " (?:(?:" + ArabicArticles.ALTERNATION + "|ech|es|ez|do|da|dos|das|de|del) \\p{Lu}|(?:" + ArabicArticles.ALTERNATION
            + ")-\\p{L}|\\p{Lu}\\p{Ll})");
    /** What separates the parts of a name the tagger ran together. */
    private static final Pattern PARTS = Pattern.compile("\\s+-\\s+|\\s*[()]\\s*");
    /** "of" and a capitalised word, as a title goes on ("Man of the Year"). */
    private static final Pattern OF_A_NAME = Pattern.compile(" of (?:the )?\\p{Lu}");
    /**
     * A word that opens place names and given names alike, written short or whole, right before a name ("St. Clair",
     * "Mt. Vernon", "Glen Allen"): the tagger or the sentence splitter may leave it out of the name.
     */
    private static final Pattern NAME_OPENER_BEFORE = Pattern.compile("\\b(?:(?:St|Ste|Mt|Ft)\\.?|Saint|Mount|Fort|Glen) $");
    /**
     * The short word that opens a name, tagged alone ("319 Main St.", whose "St." the gazetteer matched to Sète):
     * without the name after it, it names no place.
     */
    private static final Pattern OPENER_ALONE = Pattern.compile("(?:St|Ste|Mt|Ft)\\.?");
    private static final Pattern KIND_AFTER = Pattern.compile("\\s+(?:city|town|village|camp|district|township)\\b");
    /** Capitalised words that open sentences and headlines and are also place names somewhere. */
    private static final Set<String> NEVER_ALONE = CalendarWords.lowerCaseNamesAnd("of", "is", "be", "as", "at", "by", "on", "in",
            "no", "so", "un", "mission", "union", "police", "army", "president", "university", "street", "centre",
            "center", "news", "national", "opposition", "god", "allah", "islam", "state", "republic", "kingdom", "west", "east", "north",
            "south", "central", "media", "government", "justice", "victory", "hope", "liberty", "independence",
            "unity", "peace", "freedom", "paradise", "jihad", "rebel", "rebels", "christ", "jesus");

    private final Gazetteer gazetteer;
    private final Demonyms demonyms;

    PlaceNameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.demonyms = Demonyms.shared();
    }

    /**
     * The place names in {@code text}, in text order, without overlaps.
     *
     * @param mentions the tagger's mentions (any type): LOCATION ones are place names, others are not searched
     * @param focus    the countries (ISO codes) the article is about, in which smaller places may be found too
     */
    List<Span> find(String text, List<Mention> mentions, Set<String> focus) {
        TreeMap<Integer, Span> found = new TreeMap<>();
        mentions = mentions.stream().map(m -> lengthened(text, m)).toList();
        SpanSet taken = new SpanSet(mentions.stream().map(Mention::span).toList());
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION && !demonyms.isDemonym(m.text()) && !OPENER_ALONE.matcher(m.text()).matches()) {
                for (Span part : knownParts(text, m.span())) {
                    found.put(part.begin(), part);
                }
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && namesAPolity(m.text())) {
                found.put(m.span().begin(), m.span()); // "the EU", "within the EU": the union or state as a body
            }
        }
        for (Mention m : mentions) {
            // the tagger took "Chasiv Yar, Donetsk" for a person: the region named after it says otherwise
            if ((m.type() == EntityType.PERSON || m.type() == EntityType.MISC) && !demonyms.isDemonym(m.text())
                    && isPlaceByWhatFollows(text, m.span(), gazetteer.named(m.text()))) {
                found.put(m.span().begin(), m.span());
            }
        }
        datelineNames(text, mentions).forEach(sp -> found.put(sp.begin(), sp));
        List<Span> persons = mentions.stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::span).toList();
        partyHomes(text, persons).forEach(sp -> found.putIfAbsent(sp.begin(), sp));
        String lower = text.toLowerCase(Locale.ROOT);
        List<Span> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            Span first = words.get(i);
            if (!Character.isUpperCase(text.charAt(first.begin())) || taken.overlapsAny(first)) {
                continue;
            }
            Span best = null;
            int lastCapital = i;
            for (int j = i; j < words.size() && j < i + MAX_WORDS; j++) {
                Span w = words.get(j);
                if (j > i && !onlySpaceBetween(text, words.get(j - 1), w) || taken.overlapsAny(w)) {
                    break;
                }
                String word = w.of(text);
                boolean capital = Character.isUpperCase(word.charAt(0));
                if (!capital && !JOINERS.contains(word.toLowerCase(Locale.ROOT)) && !startsWithArticle(word)) {
                    break;
                }
                if (capital || startsWithArticle(word)) {
                    lastCapital = j;
                }
                Span candidate = new Span(first.begin(), words.get(lastCapital).end());
                if (lastCapital == j && (isSurePlace(text, lower, candidate, focus) || isHomeOfAPerson(text, lower, candidate, persons))) {
                    best = candidate;
                }
            }
            if (best != null && goesOn(text, best)) {
                best = null; // "Qizan" of "Qizan an Najjar", "Isfey" of "Isfey at-Tahta": part of a longer name
            }
            if (best != null) {
                found.putIfAbsent(best.begin(), best);
                // the scan goes on past the name found, so no later name can overlap it
                while (i + 1 < words.size() && words.get(i + 1).begin() < best.end()) {
                    i++;
                }
            }
        }
        // one sense per article: "Eva's Village ... Eva's provides" names the charity's founder both times
        Set<String> owners = found.values().stream().filter(s -> ownsTheNameAfter(text, s)).map(s -> PlaceNames.key(s.of(text)))
                .collect(Collectors.toSet());
        List<Span> out = new ArrayList<>(found.size());
        for (Span s : found.values()) {
            Span whole = withItsOpener(text, s);
            if (whole == null || opensWithADeterminer(text, whole) || owners.contains(PlaceNames.key(whole.of(text)))) {
                continue;
            }
            Span stopped = withItsStop(text, whole);
            if (stopped != null && !endsATitle(text, stopped)) {
                out.add(stopped);
            }
        }
        return out;
    }

    /**
     * The mentions the tagger took for no place that are the article's dateline ({@link Datelines}: "MANSFIELD --",
     * which it took for an organisation), when the gazetteer knows a town of that name, and the mentions written as
     * that name elsewhere in the text, one sense per article ("Mansfield Mayor Curtis McCoy", taken for a person).
     */
    private List<Span> datelineNames(String text, List<Mention> mentions) {
        Set<String> keys = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION && isDatelineTown(text, m.span())) {
                keys.add(PlaceNames.key(m.text()));
            }
        }
        List<Span> untagged = untaggedDatelines(text, mentions);
        untagged.forEach(s -> keys.add(PlaceNames.key(s.of(text))));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Span> out = new ArrayList<>(untagged);
        mentions.stream().filter(m -> m.type() != EntityType.LOCATION && keys.contains(PlaceNames.key(m.text())))
                .forEach(m -> out.add(m.span()));
        return out;
    }

    /** Whether the name at {@code span} is a dateline ({@link Datelines}) and the gazetteer knows a town of that name. */
    private boolean isDatelineTown(String text, Span span) {
        return Datelines.isDateline(text, span) && gazetteer.named(span.of(text)).stream().anyMatch(p -> p.featureClass() == 'P');
    }

    /**
     * The datelines the tagger did not tag at all ("MANSFIELD --" read as no name): runs of words in capitals that no
     * mention overlaps and that are dateline towns ({@link #isDatelineTown}), but not before a colon; empty if none.
     * A word in capitals before a colon that the tagger saw as no name is mostly a label, a transcript's speaker or a
     * photographer ("PHOTO: JEWELL: Boyd Carney ..."), which a town of that name makes no place.
     */
    private List<Span> untaggedDatelines(String text, List<Mention> mentions) {
        SpanSet taken = new SpanSet(mentions.stream().map(Mention::span).toList());
        List<Span> out = new ArrayList<>();
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            Span run = new Span(m.start(), m.end());
            if (!taken.overlapsAny(run) && !text.startsWith(":", run.end()) && isDatelineTown(text, run)) {
                out.add(run);
            }
        }
        return out;
    }

    /**
     * The name at {@code span}, taking in the stop after it when it is a region's abbreviation ("Harrisburg, Pa.",
     * "CHARLESTON, W.Va. --": the stop belongs to the name, though it may close the sentence too); null when such an
     * abbreviation stands without its stop, as another word ("requiem Mass", "Little Miss"). Every other name as it
     * is. An abbreviation here is a short name in mixed case, cut from the name of a region or country it is an
     * alternate name of ({@link #abbreviates}), that is no place's own name: "UK", "Man" and "Raqqa" are none.
     */
    private Span withItsStop(String text, Span span) {
        String name = span.of(text);
        String key = PlaceNames.key(name);
        if (key.replace(" ", "").length() > ABBREVIATION_LETTERS || name.equals(name.toUpperCase(Locale.ROOT))) {
            return span;
        }
        List<Place> places = gazetteer.named(name);
        boolean abbreviation = places.stream().anyMatch(p -> (p.isRegion() || p.isCountry()) && abbreviates(key, PlaceNames.key(p.name())))
                && places.stream().noneMatch(p -> key.equals(PlaceNames.key(p.name())));
        if (!abbreviation) {
            return span;
        }
        if (span.end() < text.length() && text.charAt(span.end()) == '.') {
            return new Span(span.begin(), span.end() + 1);
        }
        return name.contains(".") ? span : null;
    }

    /**
     * Whether a name of key {@code key} is cut from the name of key {@code full}: its letters in order, the first one
     * first, at most {@value #ABBREVIATED_SHARE} of the name's letters, and no word of it ("Pa" of Pennsylvania,
     * "W.Va" of West Virginia; not "Raqqa" of Ar-Raqqah, nor "Gaza" of Gaza Strip).
     */
    static boolean abbreviates(String key, String full) {
        String a = key.replace(" ", "");
        String b = full.replace(" ", "");
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || a.length() > ABBREVIATED_SHARE * b.length()
                || List.of(full.split(" ")).contains(key)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < b.length() && j < a.length(); i++) {
            j += b.charAt(i) == a.charAt(j) ? 1 : 0;
        }
        return j == a.length();
    }

    /**
     * Whether an organisation's whole name is that of a country or a union of them ("EU", "U.S."): the polity acting
     * as a body is still a place name, where a part of a longer name ("Aleppo Media Center") is not.
     */
    private boolean namesAPolity(String name) {
        return !demonyms.isDemonym(name) && gazetteer.named(name).stream()
                .anyMatch(p -> p.isCountry() || p.featureCode().equals("CONT"));
    }

    private boolean isSurePlace(String text, String lower, Span span, Set<String> focus) {
        String name = span.of(text);
        if (name.length() < 3 || demonyms.isDemonym(name) || NEVER_ALONE.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!name.contains(" ") && !name.contains("-") && writtenInLowerCase(text, lower, name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean opensSentence = opensSentence(text, span.begin()) && !name.contains(" ");
        boolean acronymInRunningText = isAcronymInRunningText(text, span);
        String key = PlaceNames.key(name);
        List<Place> places = gazetteer.named(name);
        if (!opensSentence && isPlaceByWhatFollows(text, span, places) || holdsTheNameBefore(text, span, places)) {
            return true;
        }
        for (Place p : places) {
            boolean ownName = key.equals(PlaceNames.key(p.name()));
            // a region's short alternate names are often words of another language ("Sul", south)
            // GeoNames' alternate names of countries and seas hold common words ("Man" of the Isle of Man, "More" of
            // the Savu Sea), which a headline or "Read More" capitalises: such a name needs the tagger
            boolean commonWord = !ownName && !name.contains(" ") && CommonWords.isCommon(name);
            boolean curated = PlaceSources.isSupplement(p) || p.isCountry() && !commonWord
                    || PlaceSources.isWideFeature(p) && (ownName || name.length() > 3 && !commonWord)
                    || p.featureCode().equals("ADM1") && isSureRegion(p, ownName, name, focus);
            if (curated) {
                return true;
            }
            // GeoNames' alternate names of towns hold common words ("Minister", "Plus"), and any word opens a sentence
            // with a capital: only a town's own name, away from a sentence's start, is taken without the tagger
            if (ownName && !opensSentence && !acronymInRunningText && (p.population() >= BIG_CITY
                    || focus.contains(p.country()) && (p.population() >= 1000 || p.featureClass() != 'P'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name at {@code span}, or the longer name it ends when the word before it opens names ({@link
     * #NAME_OPENER_BEFORE}): the longer name when the gazetteer knows it ("Mt. Vernon"), else null, for the name is
     * then the rest of a person's or a building's ("St. Clair" the genealogist, "St George's Chapel"), not a place
     * of its own.
     */
    private Span withItsOpener(String text, Span span) {
        Matcher m = NAME_OPENER_BEFORE.matcher(text).region(Math.max(0, span.begin() - 8), span.begin()).useTransparentBounds(true);
        if (!m.find()) {
            return span;
        }
        Span longer = new Span(m.start(), span.end());
        return gazetteer.named(longer.of(text)).isEmpty() ? null : longer;
    }

    /**
     * Whether the name at {@code span} opens with a capitalised "The" that the gazetteer does not know as part of it
     * ("The Bush administration", "The Mansfield winner", "The George" the pub, or "The" alone): a place so written
     * modifies a noun or names a thing. A name that holds its article ("The Hague") or a country's ("The Netherlands")
     * stays.
     */
    private boolean opensWithADeterminer(String text, Span span) {
        String name = span.of(text);
        if (!name.equals("The") && !name.startsWith("The ")) {
            return false;
        }
        // the keys forget "the": a name known whole is one the gazetteer writes with it, or a country's
        return gazetteer.named(name).stream().noneMatch(p -> p.isCountry() || p.name().startsWith("The "));
    }

    /**
     * Whether first-level region {@code p}, named {@code name}, is sure enough to be taken without the tagger: in a
     * country the article is about, by its own name or an alternate name of four letters or more; elsewhere only by
     * its own name or an abbreviation of it ("Mass."), and not as a region of a country of under
     * {@value #SMALL_COUNTRY} people. Alternate names of regions hold adjectives and common words ("Jewish" of the
     * Jewish Autonomous Oblast, "Southern", "Northeast"), and a small country's parishes bear given names found all
     * over the world ("St. Patrick's Day": Patrick, a sheading of the Isle of Man).
     */
    private boolean isSureRegion(Place p, boolean ownName, String name, Set<String> focus) {
        if (focus.contains(p.country())) {
            return ownName || name.length() > 3;
        }
        if (!ownName) {
            return name.length() > 3 && abbreviates(PlaceNames.key(name), PlaceNames.key(p.name()));
        }
        return gazetteer.country(p.country()).map(c -> c.population() >= SMALL_COUNTRY).orElse(false);
    }

    /**
     * The mention, or a longer name the gazetteer knows that it opens: the tagger stops at a small word the name
     * holds ("Rio Grande" of "Rio Grande do Sul", "Mato Grosso" of "Mato Grosso do Sul").
     */
    private Mention lengthened(String text, Mention m) {
        if (m.type() == EntityType.ORGANIZATION) {
            return m;
        }
        Matcher more = LONGER.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 40));
        if (more.lookingAt()) {
            Span longer = new Span(m.span().begin(), more.end());
            String name = longer.of(text);
            if (gazetteer.named(name).stream().anyMatch(p -> PlaceNames.key(p.name()).equals(PlaceNames.key(name))
                    || p.isRegion() || p.isCountry())) {
                return new Mention(longer, name, EntityType.LOCATION);
            }
        }
        return m;
    }

    /**
     * A LOCATION mention's own span when the gazetteer knows it or nothing in it, else the parts of it it knows:
     * the tagger runs "Washington DC - Northwest (District of Columbia" together.
     */
    private List<Span> knownParts(String text, Span span) {
        String name = span.of(text);
        if (!PARTS.matcher(name).find() || !gazetteer.named(name).isEmpty()) {
            return List.of(span);
        }
        List<Span> parts = new ArrayList<>();
        int from = 0;
        Matcher m = PARTS.matcher(name);
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : name.length();
            String part = name.substring(from, end);
            String stripped = part.strip();
            if (!stripped.isEmpty() && !gazetteer.named(stripped).isEmpty()) {
                int begin = span.begin() + from + part.indexOf(stripped);
                parts.add(new Span(begin, begin + stripped.length()));
            }
            if (!more) {
                break;
            }
            from = m.end();
        }
        return parts.isEmpty() ? List.of(span) : parts;
    }

    /**
     * Whether the name at {@code span} is one word in capitals amid words in lower case ("the Neighborhood
     * Improvement Coordination Effort, or NICE program"): an acronym, not a town the gazetteer writes otherwise
     * ("Nice"). A word in capitals that opens a sentence or follows another in capitals or a number is a dateline or a
     * headline's ("March 24, 2009 MANSFIELD --").
     */
    private static boolean isAcronymInRunningText(String text, Span span) {
        String name = span.of(text);
        if (name.contains(" ") || !name.equals(name.toUpperCase(Locale.ROOT)) || opensSentence(text, span.begin())
                || span.begin() < 2 || text.charAt(span.begin() - 1) != ' ') {
            return false;
        }
        int i = span.begin() - 2;
        while (i >= 0 && ",;(\"'\u201C\u2018".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && Character.isLowerCase(text.charAt(i));
    }

    /** A possessive ending, a space and a capitalised word: "Eva's Village", "Mary’s Turkeys". */
    private static final Pattern POSSESSIVE_BEFORE_A_NAME = Pattern.compile("['\u2019]s\\s+\\p{Lu}");

    /**
     * Whether the name at {@code span} is a first name that owns the name after it ("Eva's Village", "Mary's
     * Turkeys"): a home, a shop or a charity named after a person, not the small town of that name somewhere. A
     * country, a first-level region or a city of {@value #BIG_CITY} people or more keeps its place ("Georgia's
     * Augusta", "Austin's Sixth Street").
     */
    private boolean ownsTheNameAfter(String text, Span span) {
        String name = span.of(text);
        return !name.contains(" ") && POSSESSIVE_BEFORE_A_NAME.matcher(text).region(span.end(), text.length()).lookingAt()
                && PersonGender.opensWithGivenName(name)
                && gazetteer.named(name).stream().noneMatch(p -> p.isCountry() || p.featureCode().startsWith("ADM1")
                        || p.population() >= BIG_CITY);
    }

    /**
     * At most this many characters of ", of " stand between a person and a home: the regular expression then runs for
     * the one or two people just before the name, not for every person of a long article.
     */
    private static final int MAX_PERSON_OF_GAP = 16;
    /** ", of " or " of " between a person's name and a name after it. */
    private static final Pattern PERSON_OF = Pattern.compile(",?\\s+of\\s+");
    /** A word in capitals right after a name: the name goes on ("Springfield Clinic"). */
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("\\s+\\p{Lu}");

    /**
     * Whether the name at {@code span} is where a person named just before lives or comes from ("Mindy Miller of
     * Ravenel", "Joseph Vergnetti, of Medina"), as local news says: the tagger often takes such a town for a second
     * person, and a town too small to be taken alone is sure here. The gazetteer must know a town or region by that
     * very name, and the name must not go on with another capitalised word ("Bill Graves of Ohio Edison") nor be a
     * word the text writes in lower case.
     */
    private boolean isHomeOfAPerson(String text, String lower, Span span, List<Span> persons) {
        String name = span.of(text);
        if (name.length() < 3 || demonyms.isDemonym(name) || NEVER_ALONE.contains(name.toLowerCase(Locale.ROOT))
                || !name.contains(" ") && writtenInLowerCase(text, lower, name.toLowerCase(Locale.ROOT))
                || CAPITALISED_NEXT.matcher(text).region(span.end(), text.length()).lookingAt()
                || persons.stream().noneMatch(p -> p.end() < span.begin() && span.begin() - p.end() <= MAX_PERSON_OF_GAP
                        && PERSON_OF.matcher(text).region(p.end(), span.begin()).matches())) {
            return false;
        }
        return knowsTownOrRegion(name);
    }

    /** Whether the gazetteer knows a town or a region by {@code name} as its own name, not an alternate one. */
    private boolean knowsTownOrRegion(String name) {
        String key = PlaceNames.key(name);
        return gazetteer.named(name).stream().anyMatch(p -> (p.featureClass() == 'P' || p.featureClass() == 'A')
                && key.equals(PlaceNames.key(p.name())));
    }

    /** A lawmaker's party and home after the name, as US news writes it: "Therese Murray, D-Plymouth". */
    private static final Pattern PARTY_HOME = Pattern.compile(",\\s+[DRI]-(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)\\b");

    /**
     * The homes that follow people's names with their party ("Therese Murray, D-Plymouth", "Bill M. Harris,
     * R-Ashland"), when the gazetteer knows a town or region by that name; the tagger takes them for bodies or
     * people. Empty if none.
     */
    private List<Span> partyHomes(String text, List<Span> persons) {
        List<Span> out = new ArrayList<>();
        for (Span p : persons) {
            Matcher m = PARTY_HOME.matcher(text).region(p.end(), text.length());
            if (m.lookingAt() && knowsTownOrRegion(m.group(1))) {
                out.add(new Span(m.start(1), m.end(1)));
            }
        }
        return out;
    }

    /**
     * Whether the words after the whole capitalised name at {@code span} say it is one of {@code places}: its kind
     * ("Amara city") or a region one of them lies in ("Chasiv Yar, Donetsk"). Not for the last words of a longer
     * name ("Tuba" of "Umm Tuba village").
     */
    private boolean isPlaceByWhatFollows(String text, Span span, List<Place> places) {
        return !places.isEmpty() && !afterACapitalisedWord(text, span.begin())
                && (namedWithItsKind(text, span) || namedWithItsRegion(text, span, places));
    }

    private static boolean afterACapitalisedWord(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || !Character.isLetter(text.charAt(at - 2))) {
            return false;
        }
        return Character.isUpperCase(text.charAt(wordStartBefore(text, at)));
    }

    /** Where the word before the space before offset {@code at} begins. */
    private static int wordStartBefore(String text, int at) {
        int i = at - 2;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * "Jebbayn (Tyr)", "Nirim (Beer Sheva, HaDarom)": a name in parentheses right after another name says where that
     * one lies, when the gazetteer knows it as a region or a town of some size.
     */
    private static boolean holdsTheNameBefore(String text, Span span, List<Place> places) {
        String name = span.of(text);
        return !name.equals(name.toUpperCase(Locale.ROOT)) // "Regional State Agency (ARS)" spells out an acronym
                && PARENTHESIS_GOES_ON.matcher(text).region(span.end(), text.length()).lookingAt()
                && NAME_THEN_PARENTHESIS.matcher(text).region(Math.max(0, span.begin() - 80), span.begin()).find()
                && places.stream().anyMatch(p -> p.isRegion() || p.isCountry() || p.population() >= HOLDING_TOWN);
    }

    /** "Amara city", "Ftireh town": the text says the name is a place. */
    private static boolean namedWithItsKind(String text, Span span) {
        return KIND_AFTER.matcher(text).region(span.end(), Math.min(text.length(), span.end() + 12)).lookingAt();
    }

    /** "Chasiv Yar, Donetsk", "Jebbayn (Tyr)": one of the places so named lies in the region named right after. */
    private boolean namedWithItsRegion(String text, Span span, List<Place> places) {
        Matcher m = REGION_AFTER.matcher(text).region(span.end(), Math.min(text.length(), span.end() + 60));
        if (!m.lookingAt()) {
            return false;
        }
        String after = m.group(1);
        for (int end = after.length(); end > 0; end = after.lastIndexOf(' ', end - 1)) {
            for (Place region : gazetteer.named(after.substring(0, end))) {
                if ((region.isRegion() || region.isCountry()) && places.stream().anyMatch(p -> liesIn(p, region))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean liesIn(Place p, Place region) {
        if (region.isCountry()) {
            return !p.isCountry() && p.country().equals(region.country());
        }
        return !p.equals(region) && p.country().equals(region.country()) && !region.admin1().isEmpty()
                && p.admin1().equals(region.admin1())
                && (region.featureCode().startsWith("ADM1") || p.admin2().equals(region.admin2()));
    }

    /**
     * Whether the name at {@code span} goes on with a small word and a capitalised one, an "al-" word or another
     * capitalised word: it is part of a longer name the gazetteer does not know ("Ain" of "Ain Assad Air Base").
     */
    private static boolean goesOn(String text, Span span) {
        return GOES_ON.matcher(text).region(span.end(), Math.min(text.length(), span.end() + 30)).lookingAt();
    }

    /**
     * Whether the name at {@code span} is one common word in a capitalised title of more words: after a capitalised
     * word that opens no sentence ("The Fish Man", "Licking Valley", "the Russian Empire") or is in the possessive
     * ("Eva's Village": a charity named after a person), or before "of" and a
     * capitalised word ("Man of the Year", "Summit of the Americas"). The tagger and the gazetteer take the word for a
     * place ("Man" of the Isle of Man) where the title names a person, a body or a thing.
     */
    private static boolean endsATitle(String text, Span span) {
        String name = span.of(text);
        if (!WORD.matcher(name).matches() || name.equals(name.toUpperCase(Locale.ROOT)) || !CommonWords.isCommon(name)) {
            return false;
        }
        return afterACapitalisedWord(text, span.begin()) && !opensSentence(text, wordStartBefore(text, span.begin()))
                || NAME_IN_THE_POSSESSIVE.matcher(text).region(Math.max(0, span.begin() - 40), span.begin()).find()
                || OF_A_NAME.matcher(text).region(span.end(), text.length()).lookingAt();
    }

    /** A capitalised word in the possessive right before a name: "Eva's Village", "Billy's Soho's". */
    private static final Pattern NAME_IN_THE_POSSESSIVE = Pattern.compile("\\b\\p{Lu}\\p{L}*['\u2019]s $");

    /** Whether the word at {@code at} is the first of its sentence, paragraph or quotation. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"\u201C\u2018'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;\n\u201D".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the text holds the word in lower case, as a word of its own: then it is a common word here. */
    private static boolean writtenInLowerCase(String text, String lowerText, String word) {
        for (int at = lowerText.indexOf(word); at >= 0; at = lowerText.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wordOfItsOwn = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
            if (wordOfItsOwn && Character.isLowerCase(text.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithArticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int hyphen = w.indexOf('-');
        return hyphen > 0 && ArabicArticles.WORDS.contains(w.substring(0, hyphen)) && w.length() > 4;
    }

    private static boolean onlySpaceBetween(String text, Span a, Span b) {
        return b.begin() - a.end() == 1 && text.charAt(a.end()) == ' ';
    }

    private static List<Span> words(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && "'\u2019-".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > m.start() + 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && "'\u2019".indexOf(text.charAt(end - 2)) >= 0) {
                end -= 2; // "Aleppo's"
            }
            out.add(new Span(m.start(), end));
        }
        return out;
    }
}
