package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.LocalSite;

/** Feeds polled from a real HTTP server on 127.0.0.1. */
class SourcesCommandTest {
    @TempDir
    Path dir;
    private LocalSite site;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        site = new LocalSite();
        base = site.base();
        Map<String, String> pages = Map.of(
                "/feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                        + "<item><title>Strike on Idlib</title><link>" + base + "/a1.html</link><pubDate>Mon, 03 Apr 2017 08:00:00 GMT</pubDate></item>"
                        + "<item><title>Gone</title><link>" + base + "/missing.html</link></item>"
                        + "<item><title>Talks</title><link>" + base + "/a2.html</link></item></channel></rss>",
                "/a1.html", "<html><head><meta property=\"og:site_name\" content=\"Wire\"></head><body><article><h1>Strike on Idlib</h1>"
                        + "<p>An air strike hit a market in Idlib on Monday, killing nine people, a monitoring group said.</p></article></body></html>",
                "/a2.html", "<html><body><article><h1>Talks resume in Geneva</h1>"
                        + "<p>Delegations met in Geneva on Tuesday for a new round of talks, the envoy said.</p></article></body></html>");
        pages.forEach(site::page);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void pollsAFeedIngestingNewItemsOnceAndReportingBrokenOnes() {
        String data = dir.resolve("data").toString();
        assertThat(run("sources", "add", base + "/feed.xml", "--name", "Wire", "--every", "15m", "--data", data)[0]).isEqualTo("0");
        String[] first = run("sources", "poll", "--data", data);
        assertThat(first[0]).isEqualTo("1");
        assertThat(first[1]).contains(base + "/feed.xml\t2 new, 1 failed, 3 in the feed");
        assertThat(first[2]).contains("sitrep: " + base + "/missing.html: HTTP 404");
        assertThat(run("sources", "list", "--data", data)[1]).contains("Wire", "PT15M", "2 new, 1 failed");
        assertThat(run("export", "--data", data)[1]).contains("Strike on Idlib", "\"published\":\"2017-04-03\"", "Talks resume in Geneva");
    }

    @Test
    void aSourceIsPolledAgainOnlyWhenDueAndTakesNothingTwice() {
        String data = dir.resolve("data").toString();
        run("sources", "add", base + "/feed.xml", "--every", "1m", "--data", data);
        run("sources", "poll", "--data", data);
        assertThat(run("sources", "poll", "--data", data)[1]).isEmpty();
    }

    /** Runs the CLI in its own JVM without the variable the test JVM sets, as a user would (issue 14, finding 4). */
    private String[] runWithoutAllowingPrivateAddresses(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("SITREP_ALLOW_PRIVATE_ADDRESSES");
        int code = builder.start().waitFor();
        return new String[] {Integer.toString(code), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt"))};
    }

    @Test
    void addRefusesAnInternalAddressUnlessTheUserAllowsIt() throws IOException, InterruptedException {
        String data = dir.resolve("data").toString();
        String[] refused = runWithoutAllowingPrivateAddresses("sources", "add", base + "/feed.xml", "--data", data);
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains(base + "/feed.xml: refused: 127.0.0.1 is a loopback address "
                + "(allow with --allow-private-addresses or SITREP_ALLOW_PRIVATE_ADDRESSES=1)");
        String[] allowed = runWithoutAllowingPrivateAddresses("sources", "add", base + "/feed.xml", "--allow-private-addresses", "--data", data);
        assertThat(allowed[0]).isEqualTo("0");
        assertThat(allowed[1]).contains("1\t" + base + "/feed.xml");
    }

    @Test
    void refusesAnAllowedAddressThatIsNotHostAndPort() {
        String[] r = run("sources", "add", base + "/feed.xml", "--allow-address", "127.0.0.1", "--data", dir.resolve("data").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--allow-address must be HOST:PORT with a known host, like 127.0.0.1:3000 or [::1]:3000; got: 127.0.0.1");
    }

    @Test
    void refusesBadIntervalsDuplicateSourcesAndUnknownIds() {
        String data = dir.resolve("data").toString();
        assertThat(run("sources", "add", base + "/feed.xml", "--every", "5s", "--data", data)[0]).isEqualTo("2");
        assertThat(run("sources", "add", "ftp://example.org/feed", "--data", data)[0]).isEqualTo("2");
        run("sources", "add", base + "/feed.xml", "--data", data);
        String[] again = run("sources", "add", base + "/feed.xml", "--data", data);
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[2]).contains("already a source");
        assertThat(run("sources", "remove", "99", "--data", data)[0]).isEqualTo("1");
        assertThat(run("sources", "remove", "1", "--data", data)[0]).isEqualTo("0");
    }
}
