package org.sitrep.ingest;

import java.util.List;

/**
 * One CSV row as read: the line it starts on (from 1), its length in characters, and its fields; no fields when the
 * row is longer than the limit, since a row over the limit is reported, never kept.
 */
record CsvRow(long line, long chars, boolean overLimit, List<String> fields) {
    CsvRow {
        fields = List.copyOf(fields);
    }

    /** Whether the row is blank: one empty or white-space field. */
    boolean blank() {
        return !overLimit && fields.size() == 1 && fields.get(0).isBlank();
    }
}
