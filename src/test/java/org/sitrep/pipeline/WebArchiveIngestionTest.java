package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Hints;
import org.sitrep.core.StoredArticle;
import org.sitrep.ingest.SkippedRecords;
import org.sitrep.ingest.WebArchiveWriter;
import org.sitrep.store.ArticleCopy;

/** Issue 19: web archives through the ingest path, exactly once. Runs a pipeline that annotates nothing, quickly. */
class WebArchiveIngestionTest {
    private static final Instant FETCHED = Instant.parse("2016-11-20T08:00:00Z");

    @TempDir
    Path dir;

    private static Pipeline pipeline() {
        return BreakingAnnotator.pipeline("never in these pages", a -> { });
    }

    private static byte[] page(String title, String canonical, int story) {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title>");
        if (canonical != null) {
            html.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
        }
        html.append("<meta property=\"og:site_name\" content=\"Aleppo Today\"></head><body><article><h1>").append(title).append("</h1>");
        for (int p = 0; p < 4; p++) {
            html.append("<p>Report ").append(story).append(", paragraph ").append(p)
                    .append(": residents of the district described a night of shelling, and doctors at the field hospital counted the wounded ")
                    .append("as aid workers waited at the crossing for permission to enter with food and medicine.</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private Path archive() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            for (int i = 0; i < 3; i++) {
                String url = "https://aleppo.example/news/" + i + "?utm_source=rss";
                w.request(url, FETCHED);
                w.response(url, FETCHED.plusSeconds(i), 200, "text/html; charset=utf-8", page("Night of shelling " + i, null, i));
            }
            // The AMP variant of story 0, pointing to it as canonical.
            w.response("https://aleppo.example/news/0/amp", FETCHED, 200, "text/html",
                    page("Night of shelling 0", "https://aleppo.example/news/0", 0));
            w.response("https://aleppo.example/style.css", FETCHED, 200, "text/css", "body{}".getBytes(StandardCharsets.UTF_8));
            w.response("https://aleppo.example/missing", FETCHED, 404, "text/html", page("Not found", null, 99));
        }
        return warc;
    }

    private static final class Heard implements IngestListener {
        final List<SkippedRecords> skipped = new CopyOnWriteArrayList<>();

        @Override
        public void skipped(SkippedRecords records) {
            skipped.add(records);
        }
    }

    @Test
    void theHtmlPagesOfAnArchiveAreStoredUnderTheirTargetUriWithTheRestCounted() throws IOException {
        Path warc = archive();
        Heard heard = new Heard();
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            // One worker, so the AMP variant, read last, is saved last and gives story 0 its canonical address.
            IngestSummary summary = new Ingestion(pipeline(), w, 1).run(List.of(warc), Hints.NONE, heard);

            assertThat(summary.created()).isEqualTo(3);
            assertThat(summary.updated()).isEqualTo(1);
            assertThat(summary.failed()).isZero();
            assertThat(w.store().count()).isEqualTo(3);
            List<String> urls = new java.util.ArrayList<>();
            w.store().forEach((StoredArticle a) -> urls.add(a.article().url()));
            assertThat(urls).containsExactlyInAnyOrder("https://aleppo.example/news/0", "https://aleppo.example/news/1",
                    "https://aleppo.example/news/2");
        }
        assertThat(heard.skipped).singleElement().satisfies(s -> {
            assertThat(s.kept()).isEqualTo(4);
            assertThat(s.describe()).isEqualTo("skipped 5 records: 3 not a response, 1 not HTML, 1 status 404");
        });
    }

    @Test
    void runningTheSameArchiveAgainAddsNothing() throws IOException {
        Path warc = archive();
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            new Ingestion(pipeline(), w, 2).run(List.of(warc), Hints.NONE, IngestListener.NONE);
            long articles = w.store().count();
            List<List<ArticleCopy>> copies = copies(w);

            IngestSummary again = new Ingestion(pipeline(), w, 2).run(List.of(warc), Hints.NONE, IngestListener.NONE);

            assertThat(again.created()).isZero();
            assertThat(again.failed()).isZero();
            assertThat(w.store().count()).isEqualTo(articles);
            assertThat(copies(w)).isEqualTo(copies);
        }
    }

    private static List<List<ArticleCopy>> copies(Workspace w) {
        List<List<ArticleCopy>> out = new java.util.ArrayList<>();
        w.store().forEach((StoredArticle a) -> out.add(w.store().copies(a.id())));
        return out;
    }

    @Test
    void theFetchTimeOfAnArchivedPageIsNotItsPublicationDay() throws IOException {
        Path warc = archive();
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            new Ingestion(pipeline(), w, 1).run(List.of(warc), Hints.NONE, IngestListener.NONE);
            w.store().forEach((StoredArticle a) -> assertThat(a.article().published()).isNotEqualTo(LocalDate.of(2016, 11, 20)));
        }
    }
}
