package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Json;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchQuery;
import org.sitrep.pipeline.Workspace;

/**
 * Issue 19: a real {@code sitrep import} (which saves a hundred articles per transaction) is killed with SIGKILL in
 * the middle, and the same command is run again: no article the database held at the kill is lost, none is stored
 * twice, every line ends stored, and the search index finds them all.
 */
class KilledImportTest {
    /** Copies of each of the four exported articles: enough lines that the import is still running when killed. */
    private static final int COPIES = 150;
    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    /** The fixture's four articles, each copied under addresses of its own with a last paragraph of its own. */
    @SuppressWarnings("unchecked")
    private Path writeExport() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/org/sitrep/cli/fa-kes-export.jsonl")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < COPIES; k++) {
            for (String line : lines) {
                Map<String, Object> a = new HashMap<>((Map<String, Object>) Json.parse(line).orElseThrow());
                List<String> paragraphs = new ArrayList<>((List<String>) a.get("paragraphs"));
                paragraphs.add("Copy sitrepcopy" + k + " of this report.");
                a.put("paragraphs", paragraphs);
                a.put("text", a.get("title") + "\n\n" + String.join("\n\n", paragraphs));
                a.put("url", "https://copies.example/" + k + "/" + a.get("id"));
                a.remove("id");
                out.add(Json.write(a));
            }
        }
        Path file = dir.resolve("export.jsonl");
        Files.write(file, out);
        return file;
    }

    private Process startImport(Path data, Path export, Path log) throws IOException {
        return SitrepProcess.start("1g", log, "import", "--data", data.toString(), export.toString());
    }

    private static List<String> storedUrls(Path data) {
        return SitrepProcess.storedUrls(data);
    }

    /** Waits until the import has committed a batch or more, but not every line. */
    private void awaitSomeStored(Process run, Path data, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            assertThat(run.isAlive()).as("import running; its output:%n%s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("articles stored within %s", PATIENCE).isLessThan(deadline);
            if (Files.exists(data.resolve("sitrep.db")) && !storedUrls(data).isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
    }

    @Test
    @Timeout(600)
    void anImportKilledMidwayAndRunAgainLosesNoStoredArticleAndStoresNoneTwice() throws Exception {
        Path export = writeExport();
        int lines = 4 * COPIES;
        Path data = dir.resolve("data");
        Process first = startImport(data, export, dir.resolve("first.log"));
        try {
            awaitSomeStored(first, data, dir.resolve("first.log"));
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed import exits").isTrue();
        }
        List<String> atKill = storedUrls(data);
        assertThat(atKill).as("stored when killed").isNotEmpty().hasSizeLessThan(lines);

        Path log = dir.resolve("second.log");
        Process second = startImport(data, export, log);
        assertThat(second.waitFor(PATIENCE.toSeconds() * 3, TimeUnit.SECONDS)).as("second run ends").isTrue();
        assertThat(second.exitValue()).as("second run's exit; its output:%n%s", Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("imported " + (lines - atKill.size()) + " articles ("
                + (lines - atKill.size()) + " new, 0 updated), " + atKill.size() + " already stored, 0 failed");

        List<String> after = storedUrls(data);
        assertThat(after).as("every article stored before the kill").containsAll(atKill);
        assertThat(after).as("each line once").hasSize(lines).doesNotHaveDuplicates();
        try (Workspace w = Workspace.open(data)) {
            assertThat(w.index().search(new SearchQuery("sitrepcopy7", null, null, null, null, new PageRequest(1, 10)))
                    .hits().total()).as("the copies of one round, searchable").isEqualTo(4);
            assertThat(w.index().size()).as("every article in the index, once").isEqualTo(lines);
        }
    }
}
