package org.sitrep.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Place;
import org.sitrep.learn.LinearClassifier;

/**
 * Chooses among a place name's candidates with a logistic regression that learned, from the dev halves of LGL and
 * GeoWebNews, how likely a candidate with those facts ({@link CandidateFacts}: size, kind, name match, the hand
 * score and rank, the article's countries and regions, distances to the other names' places) is the place meant.
 * The likeliest candidate is chosen when it beats the rules' choice by more than {@link #MARGIN_IN_USE}.
 * Trained by {@code sitrep train places}; thread-safe; the shipped model loads once per process.
 */
public final class PlaceRanker {
    /** The label of candidates that are the place meant. */
    public static final String RIGHT = "right";
    /** The label of the others. */
    public static final String WRONG = "wrong";
    /**
     * How much likelier than the rules' choice another candidate must be to replace it. 5-fold cross-validation on
     * the dev halves (`sitrep train places`) was best at 0 (LGL 0.888, GeoWebNews 0.880 within 161 km; 0.885 and
     * 0.877 at 0.2; the rules 0.883 and 0.876).
     */
    public static final double MARGIN_IN_USE = Double.parseDouble(System.getProperty("sitrep.geo.margin", "0"));
    /** Candidates beyond this rank by the rules' score are not weighed: the rules rarely put the right one so low. */
    public static final int RANKED = Integer.getInteger("sitrep.geo.ranked", 12);
    /**
     * Nor are candidates whose rules' score trails the rules' choice by this much or more: weighing only the close
     * ones was as good in cross-validation (LGL 0.888 against 0.884 weighing all twelve, GeoWebNews 0.880 against
     * 0.866) and costs less.
     */
    static final double GAP = Double.parseDouble(System.getProperty("sitrep.geo.gap", "2"));
    static final String RESOURCE = "/org/sitrep/geo/place-model.tribuo";

    private static final class Bundled {
        static final PlaceRanker MODEL = load();

        private static PlaceRanker load() {
            InputStream in = PlaceRanker.class.getResourceAsStream(RESOURCE);
            return in == null ? null : new PlaceRanker(LinearClassifier.load(in, RESOURCE));
        }
    }

    private final LinearClassifier model;

    public PlaceRanker(LinearClassifier model) {
        this.model = model;
    }

    /** The model that ships with Sitrep, loaded on first use; {@code null} when none ships (the rules decide). */
    public static PlaceRanker bundled() {
        return Bundled.MODEL;
    }

    /** The probability that the candidate is the place meant, 0 to 1. */
    public double probability(List<String> features) {
        return model.probability(features, RIGHT);
    }

    /**
     * The candidate to choose among {@code facts} (one name's candidates, those the rules rule out included): the
     * likeliest by the model when it beats the rules' choice {@code hand} by more than {@code margin}, else
     * {@code hand}. {@code probabilities} receives each weighed candidate's probability (0 for those not weighed).
     */
    int choose(List<CandidateFacts> facts, int hand, double margin, double[] probabilities) {
        int best = hand;
        for (int c = 0; c < facts.size(); c++) {
            CandidateFacts f = facts.get(c);
            probabilities[c] = weighs(f) ? probability(features(f, facts.get(hand))) : 0;
        }
        for (int c = 0; c < facts.size(); c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return probabilities[best] - probabilities[hand] > margin ? best : hand;
    }

    /** Whether the ranker weighs this candidate: one the rules rank high enough and do not rule out. */
    public static boolean weighs(CandidateFacts f) {
        return f.handRank() < RANKED && f.handGap() < GAP && f.handScore() != Double.NEGATIVE_INFINITY;
    }

    /**
     * The features of one candidate: its facts in bands, a few pairs of them, and how it compares with the rules'
     * choice {@code rules} (more or fewer of the other names near it, larger or smaller, another country or region).
     */
    public static List<String> features(CandidateFacts f, CandidateFacts rules) {
        List<String> out = new ArrayList<>(40);
        String kind = kind(f.place().featureCode(), f.place().featureClass());
        String hand = "hand=" + Math.min(f.handRank(), 4);
        String gap = "gap=" + band(f.handGap(), 0.01, 0.5, 1, 2, 4);
        String pop = "pop=" + (int) Math.floor(Math.log10(f.place().population() + 1));
        String country = "country=" + band(f.countryShare(), 0.01, 0.2, 0.5, 0.8) + (f.topCountry() ? "top" : "");
        String region = "region=" + band(f.regionShare(), 0.01, 0.2, 0.5);
        String count = "count=" + band(f.candidates(), 2, 3, 6, 11, 25);
        String chosen = "chosenkm=" + km(f.nearestChosenKm());
        String sure = "surekm=" + km(f.nearestSureKm());
        out.add(hand);
        out.add(gap);
        out.add("prior=" + Math.min(f.priorRank(), 4));
        out.add("popRank=" + Math.min(f.populationRank(), 4));
        out.add(pop);
        out.add("kind=" + kind);
        out.add("match=" + f.match());
        out.add(country);
        out.add(region);
        out.add(count);
        out.add(chosen);
        out.add(sure);
        out.add("support=" + band(f.support(), 0.01, 0.5, 1, 1.5, 2.3));
        out.add("sameRegion=" + Math.min(f.sameRegionChosen(), 3));
        out.add("nationality=" + Math.min(f.nationality(), 3));
        String near = "near50=" + Math.min(f.othersWithin50Km(), 3);
        String holding = "holding=" + Math.min(f.othersHolding(), 2);
        out.add(near);
        out.add("near200=" + Math.min(f.othersWithin200Km(), 4));
        out.add(holding);
        out.add(near + "&" + holding);
        out.add(near + "&" + hand);
        out.add(holding + "&" + kind);
        if (f != rules) {
            Place h = rules.place();
            String near50 = "vs.near50=" + Integer.signum(f.othersWithin50Km() - rules.othersWithin50Km());
            String near200 = "vs.near200=" + Integer.signum(f.othersWithin200Km() - rules.othersWithin200Km());
            String holds = "vs.holding=" + Integer.signum(f.othersHolding() - rules.othersHolding());
            String popVs = "vs.pop=" + band(Math.log10(f.place().population() + 1) - Math.log10(h.population() + 1), -2, -1, -0.3, 0.3, 1, 2);
            String where = "vs.where=" + (f.place().country().equals(h.country()) ? f.place().admin1().equals(h.admin1()) ? "region" : "country" : "abroad");
            String kinds = "vs.kind=" + kind + ">" + kind(h.featureCode(), h.featureClass());
            out.add(near50);
            out.add(near200);
            out.add(holds);
            out.add(popVs);
            out.add(where);
            out.add(kinds);
            out.add("vs.km=" + km(f.place().kilometresTo(h)));
            out.add(near50 + "&" + near200 + "&" + holds);
            out.add(popVs + "&" + where);
            out.add(near50 + "&" + gap);
            out.add(holds + "&" + gap);
            out.add(popVs + "&" + gap);
            out.add(where + "&" + "vs.region=" + Integer.signum(Double.compare(f.regionShare(), rules.regionShare())));
            out.add(where + "&" + "vs.country=" + Integer.signum(Double.compare(f.countryShare(), rules.countryShare())));
        } else {
            out.add("vs.self");
        }
        if (f.contained()) {
            out.add("contained");
        }
        if (PlaceSources.isSupplement(f.place())) {
            out.add("supplement");
        }
        if (f.nameIsUpperCase()) {
            out.add("upper&" + kind);
        }
        out.add(kind + "&" + country);
        out.add(kind + "&" + region);
        out.add(kind + "&" + pop);
        out.add(kind + "&" + f.match());
        out.add(kind + "&" + hand);
        out.add(hand + "&" + gap);
        out.add(hand + "&" + count);
        out.add(pop + "&" + country);
        out.add(pop + "&" + chosen);
        out.add(country + "&" + region);
        out.add(chosen + "&" + sure);
        out.add(kind + "&" + chosen);
        return out;
    }

    /** Kinds of place that are named differently often. */
    private static String kind(String code, char featureClass) {
        if (code.startsWith("PCL") || code.equals("TERR") || code.equals("CONT")) {
            return "country";
        }
        return switch (code) {
            case "ADM1", "ADM1H" -> "adm1";
            case "ADM2", "ADM2H" -> "adm2";
            case "PPLC" -> "capital";
            case "PPLA" -> "seat1";
            case "PPLA2" -> "seat2";
            case "PPLA3", "PPLA4", "PPLA5" -> "seat3";
            case "PPL", "PPLL", "PPLF" -> "town";
            case "PPLX" -> "section";
            default -> featureClass == 'P' ? "otherP" : featureClass == 'A' ? "otherA" : "class" + featureClass;
        };
    }

    private static String km(double km) {
        return Double.isNaN(km) ? "none" : band(km, 1, 25, 100, 300, 1000, 3000);
    }

    /** The index of the first limit {@code x} is below, or the number of limits. */
    private static String band(double x, double... limits) {
        for (int i = 0; i < limits.length; i++) {
            if (x < limits[i]) {
                return Integer.toString(i);
            }
        }
        return Integer.toString(limits.length);
    }
}
