package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;
import org.sitrep.core.RawPage;

class WebArchiveReaderTest {
    private static final Instant FETCHED = Instant.parse("2016-03-04T05:06:07Z");

    @TempDir
    Path dir;

    private static byte[] page(String title) {
        return ("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>Shelling hit the old city of Aleppo on Monday, residents said.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Collected read(Path warc) {
        Collected sink = new Collected();
        new FileSource(Limits.DEFAULT).read(List.of(warc), Hints.NONE, sink);
        return sink;
    }

    @Test
    void keepsAnHtmlResponseWithItsTargetUriAsLocationAndItsWarcDateAsFetchTime() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            w.request("https://news.example/aleppo", FETCHED);
            w.response("https://news.example/aleppo", FETCHED, 200, "text/html; charset=windows-1252", page("Aleppo shelled"));
        }

        Collected read = read(warc);

        assertThat(read.problems).isEmpty();
        assertThat(read.pages).hasSize(1);
        RawPage p = read.pages.get(0);
        assertThat(p.location()).isEqualTo("https://news.example/aleppo");
        assertThat(p.fetchedAt()).isEqualTo(FETCHED);
        assertThat(p.contentType()).isEqualTo(ContentType.HTML);
        assertThat(p.charset()).isEqualTo("windows-1252");
        assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).contains("Shelling hit the old city");
        assertThat(p.origin()).startsWith(warc + " record at byte ").endsWith("(https://news.example/aleppo)");
    }

    @Test
    void skipsRecordsThatHoldNoHtmlPageAndCountsThemByReason() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            w.request("https://news.example/a", FETCHED);
            w.response("https://news.example/a", FETCHED, 200, "text/html", page("Kept"));
            w.response("https://news.example/logo.png", FETCHED, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.response("https://news.example/feed.json", FETCHED, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            w.response("https://news.example/gone", FETCHED, 404, "text/html", page("Not found"));
        }

        Collected read = read(warc);

        assertThat(read.pages).extracting(RawPage::location).containsExactly("https://news.example/a");
        assertThat(read.skipped).hasSize(1);
        SkippedRecords skipped = read.skipped.get(0);
        assertThat(skipped.kept()).isEqualTo(1);
        assertThat(skipped.byReason()).isEqualTo(Map.of("not HTML", 2, "not a response", 1, "status 404", 1));
        assertThat(skipped.describe()).isEqualTo("skipped 4 records: 2 not HTML, 1 not a response, 1 status 404");
    }

    @Test
    void aTruncatedArchiveIsReportedWithTheFileAndTheOffsetOfTheBrokenRecordAndTheRecordsBeforeItAreKept() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        long third;
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            w.response("https://news.example/1", FETCHED, 200, "text/html", page("One"));
            w.response("https://news.example/2", FETCHED, 200, "text/html", page("Two"));
            third = w.position();
            w.response("https://news.example/3", FETCHED, 200, "text/html", page("Three"));
        }
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
            ch.truncate(third + 40);
        }

        Collected read = read(warc);

        assertThat(read.pages).extracting(RawPage::location).containsExactly("https://news.example/1", "https://news.example/2");
        assertThat(read.problems).hasSize(1);
        assertThat(read.problems.get(0).input()).isEqualTo(warc.toString());
        assertThat(read.problems.get(0).reason()).startsWith("the archive breaks off at the record at byte offset " + third + " (")
                .endsWith("); the 2 pages before it were read");
    }

    @Test
    void anUncompressedArchiveCutMidRecordIsReportedTheSameWay() throws IOException {
        Path warc = dir.resolve("cut.warc");
        long second;
        try (WebArchiveWriter w = WebArchiveWriter.create(warc)) {
            w.response("https://news.example/1", FETCHED, 200, "text/html", page("One"));
            second = w.position();
            w.response("https://news.example/2", FETCHED, 200, "text/html", page("Two"));
        }
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
            ch.truncate(second + 300);
        }

        Collected read = read(warc);

        assertThat(read.pages).extracting(RawPage::location).containsExactly("https://news.example/1");
        assertThat(read.problems).singleElement().satisfies(p ->
                assertThat(p.reason()).startsWith("the archive breaks off at the record at byte offset " + second + " ("));
    }
}
