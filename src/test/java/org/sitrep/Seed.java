package org.sitrep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The seed article as bundled with the demo corpus, for tests that need a real news text. */
public final class Seed {
    public static final String TITLE = "If Assad Retook Aleppo, How Would Islamic State Respond?";
    public static final Path SHARED = Path.of("..", "shared");

    private Seed() {
    }

    /** Copies the bundled seed text into {@code dir} and returns its path. */
    public static Path copyTo(Path dir) {
        Path target = dir.resolve("seed.txt");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Seed.class.getResourceAsStream("/org/sitrep/demo/rferl-islamic-state-aleppo.txt")) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text() {
        try (InputStream in = Seed.class.getResourceAsStream("/org/sitrep/demo/rferl-islamic-state-aleppo.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
