package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void severalOpeningANewDataDirectoryAtOnceAllSucceedAndMigrateItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                Path data = dir.resolve("data" + round);
                List<Callable<Integer>> openers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    openers.add(() -> {
                        try (Database db = Database.open(data)) {
                            return db.read(c -> {
                                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM schema_migrations")) {
                                    return rs.getInt(1);
                                }
                            });
                        }
                    });
                }
                List<Integer> migrations = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(openers, 60, TimeUnit.SECONDS)) {
                    migrations.add(f.get());
                }
                // Each opener sees every migration recorded once.
                assertThat(migrations).containsOnly(migrations.get(0));
                assertThat(migrations.get(0)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
