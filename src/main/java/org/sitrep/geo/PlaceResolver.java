package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.Place;
import org.sitrep.core.Span;

/**
 * Chooses, for each place name of an article, the place it most likely means. A name's candidates are weighed by
 * their prior (size, kind, how well the name matches) and by the article's context: the countries and regions its
 * other place names and its nationality words point to, a region named just after ("Alexandria, Louisiana"), and
 * the places named in the same paragraph. The choices are made three times, each round in the context of the
 * previous round's choices, so that a name's own first guess does not decide the article's focus alone.
 * Thread-safe.
 */
public final class PlaceResolver {
    private static final int ROUNDS = 3;
    private static final double COUNTRY_WEIGHT = 3.0;
    private static final double REGION_WEIGHT = 1.5;
    private static final double CONTAINED_WEIGHT = 4.0;
    private static final double DEMONYM_VOTE = 0.5;

    private final Gazetteer gazetteer;
    private final PlaceCandidates candidates;
    private final Demonyms demonyms;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.candidates = new PlaceCandidates(gazetteer);
        this.demonyms = Demonyms.shared();
    }

    /**
     * A name resolved: the place chosen ({@code null} when the gazetteer knows none) and how sure the choice is,
     * from 0 to 1 (the chosen candidate's share of the weight of all candidates).
     */
    public record Resolution(Span span, String text, Place place, double confidence) {
    }

    /**
     * Resolves the place names at {@code names} (UTF-16 offsets into {@code text}), in the order given.
     *
     * @throws IllegalArgumentException when a span lies outside the text
     */
    public List<Resolution> resolve(String text, List<Span> names) {
        List<Named> named = new ArrayList<>(names.size());
        for (Span s : names) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("place name span must lie within the text of " + text.length()
                        + " characters; got: [" + s.begin() + ", " + s.end() + ")");
            }
            String surface = s.of(text);
            named.add(new Named(s, surface, PlaceNames.key(surface), candidates.of(surface), paragraphOf(text, s.begin())));
        }
        Map<String, Integer> nationality = demonyms.countriesIn(text);
        markContainers(text, named);
        int[] chosen = new int[named.size()];
        for (int round = 0; round < ROUNDS; round++) {
            ArticleFocus focus = round == 0 ? ArticleFocus.EMPTY : ArticleFocus.of(named, chosen, nationality, DEMONYM_VOTE);
            int[] next = new int[named.size()];
            for (int i = 0; i < named.size(); i++) {
                next[i] = best(named, i, focus, round == 0 ? null : chosen);
            }
            chosen = next;
        }
        ArticleFocus focus = ArticleFocus.of(named, chosen, nationality, DEMONYM_VOTE);
        List<Resolution> out = new ArrayList<>(named.size());
        for (int i = 0; i < named.size(); i++) {
            Named n = named.get(i);
            if (n.candidates.isEmpty() || score(named, i, chosen[i], focus, chosen) == Double.NEGATIVE_INFINITY) {
                out.add(new Resolution(n.span, n.surface, null, 0));
            } else {
                out.add(new Resolution(n.span, n.surface, n.candidates.get(chosen[i]).place(), confidence(named, i, focus, chosen)));
            }
        }
        return out;
    }

    private int best(List<Named> named, int i, ArticleFocus focus, int[] chosen) {
        Named n = named.get(i);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n.candidates.size(); c++) {
            double s = score(named, i, c, focus, chosen);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private double score(List<Named> named, int i, int c, ArticleFocus focus, int[] chosen) {
        Named n = named.get(i);
        PlaceCandidate candidate = n.candidates.get(c);
        Place p = candidate.place();
        double countryShare = focus.countryShare(p.country(), n.key);
        if (candidate.match() == PlaceCandidate.NameMatch.LOOSE && countryShare == 0) {
            return Double.NEGATIVE_INFINITY; // a transliteration is only trusted in a country the article is about
        }
        double s = candidate.prior();
        s += COUNTRY_WEIGHT * countryShare;
        if (!p.isCountry()) {
            s += REGION_WEIGHT * focus.regionShare(p.country(), p.admin1(), n.key);
        }
        if (n.container >= 0 && contains(named.get(n.container), p)) {
            s += CONTAINED_WEIGHT;
        }
        if (chosen != null) {
            s += nearness(named, i, p, chosen);
        }
        return s;
    }

    /** Whether one of the container name's candidates is the country or region {@code p} lies in. */
    private static boolean contains(Named container, Place p) {
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

    /** Places of the same paragraph lie near each other: a bonus for candidates near the paragraph's other choices. */
    private static double nearness(List<Named> named, int i, Place p, int[] chosen) {
        if (p.isCountry()) {
            return 0;
        }
        Named n = named.get(i);
        double bonus = 0;
        for (int j = 0; j < named.size(); j++) {
            Named other = named.get(j);
            if (j == i || other.paragraph != n.paragraph || other.candidates.isEmpty() || other.key.equals(n.key)) {
                continue;
            }
            Place q = other.candidates.get(chosen[j]).place();
            if (q.isCountry()) {
                continue;
            }
            double km = p.kilometresTo(q);
            bonus = Math.max(bonus, km < 50 ? 0.8 : km < 250 ? 0.4 : 0);
        }
        return bonus;
    }

    private double confidence(List<Named> named, int i, ArticleFocus focus, int[] chosen) {
        Named n = named.get(i);
        double top = score(named, i, chosen[i], focus, chosen);
        double sum = 0;
        for (int c = 0; c < n.candidates.size(); c++) {
            double s = score(named, i, c, focus, chosen);
            sum += s == Double.NEGATIVE_INFINITY ? 0 : Math.exp(s - top);
        }
        return 1 / sum;
    }

    /** "Alexandria, Louisiana", "Nubl (Aleppo)": the second name says where the first one lies. */
    private static void markContainers(String text, List<Named> named) {
        for (int i = 0; i + 1 < named.size(); i++) {
            Named a = named.get(i);
            Named b = named.get(i + 1);
            if (b.span.begin() < a.span.end()) {
                continue;
            }
            String between = text.substring(a.span.end(), b.span.begin()).strip();
            if (between.equals(",") || between.equals("(") || between.equals("in")) {
                a.container = i + 1;
            }
        }
    }

    private static int paragraphOf(String text, int offset) {
        int paragraph = 0;
        int at = text.indexOf("\n\n");
        while (at >= 0 && at < offset) {
            paragraph++;
            at = text.indexOf("\n\n", at + 2);
        }
        return paragraph;
    }

    /** A place name being resolved. */
    static final class Named {
        final Span span;
        final String surface;
        final String key;
        final List<PlaceCandidate> candidates;
        final int paragraph;
        int container = -1;

        Named(Span span, String surface, String key, List<PlaceCandidate> candidates, int paragraph) {
            this.span = span;
            this.surface = surface;
            this.key = key;
            this.candidates = candidates;
            this.paragraph = paragraph;
        }
    }

    /**
     * Where the article's place names point: votes per country and per region from each distinct name's current
     * choice and from nationality words. A name's own votes are left out when it is weighed, so that a name cannot
     * pull itself towards its first guess.
     */
    record ArticleFocus(Map<String, Double> countries, Map<String, Map<String, Double>> countriesWithout,
                        Map<String, Double> regions, Map<String, Map<String, Double>> regionsWithout, double total) {
        static final ArticleFocus EMPTY = new ArticleFocus(Map.of(), Map.of(), Map.of(), Map.of(), 0);

        static ArticleFocus of(List<Named> named, int[] chosen, Map<String, Integer> nationality, double demonymVote) {
            Map<String, Double> countries = new HashMap<>();
            Map<String, Double> regions = new HashMap<>();
            Map<String, Map<String, Double>> countriesByName = new HashMap<>();
            Map<String, Map<String, Double>> regionsByName = new HashMap<>();
            double total = 0;
            for (int i = 0; i < named.size(); i++) {
                Named n = named.get(i);
                if (n.candidates.isEmpty() || countriesByName.containsKey(n.key)) {
                    continue;
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
