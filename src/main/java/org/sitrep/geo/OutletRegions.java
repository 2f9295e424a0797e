package org.sitrep.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Place;

/**
 * The first-level regions an outlet writes about, learned from the places of its other articles: a local paper's
 * "Athens" or "Springfield" is the one near home (Lieberman et al. built LGL to show such local lexicons). Keys are
 * {@code country + "." + admin1} ("US.TN"); values the share, 0 to 1, of the outlet's articles that name a place in
 * that region. Immutable.
 */
public record OutletRegions(Map<String, Double> shares) {
    public static final OutletRegions NONE = new OutletRegions(Map.of());
    /**
     * A region named in fewer of the outlet's articles than this share says nothing of its home. LGL dev within
     * 161 km: 0.922 at 0.3, 0.928 at 0.4, 0.926 at 0.5, 0.922 at 0.6.
     */
    static final double MIN_SHARE = 0.4;

    /** @throws IllegalArgumentException when a key is not a country code, a dot and a region code */
    public OutletRegions {
        for (String key : shares.keySet()) {
            if (key.indexOf('.') <= 0 || key.endsWith(".")) {
                throw new IllegalArgumentException("outlet region must be country.admin1 (\"US.TN\"); got: \"" + key + "\"");
            }
        }
        shares = Map.copyOf(shares);
    }

    /**
     * Learns from the places resolved in each of an outlet's articles (one list per article; countries and places
     * without a region are ignored). None when no article names a place in a region. One article is enough to go
     * on: asking for two regions named twice cost LGL dev 0.928 to 0.922 within 161 km, as a local paper's few
     * articles often name only one place, and ambiguously.
     */
    public static OutletRegions learn(List<List<Place>> articles) {
        Map<String, Integer> counts = new HashMap<>();
        int n = 0;
        for (List<Place> places : articles) {
            Set<String> regions = new HashSet<>();
            for (Place p : places) {
                if (p != null && !p.isCountry() && !p.admin1().isEmpty() && p.id() != 0) {
                    regions.add(p.country() + "." + p.admin1());
                }
            }
            if (!regions.isEmpty()) {
                n++;
                regions.forEach(r -> counts.merge(r, 1, Integer::sum));
            }
        }
        if (n == 0) {
            return NONE;
        }
        Map<String, Double> shares = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double share = (double) e.getValue() / n;
            if (share >= MIN_SHARE) {
                shares.put(e.getKey(), share);
            }
        }
        return new OutletRegions(shares);
    }
}
