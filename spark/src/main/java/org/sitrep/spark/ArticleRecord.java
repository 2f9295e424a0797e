package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;
import org.sitrep.store.IncidentGrouping;

/**
 * One article out of the pipeline, ready for the cross-article steps.
 *
 * @param order     its page's place in the input ({@link PageRecord#order})
 * @param since     the place in the input of the first page at its address: where the store first held it
 * @param id        the id the store gives it: that of the first article it replaces, else its own
 * @param address   its address as the store compares addresses, {@code null} when it has none
 * @param textHash  the fingerprint by which the store finds the same text under another address
 * @param body      the fingerprint by which the store finds the same body under another address, {@code null} when
 *                  the body is too short to tell
 * @param month     its publication month, "YYYY-MM", or "unknown"
 * @param tokens    how many tokens the pipeline read
 * @param json      the article in the export's shape, as the store gives it back, without incident ids
 * @param entities  the names the article gives its entities, one per entity
 * @param reports   its events as the incident rule sees them, in the order of the export's {@code events}
 */
record ArticleRecord(long order, long since, String id, String address, String textHash, String body, String month, int tokens, String json,
                     List<EntityName> entities, List<IncidentGrouping.Report> reports) implements Serializable {
    ArticleRecord {
        entities = List.copyOf(entities);
        reports = List.copyOf(reports);
    }

    /**
     * Of two articles at one address, the one the store keeps: the later, under the earlier's id, as saving the later
     * one replaces the earlier and keeps its id.
     */
    static ArticleRecord kept(ArticleRecord a, ArticleRecord b) {
        ArticleRecord earlier = a.order <= b.order ? a : b;
        ArticleRecord later = earlier == a ? b : a;
        return new ArticleRecord(later.order, Math.min(a.since, b.since), earlier.id, later.address, later.textHash,
                later.body, later.month, later.tokens, later.json, later.entities, later.reports);
    }

    ArticleRecord withId(String value) {
        return new ArticleRecord(order, since, value, address, textHash, body, month, tokens, json, entities, reports);
    }

    /** The key under which the store looks for an article this one copies or replaces: its body, else its text. */
    String copyKey() {
        return body != null ? "body " + body : "text " + textHash;
    }
}
