package org.sitrep.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.PublicationDates;
import org.sitrep.core.RawPage;

/**
 * Articles from JSON lines, one object per line, under the names a CSV header may use ({@code title},
 * {@code text}/{@code content}/{@code body}, {@code date}/{@code published}, {@code source}/{@code outlet},
 * {@code url}), or news-please's ({@code maintext}, {@code date_publish}, {@code source_domain}); an object with an
 * {@code html} field is read as that page. A line that is not such an object is one problem naming the file and line.
 */
final class JsonlArticles {
    private static final List<String> TITLE = List.of("title", "article_title");
    private static final List<String> TEXT = List.of("text", "content", "body", "article_content", "maintext");
    private static final List<String> DATE = List.of("date", "published", "date_publish");
    private static final List<String> OUTLET = List.of("source", "outlet", "source_domain");

    private JsonlArticles() {
    }

    static boolean reads(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson");
    }

    static void read(String origin, InputStream in, Consumer<RawPage> pages, Consumer<InputException> problems)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                String lineOrigin = origin + " line " + number;
                try {
                    pages.accept(page(lineOrigin, line));
                } catch (InputException e) {
                    problems.accept(e);
                }
            }
        }
    }

    private static RawPage page(String origin, String line) {
        if (!(Json.parse(line).orElse(null) instanceof Map<?, ?> fields)) {
            throw new InputException(origin, "not a JSON object");
        }
        Hints hints = new Hints(first(fields, TITLE), PublicationDates.parse(first(fields, DATE)).orElse(null),
                first(fields, OUTLET), first(fields, List.of("url")));
        String html = first(fields, List.of("html"));
        if (html != null) {
            return new RawPage(origin, html.getBytes(StandardCharsets.UTF_8), ContentType.HTML, "UTF-8", Instant.now(), hints);
        }
        String text = first(fields, TEXT);
        if (text == null) {
            throw new InputException(origin, "no text (expected one of " + String.join(", ", TEXT) + ", or html)");
        }
        return new RawPage(origin, text.getBytes(StandardCharsets.UTF_8), ContentType.BODY_TEXT, "UTF-8", Instant.now(), hints);
    }

    /** The first of the fields that holds a string not blank, stripped; {@code null} if none does. */
    private static String first(Map<?, ?> fields, List<String> names) {
        for (String name : names) {
            if (fields.get(name) instanceof String s && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }
}
