package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.InputException;
import org.sitrep.core.Source;
import org.sitrep.ingest.AddressGuard;
import org.sitrep.ingest.FetchSettings;
import org.sitrep.ingest.LocalSite;
import org.sitrep.ingest.Politeness;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.store.ItemTurn;
import org.sitrep.store.SourceStore;

/** Feeds polled from a real HTTP server on 127.0.0.1 into a real data directory. */
class SourcePollerTest {
    /** The test feeds live on 127.0.0.1, which the fetcher refuses unless told otherwise; no delay between requests. */
    private static final WebFetcher LOCAL_FETCHER = new WebFetcher(FetchSettings.DEFAULT.withAddresses(AddressGuard.anyAddress())
            .withPoliteness(Politeness.DEFAULT.withMinDelay(Duration.ZERO)));

    @TempDir
    Path dir;
    private LocalSite site;
    private String base;
    private final List<InputException> problems = new CopyOnWriteArrayList<>();
    private final IngestListener listener = new IngestListener() {
        @Override
        public void problem(InputException problem) {
            problems.add(problem);
        }
    };

    @BeforeEach
    void serve() throws IOException {
        site = new LocalSite();
        base = site.base();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void feed(String... paths) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (String p : paths) {
            rss.append("<item><title>").append(p).append("</title><link>").append(base).append(p).append("</link></item>");
        }
        site.page("/feed.xml", rss.append("</channel></rss>").toString());
    }

    private static String page(String headline, String extra) {
        return "<html><body><article><h1>" + headline + "</h1><p>Delegations met in Geneva on Tuesday for a new round of talks,"
                + " the envoy said. Both sides brought proposals on prisoners and aid convoys." + extra + "</p></article></body></html>";
    }

    /** Issue 14: one article under two addresses was reported as "2 new". */
    @Test
    void countsAsNewOnlyTheArticlesStoredForTheFirstTime() {
        site.page("/a.html", page("Talks resume", ""));
        site.page("/a-again.html", page("Talks resume", ""));
        feed("/a.html", "/a-again.html");
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            Source source = w.sources().add(base + "/feed.xml", "Wire", Duration.ofMinutes(15));
            SourcePoller.PollResult result = new SourcePoller(BreakingAnnotator.pipeline("NEVER", a -> { }), w, LOCAL_FETCHER)
                    .poll(source, listener);
            assertThat(w.store().count()).isEqualTo(1);
            assertThat(result.added()).isEqualTo(1);
            assertThat(result.status()).isEqualTo("1 new, 0 failed, 2 in the feed");
        }
    }

    /**
     * Issue 14: an item that stalled or crashed the process was never marked taken, so it came back after every restart.
     * It is marked before it is read; one that breaks a stage is reported, and no poll after it fetches it again.
     */
    @Test
    void marksAnItemTakenBeforeReadingItSoOneThatBreaksIsNotTriedAgain() {
        site.page("/a.html", page("Talks resume", ""));
        site.page("/boom.html", page("Talks stall", " RECURSE"));
        site.page("/c.html", page("Talks end", " The envoy left on Friday."));
        feed("/a.html", "/boom.html", "/c.html");
        AtomicBoolean takenWhileRead = new AtomicBoolean();
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            Source source = w.sources().add(base + "/feed.xml", "Wire", Duration.ofMinutes(15));
            var pipeline = BreakingAnnotator.pipeline("RECURSE", a -> takenWhileRead.set(w.sources().seen(source.id(), base + "/boom.html")));
            SourcePoller.PollResult first = new SourcePoller(pipeline, w, LOCAL_FETCHER).poll(source, listener);
            assertThat(takenWhileRead).isTrue();
            assertThat(first.status()).isEqualTo("2 new, 1 failed, 3 in the feed");
            assertThat(problems).extracting(InputException::getMessage)
                    .containsExactly(base + "/boom.html: processing failed: java.lang.StackOverflowError: deep in RECURSE");
            int before = site.paths().size();
            SourcePoller.PollResult again = new SourcePoller(pipeline, w, LOCAL_FETCHER).poll(source, listener);
            assertThat(site.paths().subList(before, site.paths().size())).containsExactly("/feed.xml");
            assertThat(again.status()).isEqualTo("0 new, 0 failed, 3 in the feed");
            assertThat(w.store().count()).isEqualTo(2);
        }
    }

    /**
     * Issue 19: a poll killed while reading an item left it taken and never stored, and no poll after read it: the item
     * was lost. Taken but not finished, it is read by the next poll; the items finished before are not fetched again.
     */
    @Test
    void readsAgainAnItemWhosePollStoppedWhileReadingIt() {
        site.page("/a.html", page("Talks resume", ""));
        site.page("/b.html", page("Talks stall", " The envoy left on Friday."));
        feed("/a.html", "/b.html");
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            Source source = w.sources().add(base + "/feed.xml", "Wire", Duration.ofMinutes(15));
            w.sources().take(source.id(), base + "/a.html");
            w.sources().finish(source.id(), base + "/a.html");
            assertThat(w.sources().take(source.id(), base + "/b.html")).as("taken by the killed poll").isEqualTo(ItemTurn.FIRST);

            SourcePoller.PollResult result = new SourcePoller(BreakingAnnotator.pipeline("NEVER", a -> { }), w, LOCAL_FETCHER)
                    .poll(source, listener);

            assertThat(site.paths()).containsExactly("/robots.txt", "/feed.xml", "/b.html");
            assertThat(result.status()).isEqualTo("1 new, 0 failed, 2 in the feed");
            assertThat(w.sources().take(source.id(), base + "/b.html")).as("finished now").isEqualTo(ItemTurn.DONE);
        }
    }

    /** Issue 19: an item the killed poll had stored before it could finish it is finished without being fetched again. */
    @Test
    void finishesWithoutFetchingAnItemStoredBeforeItsPollStopped() {
        site.page("/a.html", page("Talks resume", ""));
        feed("/a.html");
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            Source source = w.sources().add(base + "/feed.xml", "Wire", Duration.ofMinutes(15));
            SourcePoller poller = new SourcePoller(BreakingAnnotator.pipeline("NEVER", a -> { }), w, LOCAL_FETCHER);
            poller.poll(source, listener);
            // As a kill between storing the article and finishing the item leaves it: taken, stored, not finished.
            w.sources().remove(source.id());
            Source again = w.sources().add(base + "/feed.xml", "Wire", Duration.ofMinutes(15));
            w.sources().take(again.id(), base + "/a.html");
            int before = site.paths().size();

            SourcePoller.PollResult result = poller.poll(again, listener);

            assertThat(site.paths().subList(before, site.paths().size())).containsExactly("/feed.xml");
            assertThat(result.status()).isEqualTo("0 new, 0 failed, 1 in the feed");
            assertThat(w.store().count()).isEqualTo(1);
        }
    }

    /** Issue 19: an item that stops the process at every reading is not read at every restart: given up, reported once. */
    @Test
    void givesUpOnAnItemWhosePollsStoppedWhileReadingItAsOftenAsAllowed() {
        site.page("/a.html", page("Talks resume", ""));
        feed("/a.html");
        try (Workspace w = Workspace.open(dir.resolve("data"))) {
            Source source = w.sources().add(base + "/feed.xml", "Wire", Duration.ofMinutes(15));
            for (int i = 0; i < SourceStore.MAX_ATTEMPTS; i++) {
                w.sources().take(source.id(), base + "/a.html");
            }
            SourcePoller poller = new SourcePoller(BreakingAnnotator.pipeline("NEVER", a -> { }), w, LOCAL_FETCHER);

            SourcePoller.PollResult first = poller.poll(source, listener);
            SourcePoller.PollResult second = poller.poll(source, listener);

            assertThat(site.paths()).containsExactly("/robots.txt", "/feed.xml", "/feed.xml");
            assertThat(first.status()).isEqualTo("0 new, 1 failed, 1 in the feed");
            assertThat(second.status()).isEqualTo("0 new, 0 failed, 1 in the feed");
            assertThat(problems).extracting(InputException::getMessage)
                    .containsExactly(base + "/a.html: not read again: the process stopped 2 times while reading it");
        }
    }
}
