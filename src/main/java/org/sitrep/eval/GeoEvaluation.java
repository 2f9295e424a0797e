package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.core.GreatCircle;
import org.sitrep.core.Place;
import org.sitrep.core.Span;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceResolver;

/**
 * Place resolution given the gold place names: for each gold toponym with coordinates, is the place chosen the
 * gold's GeoNames place, and how far is it from the gold's coordinates. Names the gazetteer lacks are placed at the
 * article's main place, as {@code sitrep geocode} places them. A name left unresolved counts as wrong and,
 * for the distance figures, as 20,039 km (half the Earth's circumference), as in Gritta et al.'s guide.
 */
public final class GeoEvaluation {
    static final double MISS_KM = 20039;
    /** Characters shown on each side of a name in the dev error lines. */
    private static final int CONTEXT_CHARS = 60;
    private final PlaceResolver resolver;
    private final Gazetteer gazetteer;
    private final Consumer<Figure> out;

    /** @param gazetteer the resolver's gazetteer, asked only to tell a gold place it lacks from one it has */
    public GeoEvaluation(PlaceResolver resolver, Gazetteer gazetteer, Consumer<Figure> out) {
        this.resolver = resolver;
        this.gazetteer = gazetteer;
        this.out = out;
    }

    /**
     * Scores one corpus and prints its figures, each name prefixed with {@code name}: first as {@code sitrep geocode}
     * resolves (each article alone), then with the regions its outlet writes about learned from the outlet's other
     * articles in {@code docs}, as a store that holds them can do.
     */
    public void resolution(String name, List<GeoCorpus.GeoDocument> docs) {
        Score alone = score(docs, java.util.Map.of());
        double[] km = alone.km();
        out.accept(new Figure(name + " toponyms", km.length));
        out.accept(new Figure(name + " accuracy@161km", share(km, 161)));
        out.accept(new Figure(name + " exact geonameid", alone.exactShare()));
        out.accept(new Figure(name + " median error km", km.length == 0 ? 0 : km[km.length / 2]));
        out.accept(new Figure(name + " mean error km", Arrays.stream(km).average().orElse(0)));
        Score withHomes = score(docs, homes(docs));
        out.accept(new Figure(name + " accuracy@161km with outlet regions", share(withHomes.km(), 161)));
        out.accept(new Figure(name + " exact geonameid with outlet regions", withHomes.exactShare()));
    }

    /** Errors in km, sorted, and how many gold places with an id got exactly that id. */
    private record Score(double[] km, int withId, int exact) {
        double exactShare() {
            return withId == 0 ? 0 : (double) exact / withId;
        }
    }

    private Score score(List<GeoCorpus.GeoDocument> docs, java.util.Map<String, org.sitrep.geo.OutletRegions> homes) {
        List<Double> errors = new ArrayList<>();
        int withId = 0;
        int exact = 0;
        for (GeoCorpus.GeoDocument d : docs) {
            List<GeoCorpus.Toponym> gold = d.toponyms().stream().filter(GeoCorpus.Toponym::hasCoordinates).toList();
            List<Span> spans = gold.stream().map(GeoCorpus.Toponym::span).toList();
            List<PlaceResolver.Resolution> got = resolver.resolveGiven(d.text(), spans, outletCountry(d),
                    homes.getOrDefault(d.id(), org.sitrep.geo.OutletRegions.NONE));
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
        return new Score(errors.stream().mapToDouble(Double::doubleValue).sorted().toArray(), withId, exact);
    }

    /**
     * Recognition and resolution together, as Sitrep reads an article: the place names its pipeline finds in each
     * text against the gold toponyms that have coordinates. A found name is right when its span is exactly a gold
     * one; precision, recall and F1 count those, and accuracy@161km is over the names found right. A found name whose
     * span is a gold toponym without coordinates ("Soviet Union" in LGL, a non-literal name in GeoWebNews) counts
     * neither way: the gold calls it a place name but gives no point to score it against. Printed for the
     * whole corpus, then for each half ({@link HalfSplit}), from one reading of each article.
     *
     * @param devLines when not null, given one line per gold name of the dev half that was not found and per name
     *                 found there that is no gold one, each with the words around it
     */
    public void endToEnd(String name, List<GeoCorpus.GeoDocument> docs,
                         java.util.function.Function<String, List<org.sitrep.core.PlaceMention>> locate, Consumer<String> devLines) {
        Recognition all = new Recognition();
        Recognition dev = new Recognition();
        Recognition test = new Recognition();
        for (GeoCorpus.GeoDocument d : docs) {
            boolean isTest = HalfSplit.isTest(d.id());
            Recognition half = isTest ? test : dev;
            java.util.Map<Span, GeoCorpus.Toponym> bySpan = new java.util.LinkedHashMap<>();
            java.util.Set<Span> pointless = new java.util.HashSet<>();
            for (GeoCorpus.Toponym t : d.toponyms()) {
                if (t.hasCoordinates()) {
                    bySpan.put(t.span(), t);
                } else {
                    pointless.add(t.span());
                }
            }
            all.gold += bySpan.size();
            half.gold += bySpan.size();
            for (org.sitrep.core.PlaceMention m : locate.apply(d.text())) {
                if (m.caption() != null || pointless.contains(m.span()) && !bySpan.containsKey(m.span())) {
                    continue;
                }
                GeoCorpus.Toponym t = bySpan.remove(m.span());
                boolean near = t != null && GreatCircle.kilometres(t.lat(), t.lon(), m.place().lat(), m.place().lon()) <= 161;
                all.count(t != null, near);
                half.count(t != null, near);
                if (t == null && !isTest && devLines != null) {
                    devLines.accept(name + " dev end to end not gold doc " + d.id() + " \"" + m.text() + "\" "
                            + SpanContext.around(d.text(), m.span(), CONTEXT_CHARS));
                }
            }
            if (!isTest && devLines != null) {
                bySpan.values().forEach(t -> devLines.accept(name + " dev end to end missed doc " + d.id() + " \"" + t.name() + "\" "
                        + SpanContext.around(d.text(), t.span(), CONTEXT_CHARS)));
            }
        }
        all.print(name, out);
        dev.print(name + " dev", out);
        test.print(name + " test", out);
    }

    /** Counts of gold names, names found, found right (the span of a gold name) and found right within 161 km. */
    private static final class Recognition {
        int gold;
        int found;
        int right;
        int near;

        void count(boolean isRight, boolean isNear) {
            found++;
            right += isRight ? 1 : 0;
            near += isNear ? 1 : 0;
        }

        void print(String name, Consumer<Figure> out) {
            double p = found == 0 ? 0 : (double) right / found;
            double r = gold == 0 ? 0 : (double) right / gold;
            out.accept(new Figure(name + " end to end toponym precision", p));
            out.accept(new Figure(name + " end to end toponym recall", r));
            out.accept(new Figure(name + " end to end toponym F1", p + r == 0 ? 0 : 2 * p * r / (p + r)));
            out.accept(new Figure(name + " end to end accuracy@161km of those found", right == 0 ? 0 : (double) near / right));
        }
    }

    /** Why a name was placed more than 161 km from its gold place. */
    enum ErrorKind {
        /** The gazetteer knows no place by this name; it was placed at the article's main place. */
        NO_CANDIDATE,
        /** None of the name's candidates lies within 161 km of the gold place. */
        GOLD_NOT_A_CANDIDATE,
        /** A candidate was near the gold place, but one in another country was chosen. */
        WRONG_COUNTRY,
        /** The right country, another first-level region. */
        WRONG_ADMIN1,
        /** The right first-level region, still more than 161 km away. */
        RIGHT_ADMIN1_FAR
    }

    /**
     * The cause of a miss, coarser than {@link ErrorKind}: what would have to change for the name to be placed right.
     */
    enum Cause {
        /** The gold place has a GeoNames id the gazetteer lacks, and no place of that name lies near it: data. */
        ABSENT,
        /** The gold place has no GeoNames id (a building, a street, a venue) and no place of that name lies near it. */
        ABSENT_NO_ID,
        /**
         * The gazetteer holds the gold place, but not under this name ("Kurdish" for Kurdistan, "T&amp;T"), or at a
         * point more than 161 km from the gold's (a state's centroid): a recognition or corpus convention.
         */
        CONVENTION,
        /** A candidate lies within 161 km of the gold place and another was chosen: the choice. */
        CHOICE
    }

    private Cause cause(GeoCorpus.Toponym g, Place near) {
        if (near != null) {
            return Cause.CHOICE;
        }
        if (g.geonameId() == null) {
            return Cause.ABSENT_NO_ID;
        }
        return gazetteer.byId(g.geonameId()).isPresent() ? Cause.CONVENTION : Cause.ABSENT;
    }

    /**
     * Prints, for the half one studies, one line per name placed more than 161 km from its gold place (with the
     * gold place, the one chosen and the near candidate it passed over), one line per name within 161 km that is
     * not the gold's GeoNames id (with the gold place as the gazetteer holds it), then how many fall in each
     * {@link ErrorKind}, and how many within 161 km are not the gold's GeoNames id. Names are resolved as for the
     * headline figures, without the outlet's regions.
     */
    public void errors(String name, List<GeoCorpus.GeoDocument> docs, Consumer<String> lines) {
        java.util.Map<ErrorKind, Integer> kinds = new java.util.EnumMap<>(ErrorKind.class);
        java.util.Map<Cause, Integer> causes = new java.util.EnumMap<>(Cause.class);
        int nearNotExact = 0;
        for (GeoCorpus.GeoDocument d : docs) {
            List<GeoCorpus.Toponym> gold = d.toponyms().stream().filter(GeoCorpus.Toponym::hasCoordinates).toList();
            List<PlaceResolver.Resolution> got = resolver.resolveGiven(d.text(), gold.stream().map(GeoCorpus.Toponym::span).toList(),
                    outletCountry(d), org.sitrep.geo.OutletRegions.NONE);
            for (int i = 0; i < gold.size(); i++) {
                GeoCorpus.Toponym g = gold.get(i);
                Place p = got.get(i).place();
                double km = p == null ? MISS_KM : GreatCircle.kilometres(g.lat(), g.lon(), p.lat(), p.lon());
                if (km <= 161) {
                    if (g.geonameId() != null && (p == null || p.id() != g.geonameId())) {
                        nearNotExact++;
                        Place held = gazetteer.byId(g.geonameId()).orElse(null);
                        lines.accept(String.format(java.util.Locale.ROOT, "%s near not exact doc %s \"%s\" gold %s chose %s, %.0f km",
                                name, d.id(), g.name(), held == null ? g.geonameId() + " (not in the gazetteer)" : describe(held), describe(p), km));
                    }
                    continue;
                }
                List<Place> candidates = resolver.candidates(g.name());
                Place near = candidates.stream()
                        .min(java.util.Comparator.comparingDouble(c -> GreatCircle.kilometres(g.lat(), g.lon(), c.lat(), c.lon())))
                        .filter(c -> GreatCircle.kilometres(g.lat(), g.lon(), c.lat(), c.lon()) <= 161).orElse(null);
                ErrorKind kind = candidates.isEmpty() ? ErrorKind.NO_CANDIDATE
                        : near == null ? ErrorKind.GOLD_NOT_A_CANDIDATE
                        : p == null || !near.country().equals(p.country()) ? ErrorKind.WRONG_COUNTRY
                        : !near.admin1().equals(p.admin1()) ? ErrorKind.WRONG_ADMIN1 : ErrorKind.RIGHT_ADMIN1_FAR;
                kinds.merge(kind, 1, Integer::sum);
                Cause cause = cause(g, near);
                causes.merge(cause, 1, Integer::sum);
                lines.accept(String.format(java.util.Locale.ROOT, "%s error %s %s doc %s \"%s\" gold %s (%.2f,%.2f) chose %s, %.0f km; near candidate %s (rank %d of %d)",
                        name, kind, cause, d.id(), g.name(), g.geonameId(), g.lat(), g.lon(), describe(p), km, describe(near),
                        near == null ? -1 : candidates.indexOf(near) + 1, candidates.size()));
            }
        }
        for (ErrorKind k : ErrorKind.values()) {
            out.accept(new Figure(name + " errors " + k.name().toLowerCase(java.util.Locale.ROOT), kinds.getOrDefault(k, 0)));
        }
        for (Cause c : Cause.values()) {
            out.accept(new Figure(name + " misses by cause " + c.name().toLowerCase(java.util.Locale.ROOT), causes.getOrDefault(c, 0)));
        }
        out.accept(new Figure(name + " within 161 km but not the gold id", nearNotExact));
    }

    /**
     * Per article, the regions its outlet writes about, learned from the places resolved (without this) in the
     * outlet's other articles among {@code docs}: never from gold places, never from the article itself.
     */
    private java.util.Map<String, org.sitrep.geo.OutletRegions> homes(List<GeoCorpus.GeoDocument> docs) {
        java.util.Map<String, List<Place>> places = new java.util.HashMap<>();
        java.util.Map<String, List<GeoCorpus.GeoDocument>> byOutlet = new java.util.HashMap<>();
        for (GeoCorpus.GeoDocument d : docs) {
            List<Span> spans = d.toponyms().stream().filter(GeoCorpus.Toponym::hasCoordinates).map(GeoCorpus.Toponym::span).toList();
            places.put(d.id(), resolver.resolve(d.text(), spans, outletCountry(d)).stream().map(PlaceResolver.Resolution::place).toList());
            byOutlet.computeIfAbsent(outletHost(d), k -> new ArrayList<>()).add(d);
        }
        java.util.Map<String, org.sitrep.geo.OutletRegions> out = new java.util.HashMap<>();
        for (GeoCorpus.GeoDocument d : docs) {
            String host = outletHost(d);
            List<List<Place>> others = host.isEmpty() ? List.of() : byOutlet.get(host).stream()
                    .filter(o -> o != d).map(o -> places.get(o.id())).toList();
            out.put(d.id(), org.sitrep.geo.OutletRegions.learn(others));
        }
        return out;
    }

    /** The host name of the article's outlet, without "www."; empty when the corpus gives none. */
    private static String outletHost(GeoCorpus.GeoDocument d) {
        if (d.domain() == null) {
            return "";
        }
        return d.domain().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/:?#].*$", "")
                .replaceFirst("^www\\.", "");
    }

    /** The country of the article's outlet by its domain, when the corpus gives the domain; null otherwise. */
    private static String outletCountry(GeoCorpus.GeoDocument d) {
        return org.sitrep.geo.OutletCountry.of(d.domain()).orElse(null);
    }

    private static String describe(Place p) {
        return p == null ? "none" : p.id() + " " + p.name() + " [" + p.featureCode() + " " + p.country() + "." + p.admin1()
                + " pop " + p.population() + "]";
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
