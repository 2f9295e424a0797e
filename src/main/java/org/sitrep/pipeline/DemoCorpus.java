package org.sitrep.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.Hints;
import org.sitrep.core.StorageException;

/** The demo corpus bundled with Sitrep (see its README): the seed article and the FA-KES development articles. */
public final class DemoCorpus {
    private static final String RESOURCES = "/org/sitrep/demo/";
    static final String SEED = "rferl-islamic-state-aleppo.txt";
    static final String FA_KES = "fa-kes-dev.csv";
    /** The seed carries no date; it cites a statement of 28 November 2014 and appeared in the days after. */
    public static final Hints SEED_HINTS = new Hints(null, LocalDate.of(2014, 12, 1), "RFE/RL",
            "https://www.rferl.org/a/islamic-state-aleppo-syrian-government-rebels/26719382.html");

    /** One batch of the corpus: paths and the hints that go with them. */
    public record Batch(List<Path> paths, Hints hints) {
    }

    private DemoCorpus() {
    }

    /** Copies the corpus into {@code dir/demo-corpus} and returns its batches, seed first. */
    public static List<Batch> unpack(Path dataDir) {
        Path dir = dataDir.resolve("demo-corpus");
        try {
            Files.createDirectories(dir);
            Path seed = copy(SEED, dir);
            Path faKes = copy(FA_KES, dir);
            return List.of(new Batch(List.of(seed), SEED_HINTS), new Batch(List.of(faKes), Hints.NONE));
        } catch (IOException e) {
            throw new StorageException("cannot unpack the demo corpus into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = DemoCorpus.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing from the build: " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
