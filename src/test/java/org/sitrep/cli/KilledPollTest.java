package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchQuery;
import org.sitrep.ingest.LocalSite;
import org.sitrep.pipeline.Workspace;

/**
 * Issue 19: a real {@code sitrep sources poll} of a feed of many items on 127.0.0.1 (with CoreNLP: each run takes its
 * start) is killed with SIGKILL in the middle, and the same command is run again: every item ends stored once, none
 * is lost (not even the one being read at the kill), the search index holds what the database holds, and no item
 * stored before the kill is fetched again.
 */
class KilledPollTest {
    private static final int ITEMS = 40;
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @TempDir
    Path dir;
    private LocalSite site;
    private String base;

    private static String marker(int n) {
        return String.format("sitrepitem%03d", n);
    }

    private String feed() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (int n = 0; n < ITEMS; n++) {
            rss.append("<item><title>Report ").append(n).append("</title><link>").append(base).append("/news/").append(n)
                    .append(".html</link><pubDate>Mon, 03 Apr 2017 08:00:00 GMT</pubDate></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    private static String page(int n) {
        return "<html><body><article><h1>Shelling near checkpoint " + marker(n) + "</h1><p>Residents said shelling hit the area"
                + " near checkpoint " + marker(n) + " on Monday. Officials in Aleppo said " + (n % 7 + 2) + " people were wounded."
                + " \"We heard the blasts all night,\" said Rania Haddad, a teacher.</p></article></body></html>";
    }

    @BeforeEach
    void serve() throws IOException {
        site = new LocalSite();
        base = site.base();
        site.page("/feed.xml", feed());
        for (int n = 0; n < ITEMS; n++) {
            site.page("/news/" + n + ".html", page(n));
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** How often each path was asked for so far. */
    private Map<String, Long> fetches() {
        return site.paths().stream().collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()));
    }

    private Process startPoll(Path data, Path log) throws IOException {
        return SitrepProcess.start("1g", log, "sources", "poll", "--host-delay", "0", "--data", data.toString());
    }

    /** Waits until the poll has stored some items but not all. */
    private void awaitSomeStored(Process poll, Path data, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            assertThat(poll.isAlive()).as("poll running; its output:%n%s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("items stored within %s", PATIENCE).isLessThan(deadline);
            if (SitrepProcess.storedUrls(data).size() >= 3) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static long found(Workspace w, String word) {
        return w.index().search(new SearchQuery(word, null, null, null, new PageRequest(1, 10))).hits().total();
    }

    @Test
    @Timeout(360)
    void aPollKilledMidwayAndRunAgainStoresEveryItemOnceAndFetchesNoStoredItemAgain() throws Exception {
        Path data = dir.resolve("data");
        int added = Main.run(new String[] {"sources", "add", base + "/feed.xml", "--every", "1m", "--data", data.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(added).isZero();
        Process first = startPoll(data, dir.resolve("first.log"));
        try {
            awaitSomeStored(first, data, dir.resolve("first.log"));
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed poll exits").isTrue();
        }
        List<String> atKill = SitrepProcess.storedUrls(data);
        assertThat(atKill).as("stored when killed").hasSizeLessThan(ITEMS);
        Map<String, Long> fetchedBefore = fetches();

        Path log = dir.resolve("second.log");
        Process second = startPoll(data, log);
        assertThat(second.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("second run ends").isTrue();
        assertThat(second.exitValue()).as("second run's exit; its output:%n%s", Files.readString(log)).isZero();

        List<String> after = SitrepProcess.storedUrls(data);
        assertThat(after).as("every item stored before the kill").containsAll(atKill);
        assertThat(after).as("every item, once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, ITEMS).mapToObj(n -> base + "/news/" + n + ".html").toList());
        for (String url : atKill) {
            String path = url.substring(base.length());
            assertThat(fetches().get(path)).as("fetches of %s, stored before the kill", path).isEqualTo(fetchedBefore.get(path));
        }
        try (Workspace w = Workspace.open(data)) {
            assertThat(w.index().size()).as("articles in the index").isEqualTo(w.store().count());
            assertThat(IntStream.range(0, ITEMS).filter(n -> found(w, marker(n)) != 1).boxed().toList())
                    .as("items their own word does not find once").isEmpty();
        }
    }
}
