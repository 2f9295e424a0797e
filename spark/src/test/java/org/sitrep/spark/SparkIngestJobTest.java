package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.core.Hints;
import org.sitrep.core.Json;
import org.sitrep.core.PublicationDates;
import org.sitrep.ingest.WebArchiveWriter;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Workspace;

/**
 * The Spark job in local[2] against {@code sitrep ingest} + {@code sitrep export} over a folder of the first articles of
 * the demo corpus's FA-KES file and a web archive of three more as HTML pages, one of them also at a tracking-parameter
 * variant of its address (one article) and at a wire copy's address (a copy, not stored again): the same articles
 * with the same facts.
 */
class SparkIngestJobTest {
    private static final int CSV_ARTICLES = 24;
    private static final int ARCHIVED_ARTICLES = 3;

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static JobSummary summary;
    static Map<String, Map<String, Object>> bySpark;
    static Map<String, Map<String, Object>> byIngest;
    static List<Path> written;

    @BeforeAll
    static void runBoth() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        List<List<String>> rows = rowsOfDemoCorpus(CSV_ARTICLES + ARCHIVED_ARTICLES);
        writeCsv(input.resolve("fa-kes-first.csv"), rows.subList(0, CSV_ARTICLES + 1));
        writeArchive(input.resolve("pages.warc.gz"), rows.subList(CSV_ARTICLES + 1, rows.size()));
        byIngest = byId(ingestAndExport(input, dir.resolve("data")));
        assertThat(byIngest).hasSize(CSV_ARTICLES + ARCHIVED_ARTICLES);
        spark = LocalSpark.start();
        Path out = dir.resolve("out");
        summary = new SparkIngestJob(spark).run(JobOptions.parse("--input", input.toString(), "--output", out.toString()));
        assertThat(summary.written()).isEqualTo(CSV_ARTICLES + ARCHIVED_ARTICLES);
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path p : written) {
            lines.addAll(Files.readAllLines(p));
        }
        bySpark = byId(lines);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void writesTheSameArticlesAsIngestAndExport() {
        assertThat(bySpark.keySet()).isEqualTo(byIngest.keySet()).hasSize(CSV_ARTICLES + ARCHIVED_ARTICLES);
        assertThat(summary.failed()).isZero();
    }

    @Test
    void everyArticleHasTheSameFactsAsIngestAndExportGive() {
        for (String id : byIngest.keySet()) {
            assertThat(withoutIncidents(bySpark.get(id))).as("article %s", id).isEqualTo(withoutIncidents(byIngest.get(id)));
        }
    }

    @Test
    void groupsTheSameEventsIntoIncidents() {
        assertThat(incidents(bySpark)).isEqualTo(incidents(byIngest));
    }

    @Test
    void writesOneFolderPerPublicationMonthWithJsonlParts() {
        assertThat(written).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getParent().getFileName().toString()).matches("month=(\\d{4}-\\d{2}|unknown)");
            assertThat(p.getFileName().toString()).startsWith("part-").endsWith(".jsonl");
        });
        for (Path p : written) {
            String month = p.getParent().getFileName().toString().substring("month=".length());
            assertThat(linesOf(p)).allSatisfy(line -> assertThat(String.valueOf(Json.parse(line).map(o -> ((Map<?, ?>) o).get("published")).orElseThrow()))
                    .startsWith(month.equals("unknown") ? "null" : month));
        }
    }

    private static List<String> linesOf(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The events of each incident, as sets of "article id/position", whatever the incidents' numbers. */
    @SuppressWarnings("unchecked")
    static Set<Set<String>> incidents(Map<String, Map<String, Object>> articles) {
        Map<Object, Set<String>> byIncident = new HashMap<>();
        articles.forEach((id, a) -> {
            List<Map<String, Object>> events = (List<Map<String, Object>>) a.get("events");
            for (int i = 0; i < events.size(); i++) {
                byIncident.computeIfAbsent(events.get(i).get("incident"), k -> new TreeSet<>()).add(id + "/" + i);
            }
        });
        return new java.util.HashSet<>(byIncident.values());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutIncidents(Map<String, Object> article) {
        Map<String, Object> copy = (Map<String, Object>) Json.parse(Json.write(article)).orElseThrow();
        ((List<Map<String, Object>>) copy.get("events")).forEach(e -> e.remove("incident"));
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> byId(List<String> lines) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (String line : lines) {
            Map<String, Object> a = (Map<String, Object>) Json.parse(line).orElseThrow();
            out.put((String) a.get("id"), a);
        }
        return out;
    }

    /**
     * Ingests as {@code sitrep ingest} does, but with one worker, so that articles are saved in input order as the
     * Spark job takes them: with more workers, which of two copies of a story is stored, which article first names an
     * entity, and the order incidents form in depend on which worker finishes first. Then exports as
     * {@code sitrep export}.
     */
    static List<String> ingestAndExport(Path input, Path data) {
        try (Workspace workspace = Workspace.open(data)) {
            new Ingestion(Pipeline.standard(), workspace, 1).run(List.of(input), Hints.NONE, IngestListener.NONE);
        }
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        int export = Main.run(new String[]{"export", "--data", data.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(export).as("export: %s", err).isZero();
        return out.toString().lines().toList();
    }

    /** The header and the first {@code rows} articles of the demo corpus's FA-KES file. */
    static List<List<String>> rowsOfDemoCorpus(int rows) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (var in = new InputStreamReader(SparkIngestJobTest.class.getResourceAsStream("/org/sitrep/demo/fa-kes-dev.csv"),
                StandardCharsets.UTF_8);
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
            Iterator<CsvRecord> records = csv.iterator();
            for (int i = 0; i <= rows && records.hasNext(); i++) {
                out.add(records.next().getFields());
            }
        }
        return out;
    }

    static void writeCsv(Path target, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(target); CsvWriter out = CsvWriter.builder().build(w)) {
            rows.forEach(out::writeRecord);
        }
    }

    /**
     * The rows (title in column 1, text in 2, date in 4) as HTML responses: the first at an address with a tracking
     * parameter and again at its plain address, then as a wire copy on another site; the others once each.
     */
    static void writeArchive(Path target, List<List<String>> rows) throws IOException {
        try (WebArchiveWriter warc = WebArchiveWriter.create(target)) {
            for (int i = 0; i < rows.size(); i++) {
                String url = "https://news.example/syria/story-" + i;
                byte[] page = html(rows.get(i));
                Instant at = Instant.parse("2017-04-20T10:00:00Z").plusSeconds(60L * i);
                if (i == 0) {
                    warc.response(url + "?utm_source=newsletter", at, 200, "text/html; charset=utf-8", page);
                    warc.response("https://wire.example/world/story-0", at.plusSeconds(30), 200, "text/html; charset=utf-8", page);
                }
                warc.response(url, at, 200, "text/html; charset=utf-8", page);
            }
        }
    }

    private static byte[] html(List<String> row) {
        StringBuilder body = new StringBuilder();
        for (String sentence : row.get(2).split("(?<=\\.) (?=[A-Z])")) {
            body.append("<p>").append(escape(sentence)).append("</p>\n");
        }
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(row.get(1)) + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + PublicationDates.parse(row.get(4)).orElseThrow() + "\"></head><body><article><h1>"
                + escape(row.get(1)) + "</h1>\n" + body + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
