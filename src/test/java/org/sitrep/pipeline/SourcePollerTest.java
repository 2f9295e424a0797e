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
}
