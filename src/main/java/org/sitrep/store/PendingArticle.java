package org.sitrep.store;

import java.util.Optional;
import org.sitrep.core.Article;
import org.sitrep.core.Processed;

/**
 * An article on its way to {@link ArticleStore#saveAll}, with what the save computes from its text alone (the text's
 * hash, the address's key, the body's sketch) worked out already, so that this part runs on the thread that made the
 * article rather than in the one write transaction.
 */
public final class PendingArticle {
    private final Processed processed;
    private final String hash;
    private final Optional<String> key;
    private final String url;
    private final BodySketch body;

    private PendingArticle(Processed processed) {
        Article a = processed.article();
        this.processed = processed;
        this.hash = ArticleIds.hash(a.text());
        this.key = UrlKey.of(a.url());
        this.url = UrlKey.withoutTracking(a.url());
        this.body = BodySketch.of(a.paragraphs());
    }

    /** The article, ready to save; costs about what hashing its text twice does. */
    public static PendingArticle of(Processed processed) {
        return new PendingArticle(processed);
    }

    public Processed processed() {
        return processed;
    }

    String hash() {
        return hash;
    }

    Optional<String> key() {
        return key;
    }

    /** The address as stored (see {@link UrlKey#withoutTracking}). */
    String url() {
        return url;
    }

    BodySketch body() {
        return body;
    }
}
