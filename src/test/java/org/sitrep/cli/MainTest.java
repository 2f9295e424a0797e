package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.JsonObjects;
import org.sitrep.Seed;
import org.sitrep.core.Json;

class MainTest {
    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "export", "geocode", "sources", "sources add", "sources poll", "serve", "demo", "reindex", "bench", "bench load", "eval", "eval quotes", "eval extraction", "eval dates", "eval actors", "eval ner", "eval language", "entities", "entities merge", "entities split"})
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        Run r = run(words);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: sitrep " + command);
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("ingest").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("ingest", "--published", "someday", "x.txt").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void extractGivesOneJsonLinePerFileInOrderWithErrorsInPlace() throws IOException {
        Path seed = Seed.copyTo(dir);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("extract", seed.toString(), empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        Map<String, Object> first = JsonObjects.object(r.lines().get(0));
        assertThat(first.keySet()).containsExactly("file", "title", "byline", "published", "outlet", "captions", "paragraphs", "text",
                "url", "language", "section", "published_at", "image");
        assertThat(first.get("title")).isEqualTo(Seed.TITLE);
        assertThat(first.get("language")).isEqualTo("en");
        assertThat((List<?>) first.get("paragraphs")).hasSize(22);
        assertThat(JsonObjects.object(r.lines().get(1))).isEqualTo(Map.of("file", empty.toString(), "error", "empty file"));
    }

    @Test
    void extractAddsWhatThePageSaysOfItselfAfterTheContractsFields() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "<html lang=\"en-GB\"><head><title>Pumps restarted | City Desk</title>"
                + "<link rel=\"canonical\" href=\"https://citydesk.example/pumps\"><meta property=\"article:section\" content=\"Water\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-04T09:30:00+02:00\">"
                + "<meta property=\"og:image\" content=\"https://citydesk.example/pump.jpg\"></head><body><article><h1>Pumps restarted</h1><p>"
                + "Engineers restored the main pumping station on Sunday, the water authority said. ".repeat(3) + "</p></article></body></html>");
        Map<String, Object> a = JsonObjects.object(run("extract", page.toString()).lines().get(0));
        assertThat(a).containsEntry("url", "https://citydesk.example/pumps").containsEntry("language", "en-gb")
                .containsEntry("section", "Water").containsEntry("published_at", "2025-03-04T09:30+02:00");
        assertThat(JsonObjects.object(a.get("image"))).containsEntry("url", "https://citydesk.example/pump.jpg");
    }

    @Test
    void extractTakesTheAddressDateAndOutletOfASingleFileAsIngestDoes() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Harbour Notes: Pumps restarted</title></head><body>"
                + "<h1>Harbour Notes</h1><article><p>" + "Engineers restored the main pumping station on Sunday, the water authority said. ".repeat(3)
                + "</p></article></body></html>");
        Map<String, Object> a = JsonObjects.object(run("extract", "--url", "https://harbournotes.example/2025/pumps", "--published", "2025-03-04",
                "--outlet", "Harbour Notes", page.toString()).lines().get(0));
        assertThat(a).containsEntry("url", "https://harbournotes.example/2025/pumps").containsEntry("published", "2025-03-04")
                .containsEntry("outlet", "Harbour Notes").containsEntry("title", "Pumps restarted");
    }

    @Test
    void ingestReportsBadInputsAndExportsEveryFieldOfTheContract() throws IOException {
        Path seed = Seed.copyTo(dir);
        Path binary = Files.write(dir.resolve("bad.html"), new byte[] {0, 0, 0});
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, "--published", "2014-12-01", "--outlet", "RFE/RL", seed.toString(), binary.toString());
        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err()).contains("sitrep: " + binary + ": binary content, not text or HTML",
                "ingested 1 article (1 new, 0 updated), 1 failed");

        Run again = run("ingest", "--data", data, "--published", "2014-12-01", "--outlet", "RFE/RL", seed.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("(0 new, 1 updated)");

        Run export = run("export", "--data", data);
        assertThat(export.code()).isZero();
        assertThat(export.lines()).hasSize(1);
        Map<String, Object> a = JsonObjects.object(export.lines().get(0));
        assertThat(a.keySet()).containsExactly("id", "url", "title", "byline", "published", "outlet", "captions",
                "paragraphs", "text", "entities", "quotes", "places", "dates", "events", "language", "section", "published_at", "image", "described_entities");
        assertThat(a.get("language")).isEqualTo("en");
        assertThat(a.get("published")).isEqualTo("2014-12-01");
        assertThat(a.get("outlet")).isEqualTo("RFE/RL");
        assertThat(a.get("byline")).isEqualTo(List.of("Joanna Paraszczuk"));
        assertThat(JsonObjects.list(a.get("quotes"))).anySatisfy(q -> {
            Map<String, Object> quote = JsonObjects.object(q);
            assertThat(quote.get("text")).isEqualTo("quagmire.");
            assertThat(quote.get("kind")).isEqualTo("partial");
            assertThat(JsonObjects.object(quote.get("speaker"))).containsEntry("name", "Kristen Gillespie")
                    .containsEntry("entity", "person-kristen-gillespie");
        });
        String text = (String) a.get("text");
        for (Object e : (List<?>) a.get("entities")) {
            for (Object m : (List<?>) ((Map<?, ?>) e).get("mentions")) {
                Map<?, ?> mention = (Map<?, ?>) m;
                assertThat(text.substring((Integer) mention.get("begin"), (Integer) mention.get("end"))).isEqualTo(mention.get("text"));
            }
        }
        int caption = ((String) JsonObjects.list(a.get("captions")).get(0)).indexOf("November 12");
        assertThat(JsonObjects.list(a.get("dates"))).contains(Map.of("begin", text.indexOf("November 14"),
                "end", text.indexOf("November 14") + 11, "text", "November 14", "value", "2014-11-14", "precision", "day"),
                Map.of("begin", caption, "end", caption + 11, "text", "November 12", "value", "2014-11-12", "precision", "day",
                        "in", "caption", "caption", 0));
    }

    @Test
    void reindexRebuildsFromTheDatabase() throws IOException {
        Path seed = Seed.copyTo(dir);
        String data = dir.resolve("data").toString();
        run("ingest", "--data", data, seed.toString());
        Run r = run("reindex", "--data", data);
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("reindexed 1 article\n");
    }

    @Test
    void exportRefusesAnUnknownFormat() {
        assertThat(run("export", "--data", dir.toString(), "--format", "xml").code()).isEqualTo(2);
    }
}
