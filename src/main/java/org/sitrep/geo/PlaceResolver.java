package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Demonyms;
import org.sitrep.core.ListedNames;
import org.sitrep.core.Place;
import org.sitrep.core.Span;

/**
 * Chooses, for each place name of an article, the place it most likely means. A name's candidates are weighed by
 * their prior (size, kind, how well the name matches) and by the article's context: the countries and regions its
 * other place names, its nationality words and the currency of its amounts point to, a region named just after ("Alexandria, Louisiana"), and
 * the support of the other names' likeliest candidates (a region that holds it, places near it). The choices are
 * made three times, each round in the context of the previous round's choices, so that a name's own first guess
 * does not decide the article's focus alone.
 * Thread-safe.
 */
public final class PlaceResolver {
    private static final int ROUNDS = 3;
    private static final double COUNTRY_WEIGHT = 3.0;
    private static final double REGION_WEIGHT = 1.5;
    /**
     * A town smaller than this gains nothing from lying in a region the article is about when a country or a
     * first-level region bears its name as its own ("Washington", Georgia, beside "Atlanta"): the reader takes the
     * name for the region, and the region share is no evidence of the village. Within 161 km LGL dev 0.921 to 0.922,
     * test 0.911 (exact 0.854 to 0.855), end to end of those found LGL dev 0.898 to 0.900, test 0.879 to 0.881,
     * GeoWebNews dev 0.965 to 0.964, test 0.933; at 20,000 people LGL dev and test fell (0.920, 0.910), and halving
     * the weight instead of dropping it moved nothing on test.
     */
    static final long SMALL_TOWN = 5_000;
    private static final double CONTAINED_WEIGHT = 4.0;
    private static final double DEMONYM_VOTE = 0.5;
    /**
     * How many place names' votes a region every one of the outlet's other articles names counts as (less for a
     * region fewer of them name, see {@link OutletRegions}). On LGL dev within 161 km: 0.903 without; 0.928 at 1,
     * 0.929 at 1.5, 0.928 at 2, 0.927 at 3.
     */
    static final double HOME_VOTE = 2;
    /** How many nationality words an outlet's country counts as. */
    static final int OUTLET_MENTIONS = 4;
    private static final double SUPPORT_WEIGHT = 0.8;
    private static final double TOWN_WORD_WEIGHT = 3.0;
    private static final Pattern TOWN_WORD = Pattern.compile("\\s+(?:city|town|village)\\b");
    private static final double MAX_SUPPORT = 2.4;
    /** "the" right before a name, as the last word before it. */
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|\\W)[Tt]he\\s+$");

    /**
     * Whether the name at {@code s} is the noun of a wide region whose adjective is a listed word of nationality
     * ("the West" of "Western"): written after "the", it names that region, as the adjective does, and not a
     * province or a town called so (West Region of Cameroon, West, Texas).
     */
    private boolean regionNoun(String text, Span s) {
        return demonyms.region(s.of(text) + "ern").isPresent()
                && THE_BEFORE.matcher(text).region(Math.max(0, s.begin() - 5), s.begin()).find();
    }

    /** The other names' candidates a candidate is compared with: their likeliest few by prior. */
    private static final int SUPPORTING_CANDIDATES = 8;
    /** A name whose place is not in doubt, for the ranker's facts: one candidate, or the rules' choice this far ahead. */
    private static final double SURE_GAP = 3;

    private final PlaceCandidates candidates;
    private final Demonyms demonyms;
    private final PlaceRanker ranker;

    /**
     * Names resolved by the rules alone, or by the shipped {@link PlaceRanker} over the rules' scores when the system
     * property {@code sitrep.geo.ranker} is {@code on}. The ranker is off by default: on the halves of LGL and
     * GeoWebNews it was not trained on it placed LGL's names better (0.869 to 0.875 within 161 km) and GeoWebNews'
     * slightly worse (0.848 to 0.846), at a third of the speed; over the rules of 2026-12-06 still LGL 0.904 to 0.907
     * and GeoWebNews 0.895 to 0.893. Retrained over those rules it no longer overrules them in cross-validation (at
     * LIBLINEAR's C 0.1), and at C 1 with a margin of 0.3 it gave GeoWebNews' test half 0.889.
     */
    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, "on".equals(System.getProperty("sitrep.geo.ranker")) ? PlaceRanker.bundled() : null);
    }

    /** Names resolved by {@code ranker} over the rules' scores, or by the rules alone when it is {@code null}. */
    public PlaceResolver(Gazetteer gazetteer, PlaceRanker ranker) {
        this.candidates = new PlaceCandidates(gazetteer);
        this.demonyms = Demonyms.shared();
        this.ranker = ranker;
    }

    /**
     * A name resolved: the place chosen ({@code null} when the gazetteer knows none) and how sure the choice is,
     * from 0 to 1 (the chosen candidate's share of the weight of all candidates).
     */
    public record Resolution(Span span, String text, Place place, double confidence) {
    }

    /** The places {@code name} may mean, likeliest first by prior alone; empty when the gazetteer knows none. */
    public List<Place> candidates(String name) {
        return candidates.of(name).stream().map(PlaceCandidate::place).toList();
    }

    /**
     * Resolves names that are known to be places ("Third Street", "Barclays Center"): as {@link #resolve}, and a
     * name the gazetteer does not know is placed at the article's main place (the place its other names support
     * most), as a place with id 0 named as the text names it, with confidence 0. Null only when the article names
     * no known place at all.
     */
    public List<Resolution> resolveGiven(String text, List<Span> names) {
        return resolveGiven(text, names, null);
    }

    /**
     * As {@link #resolveGiven(String, List)}, for an article from an outlet of {@code outletCountry} (ISO 3166-1
     * alpha-2, see {@link OutletCountry}; null when unknown), which counts as evidence of the article's focus.
     */
    public List<Resolution> resolveGiven(String text, List<Span> names, String outletCountry) {
        return resolveGiven(text, names, outletCountry, OutletRegions.NONE);
    }

    /** As {@link #resolveGiven(String, List, String)}, with the regions the outlet usually writes about. */
    public List<Resolution> resolveGiven(String text, List<Span> names, String outletCountry, OutletRegions home) {
        List<Resolution> own = withoutStrays(resolve(text, names, outletCountry, home));
        Place anchor = anchor(own);
        List<Resolution> resolved = knownParts(text, names, own, anchor);
        List<Resolution> out = new ArrayList<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            Resolution r = resolved.get(i);
            Place at = r.place() != null ? null : where(text, names, resolved, i, anchor);
            out.add(at == null ? r : new Resolution(r.span(), r.text(), new Place(0, r.text(), at.lat(), at.lon(),
                    ' ', "", at.country(), at.admin1(), at.admin2(), 0), 0));
        }
        return out;
    }

    /** The resolutions with the {@link StrayPlaces} left unplaced, as names the gazetteer does not know. */
    private static List<Resolution> withoutStrays(List<Resolution> resolved) {
        java.util.Set<Integer> strays = StrayPlaces.of(resolved.stream().map(Resolution::place).toList(),
                resolved.stream().map(r -> PlaceNames.key(r.text())).toList());
        if (strays.isEmpty()) {
            return resolved;
        }
        List<Resolution> out = new ArrayList<>(resolved);
        for (int i : strays) {
            Resolution r = resolved.get(i);
            out.set(i, new Resolution(r.span(), r.text(), null, 0));
        }
        return out;
    }

    /**
     * Where to put name {@code i}, which the gazetteer does not know: at the place the text says it lies in ("the
     * Palais des Nations in Geneva", "Super Bowl 52 in Minneapolis", as {@link ContainedPlaces} does in the pipeline)
     * when that is no country, else at the article's main place {@code anchor}, which may lie far from it (the
     * Palais des Nations was put in Brazil, the subject of its article); null when there is neither.
     */
    private static Place where(String text, List<Span> names, List<Resolution> resolved, int i, Place anchor) {
        int j = containerOf(text, names, i);
        Place container = j < 0 ? null : resolved.get(j).place();
        return container != null && !container.isCountry() ? container : anchor;
    }

    /**
     * The name that the text says holds name {@code i} ("X in Y", "X, Y", "X (Y)", or before it "Y's X"); -1 when
     * none.
     */
    private static int containerOf(String text, List<Span> names, int i) {
        Span a = names.get(i);
        int next = -1;
        int previous = -1;
        for (int j = 0; j < names.size(); j++) {
            Span b = names.get(j);
            if (b.begin() >= a.end() && (next < 0 || b.begin() < names.get(next).begin())) {
                next = j;
            }
            if (b.end() <= a.begin() && (previous < 0 || b.end() > names.get(previous).end())) {
                previous = j;
            }
        }
        if (next >= 0 && names.get(next).begin() - a.end() <= 20 && holdingWords(text, a, names.get(next)) != null) {
            return next;
        }
        return previous >= 0 && holdsInPossessive(text, names.get(previous), a) ? previous : -1;
    }

    /** "London’s Heathrow", "Syria's Idlib": the possessive ending that joins a place to one it holds. */
    private static final Pattern POSSESSIVE_BETWEEN = Pattern.compile("['’]s\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");

    /**
     * Whether name {@code a}, in the possessive just before name {@code b}, holds it ("London’s Heathrow Animal
     * Reception Center", "Utah's Zion National Park"): the ending either follows {@code a} or ends it.
     */
    private static boolean holdsInPossessive(String text, Span a, Span b) {
        if (b.begin() < a.end() || b.begin() - a.end() > 4) {
            return false;
        }
        String between = text.substring(a.end(), b.begin());
        return POSSESSIVE_BETWEEN.matcher(between).matches()
                || !between.isEmpty() && between.isBlank() && POSSESSIVE_END.matcher(a.of(text)).find();
    }

    /**
     * A name the gazetteer does not know that holds one it knows ("Bank of England", "Delhi High Court", "Old Town
     * Manassas") is placed where that part is resolved in the article's context, when the part is a country, a
     * continent or another feature of no country ("US Federal Reserve", "European Central Bank": such a name means
     * one place wherever the article's other places lie), or lies within 100 km of one of the article's places: a
     * part that is a common word ("Turtle Rock", "Convention Centre") would otherwise lead far away. A part that is a
     * first-level region of a country the article names ("Bank of England", "New York Auto Show") is taken too,
     * unless the text says where the name lies or the article's main place {@code anchor} lies in that region, either
     * of which is nearer than the region's middle ("University of California, Los Angeles"). The longest known part
     * wins, then the one that follows "of" ("Bank of Japan": what a body is of, not a word of its kind), then the
     * first.
     */
    private List<Resolution> knownParts(String text, List<Span> names, List<Resolution> resolved, Place anchor) {
        List<Span> parts = new ArrayList<>(names);
        boolean any = false;
        for (int i = 0; i < names.size(); i++) {
            if (resolved.get(i).place() == null) {
                Span part = knownPart(text, names.get(i));
                if (part != null) {
                    parts.set(i, part);
                    any = true;
                }
            }
        }
        if (!any) {
            return resolved;
        }
        List<Place> places = new ArrayList<>();
        for (Resolution r : resolved) {
            if (r.place() != null && !r.place().isCountry()) {
                places.add(r.place());
            }
        }
        java.util.Set<String> countries = new java.util.HashSet<>();
        resolved.stream().filter(r -> r.place() != null).forEach(r -> countries.add(r.place().country()));
        List<Resolution> again = resolve(text, parts, null);
        List<Resolution> out = new ArrayList<>(resolved);
        for (int i = 0; i < names.size(); i++) {
            Place p = again.get(i).place();
            if (parts.get(i) != names.get(i) && p != null
                    && (p.isCountry() || p.country().isEmpty() || places.stream().anyMatch(q -> roughKilometres(p, q) < KNOWN_PART_KM)
                    || isRegionOfNamedCountry(p, countries, anchor) && containerOf(text, names, i) < 0)) {
                Resolution r = resolved.get(i);
                out.set(i, new Resolution(r.span(), r.text(), p, again.get(i).confidence() / 2));
            }
        }
        return out;
    }

    /**
     * Whether {@code p} is a first-level region of one of the article's {@code countries} (ISO codes of its resolved
     * places) that does not hold the article's main place {@code anchor} (null when none).
     */
    private static boolean isRegionOfNamedCountry(Place p, java.util.Set<String> countries, Place anchor) {
        return p.isRegion() && p.featureCode().startsWith("ADM1") && countries.contains(p.country())
                && (anchor == null || !anchor.country().equals(p.country()) || !anchor.admin1().equals(p.admin1()));
    }

    /** The longest run of capitalised words inside the name at {@code span} that the gazetteer knows; null when none. */
    private Span knownPart(String text, Span span) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(span.begin(), span.end());
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        for (int length = words.size() - 1; length >= 1; length--) {
            Span found = null;
            for (int start = 0; start + length <= words.size(); start++) {
                Span first = words.get(start);
                Span last = words.get(start + length - 1);
                if (!Character.isUpperCase(text.charAt(first.begin())) || !Character.isUpperCase(text.charAt(last.begin()))) {
                    continue;
                }
                Span part = new Span(first.begin(), last.end());
                if (candidates.of(part.of(text)).stream().anyMatch(c -> c.match() != PlaceCandidate.NameMatch.LOOSE)) {
                    if (start > 0 && words.get(start - 1).of(text).equals("of")) {
                        return part; // "Bank of Japan": what a body is "of" is its place, not a word of its kind
                    }
                    found = found == null ? part : found;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final double KNOWN_PART_KM = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*");

    /**
     * The article's main place: of its smallest-scale places (towns and sites, else regions, else countries), the one
     * its other places lie nearest (the least sum of distances, each counted up to 1,000 km), the first named on a
     * tie. The most often named place was tried first: a place named often may lie apart from the rest (the
     * newspaper's home in a report on villages 300 km away), and the middle of the places named misses less
     * (GeoWebNews dev 0.866 to 0.876, LGL dev 0.882 to 0.883 within 161 km).
     */
    private static Place anchor(List<Resolution> resolved) {
        Map<Place, Integer> counts = new java.util.LinkedHashMap<>();
        List<Place> named = new ArrayList<>();
        for (Resolution r : resolved) {
            if (r.place() != null) {
                counts.merge(r.place(), 1, Integer::sum);
                if (!r.place().isCountry()) {
                    named.add(r.place());
                }
            }
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Place, Integer> e : counts.entrySet()) {
            Place p = e.getKey();
            int rank = p.featureClass() == 'P' || p.featureClass() == 'S' ? 2 : p.isRegion() ? 1 : 0;
            double score = rank * 1e6 - spread(p, named);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** How far the article's other places lie from {@code p}: the sum of their distances, each at most 1,000 km. */
    private static double spread(Place p, List<Place> named) {
        double sum = 0;
        for (Place q : named) {
            sum += Math.min(1000, roughKilometres(p, q));
        }
        return sum;
    }

    /**
     * Resolves the place names at {@code names} (UTF-16 offsets into {@code text}), in the order given.
     *
     * @throws IllegalArgumentException when a span lies outside the text
     */
    public List<Resolution> resolve(String text, List<Span> names) {
        return resolve(text, names, null);
    }

    /**
     * As {@link #resolve(String, List)}, for an article from an outlet of {@code outletCountry} (ISO 3166-1 alpha-2,
     * see {@link OutletCountry}; null when unknown): that country gets {@value #OUTLET_MENTIONS} nationality words'
     * votes in the article's focus.
     */
    public List<Resolution> resolve(String text, List<Span> names, String outletCountry) {
        return resolve(text, names, outletCountry, OutletRegions.NONE);
    }

    /**
     * As {@link #resolve(String, List, String)}, with the regions the outlet usually writes about ({@code null} or
     * {@link OutletRegions#NONE} when unknown), which count as votes for those regions in the article's focus.
     */
    public List<Resolution> resolve(String text, List<Span> names, String outletCountry, OutletRegions home) {
        Weighing w = weighing(text, names, outletCountry, home == null ? OutletRegions.NONE : home);
        List<Resolution> out = new ArrayList<>(w.named.size());
        for (int i = 0; i < w.named.size(); i++) {
            Named n = w.named.get(i);
            if (n.candidates.isEmpty() || score(w.named, i, w.chosen[i], w.focus) == Double.NEGATIVE_INFINITY) {
                out.add(new Resolution(n.span, n.surface, null, 0));
            } else if (ranker != null && n.candidates.size() > 1) {
                double[] p = new double[n.candidates.size()];
                int c = ranker.choose(facts(w, i), w.chosen[i], PlaceRanker.MARGIN_IN_USE, p);
                double sum = java.util.Arrays.stream(p).sum();
                out.add(new Resolution(n.span, n.surface, n.candidates.get(c).place(), sum == 0 ? 0 : p[c] / sum));
            } else {
                out.add(new Resolution(n.span, n.surface, n.candidates.get(w.chosen[i]).place(), confidence(w.named, i, w.focus, w.chosen[i])));
            }
        }
        return out;
    }

    /**
     * A name's candidates as the rules weighed them, for training and measuring a {@link PlaceRanker}.
     *
     * @param facts what the rules know of each candidate, likeliest first by prior
     * @param hand  the index of the rules' choice; -1 when there are no candidates or the rules rule all out
     */
    public record Weighed(Span span, String text, List<CandidateFacts> facts, int hand) {
        public List<Place> places() {
            return facts.stream().map(CandidateFacts::place).toList();
        }
    }

    /** The names at {@code names} with their candidates as the rules weigh them in the article's context. */
    public List<Weighed> weigh(String text, List<Span> names) {
        return weigh(text, names, null);
    }

    /**
     * As {@link #weigh(String, List)}, for an article from an outlet of {@code outletCountry} (ISO 3166-1 alpha-2;
     * null when unknown), weighed as {@link #resolve(String, List, String)} weighs it, so that a ranker learns from
     * the facts it is given when it resolves.
     */
    public List<Weighed> weigh(String text, List<Span> names, String outletCountry) {
        Weighing w = weighing(text, names, outletCountry, OutletRegions.NONE);
        List<Weighed> out = new ArrayList<>(w.named.size());
        for (int i = 0; i < w.named.size(); i++) {
            Named n = w.named.get(i);
            boolean none = n.candidates.isEmpty() || score(w.named, i, w.chosen[i], w.focus) == Double.NEGATIVE_INFINITY;
            out.add(new Weighed(n.span, n.surface, n.candidates.isEmpty() ? List.of() : facts(w, i), none ? -1 : w.chosen[i]));
        }
        return out;
    }

    /** The names of an article with the rules' choices and the article's focus after the last round. */
    private record Weighing(List<Named> named, int[] chosen, ArticleFocus focus, Map<String, Integer> nationality) {
    }

    private Weighing weighing(String text, List<Span> names, String outletCountry, OutletRegions home) {
        List<Named> named = new ArrayList<>(names.size());
        for (Span s : names) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("place name span must lie within the text of " + text.length()
                        + " characters; got: [" + s.begin() + ", " + s.end() + ")");
            }
            String surface = s.of(text);
            String kind = listedRegionKind(text, s.end());
            Named n = new Named(s, surface, PlaceNames.key(surface), candidates.of(kind != null ? surface + " " + kind
                    : regionNoun(text, s) ? surface + "ern" : surface));
            n.townWord = TOWN_WORD.matcher(text).region(s.end(), Math.min(text.length(), s.end() + 12)).lookingAt()
                    || Datelines.isDateline(text, s);
            n.nationalityWord = demonyms.country(surface).isPresent();
            named.add(n);
        }
        named = WholeNames.joined(text, named, candidates);
        // one sense per article: "NEW YORK (AP) - ... The New York Police Department" names the city throughout
        java.util.Set<String> towns = new java.util.HashSet<>();
        named.stream().filter(n -> n.townWord).forEach(n -> towns.add(n.key));
        named.forEach(n -> n.townWord |= towns.contains(n.key));
        Map<String, Integer> nationality = new HashMap<>(demonyms.countriesIn(text));
        CurrencyClues.countriesIn(text).forEach((k, v) -> nationality.merge(k, v, Integer::sum));
        if (outletCountry != null) {
            nationality.merge(outletCountry, OUTLET_MENTIONS, Integer::sum);
        }
        markContainers(text, named);
        List<Named> firstOfEachKey = firstOfEachKey(named);
        // A candidate's support depends on its name's key, not on which mention of the name it is: worked out once.
        Map<String, Map<Place, Double>> supportByKey = new HashMap<>();
        for (Named n : named) {
            Map<Place, Double> byPlace = supportByKey.computeIfAbsent(n.key, k -> new java.util.IdentityHashMap<>());
            n.support = new double[n.candidates.size()];
            for (int c = 0; c < n.candidates.size(); c++) {
                double s = byPlace.computeIfAbsent(n.candidates.get(c).place(), p -> support(firstOfEachKey, n.key, p));
                n.support[c] = Math.min(MAX_SUPPORT, SUPPORT_WEIGHT * s);
            }
        }
        int[] chosen = new int[named.size()];
        for (int round = 0; round < ROUNDS; round++) {
            ArticleFocus focus = round == 0 ? ArticleFocus.EMPTY : ArticleFocus.of(named, chosen, nationality, DEMONYM_VOTE, home);
            int[] next = new int[named.size()];
            for (int i = 0; i < named.size(); i++) {
                next[i] = best(named, i, focus);
            }
            chosen = next;
            if (round == 0) {
                markListedTowns(text, named, chosen);
            }
        }
        return new Weighing(named, chosen, ArticleFocus.of(named, chosen, nationality, DEMONYM_VOTE, home), nationality);
    }

    /** What the rules know of each candidate of name {@code i}. */
    private List<CandidateFacts> facts(Weighing w, int i) {
        Named n = w.named.get(i);
        int size = n.candidates.size();
        double[] scores = new double[size];
        for (int c = 0; c < size; c++) {
            scores[c] = score(w.named, i, c, w.focus);
        }
        double top = scores[w.chosen[i]];
        String topCountry = w.focus.countries().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<Place> chosenElsewhere = new ArrayList<>();
        List<Place> sureElsewhere = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int j = 0; j < w.named.size(); j++) {
            Named other = w.named.get(j);
            if (j == i || other.key.equals(n.key) || other.candidates.isEmpty() || !seen.add(other.key)) {
                continue;
            }
            double s = score(w.named, j, w.chosen[j], w.focus);
            Place p = other.candidates.get(w.chosen[j]).place();
            if (s == Double.NEGATIVE_INFINITY || p.isCountry()) {
                continue;
            }
            chosenElsewhere.add(p);
            if (other.candidates.size() == 1 || s - secondBest(w, j) >= SURE_GAP) {
                sureElsewhere.add(p);
            }
        }
        boolean upper = n.surface.length() > 3 && n.surface.equals(n.surface.toUpperCase(java.util.Locale.ROOT))
                && !n.surface.equals(n.surface.toLowerCase(java.util.Locale.ROOT));
        List<CandidateFacts> out = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            PlaceCandidate candidate = n.candidates.get(c);
            Place p = candidate.place();
            int handRank = 0;
            int priorRank = 0;
            int populationRank = 0;
            for (int d = 0; d < size; d++) {
                if (d == c) {
                    continue;
                }
                handRank += scores[d] > scores[c] || (scores[d] == scores[c] && (d == w.chosen[i] || d < c && c != w.chosen[i])) ? 1 : 0;
                priorRank += d < c ? 1 : 0;
                populationRank += n.candidates.get(d).place().population() > p.population() ? 1 : 0;
            }
            int sameRegion = 0;
            double nearestChosen = Double.NaN;
            for (Place q : chosenElsewhere) {
                sameRegion += !p.isCountry() && !p.admin1().isEmpty() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()) ? 1 : 0;
                double km = p.isCountry() ? Double.NaN : roughKilometres(p, q);
                nearestChosen = Double.isNaN(nearestChosen) || km < nearestChosen ? km : nearestChosen;
            }
            double nearestSure = Double.NaN;
            for (Place q : sureElsewhere) {
                double km = p.isCountry() ? Double.NaN : roughKilometres(p, q);
                nearestSure = Double.isNaN(nearestSure) || km < nearestSure ? km : nearestSure;
            }
            int[] coherent = coherence(w, i, p);
            double handGap = scores[c] == Double.NEGATIVE_INFINITY ? 99 : Math.max(0, top - scores[c]);
            out.add(new CandidateFacts(p, candidate.match(), candidate.prior(), priorRank, scores[c], handRank, handGap,
                    populationRank, size, w.focus.countryShare(p.country(), n.key),
                    p.isCountry() ? 0 : w.focus.regionShare(p.country(), p.admin1(), n.key), !topCountry.isEmpty() && topCountry.equals(p.country()),
                    n.container >= 0 && contains(w.named.get(n.container), p), n.support[c], nearestChosen, nearestSure, sameRegion,
                    w.nationality.getOrDefault(p.country(), 0), upper, coherent[0], coherent[1], coherent[2]));
        }
        return out;
    }

    /**
     * How many other names of the article (each distinct name once) could mean a place near {@code p}, counting all
     * their candidates and not only the likeliest: within 50 km, within 200 km, and a region that holds {@code p}.
     * Two ambiguous names that each have a candidate beside the other's ("Alexandria" and "Douglas County", both in
     * Minnesota) are likely those two.
     */
    private static int[] coherence(Weighing w, int i, Place p) {
        int[] out = new int[3];
        if (p.isCountry()) {
            return out;
        }
        Named n = w.named.get(i);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int j = 0; j < w.named.size(); j++) {
            Named other = w.named.get(j);
            if (j == i || other.key.equals(n.key) || other.candidates.isEmpty() || !seen.add(other.key)) {
                continue;
            }
            boolean near = false;
            boolean close = false;
            boolean holds = false;
            for (PlaceCandidate oc : other.candidates) {
                Place q = oc.place();
                if (q.isCountry() || q.equals(p)) {
                    continue;
                }
                if (q.isRegion() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !p.admin1().isEmpty()
                        && (q.featureCode().startsWith("ADM1") || q.admin2().equals(p.admin2()))) {
                    holds = true;
                }
                if (Math.abs(q.lat() - p.lat()) < 2 && !close) {
                    double km = roughKilometres(p, q);
                    near |= km < 200;
                    close |= km < 50;
                }
            }
            out[0] += close ? 1 : 0;
            out[1] += near ? 1 : 0;
            out[2] += holds ? 1 : 0;
        }
        return out;
    }

    private double secondBest(Weighing w, int j) {
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.named.get(j).candidates.size(); c++) {
            if (c != w.chosen[j]) {
                second = Math.max(second, score(w.named, j, c, w.focus));
            }
        }
        return second;
    }

    private int best(List<Named> named, int i, ArticleFocus focus) {
        Named n = named.get(i);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n.candidates.size(); c++) {
            double s = score(named, i, c, focus);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private double score(List<Named> named, int i, int c, ArticleFocus focus) {
        Named n = named.get(i);
        PlaceCandidate candidate = n.candidates.get(c);
        Place p = candidate.place();
        if (n.container >= 0 && n.strangerToContainer) {
            return Double.NEGATIVE_INFINITY; // "Al Manshiyah village (Bethlehem, West Bank)": a place the gazetteer lacks
        }
        double countryShare = focus.countryShare(p.country(), n.key);
        if (candidate.match() == PlaceCandidate.NameMatch.LOOSE && countryShare == 0) {
            return Double.NEGATIVE_INFINITY; // a transliteration is only trusted in a country the article is about
        }
        if (PlaceSources.isPostal(p) && focus.regionShare(p.country(), p.admin1(), n.key) == 0) {
            // a hamlet known only by its ZIP code's name is meant only in a state the article's other places lie in:
            // trusted anywhere in the US, it took names GeoNames lacks (a stadium, a hospital) far from the article
            return Double.NEGATIVE_INFINITY;
        }
        double s = candidate.prior();
        s += COUNTRY_WEIGHT * countryShare;
        if (!p.isCountry() && !(n.namesARegion && p.featureClass() == 'P' && p.population() < SMALL_TOWN)) {
            s += REGION_WEIGHT * focus.regionShare(p.country(), p.admin1(), n.key);
        }
        if (n.container >= 0 && contains(named.get(n.container), p)) {
            s += CONTAINED_WEIGHT;
        }
        if (n.townWord && (p.isRegion() || p.isCountry())) {
            s -= TOWN_WORD_WEIGHT; // "Amara city" is no region of that name
        }
        if (n.held >= 0 && holds(p, named.get(n.held))) {
            s += CONTAINED_WEIGHT; // "Toretsk, Donetsk": the region that holds Toretsk, not the city nor a Russian town
        }
        return s + n.support[c];
    }

    /** Whether one of the container name's candidates is the country or region {@code p} lies in. */
    static boolean contains(Named container, Place p) {
        for (PlaceCandidate c : container.candidates) {
            Place q = c.place();
            if (q.isCountry() && q.country().equals(p.country()) && !p.isCountry()) {
                return true;
            }
            if (q.isRegion() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !q.equals(p)
                    && (q.featureCode().startsWith("ADM1") || q.admin2().isEmpty() || q.admin2().equals(p.admin2()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Places named in one article lie near each other: for each other name, the best affinity between this
     * candidate and any of that name's likeliest candidates, summed. Comparing with every likely candidate, not only
     * the chosen one, lets two ambiguous names choose each other ("Paris" and "Henry County": the Paris that lies in
     * a Henry County). A place speaks once, however many names it has: "Mississippi" and "Mississippi State" (the
     * team) both meaning the state made a small Louisville there outweigh the city; on the dev halves within 161 km
     * LGL 0.913 to 0.915, GeoWebNews unchanged.
     */
    static double support(List<Named> firstOfEachKey, String key, Place p) {
        double sum = 0;
        java.util.Set<Place> used = new java.util.HashSet<>();
        for (Named other : firstOfEachKey) {
            if (other.key.equals(key)) {
                continue;
            }
            double best = 0;
            Place by = null;
            int limit = Math.min(SUPPORTING_CANDIDATES, other.candidates.size());
            for (int c = 0; c < limit && best < 1; c++) {
                double a = affinity(p, other.candidates.get(c).place());
                if (a > best) {
                    best = a;
                    by = other.candidates.get(c).place();
                }
            }
            if (by != null && !used.add(by)) {
                continue; // "Mississippi" and "Mississippi State": one place named twice speaks for a candidate once
            }
            sum += best;
        }
        return sum;
    }

    /** The first name of each key, in text order: the one whose likeliest candidates speak for the others' ({@link #support}). */
    private static List<Named> firstOfEachKey(List<Named> named) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return named.stream().filter(n -> seen.add(n.key)).toList();
    }

    /**
     * How strongly naming {@code q} in the same article speaks for {@code p}: 0 (not at all) to 1. A region that holds
     * {@code q} gets at least what a place as near would: a county holding a named town ("Lebanon" and "Boone County")
     * was worth less (0.6) than a county merely near another town of that name (0.7), and lost to it; within 161 km
     * LGL dev 0.915 to 0.921, test 0.905 to 0.910, GeoWebNews unchanged (0.951, 0.896).
     */
    static double affinity(Place p, Place q) {
        if (p.equals(q) || q.isCountry() || p.isCountry()) {
            return 0; // a country is named beside places all over it and says little of which one is meant
        }
        boolean sameRegion = !p.admin1().isEmpty() && p.country().equals(q.country()) && p.admin1().equals(q.admin1());
        if (q.isRegion() && sameRegion && (q.featureCode().startsWith("ADM1") || q.admin2().equals(p.admin2()))) {
            return 1; // q is the region p lies in
        }
        double near = nearness(p, q);
        if (p.isRegion() && sameRegion && (p.featureCode().startsWith("ADM1") || p.admin2().equals(q.admin2()))) {
            // p is the region q lies in; holding a place says at least as much for p as lying near it would
            return Math.max(0.6, near);
        }
        return near;
    }

    /** How strongly a place at {@code q}'s distance from {@code p} speaks for it, by distance alone: 0 to 1. */
    private static double nearness(Place p, Place q) {
        double km = roughKilometres(p, q);
        return km < 25 ? 1 : km < 100 ? 0.7 : km < 300 ? 0.3 : 0;
    }

    /** An equirectangular distance: cheap and within a few percent at the distances that matter here. */
    static double roughKilometres(Place p, Place q) {
        double x = Math.toRadians(q.lon() - p.lon()) * Math.cos(Math.toRadians((p.lat() + q.lat()) / 2));
        double y = Math.toRadians(q.lat() - p.lat());
        return 6371 * Math.sqrt(x * x + y * y);
    }

    private double confidence(List<Named> named, int i, ArticleFocus focus, int chosen) {
        Named n = named.get(i);
        double top = score(named, i, chosen, focus);
        double sum = 0;
        for (int c = 0; c < n.candidates.size(); c++) {
            double s = score(named, i, c, focus);
            sum += s == Double.NEGATIVE_INFINITY ? 0 : Math.exp(s - top);
        }
        return 1 / sum;
    }

    /** Whether {@code p} is a country or region that one of the held name's candidates lies in. */
    private static boolean holds(Place p, Named held) {
        if (!p.isCountry() && !p.isRegion()) {
            return false;
        }
        for (PlaceCandidate c : held.candidates) {
            Place q = c.place();
            if (p.isCountry() ? !q.isCountry() && q.country().equals(p.country())
                    : q.country().equals(p.country()) && q.admin1().equals(p.admin1()) && !q.equals(p) && !p.admin1().isEmpty()
                    && (p.featureCode().startsWith("ADM1") || p.admin2().isEmpty() || p.admin2().equals(q.admin2()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of names that the text closes with the plural of a kind of region: "Butler, Clark, Hamilton or Warren
     * counties", "Idlib and Hama provinces". Up to three more names may stand between.
     */
    private static final Pattern LISTED_REGIONS = Pattern.compile(
            "(?:\\s*(?:,\\s*(?:and|or)?|and|or|&)\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,3}?){0,8}\\s+(counties|parishes|provinces|governorates|districts)\\b");
    private static final Map<String, String> SINGULAR = Map.of("counties", "County", "parishes", "Parish",
            "provinces", "Province", "governorates", "Governorate", "districts", "District");

    /** The kind of region ("County") of a name the text lists with others of that kind, as above; null when none. */
    private static String listedRegionKind(String text, int end) {
        Matcher m = LISTED_REGIONS.matcher(text).region(end, Math.min(text.length(), end + 200));
        return m.lookingAt() ? SINGULAR.get(m.group(1)) : null;
    }

    /** What stands between a place and the name of what holds it: "Nubl (Aleppo)", "Hajjah city (Hajjah)". */
    private static final Pattern CONTAINER_BETWEEN = Pattern.compile(
            "(?:(?:city|town|village|area|district|camp|locality|township)\\s*)?(?:,|\\(|in)");

    /**
     * The words between names {@code a} and {@code b}, stripped, when they say that {@code b}, which follows {@code a},
     * holds it ("Nubl (Aleppo)", "Alexandria, Louisiana", "the Palais des Nations in Geneva"); {@code null} otherwise.
     */
    private static String holdingWords(String text, Span a, Span b) {
        if (b.begin() < a.end()) {
            return null;
        }
        String between = text.substring(a.end(), b.begin()).strip();
        return CONTAINER_BETWEEN.matcher(between).matches() ? between : null;
    }

    /** Whether the text at {@code at} ends a clause or an aside: a stop, a comma, a parenthesis or the end. */
    private static boolean closesAnAside(String text, int at) {
        return at >= text.length() || ".,;:)\n".indexOf(text.charAt(at)) >= 0;
    }

    /**
     * "Alexandria, Louisiana", "Nubl (Aleppo)": the second name says where the first one lies; "Iran's Kermanshah":
     * the first says where the second lies.
     */
    private static void markContainers(String text, List<Named> named) {
        for (int i = 0; i + 1 < named.size(); i++) {
            Named a = named.get(i);
            Named b = named.get(i + 1);
            String between = holdingWords(text, a.span, b.span);
            if (between != null) {
                a.container = i + 1;
                if (!between.equals(",") || closesAnAside(text, b.span.end())) {
                    b.held = i; // "Toretsk, Donetsk." but not "a city such as Kobani, Aleppo is beyond them"
                }
                // a comma may join two places of a list ("Manchester, Colchester"); a parenthesis or "town in" may not
                a.strangerToContainer = !between.equals(",") && !b.candidates.isEmpty()
                        && a.candidates.stream().allMatch(c -> c.place().featureClass() == 'P' || c.place().featureClass() == 'S')
                        && a.candidates.stream().noneMatch(c -> b.candidates.stream().anyMatch(q -> q.place().country().equals(c.place().country())));
            } else if (holdsInPossessive(text, a.span, b.span)) {
                b.container = i; // "Iran's Kermanshah", "Georgia's Augusta"
                a.held = i + 1;
            }
        }
    }


    /**
     * Names listed together are of one kind: a name in a list of three or more whose other names all first meant
     * towns is a town too ("offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit": the city, not
     * the state), as if the text had called it one.
     */
    private static void markListedTowns(String text, List<Named> named, int[] chosen) {
        int start = 0;
        for (int i = 1; i <= named.size(); i++) {
            boolean joined = i < named.size() && ListedNames.joined(text, named.get(i - 1).span, named.get(i).span);
            if (joined) {
                continue;
            }
            if (i - start >= 3) {
                for (int k = start; k < i; k++) {
                    named.get(k).townWord |= othersAreTowns(named, chosen, start, i, k);
                }
            }
            start = i;
        }
    }

    /** Whether every name of the list {@code [start, end)} but {@code k} first meant a town. */
    private static boolean othersAreTowns(List<Named> named, int[] chosen, int start, int end, int k) {
        for (int j = start; j < end; j++) {
            Named other = named.get(j);
            if (j != k && (other.candidates.isEmpty() || other.candidates.get(chosen[j]).place().featureClass() != 'P')) {
                return false;
            }
        }
        return true;
    }

    /** A place name being resolved. */
    static final class Named {
        final Span span;
        final String surface;
        final String key;
        final List<PlaceCandidate> candidates;
        int container = -1;
        /** The text calls it a town ("Amara city", "Ftireh town") or opens with it as its dateline, here or elsewhere. */
        boolean townWord;
        /** No candidate lies in a country the container name may mean: the name is of a place the gazetteer lacks. */
        boolean strangerToContainer;
        /** The name beside this one that this one says where it lies ("Toretsk, Donetsk", "Iran's Kermanshah"), -1 when none. */
        int held = -1;
        /** The name is a word of nationality given as a place ("American", "Kurdish"). */
        boolean nationalityWord;
        /** Per candidate, the support of the article's other names (it does not change between rounds). */
        double[] support;

        /** A country or first-level region bears the name as its own ("Kansas", "Lebanon", "Normandy"). */
        final boolean namesARegion;

        Named(Span span, String surface, String key, List<PlaceCandidate> candidates) {
            this.span = span;
            this.surface = surface;
            this.key = key;
            this.candidates = candidates;
            this.namesARegion = candidates.stream().anyMatch(c -> c.match() == PlaceCandidate.NameMatch.NAME
                    && (c.place().isCountry() || c.place().featureCode().startsWith("ADM1")));
        }

        /** The same name as the text gives it, meaning one of {@code other} instead. */
        Named withCandidates(List<PlaceCandidate> other) {
            Named out = new Named(span, surface, key, other);
            out.townWord = townWord;
            out.nationalityWord = nationalityWord;
            return out;
        }
    }

    /**
     * Where the article's place names point: votes per country and per region from each distinct name's current
     * choice and from nationality words. A name's own votes are left out when it is weighed, so that a name cannot
     * pull itself towards its first guess. A nationality word given as a place name ("American") votes once, as a
     * nationality word: as a name too it counted twice, and a British paper's "born in Manchester" went to
     * Connecticut in an article that also said "US" and "American" (GeoWebNews dev within 161 km 0.944 to 0.945).
     */
    record ArticleFocus(Map<String, Double> countries, Map<String, Map<String, Double>> countriesWithout,
                        Map<String, Double> regions, Map<String, Map<String, Double>> regionsWithout, double total) {
        static final ArticleFocus EMPTY = new ArticleFocus(Map.of(), Map.of(), Map.of(), Map.of(), 0);

        static ArticleFocus of(List<Named> named, int[] chosen, Map<String, Integer> nationality, double demonymVote, OutletRegions home) {
            Map<String, Double> countries = new HashMap<>();
            Map<String, Double> regions = new HashMap<>();
            Map<String, Map<String, Double>> countriesByName = new HashMap<>();
            Map<String, Map<String, Double>> regionsByName = new HashMap<>();
            double total = 0;
            for (int i = 0; i < named.size(); i++) {
                Named n = named.get(i);
                if (n.candidates.isEmpty() || n.nationalityWord || countriesByName.containsKey(n.key)) {
                    continue; // a nationality word is counted among the nationality words, not again as a name
                }
                Place p = n.candidates.get(chosen[i]).place();
                double vote = p.isCountry() ? 1.5 : 1.0;
                if (p.country().isEmpty()) {
                    continue;
                }
                countries.merge(p.country(), vote, Double::sum);
                countriesByName.computeIfAbsent(n.key, k -> new HashMap<>()).merge(p.country(), vote, Double::sum);
                if (!p.isCountry() && !p.admin1().isEmpty()) {
                    String region = p.country() + "." + p.admin1();
                    regions.merge(region, 1.0, Double::sum);
                    regionsByName.computeIfAbsent(n.key, k -> new HashMap<>()).merge(region, 1.0, Double::sum);
                }
                total += vote;
            }
            for (Map.Entry<String, Integer> e : nationality.entrySet()) {
                double vote = demonymVote * Math.min(4, e.getValue());
                countries.merge(e.getKey(), vote, Double::sum);
                total += vote;
            }
            for (Map.Entry<String, Double> e : home.shares().entrySet()) {
                double vote = HOME_VOTE * e.getValue();
                regions.merge(e.getKey(), vote, Double::sum);
                countries.merge(e.getKey().substring(0, e.getKey().indexOf('.')), vote, Double::sum);
                total += vote;
            }
            return new ArticleFocus(countries, countriesByName, regions, regionsByName, total);
        }

        double countryShare(String country, String nameKey) {
            double own = countriesWithout.getOrDefault(nameKey, Map.of()).getOrDefault(country, 0.0);
            double ownTotal = countriesWithout.getOrDefault(nameKey, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
            double rest = total - ownTotal;
            return rest <= 0 ? 0 : (countries.getOrDefault(country, 0.0) - own) / rest;
        }

        double regionShare(String country, String admin1, String nameKey) {
            String region = country + "." + admin1;
            double own = regionsWithout.getOrDefault(nameKey, Map.of()).getOrDefault(region, 0.0);
            double ownTotal = countriesWithout.getOrDefault(nameKey, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
            double rest = total - ownTotal;
            return rest <= 0 ? 0 : (regions.getOrDefault(region, 0.0) - own) / rest;
        }
    }
}
