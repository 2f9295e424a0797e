package org.sitrep.store;

import java.util.List;
import java.util.Optional;

/**
 * The keys by which the store tells that two pages are one article, for a run that stores nothing (the Spark job),
 * so that it keeps the articles the store would keep.
 */
public final class ArticleKeys {
    private ArticleKeys() {
    }

    /** The address as the store compares addresses ({@link UrlKey}); empty when {@code url} is null or not http(s). */
    public static Optional<String> address(String url) {
        return UrlKey.of(url);
    }

    /**
     * The fingerprint of the body (paragraphs, whitespace and case aside) by which the store finds a word-for-word
     * copy under another address; empty when the body is too short to tell ({@link BodySketch#MIN_WORDS} words).
     */
    public static Optional<String> body(List<String> paragraphs) {
        BodySketch body = BodySketch.of(paragraphs);
        return body.distinctive() ? Optional.of(body.hash()) : Optional.empty();
    }
}
