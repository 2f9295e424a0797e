package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.StoredArticle;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Database;

/** A real {@code sitrep} command in a process of its own (to be killed mid-run), and what it left in a data folder. */
final class SitrepProcess {
    private SitrepProcess() {
    }

    /** Starts {@code sitrep ARGS} on this JVM's classpath, with the heap given ("1g"), its output in the log. */
    static Process start(String heap, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The addresses of the articles the data folder's database holds. */
    static List<String> storedUrls(Path data) {
        List<String> urls = new ArrayList<>();
        try (Database db = Database.open(data)) {
            new ArticleStore(db).forEach((StoredArticle a) -> urls.add(a.article().url()));
        }
        return urls;
    }
}
