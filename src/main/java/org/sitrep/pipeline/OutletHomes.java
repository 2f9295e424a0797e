package org.sitrep.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.Article;
import org.sitrep.geo.OutletRegions;
import org.sitrep.store.PlaceStore;

/**
 * The regions each outlet writes about, as the store's places tell them, for placing a new article's ambiguous names.
 * An outlet's answer is kept for {@value #USES} articles, then read again: it changes slowly, and reading it costs a
 * query over the outlet's newest articles. Thread-safe.
 */
final class OutletHomes {
    static final int USES = 50;
    private final PlaceStore places;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(OutletRegions regions, int usesLeft) {
    }

    OutletHomes(PlaceStore places) {
        this.places = places;
    }

    /** The regions the article's outlet writes about, {@link OutletRegions#NONE} when it has no outlet or no history. */
    OutletRegions of(Article article) {
        String outlet = article.outlet();
        if (outlet == null || outlet.isBlank()) {
            return OutletRegions.NONE;
        }
        Kept k = kept.compute(outlet, (o, old) -> old == null || old.usesLeft() <= 0
                ? new Kept(places.outletRegions(o, article.url()), USES)
                : new Kept(old.regions(), old.usesLeft() - 1));
        return k.regions();
    }
}
