package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.PublicationDates;
import org.sitrep.core.RawPage;

/**
 * Reads articles from a CSV file with a header row (RFC 4180 quoting; fields may span lines). Columns are
 * recognised by name: {@code title|article_title}, {@code text|content|body|article_content},
 * {@code date|published}, {@code source|outlet}, {@code url}. A malformed row is one problem naming the file
 * and line; the rows after it are read all the same.
 */
final class CsvArticleReader {
    private static final Map<String, Column> COLUMN_NAMES = Map.ofEntries(
            Map.entry("title", Column.TITLE), Map.entry("article_title", Column.TITLE),
            Map.entry("text", Column.TEXT), Map.entry("content", Column.TEXT), Map.entry("body", Column.TEXT),
            Map.entry("article_content", Column.TEXT),
            Map.entry("date", Column.DATE), Map.entry("published", Column.DATE),
            Map.entry("source", Column.OUTLET), Map.entry("outlet", Column.OUTLET),
            Map.entry("url", Column.URL));

    private enum Column { TITLE, TEXT, DATE, OUTLET, URL }

    private final Limits limits;

    CsvArticleReader(Limits limits) {
        this.limits = limits;
    }

    void read(String origin, InputStream in, InputSink sink) throws IOException {
        LineDecoder lines = new LineDecoder(in, limits.maxDocumentBytes());
        CsvRecords records = new CsvRecords(lines, limits.maxDocumentBytes());
        List<String> header;
        try {
            header = records.next();
        } catch (CsvRecords.MalformedRecordException e) {
            sink.problem(new InputException(origin, "malformed header row: " + e.getMessage()));
            return;
        }
        if (header == null) {
            sink.problem(new InputException(origin, "empty file"));
            return;
        }
        Map<Column, Integer> columns = columns(header);
        if (!columns.containsKey(Column.TEXT)) {
            sink.problem(new InputException(origin, "no text column in the header (expected one of text, content, body, article_content); found: " + header));
            return;
        }
        while (true) {
            List<String> fields;
            int line = lines.lineNumber() + 1;
            try {
                fields = records.next();
            } catch (CsvRecords.MalformedRecordException e) {
                sink.problem(new InputException(origin + " line " + line, e.getMessage()));
                continue;
            }
            if (fields == null) {
                return;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            String rowOrigin = origin + " line " + line;
            if (fields.size() != header.size()) {
                sink.problem(new InputException(rowOrigin, "malformed row: " + fields.size() + " fields, the header has " + header.size()));
                continue;
            }
            row(rowOrigin, fields, columns, sink);
        }
    }

    private void row(String origin, List<String> fields, Map<Column, Integer> columns, InputSink sink) {
        String text = field(fields, columns, Column.TEXT);
        if (text == null || text.isBlank()) {
            sink.problem(new InputException(origin, "empty text"));
            return;
        }
        // An unreadable date leaves the article undated rather than rejected: the text is what matters.
        LocalDate published = PublicationDates.parse(field(fields, columns, Column.DATE)).orElse(null);
        Hints hints = new Hints(blankToNull(field(fields, columns, Column.TITLE)), published,
                blankToNull(field(fields, columns, Column.OUTLET)), blankToNull(field(fields, columns, Column.URL)));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            sink.page(new RawPage(origin, FileSource.checkedDocument(origin, bytes), ContentType.BODY_TEXT,
                    "UTF-8", Instant.now(), hints));
        } catch (InputException e) {
            sink.problem(e);
        }
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = COLUMN_NAMES.get(header.get(i).trim().toLowerCase(Locale.ROOT));
            if (c != null) {
                columns.putIfAbsent(c, i);
            }
        }
        return columns;
    }

    private static String field(List<String> fields, Map<Column, Integer> columns, Column column) {
        Integer i = columns.get(column);
        return i == null ? null : fields.get(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
