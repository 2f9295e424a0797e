package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.core.PageRequest;
import org.sitrep.index.SearchQuery;

/** Folders of one-sentence reports, each carrying a marker word, and how many articles a search for a word finds. */
final class MarkedReports {
    private MarkedReports() {
    }

    /** A folder {@code name} under {@code dir} with one text file per marker, named after it and mentioning it. */
    static Path folder(Path dir, String name, String... markers) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        for (String marker : markers) {
            Files.writeString(in.resolve(marker + ".txt"), "Report " + marker + "\n\nThe envoy spoke of " + marker + " in Geneva.\n");
        }
        return in;
    }

    /** Articles of the workspace's search index that match the word. */
    static long hits(Workspace w, String word) {
        return w.index().search(new SearchQuery(word, null, null, null, new PageRequest(1, 10))).hits().total();
    }
}
