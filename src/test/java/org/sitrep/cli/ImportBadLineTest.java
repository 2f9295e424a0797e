package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.PostgresServer;
import org.sitrep.core.Json;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.PostgresAddress;

/**
 * Issue 19: {@code sitrep import} saves a hundred articles per transaction, each behind a savepoint. A bad line in the
 * middle of a batch, whether the reader refuses it or the database does, costs that line alone: one line of output
 * names the file, the line and the problem, and every other article of the batch is stored and searchable.
 */
class ImportBadLineTest {
    /** Lines in the file: more than one batch, so that the bad lines (130 and 150) fall inside the second. */
    private static final int LINES = 160;

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fixture() throws IOException {
        try (InputStream in = ImportBadLineTest.class.getResourceAsStream("/org/sitrep/cli/fa-kes-export.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> (Map<String, Object>) Json.parse(l).orElseThrow()).toList();
        }
    }

    /** Line {@code n} (from 0): one of the fixture's articles under an address and with a last paragraph of its own. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> article(List<Map<String, Object>> fixture, int n) {
        Map<String, Object> a = new HashMap<>(fixture.get(n % fixture.size()));
        List<String> paragraphs = new ArrayList<>((List<String>) a.get("paragraphs"));
        paragraphs.add("Line sitrepline" + n + " of this file.");
        a.put("paragraphs", paragraphs);
        a.put("text", a.get("title") + "\n\n" + String.join("\n\n", paragraphs));
        a.put("url", "https://copies.example/" + n);
        a.remove("id");
        return a;
    }

    /** An article whose first entity has a mention past the end of the text: stored, it would break the article's page. */
    @SuppressWarnings("unchecked")
    private static String mentionPastTheEnd(Map<String, Object> a) {
        List<Map<String, Object>> entities = new ArrayList<>((List<Map<String, Object>>) a.get("entities"));
        Map<String, Object> first = new HashMap<>(entities.get(0));
        first.put("mentions", List.of(Map.of("begin", 99_990, "end", 99_996, "text", "Aleppo")));
        entities.set(0, first);
        a.put("entities", entities);
        return Json.write(a);
    }

    record Run(int code, List<String> err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        return new Run(code, err.toString().lines().toList());
    }

    /** The file's lines, lines 130 and 150 (of the second batch) replaced as given. */
    private Path export(String line130, String line150) throws IOException {
        List<Map<String, Object>> fixture = fixture();
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < LINES; n++) {
            lines.add(Json.write(article(fixture, n)));
        }
        lines.set(129, line130);
        lines.set(149, line150);
        Path file = dir.resolve("export.jsonl");
        Files.write(file, lines);
        return file;
    }

    /** Line {@code n}'s article with a NUL character in its text, which PostgreSQL refuses to store in a text column. */
    @SuppressWarnings("unchecked")
    private static String withNul(Map<String, Object> a) {
        List<String> paragraphs = new ArrayList<>((List<String>) a.get("paragraphs"));
        paragraphs.set(0, paragraphs.get(0) + " \0");
        a.put("paragraphs", paragraphs);
        a.put("text", a.get("title") + "\n\n" + String.join("\n\n", paragraphs));
        return Json.write(a);
    }

    private void assertEveryOtherArticleStored(Workspace w) {
        assertThat(w.store().count()).as("articles stored").isEqualTo(LINES - 2);
        assertThat(w.index().size()).as("articles in the index").isEqualTo(LINES - 2);
    }

    @Test
    void aLineTheReaderRefusesInsideABatchIsReportedOnceAndEveryOtherArticleOfTheBatchIsStored() throws IOException {
        List<Map<String, Object>> fixture = fixture();
        Map<String, Object> line150 = article(fixture, 149);
        Path file = export("{\"title\": \"cut short", mentionPastTheEnd(line150));
        Path data = dir.resolve("data");

        Run run = run("import", "--data", data.toString(), file.toString());

        assertThat(run.code()).isEqualTo(1);
        int length = ((String) line150.get("text")).length();
        assertThat(run.err()).hasSize(3).startsWith(
                file + " line 130: not valid JSON at character 21: Unexpected end-of-input: was expecting closing quote for a string value",
                file + " line 150: not an exported article: mention \"Aleppo\" at [99990, 99996) is outside the text ("
                        + length + " characters)");
        assertThat(run.err().get(2)).startsWith("sitrep: imported " + (LINES - 2) + " articles (" + (LINES - 2) + " new, 0 updated), 0 already stored, 2 failed");
        try (Workspace w = Workspace.open(data)) {
            assertEveryOtherArticleStored(w);
        }
    }

    @Test
    void aLineTheDatabaseRefusesInsideABatchIsReportedOnceAndEveryOtherArticleOfTheBatchIsStored() throws IOException {
        List<Map<String, Object>> fixture = fixture();
        Path file = export(withNul(article(fixture, 129)), withNul(article(fixture, 149)));
        Path data = dir.resolve("data");
        PostgresAddress db = PostgresServer.newDatabase();

        Run run = run("import", "--data", data.toString(), "--db", db.toString(), file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).hasSize(3).startsWith(
                file + " line 130: cannot store: the database refused it: invalid byte sequence for encoding \"UTF8\": 0x00",
                file + " line 150: cannot store: the database refused it: invalid byte sequence for encoding \"UTF8\": 0x00");
        assertThat(run.err().get(2)).startsWith("sitrep: imported " + (LINES - 2) + " articles (" + (LINES - 2) + " new, 0 updated), 0 already stored, 2 failed");
        try (Workspace w = Workspace.open(data, db)) {
            assertEveryOtherArticleStored(w);
        }
    }
}
