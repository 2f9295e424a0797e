package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Hints;

/** robots.txt and per-host politeness, against a real server on 127.0.0.1 (issue 14: robots.txt was not read at all). */
class RobotsCacheTest {
    private static final Politeness QUICK = new Politeness(Duration.ZERO, Duration.ofSeconds(10), Duration.ofHours(1));

    private LocalSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private WebFetcher fetcher(Politeness politeness) {
        return new WebFetcher(FetchSettings.DEFAULT.withAddresses(AddressGuard.anyAddress()).withPoliteness(politeness));
    }

    @Test
    void refusesAPathThatRobotsTxtDisallowsWithoutRequestingIt() {
        site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n").page("/private/a.html", "<p>no</p>");
        assertThatThrownBy(() -> fetcher(QUICK).page(site.base() + "/private/a.html", Hints.NONE))
                .hasMessage(site.base() + "/private/a.html: refused: " + site.base() + "/robots.txt disallows it");
        assertThat(site.paths()).containsExactly("/robots.txt");
    }

    @Test
    void readsRobotsTxtOncePerHostForManyFetches() {
        site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n").page("/a.html", "a").page("/b.html", "b");
        WebFetcher fetcher = fetcher(QUICK);
        fetcher.bytes(site.base() + "/a.html");
        fetcher.bytes(site.base() + "/b.html");
        assertThat(site.paths()).containsExactly("/robots.txt", "/a.html", "/b.html");
    }

    @Test
    void obeysTheGroupNamedForSitrep() {
        site.page("/robots.txt", "User-agent: googlebot\nDisallow:\n\nUser-agent: Sitrep\nDisallow: /\n").page("/a.html", "a");
        assertThatThrownBy(() -> fetcher(QUICK).bytes(site.base() + "/a.html")).hasMessageEndingWith("/robots.txt disallows it");
    }

    @Test
    void checksTheRobotsTxtOfARedirectsTarget() {
        site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n").redirect("/feed.xml", "/private/feed.xml");
        assertThatThrownBy(() -> fetcher(QUICK).bytes(site.base() + "/feed.xml"))
                .hasMessage(site.base() + "/feed.xml: refused: redirected to " + site.base() + "/private/feed.xml; "
                        + site.base() + "/robots.txt disallows it");
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        site.page("/a.html", "a");
        assertThat(fetcher(QUICK).bytes(site.base() + "/a.html")).hasSize(1);
    }

    @Test
    void anUnavailableRobotsTxtAllowsNothingForAWhile() {
        site.answer("/robots.txt", e -> LocalSite.send(e, 503, "busy")).page("/a.html", "a").page("/b.html", "b");
        WebFetcher fetcher = fetcher(QUICK);
        assertThatThrownBy(() -> fetcher.bytes(site.base() + "/a.html"))
                .hasMessage(site.base() + "/a.html: refused: " + site.base() + "/robots.txt answered HTTP 503, which asks crawlers to wait");
        assertThatThrownBy(() -> fetcher.bytes(site.base() + "/b.html")).hasMessageContaining("robots.txt answered HTTP 503");
        assertThat(site.paths()).containsExactly("/robots.txt");
    }

    @Test
    void waitsTheLeastDelayBetweenRequestsToAHost() {
        site.page("/a.html", "a").page("/b.html", "b");
        WebFetcher fetcher = fetcher(QUICK.withMinDelay(Duration.ofMillis(400)));
        fetcher.bytes(site.base() + "/a.html");
        fetcher.bytes(site.base() + "/b.html");
        assertThat(gapsMillis()).hasSize(2).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(400));
    }

    @Test
    void honoursTheCrawlDelayOfRobotsTxt() {
        site.page("/robots.txt", "User-agent: *\nCrawl-delay: 1\n").page("/a.html", "a").page("/b.html", "b");
        WebFetcher fetcher = fetcher(QUICK);
        fetcher.bytes(site.base() + "/a.html");
        fetcher.bytes(site.base() + "/b.html");
        assertThat(gapsMillis().get(1)).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void cutsAnUnreasonableCrawlDelayToTheMaximum() {
        site.page("/robots.txt", "User-agent: *\nCrawl-delay: 3600\n").page("/a.html", "a").page("/b.html", "b");
        WebFetcher fetcher = fetcher(new Politeness(Duration.ZERO, Duration.ofMillis(300), Duration.ofHours(1)));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            fetcher.bytes(site.base() + "/a.html");
            fetcher.bytes(site.base() + "/b.html");
        });
        assertThat(gapsMillis().get(1)).isGreaterThanOrEqualTo(300);
    }

    /** The time between each request the site received and the one before, in milliseconds. */
    private List<Long> gapsMillis() {
        List<LocalSite.Request> r = site.requests();
        return java.util.stream.IntStream.range(1, r.size())
                .mapToObj(i -> (r.get(i).atNanos() - r.get(i - 1).atNanos()) / 1_000_000).toList();
    }
}
