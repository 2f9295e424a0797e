package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A store in a fresh SQLite file for each test, closed and deleted after it. Register it with
 * {@code @RegisterExtension final StoreOnDisk disk = new StoreOnDisk();} and use {@link #store()}.
 */
final class StoreOnDisk implements BeforeEachCallback, AfterEachCallback {
    private Path dir;
    private Database db;
    private ArticleStore store;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("sitrep-store-test");
        db = Database.open(dir);
        store = new ArticleStore(db);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    ArticleStore store() {
        return store;
    }

    Database db() {
        return db;
    }

    /** The data directory the store's SQLite file is in. */
    Path dir() {
        return dir;
    }
}
