package org.sitrep.ingest;

/** Size limits on inputs, in bytes. */
public record Limits(long maxDocumentBytes) {
    /** 20 MB per document: larger "articles" are archives or data dumps, not news. */
    public static final Limits DEFAULT = new Limits(20L * 1024 * 1024);

    public Limits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be > 0; got: " + maxDocumentBytes);
        }
    }
}
