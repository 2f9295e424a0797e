package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

/** Fetching from real servers on 127.0.0.1: the address guard on every hop, redirects, and the whole-fetch deadline (issue 14). */
class WebFetcherTest {
    private static final String HOW_TO_ALLOW = " (allow with --allow-private-addresses or SITREP_ALLOW_PRIVATE_ADDRESSES=1)";
    private static final FetchSettings LOCAL = FetchSettings.DEFAULT
            .withAddresses(AddressGuard.anyAddress())
            .withPoliteness(Politeness.DEFAULT.withMinDelay(Duration.ZERO));

    private LocalSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void refusesLoopbackAddressesByDefaultWithoutConnecting() {
        site.page("/feed.xml", "<rss/>");
        WebFetcher fetcher = new WebFetcher(FetchSettings.DEFAULT);
        assertThatThrownBy(() -> fetcher.bytes(site.base() + "/feed.xml"))
                .isInstanceOf(InputException.class)
                .hasMessage(site.base() + "/feed.xml: refused: 127.0.0.1 is a loopback address" + HOW_TO_ALLOW);
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void refusesTheIpv6LoopbackAddress() {
        String url = "http://[::1]:" + site.port() + "/feed.xml";
        assertThatThrownBy(() -> new WebFetcher(FetchSettings.DEFAULT).bytes(url))
                .hasMessage(url + ": refused: ::1 is a loopback address" + HOW_TO_ALLOW);
    }

    @Test
    void refusesLocalhost() {
        String url = "http://localhost:" + site.port() + "/feed.xml";
        assertThatThrownBy(() -> new WebFetcher(FetchSettings.DEFAULT).bytes(url))
                .hasMessage(url + ": refused: localhost is a loopback name" + HOW_TO_ALLOW);
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void refusesARedirectFromAnAllowedHostToAnInternalAddress() throws IOException {
        try (LocalSite internal = new LocalSite()) {
            internal.page("/admin", "secret");
            site.redirect("/feed.xml", internal.base() + "/admin");
            AddressGuard onlyTheFeedHost = AddressGuard.publicOnly().allowing(new InetSocketAddress("127.0.0.1", site.port()));
            WebFetcher fetcher = new WebFetcher(LOCAL.withAddresses(onlyTheFeedHost));

            assertThatThrownBy(() -> fetcher.bytes(site.base() + "/feed.xml"))
                    .hasMessage(site.base() + "/feed.xml: refused: redirected to " + internal.base() + "/admin; "
                            + "127.0.0.1 is a loopback address" + HOW_TO_ALLOW);
            assertThat(internal.requests()).isEmpty();
        }
    }

    @Test
    void followsRedirectsToTheDocument() {
        site.redirect("/old", "/new").page("/new", "<rss/>");
        byte[] body = new WebFetcher(LOCAL).bytes(site.base() + "/old");
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    }

    @Test
    void namesARedirectLoop() {
        site.redirect("/a", "/b").redirect("/b", "/a");
        assertThatThrownBy(() -> new WebFetcher(LOCAL).bytes(site.base() + "/a"))
                .hasMessage(site.base() + "/a: redirect loop: " + site.base() + "/a -> " + site.base() + "/b -> " + site.base() + "/a");
    }

    @Test
    void stopsAfterFiveRedirects() {
        for (int i = 0; i < 7; i++) {
            site.redirect("/r" + i, "/r" + (i + 1));
        }
        assertThatThrownBy(() -> new WebFetcher(LOCAL).bytes(site.base() + "/r0"))
                .hasMessageStartingWith(site.base() + "/r0: more than 5 redirects: " + site.base() + "/r0 -> ")
                .hasMessageEndingWith("/r5 -> " + site.base() + "/r6");
        assertThat(site.paths()).doesNotContain("/r6");
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        site.redirect("/feed.xml", "file:///etc/passwd");
        assertThatThrownBy(() -> new WebFetcher(LOCAL).bytes(site.base() + "/feed.xml"))
                .hasMessage(site.base() + "/feed.xml: redirected to an unusable URL: file:///etc/passwd");
    }

    @Test
    void failsABodyDrippedSlowerThanTheDeadlineAndHangsUp() throws InterruptedException {
        CountDownLatch hungUp = new CountDownLatch(1);
        site.answer("/slow", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(250);
                }
            } catch (IOException gone) {
                hungUp.countDown();
            }
        });
        WebFetcher fetcher = new WebFetcher(LOCAL.withDeadline(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> fetcher.bytes(site.base() + "/slow"))
                .hasMessage(site.base() + "/slow: body not received within 1 s");
        assertThat(hungUp.await(10, TimeUnit.SECONDS)).as("the server saw the connection closed").isTrue();
    }

    @Test
    void failsAServerThatSendsNoHeadersWithinTheDeadline() {
        site.answer("/silent", e -> Thread.sleep(15_000));
        WebFetcher fetcher = new WebFetcher(LOCAL.withDeadline(Duration.ofMillis(800)));
        assertThatThrownBy(() -> fetcher.bytes(site.base() + "/silent"))
                .hasMessage(site.base() + "/silent: no answer within 800 ms");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        site.page("/big", "x".repeat(1000));
        assertThatThrownBy(() -> new WebFetcher(LOCAL.withLimits(new Limits(100))).bytes(site.base() + "/big"))
                .hasMessage(site.base() + "/big: larger than the limit of 100 bytes");
    }

    @Test
    void reportsAnErrorStatusWithoutReadingItsBody() {
        assertThatThrownBy(() -> new WebFetcher(LOCAL).bytes(site.base() + "/missing"))
                .hasMessage(site.base() + "/missing: HTTP 404");
    }
}
