package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Span;
import org.sitrep.geo.PlaceNames;
import org.sitrep.nlp.ArabicArticles;

/**
 * A place named with the places that hold it: "Bohdanivka, Donetsk", "Isfey at-Tahta town (Hebron, West Bank)",
 * "Pale town (Pale township, Yinmarbin district, Sagaing region)", "Sarajiq village of Al Salam district, Diyala".
 * The names are read together, each inside the next, so that a holder says which of its namesakes a place is; a
 * place the gazetteer holds nowhere inside its holders (a village it lacks, read as a namesake elsewhere) gives way
 * to the finest holder, read as a region where its name is one, since "X, Y" names Y as where X lies.
 */
final class PlaceChains {
    /** Lower-case words inside a place's name: "Isfey at-Tahta", "Santa Cruz de la Sierra", "Khabb wa Ash Shaaf". */
    private static final String PARTICLE = "(?:" + ArabicArticles.ALTERNATION + "|ath|de|do|da|dos|das|del|des|di|du|la|le"
            + "|ech|es|ez|bin|ibn|bani|abu|wa|sur|sous|en)";
    /**
     * A capitalised word. Its letters are taken possessively: whatever follows a word in a name or chain (a space,
     * hyphen, comma, bracket or the end) is none of them, so giving some back could never make a match, only cost
     * the search a retry per letter at every capital of a sentence.
     */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’]|\\.(?=\\p{Lu}))*+";
    private static final String NAME = WORD + "(?:(?:[ -]" + PARTICLE + ")*[ -]" + WORD + ")*";
    /** What a text calls a place or region right after its name: "Pale town", "Kawkareik district". */
    static final String KIND = "(?:town|city|village|township|district|sub-?district|region|state|province"
            + "|governorate|county|countryside|area|locality|municipality|department|oblast|raion|woreda|zone"
            + "|commune|territory|community|neighbou?rhood|camp|suburb|prefecture)";
    private static final Pattern LINKED = Pattern.compile("(" + NAME + ")(?:\\s+(" + KIND + ")\\b)?"
            + "(?:\\s*(?:,|\\()\\s*|(?<=" + KIND + ")\\s+(?:in|of)\\s+(?:the\\s+)?)(?=\\p{Lu})");
    private static final Pattern NAME_AT = Pattern.compile("(" + NAME + ")(?:\\s+(" + KIND + ")\\b)?");
    /** A holder followed by "and Name" ends a list of places, not a place and what holds it: "Homs, Hama and Idlib". */
    private static final Pattern LIST_AFTER = Pattern.compile("\\s*,?\\s*(?:and|or|&)\\s+\\p{Lu}");

    /** How far a town named as a holder may be from the place it holds: it stands for its district. */
    private static final double TOWN_HOLDS_KM = 40;
    private static final int MAX_READINGS = 500;

    private final Function<String, List<Place>> exactly;
    private final Function<String, List<Place>> loosely;

    /**
     * @param exactly the places of a name spelt as the gazetteer spells one of theirs, empty when none
     * @param loosely the places of a name spelt otherwise too ("Kasra"), asked when there are none of those
     */
    PlaceChains(Function<String, List<Place>> exactly, Function<String, List<Place>> loosely) {
        this.exactly = exactly;
        this.loosely = loosely;
    }

    /** One name of a chain, with the kind word after it when there is one ("township"), else {@code null}. */
    private record Link(Span span, String name, String kind) {
    }

    /**
     * The place of the chain of names in {@code sentence} of {@code text} that {@code chosen} is part of, read
     * consistently; empty when {@code chosen} is in no chain or the gazetteer knows none of its names.
     *
     * @param places the places stage's readings, preferred among a name's namesakes
     */
    Optional<PlaceMention> reread(String text, Span sentence, PlaceMention chosen, List<PlaceMention> places) {
        for (List<Link> chain : chains(text, sentence)) {
            if (chain.stream().anyMatch(l -> l.span().overlaps(chosen.span()))) {
                return resolve(chain, places);
            }
        }
        return Optional.empty();
    }

    /**
     * The place of the first chain of names in {@code sentence}, or failing one of the first name called a town,
     * city, village or the like ("in As-Sweida city"), for a sentence the places stage placed nowhere ("in
     * Comayaguela, Francisco Morazan"): a region spelt as the gazetteer spells it, or a place spelt as the text spells
     * it or nearly so ("Bint Jbeil" for Bent Jbaïl), since a name whose letters only loosely match is as often
     * another place; empty when there is none.
     */
    Optional<PlaceMention> first(String text, Span sentence, List<PlaceMention> places) {
        return java.util.stream.Stream.concat(chains(text, sentence).stream(), kindNamed(text, sentence).stream())
                .map(c -> resolve(c, places)).flatMap(Optional::stream)
                .filter(m -> m.place().isRegion() && exactly.apply(m.text()).contains(m.place())
                        || !m.place().isCountry() && PlaceNames.spelledAlike(m.text(), m.place().name()))
                .findFirst();
    }

    /** The names in {@code sentence} with a kind word after them ("Hejneh town"), each as a chain of one. */
    private static List<List<Link>> kindNamed(String text, Span sentence) {
        List<List<Link>> out = new ArrayList<>();
        Matcher m = NAME_AT.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find()) {
            if (m.group(2) != null) {
                out.add(List.of(link(0, m)));
            }
        }
        return out;
    }

    /** The chains of two names or more in {@code sentence}, in text order. */
    static List<List<Link>> chains(String text, Span sentence) {
        List<List<Link>> out = new ArrayList<>();
        String words = text.substring(sentence.begin(), sentence.end());
        Matcher m = LINKED.matcher(words);
        int from = 0;
        while (from < words.length() && m.find(from)) {
            List<Link> chain = new ArrayList<>();
            chain.add(link(sentence.begin(), m));
            int at = m.end();
            while (true) {
                Matcher next = LINKED.matcher(words).region(at, words.length());
                if (next.lookingAt()) {
                    chain.add(link(sentence.begin(), next));
                    at = next.end();
                    continue;
                }
                Matcher last = NAME_AT.matcher(words).region(at, words.length());
                if (last.lookingAt()) {
                    chain.add(link(sentence.begin(), last));
                    at = last.end();
                    if (LIST_AFTER.matcher(words).region(at, words.length()).lookingAt()) {
                        chain.clear();
                    }
                }
                break;
            }
            List<Link> merged = merged(chain);
            if (merged.size() >= 2) {
                out.add(merged);
            }
            from = Math.max(at, m.end());
        }
        return out;
    }

    private static Link link(int offset, Matcher m) {
        return new Link(new Span(offset + m.start(1), offset + m.end(1)), m.group(1), m.group(2));
    }

    /** "Pale town (Pale township": the same name twice in a row is one place. */
    private static List<Link> merged(List<Link> chain) {
        List<Link> out = new ArrayList<>();
        for (Link l : chain) {
            if (out.isEmpty() || !out.get(out.size() - 1).name().equalsIgnoreCase(l.name())) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Reads the chain's names together (the best reading of each, given its neighbours: a pair one inside the other
     * counts most, then a holder read as a region, then the places stage's reading, then population) and returns
     * the first name, from the finest, that its holder holds, or the coarsest name when none is held.
     */
    private Optional<PlaceMention> resolve(List<Link> chain, List<PlaceMention> places) {
        List<Link> links = new ArrayList<>();
        List<List<Reading>> readings = new ArrayList<>();
        for (Link link : chain) {
            List<Reading> r = readings(link);
            if (!r.isEmpty()) {
                links.add(link);
                readings.add(r);
            }
        }
        if (links.isEmpty()) {
            return Optional.empty();
        }
        // A chain whose finest name the gazetteer lacks ("Pivnichne, Donetsk") begins at a holder.
        boolean firstRead = links.get(0) == chain.get(0);
        return finestHeld(links, bestPath(links, readings, firstRead, places));
    }

    /** The readings of {@code links} that score best together, by dynamic programming along the chain. */
    private static Place[] bestPath(List<Link> links, List<List<Reading>> readings, boolean firstRead,
                                    List<PlaceMention> places) {
        int n = links.size();
        double[][] score = new double[n][];
        int[][] back = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Reading> r = readings.get(i);
            score[i] = new double[r.size()];
            back[i] = new int[r.size()];
            for (int c = 0; c < r.size(); c++) {
                double prior = prior(r.get(c), links.get(i), i > 0 || !firstRead, places);
                if (i == 0) {
                    score[i][c] = prior;
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < readings.get(i - 1).size(); p++) {
                    boolean held = related(readings.get(i - 1).get(p).place(), r.get(c).place(), links.get(i).kind());
                    double s = score[i - 1][p] + (held ? 1 : 0);
                    if (s > best) {
                        best = s;
                        back[i][c] = p;
                    }
                }
                score[i][c] = best + prior;
            }
        }
        Place[] path = new Place[n];
        int c = argmax(score[n - 1]);
        for (int i = n - 1; i >= 0; i--) {
            path[i] = readings.get(i).get(c).place();
            c = back[i][c];
        }
        return path;
    }

    /** The finest name of the chain read as {@code path} that the next coarser one holds, else the coarsest. */
    private static Optional<PlaceMention> finestHeld(List<Link> links, Place[] path) {
        int n = path.length;
        // A name held by neither neighbour between two that hold each other is left out ("Imilchil (Midelt,
        // Draa-Tafilalet)" with Midelt coded in another region): the finer name is then checked against the coarser.
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean interior = i > 0 && i < n - 1;
            if (!interior || related(path[i - 1], path[i], links.get(i).kind())
                    || related(path[i], path[i + 1], links.get(i + 1).kind())) {
                kept.add(i);
            }
        }
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            if (k == kept.size() - 1 || related(path[i], path[kept.get(k + 1)], links.get(kept.get(k + 1)).kind())) {
                Link l = links.get(i);
                return Optional.of(new PlaceMention(l.span(), l.name(), path[i], PlaceRole.SETTING,
                        UnplacedNames.CONFIDENCE));
            }
        }
        return Optional.empty();
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * How likely a reading is before its neighbours are looked at: spelt as the text spells it (0.6; a name spelt
     * otherwise is taken only where a neighbour holds it), a holder is a region more often than a town (0.5), the
     * places stage read the name so (0.3), a populous place is more often meant (up to 0.1).
     */
    private static double prior(Reading r, Link l, boolean holder, List<PlaceMention> places) {
        Place p = r.place();
        double s = r.exact() ? 0.6 : 0;
        if (holder && (p.isRegion() || p.isCountry())) {
            s += 0.5;
        }
        if (places.stream().anyMatch(m -> m.caption() == null && m.span().overlaps(l.span()) && m.place().id() == p.id())) {
            s += 0.3;
        }
        return s + 0.1 * Math.min(1, Math.log10(p.population() + 10) / 7);
    }

    /**
     * The towns and regions a name may be, its kind word tried as part of it too ("Kawkareik District"): regions,
     * then towns from the most populous; those spelt as the gazetteer spells them first, then those spelt otherwise
     * ("Kasra" for Al Kasrah), which {@link #prior} trusts less.
     */
    private List<Reading> readings(Link l) {
        if (l.kind() != null && TOWN_KIND.matcher(l.kind()).matches()) {
            // "Shimoga city": a name called a town is no region of the same name
            return readingsOf(l).stream().filter(r -> r.place().featureClass() == 'P').toList();
        }
        return readingsOf(l);
    }

    private static final Pattern TOWN_KIND = Pattern.compile("town|city|village");

    private List<Reading> readingsOf(Link l) {
        List<String> names = new ArrayList<>(List.of(l.name()));
        if (l.kind() != null) {
            names.add(l.name() + " " + Character.toUpperCase(l.kind().charAt(0)) + l.kind().substring(1));
        }
        Map<Long, Reading> out = new LinkedHashMap<>();
        readings(names, exactly).forEach(p -> out.putIfAbsent(p.id(), new Reading(p, true)));
        readings(names, loosely).forEach(p -> out.putIfAbsent(p.id(), new Reading(p, false)));
        return new ArrayList<>(out.values());
    }

    /** A place a name may be, and whether the gazetteer spells one of its names as the text does. */
    private record Reading(Place place, boolean exact) {
    }

    private static List<Place> readings(List<String> names, Function<String, List<Place>> gazetteer) {
        Map<Long, Place> out = new LinkedHashMap<>();
        for (String name : names) {
            for (Place p : gazetteer.apply(name)) {
                if (p.featureClass() == 'P' || p.isRegion() || p.isCountry()) {
                    out.putIfAbsent(p.id(), p);
                }
            }
        }
        return out.values().stream().sorted(Comparator.comparing((Place p) -> p.featureClass() == 'P')
                        .thenComparing(Comparator.comparingLong(Place::population).reversed()))
                .limit(MAX_READINGS).toList();
    }

    /**
     * Whether one of {@code a} and {@code b} holds the other (a place does not hold itself: "Kiambu town (Kiambu
     * Town, Kiambu)" read as one namesake thrice says nothing); {@code kind} is what the
     * text calls {@code b}, the coarser, or {@code null}: a town called a governorate or countryside ("Al Hasakeh
     * countryside") stands for its region.
     */
    static boolean related(Place a, Place b, String kind) {
        if (holds(a, b) || holds(b, a)) {
            return true;
        }
        return kind != null && REGION_KIND.matcher(kind).matches() && b.featureClass() == 'P' && !a.isRegion()
                && !a.isCountry() && a.country().equals(b.country()) && !b.admin1().isEmpty()
                && a.admin1().equals(b.admin1());
    }

    private static final Pattern REGION_KIND = Pattern.compile("countryside|region|state|province|governorate|county"
            + "|oblast|department|prefecture|territory");

    /** Whether {@code holder} holds {@code p}: by GeoNames admin codes, or for a town by distance. */
    static boolean holds(Place holder, Place p) {
        if (holder.id() == p.id() || !holder.country().equals(p.country())) {
            return false;
        }
        if (holder.isCountry()) {
            return true;
        }
        if (p.isCountry()) {
            return false;
        }
        if (holder.featureCode().equals("ADM1")) {
            return !holder.admin1().isEmpty() && holder.admin1().equals(p.admin1()) && !p.featureCode().equals("ADM1");
        }
        if (holder.featureCode().equals("ADM2")) {
            return !holder.admin2().isEmpty() && holder.admin1().equals(p.admin1()) && holder.admin2().equals(p.admin2())
                    && !p.isRegion();
        }
        return holder.featureClass() == 'P' && p.featureClass() == 'P' && holder.kilometresTo(p) <= TOWN_HOLDS_KM;
    }
}
