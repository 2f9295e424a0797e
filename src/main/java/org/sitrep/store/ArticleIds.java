package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids and text fingerprints: SHA-256 in hex, ids cut to 16 digits. Public so that a run that stores nothing
 * (the Spark job) gives an article the id the store would.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The fingerprint of an article's text: SHA-256 of its UTF-8 bytes, 64 hex digits. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A new id, from the URL when there is one (so a corrected text keeps its id), else from the text. */
    public static String newId(String url, String text) {
        return hash(url != null ? url : text).substring(0, 16);
    }
}
