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
                unsupported + " | unsupported file type (expected .txt, .html, .htm, .csv, optionally .gz)",
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
}
