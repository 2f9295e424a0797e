package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitrep.core.GreatCircle;
import org.sitrep.core.Place;
import org.sitrep.core.Span;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceRanker;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.learn.Labelled;
import org.sitrep.learn.LinearClassifier;

/**
 * Trains the geo stage's {@link PlaceRanker} on the dev halves of geoparsing corpora ({@link HalfSplit}; the test
 * halves are left for {@code sitrep eval geo} to report): each gold toponym with coordinates whose name has more than
 * one candidate gives one example per candidate the ranker weighs, labelled right when it is the gold's GeoNames
 * place, or, when no candidate is, the candidate nearest the gold point within 161 km. Measured by cross-validation
 * with each article in one fold, against the rules' own choice on the same names.
 */
public final class PlaceTraining {
    /** LIBLINEAR's C: lower regularises more. */
    static final double COST = Double.parseDouble(System.getProperty("sitrep.geo.cost", "0.1"));
    /** Features seen in fewer candidates are left out. */
    private static final int MIN_COUNT = 3;
    private static final double NEAR_KM = 161;

    /**
     * A gold toponym's candidates as the rules weighed them.
     *
     * @param right    per candidate, whether it is the place meant (none right when no candidate lies near the gold)
     * @param handNear whether the rules' own resolution (as {@code sitrep eval geo} scores it) is within 161 km
     */
    record Name(String corpus, String article, PlaceResolver.Weighed weighed, boolean[] right, double lat, double lon,
                boolean handNear) {
        boolean anyRight() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }

        boolean near(int c) {
            Place p = weighed.facts().get(c).place();
            return GreatCircle.kilometres(lat, lon, p.lat(), p.lon()) <= NEAR_KM;
        }
    }

    private final List<Name> names;

    private PlaceTraining(List<Name> names) {
        this.names = names;
    }

    /** Reads the dev half of each corpus and weighs every gold toponym with coordinates by the rules alone. */
    public static PlaceTraining read(List<Path> corpora, Gazetteer gazetteer) throws IOException {
        PlaceResolver rules = new PlaceResolver(gazetteer, null);
        List<Name> out = new ArrayList<>();
        for (Path file : corpora) {
            String corpus = file.getFileName().toString().replaceFirst("\\.xml$", "").toLowerCase(Locale.ROOT);
            for (GeoCorpus.GeoDocument d : HalfSplit.dev(GeoCorpus.read(file), GeoCorpus.GeoDocument::id)) {
                List<GeoCorpus.Toponym> gold = d.toponyms().stream().filter(GeoCorpus.Toponym::hasCoordinates).toList();
                List<Span> spans = gold.stream().map(GeoCorpus.Toponym::span).toList();
                String outlet = org.sitrep.geo.OutletCountry.of(d.domain()).orElse(null);
                List<PlaceResolver.Weighed> weighed = rules.weigh(d.text(), spans, outlet);
                List<PlaceResolver.Resolution> resolved = rules.resolveGiven(d.text(), spans, outlet);
                for (int i = 0; i < gold.size(); i++) {
                    GeoCorpus.Toponym g = gold.get(i);
                    PlaceResolver.Weighed w = weighed.get(i);
                    Place hand = resolved.get(i).place();
                    boolean handNear = hand != null && GreatCircle.kilometres(g.lat(), g.lon(), hand.lat(), hand.lon()) <= NEAR_KM;
                    out.add(new Name(corpus, corpus + "/" + d.id(), w, labels(w, g), g.lat(), g.lon(), handNear));
                }
            }
        }
        return new PlaceTraining(out);
    }

    private static boolean[] labels(PlaceResolver.Weighed w, GeoCorpus.Toponym g) {
        boolean[] right = new boolean[w.facts().size()];
        int nearest = -1;
        double nearestKm = NEAR_KM;
        for (int c = 0; c < right.length; c++) {
            Place p = w.facts().get(c).place();
            if (g.geonameId() != null && p.id() == g.geonameId()) {
                right[c] = true;
                return right;
            }
            double km = GreatCircle.kilometres(g.lat(), g.lon(), p.lat(), p.lon());
            if (km <= nearestKm) {
                nearest = c;
                nearestKm = km;
            }
        }
        if (nearest >= 0) {
            right[nearest] = true;
        }
        return right;
    }

    /** Whether the ranker has a choice to make for this name. */
    private static boolean ranked(Name n) {
        return n.weighed().hand() >= 0 && n.weighed().facts().size() > 1;
    }

    /** Trains on every name read. */
    public LinearClassifier train() {
        return train(names);
    }

    private static LinearClassifier train(List<Name> names) {
        List<Labelled> examples = new ArrayList<>();
        for (Name n : names) {
            if (!ranked(n) || !n.anyRight()) {
                continue;
            }
            for (int c = 0; c < n.right().length; c++) {
                CandidateFactsView f = new CandidateFactsView(n, c);
                if (f.weighed()) {
                    examples.add(new Labelled(f.features(), n.right()[c] ? PlaceRanker.RIGHT : PlaceRanker.WRONG, n.article()));
                }
            }
        }
        return LinearClassifier.train(examples, new LinearClassifier.Settings(COST, MIN_COUNT));
    }

    /** One candidate of a name, as the ranker sees it. */
    private record CandidateFactsView(Name name, int c) {
        boolean weighed() {
            return PlaceRanker.weighs(name.weighed().facts().get(c));
        }

        List<String> features() {
            return PlaceRanker.features(name.weighed().facts().get(c), name.weighed().facts().get(name.weighed().hand()));
        }
    }

    /**
     * Cross-validates over {@code folds} folds (articles kept whole) and prints, per corpus, the share of gold
     * toponyms placed within 161 km by the rules and by the ranker at several margins (names with one candidate or
     * none keep the rules' result), and the most any ranker could get.
     */
    public void crossValidate(int folds, Consumer<Figure> out) {
        double[] margins = {0, 0.05, 0.1, 0.2, 0.3};
        List<String> corpora = names.stream().map(Name::corpus).distinct().toList();
        int[] total = new int[corpora.size()];
        int[] rules = new int[corpora.size()];
        int[] oracle = new int[corpora.size()];
        int[][] ranked = new int[margins.length][corpora.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<Name> train = new ArrayList<>();
            List<Name> test = new ArrayList<>();
            for (Name n : names) {
                (Math.floorMod(n.article().hashCode(), folds) == fold ? test : train).add(n);
            }
            PlaceRanker ranker = new PlaceRanker(train(train));
            for (Name n : test) {
                int k = corpora.indexOf(n.corpus());
                total[k]++;
                rules[k] += n.handNear() ? 1 : 0;
                if (!ranked(n)) {
                    oracle[k] += n.handNear() ? 1 : 0;
                    for (int m = 0; m < margins.length; m++) {
                        ranked[m][k] += n.handNear() ? 1 : 0;
                    }
                    continue;
                }
                boolean anyNear = n.handNear();
                double[] p = new double[n.right().length];
                for (int c = 0; c < p.length; c++) {
                    CandidateFactsView f = new CandidateFactsView(n, c);
                    p[c] = f.weighed() ? ranker.probability(f.features()) : 0;
                    anyNear |= f.weighed() && n.near(c);
                }
                oracle[k] += anyNear ? 1 : 0;
                int hand = n.weighed().hand();
                int best = hand;
                for (int c = 0; c < p.length; c++) {
                    best = p[c] > p[best] ? c : best;
                }
                for (int m = 0; m < margins.length; m++) {
                    boolean near = p[best] - p[hand] > margins[m] ? n.near(best) : n.handNear();
                    ranked[m][k] += near ? 1 : 0;
                }
            }
        }
        for (int k = 0; k < corpora.size(); k++) {
            String c = corpora.get(k) + " dev";
            out.accept(new Figure(c + " toponyms", total[k]));
            out.accept(new Figure(c + " within 161 km, most a ranker can get", share(oracle[k], total[k])));
            out.accept(new Figure(folds + "-fold " + c + " accuracy@161km, rules", share(rules[k], total[k])));
            for (int m = 0; m < margins.length; m++) {
                out.accept(new Figure(String.format(Locale.ROOT, "%d-fold %s accuracy@161km, ranker overruling the rules by more than %.2f",
                        folds, c, margins[m]), share(ranked[m][k], total[k])));
            }
        }
    }

    /** How many names were read. */
    public int size() {
        return names.size();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
