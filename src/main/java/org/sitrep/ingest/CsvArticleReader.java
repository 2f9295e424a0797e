package org.sitrep.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.PublicationDates;
import org.sitrep.core.RawPage;
import org.sitrep.core.SourceField;

/**
 * Reads articles from a CSV file with a header row (RFC 4180 quoting; fields may span lines). Columns are
 * recognised by name: {@code title|article_title}, {@code text|content|body|article_content},
 * {@code date|published}, {@code source|outlet}, {@code url}. A malformed row, or one longer than the document limit,
 * is one problem naming the file and line; the rows after it are read all the same. FastCSV parses; a row's memory is
 * bounded by the limit whatever its length.
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
        try (CsvReader<CsvRow> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .allowUnclosedQuote(false)
                .maxBufferSize(maxBufferChars())
                .build(new BoundedRows(limits.maxDocumentBytes()), new LineDecodingReader(in, limits.maxDocumentBytes()))) {
            Iterator<CsvRow> rows = csv.iterator();
            CsvRow header = next(origin, rows, sink);
            if (header == null) {
                return;
            }
            if (header.overLimit()) {
                sink.problem(new InputException(origin, "header row " + overLimit(header)));
                return;
            }
            Map<Column, Integer> columns = columns(header.fields());
            if (!columns.containsKey(Column.TEXT)) {
                sink.problem(new InputException(origin, "no text column in the header (expected one of text, content, body, article_content); found: " + header.fields()));
                return;
            }
            for (CsvRow fields = next(origin, rows, sink); fields != null; fields = next(origin, rows, sink)) {
                String rowOrigin = origin + " line " + fields.line();
                if (fields.overLimit()) {
                    sink.problem(new InputException(rowOrigin, "row " + overLimit(fields)));
                } else if (fields.fields().size() != header.fields().size()) {
                    sink.problem(new InputException(rowOrigin, "malformed row: " + fields.fields().size() + " fields, the header has " + header.fields().size()));
                } else if (!fields.blank()) {
                    row(rowOrigin, header.fields(), fields.fields(), columns, sink);
                }
            }
        }
    }

    /**
     * The next row, {@code null} at the end. FastCSV cannot go on after a parse error (an unterminated quote, a field
     * longer than its buffer), so such an error is reported and ends the file.
     */
    private static CsvRow next(String origin, Iterator<CsvRow> rows, InputSink sink) throws IOException {
        try {
            if (rows.hasNext()) {
                return rows.next();
            }
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            sink.problem(new InputException(origin, "cannot read on: " + e.getMessage()));
            return null;
        }
    }

    private String overLimit(CsvRow row) {
        return "of " + row.chars() + " characters is longer than the limit of " + limits.describe() + "; skipped";
    }

    /** FastCSV holds one whole field in its buffer, so a field as long as a document must fit, with room for a read. */
    private int maxBufferChars() {
        return (int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentBytes() + 64 * 1024);
    }

    /** Other columns kept per row, and characters per column: a label or a coder's note, not a second text. */
    private static final int MAX_KEPT = 40;
    private static final int MAX_KEPT_CHARS = 500;

    private void row(String origin, List<String> header, List<String> fields, Map<Column, Integer> columns, InputSink sink) {
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
                    "UTF-8", Instant.now(), hints, null, otherColumns(header, fields, columns)));
        } catch (InputException e) {
            sink.problem(e);
        }
    }

    /**
     * The row's columns that are not read as part of the article, blank ones left out, at most {@link #MAX_KEPT}
     * of them and {@link #MAX_KEPT_CHARS} characters each: what the data set says of the article, shown beside it.
     */
    private static List<SourceField> otherColumns(List<String> header, List<String> fields, Map<Column, Integer> columns) {
        List<SourceField> out = new java.util.ArrayList<>();
        for (int i = 0; i < header.size() && i < fields.size() && out.size() < MAX_KEPT; i++) {
            String name = header.get(i).strip();
            String value = fields.get(i).strip();
            if (!columns.containsValue(i) && !name.isEmpty() && !value.isEmpty()) {
                out.add(new SourceField(clip(name), clip(value)));
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= MAX_KEPT_CHARS ? s : s.substring(0, MAX_KEPT_CHARS) + "…";
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
