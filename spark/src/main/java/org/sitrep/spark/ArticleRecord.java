package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.sitrep.store.IncidentGrouping;

/**
 * One article out of the pipeline, ready for the cross-article steps.
 *
 * @param order     its page's place in the input ({@link PageRecord#order})
 * @param id        the id the store gives it: that of the first article it replaces, else its own
 * @param textHash  the fingerprint by which the store finds the same text under another address
 * @param month     its publication month, "YYYY-MM", or "unknown"
 * @param tokens    how many tokens the pipeline read
 * @param json      the article in the export's shape, as the store gives it back, without incident ids
 * @param entities  the names the article gives its entities, one per entity
 * @param reports   its events as the incident rule sees them, in the order of the export's {@code events}
 */
record ArticleRecord(long order, String id, String url, String textHash, String month, int tokens, String json,
                     List<EntityName> entities, List<IncidentGrouping.Report> reports) implements Serializable {
    ArticleRecord {
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
    }

    /**
     * Of two articles the store takes as one (same address, or same text), the one it keeps: the later, under the
     * earlier's id, as saving the later one replaces the earlier and keeps its id.
     */
    static ArticleRecord kept(ArticleRecord a, ArticleRecord b) {
        ArticleRecord earlier = a.order <= b.order ? a : b;
        ArticleRecord later = earlier == a ? b : a;
        return new ArticleRecord(later.order, earlier.id, later.url, later.textHash, later.month, later.tokens,
                later.json, later.entities, later.reports);
    }
}
