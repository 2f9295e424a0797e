package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.ContentType;
import org.sitrep.core.Hints;

class FileSourceTest {
    @TempDir
    Path dir;

    private Collected read(Limits limits, Path... paths) {
        Collected c = new Collected();
        new FileSource(limits).read(List.of(paths), Hints.NONE, c);
        return c;
    }

    @Test
    void readsFoldersRecursivelyInNameOrderAndSkipsOtherFileTypes() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.html"), "<p>two</p>");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Collected c = read(Limits.DEFAULT, dir);
        assertThat(c.pages).extracting(p -> Path.of(p.origin()).getFileName().toString()).containsExactly("a.txt", "two.html");
        assertThat(c.pages).extracting(p -> p.contentType()).containsExactly(ContentType.PAGE_TEXT, ContentType.HTML);
        assertThat(c.problems).isEmpty();
    }

    @Test
    void readsGzippedHtml() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Collected c = read(Limits.DEFAULT, gz);
        assertThat(c.pages).singleElement().satisfies(p -> {
            assertThat(p.contentType()).isEqualTo(ContentType.HTML);
            assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).contains("Hello");
        });
    }

    @Test
    void reportsEachBadInputWithItsPathAndReasonAndReadsTheRest() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(200));
        Path unsupported = Files.writeString(dir.resolve("doc.pdf"), "%PDF");
        Path missing = dir.resolve("missing.txt");
        Path good = Files.writeString(dir.resolve("good.txt"), "A real article.");
        Collected c = read(new Limits(100), empty, binary, big, unsupported, missing, good);
        assertThat(c.pages).extracting(p -> p.origin()).containsExactly(good.toString());
        assertThat(c.problems).extracting(e -> e.input() + " | " + e.reason()).containsExactly(
                empty + " | empty file",
                binary + " | binary content, not text or HTML",
                big + " | larger than the limit of 100 bytes (200 bytes)",
                unsupported + " | unsupported file type (expected .txt, .html, .htm, .csv, .warc, optionally .gz)",
                missing + " | no such file or folder");
    }

    @Test
    void refusesAGzipThatInflatesPastTheLimit() throws IOException {
        Path gz = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("a".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        }
        Collected c = read(new Limits(1000), gz);
        assertThat(c.pages).isEmpty();
        assertThat(c.problems).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("larger than the limit of 1000 bytes once uncompressed"));
    }

    @Test
    void refusesAFifoByNameWithoutOpeningIt() throws IOException, InterruptedException {
        Path fifo = dir.resolve("x.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.writeString(dir.resolve("after.txt"), "after");
        Collected c = read(Limits.DEFAULT, fifo, dir.resolve("after.txt"));
        assertThat(c.problems).extracting(e -> e.getMessage()).containsExactly(fifo + ": not a regular file (a FIFO)");
        assertThat(c.pages).extracting(p -> Path.of(p.origin()).getFileName().toString()).containsExactly("after.txt");
    }

    @Test
    void refusesADeviceByName() {
        Collected c = read(Limits.DEFAULT, Path.of("/dev/zero"));
        assertThat(c.problems).extracting(e -> e.getMessage()).containsExactly("/dev/zero: not a regular file (a character device)");
    }

    /** Writes the row of issue 14, 130 quoted fields of 1 MB (1,024 lines each), between two small rows; returns its lines. */
    private static int writeRowOf130FieldsOf1Mb(Path csv) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(csv), 65536)) {
            out.write("title,text\nStrike,An air strike hit Idlib on Monday.\n".getBytes(StandardCharsets.UTF_8));
            byte[] field = ("\"" + ("w".repeat(999) + "\n").repeat(1024) + "\"").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 130; i++) {
                out.write((i == 0 ? "B," : ",").getBytes(StandardCharsets.UTF_8));
                out.write(field);
            }
            out.write("\nTalks,Talks resumed in Geneva on Tuesday.\n".getBytes(StandardCharsets.UTF_8));
        }
        return 130 * 1024 + 1;
    }

    /**
     * Issue 14: one gzipped row of 130 fields of 1 MB each ran out of memory and lost the rest of the batch. The row is
     * reported by its line and skipped; the row after it and the next file are read.
     */
    @Test
    void aGzippedRowOf130FieldsOf1MbIsReportedAndTheRestOfTheBatchIsRead() throws IOException {
        Path csv = dir.resolve("big.csv.gz");
        int linesInBigRow = writeRowOf130FieldsOf1Mb(csv);
        Files.writeString(dir.resolve("after.txt"), "after");
        Collected c = read(Limits.DEFAULT, csv, dir.resolve("after.txt"));
        assertThat(c.problems).extracting(e -> e.getMessage()).containsExactly(
                csv + " line 3: row of 133120001 characters is longer than the limit of 20 MB; skipped");
        assertThat(c.pages).extracting(p -> p.origin())
                .containsExactly(csv + " line 2", csv + " line " + (3 + linesInBigRow), dir.resolve("after.txt").toString());
    }

    /**
     * The same row through {@code sitrep extract} in a process with a 96 MB heap, which the row (133 MB of text) would
     * not fit in: the rest of the batch is read all the same.
     */
    @Test
    void extractReadsTheRestOfTheBatchAfterTheRowInABoundedHeap() throws IOException, InterruptedException {
        Path csv = dir.resolve("big.csv.gz");
        int linesInBigRow = writeRowOf130FieldsOf1Mb(csv);
        Path after = dir.resolve("after.txt");
        Files.writeString(after, "Talks resume in Geneva\n\nDelegations met in Geneva on Tuesday for a new round of talks, the envoy said."
                + " Both sides brought new proposals on prisoners and on aid convoys, and the envoy said he hoped for an agreement"
                + " before the end of the month. Observers were cautious after three earlier rounds ended without one.\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "org.sitrep.cli.Main", "extract", csv.toString(), after.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(1);
        assertThat(out).doesNotContain("OutOfMemoryError")
                .contains("\"file\":\"" + csv + " line 3\",\"error\":\"row of 133120001 characters is longer than the limit of 20 MB; skipped\"")
                .contains("\"file\":\"" + csv + " line " + (3 + linesInBigRow) + "\",\"title\":\"Talks\"")
                .contains("\"file\":\"" + after + "\",\"title\"");
    }
}
