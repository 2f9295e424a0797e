package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.StoredArticle;
import org.sitrep.ingest.WebArchiveWriter;
import org.sitrep.store.ArticleCopy;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;

/**
 * Issue 19: a real {@code sitrep ingest} of a web archive (with CoreNLP: each run takes its 20-40 s start) is killed
 * with SIGKILL in the middle, and the same command is run again: no article the database held before the kill is lost,
 * none is stored twice, and every wire copy is listed once with its original.
 */
class KilledArchiveIngestTest {
    private static final int STORIES = 60;
    /** Every fifth story is also published word for word by a second outlet. */
    private static final int COPY_EVERY = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    private static String url(int n) {
        return "https://aleppo.example/news/" + n + "?utm_source=feed";
    }

    private static String copyUrl(int n) {
        return "https://daily.example/world/" + n;
    }

    private static byte[] page(int n, String outlet) {
        StringBuilder html = new StringBuilder("<html><head><meta property=\"og:site_name\" content=\"" + outlet + "\"></head><body><article>")
                .append("<h1>Report number ").append(n).append(" from the checkpoint</h1>");
        for (int p = 0; p < 3; p++) {
            html.append("<p>Residents near checkpoint sitrepmark").append(n).append(" said paragraph ").append(p)
                    .append(" of report ").append(n).append(" describes shelling on Monday, and officials in Aleppo said ")
                    .append(n % 7 + 2).append(" people were wounded while aid workers waited at the crossing.</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private Path writeArchive() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        Instant date = Instant.parse("2016-11-20T08:00:00Z");
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            for (int n = 0; n < STORIES; n++) {
                w.request(url(n), date);
                w.response(url(n), date, 200, "text/html; charset=utf-8", page(n, "Aleppo Today"));
                if (n % COPY_EVERY == 0) {
                    w.response(copyUrl(n), date, 200, "text/html", page(n, "The Daily"));
                }
            }
        }
        return warc;
    }

    private Process startIngest(Path data, Path warc, Path log) throws IOException {
        return SitrepProcess.start("2g", log, "ingest", "--data", data.toString(), warc.toString());
    }

    private static List<String> storedUrls(Path data) {
        return SitrepProcess.storedUrls(data);
    }

    /** Waits until the ingest has stored some articles but not all, and returns those it has stored. */
    private List<String> awaitSomeStored(Process ingest, Path data, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            assertThat(ingest.isAlive()).as("ingest running; its output:%n%s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("articles stored within %s", PATIENCE).isLessThan(deadline);
            if (Files.exists(data.resolve("sitrep.db"))) {
                List<String> stored = storedUrls(data);
                if (stored.size() >= 3) {
                    return stored;
                }
            }
            Thread.sleep(50);
        }
    }

    @Test
    @Timeout(360)
    void anArchiveIngestKilledMidwayAndRunAgainLosesNoStoredArticleAndStoresNoneTwice() throws Exception {
        Path warc = writeArchive();
        Path data = dir.resolve("data");
        Process first = startIngest(data, warc, dir.resolve("first.log"));
        List<String> before;
        try {
            before = awaitSomeStored(first, data, dir.resolve("first.log"));
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed ingest exits").isTrue();
        }
        List<String> atKill = storedUrls(data);
        assertThat(atKill).as("stored when killed").hasSizeLessThan(STORIES).containsAll(before);

        Path log = dir.resolve("second.log");
        Process second = startIngest(data, warc, log);
        assertThat(second.waitFor(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS)).as("second run ends").isTrue();
        assertThat(second.exitValue()).as("second run's exit; its output:%n%s", Files.readString(log)).isZero();

        List<String> after = storedUrls(data);
        assertThat(after).as("every article stored before the kill").containsAll(atKill);
        assertThat(after).as("each story once").hasSize(STORIES);
        try (Database db = Database.open(data)) {
            ArticleStore store = new ArticleStore(db);
            List<String> addresses = new ArrayList<>();
            store.forEach((StoredArticle a) -> store.copies(a.id()).stream().map(ArticleCopy::url).forEach(addresses::add));
            // Workers run side by side, so a story and its copy may be stored in either order: either is the article.
            Set<String> expected = new HashSet<>();
            for (int n = 0; n < STORIES; n++) {
                expected.add(url(n).replace("?utm_source=feed", ""));
                if (n % COPY_EVERY == 0) {
                    expected.add(copyUrl(n));
                }
            }
            assertThat(addresses).as("every address listed once, with its story").containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(Files.readString(log)).contains("read " + (STORIES + STORIES / COPY_EVERY) + " HTML pages, skipped "
                + STORIES + " records: " + STORIES + " not a response");
    }
}
