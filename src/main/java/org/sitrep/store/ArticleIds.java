package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids and text fingerprints: SHA-256 in hex, ids cut to 16 digits. */
final class ArticleIds {
    private ArticleIds() {
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A new id, from the URL when there is one (so a corrected text keeps its id), else from the text. */
    static String newId(String url, String text) {
        return hash(url != null ? url : text).substring(0, 16);
    }
}
