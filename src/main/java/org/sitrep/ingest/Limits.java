package org.sitrep.ingest;

/** Size limits on inputs, in bytes. */
public record Limits(long maxDocumentBytes) {
    /** 20 MB per document: larger "articles" are archives or data dumps, not news. */
    public static final Limits DEFAULT = new Limits(20L * 1024 * 1024);

    /** The limit in words: "20 MB", or bytes when under a megabyte. */
    public String describe() {
        long mb = 1024L * 1024;
        return maxDocumentBytes % mb == 0 ? maxDocumentBytes / mb + " MB" : maxDocumentBytes + " bytes";
    }

    public Limits {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be > 0; got: " + maxDocumentBytes);
        }
    }
}
