package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.GreatCircle;
import org.sitrep.core.Place;
import org.sitrep.core.Span;
import org.sitrep.geo.PlaceResolver;

/**
 * Place resolution given the gold place names: for each gold toponym with coordinates, is the place chosen the
 * gold's GeoNames place, and how far is it from the gold's coordinates. Names the gazetteer lacks are placed at the
 * article's main place, as {@code sitrep geocode} places them. A name left unresolved counts as wrong and,
 * for the distance figures, as 20,039 km (half the Earth's circumference), as in Gritta et al.'s guide.
 */
public final class GeoEvaluation {
    static final double MISS_KM = 20039;
    private final PlaceResolver resolver;
    private final Consumer<Figure> out;

    public GeoEvaluation(PlaceResolver resolver, Consumer<Figure> out) {
        this.resolver = resolver;
        this.out = out;
    }

    /** Scores one corpus and prints its figures, each name prefixed with {@code name}. */
    public void resolution(String name, List<GeoCorpus.GeoDocument> docs) {
        List<Double> errors = new ArrayList<>();
        int withId = 0;
        int exact = 0;
        for (GeoCorpus.GeoDocument d : docs) {
            List<GeoCorpus.Toponym> gold = d.toponyms().stream().filter(GeoCorpus.Toponym::hasCoordinates).toList();
            List<Span> spans = gold.stream().map(GeoCorpus.Toponym::span).toList();
            List<PlaceResolver.Resolution> got = resolver.resolveGiven(d.text(), spans);
            for (int i = 0; i < gold.size(); i++) {
                GeoCorpus.Toponym g = gold.get(i);
                Place p = got.get(i).place();
                errors.add(p == null ? MISS_KM : GreatCircle.kilometres(g.lat(), g.lon(), p.lat(), p.lon()));
                if (g.geonameId() != null) {
                    withId++;
                    if (p != null && g.geonameId() == p.id()) {
                        exact++;
                    }
                }
            }
        }
        double[] km = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.accept(new Figure(name + " toponyms", km.length));
        out.accept(new Figure(name + " accuracy@161km", share(km, 161)));
        out.accept(new Figure(name + " exact geonameid", withId == 0 ? 0 : (double) exact / withId));
        out.accept(new Figure(name + " median error km", km.length == 0 ? 0 : km[km.length / 2]));
        out.accept(new Figure(name + " mean error km", Arrays.stream(km).average().orElse(0)));
    }

    private static double share(double[] sorted, double limit) {
        int n = 0;
        for (double d : sorted) {
            if (d <= limit) {
                n++;
            }
        }
        return sorted.length == 0 ? 0 : (double) n / sorted.length;
    }
}
