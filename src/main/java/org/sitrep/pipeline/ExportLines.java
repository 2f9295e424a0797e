package org.sitrep.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.InputException;

/**
 * Reads the lines of every {@code .jsonl} (or {@code .jsonl.gz}) file under a path, in path order, and hands each to
 * a pool of threads to read into an article, queueing the results in the order of the lines, so that one writer can
 * take them in that order while the next lines are read. The queue's capacity bounds how far reading runs ahead.
 *
 * @param <T> what a line is read into
 */
final class ExportLines<T> implements Runnable {
    private final Path path;
    private final ExecutorService readers;
    private final BlockingQueue<Future<T>> queue;
    /** Reads one line: (where it is, its text), as "FILE line N". */
    private final BiFunction<String, String, T> read;
    /** What a file or folder that cannot be read comes to, in the queue. */
    private final Function<InputException, T> unreadable;
    private final T end;

    /**
     * @param end queued after the last line (also when listing or reading stopped at an unreadable file)
     */
    ExportLines(Path path, ExecutorService readers, BlockingQueue<Future<T>> queue, BiFunction<String, String, T> read,
                Function<InputException, T> unreadable, T end) {
        this.path = path;
        this.readers = readers;
        this.queue = queue;
        this.read = read;
        this.unreadable = unreadable;
        this.end = end;
    }

    /** Queues every line's result, then {@code end}; stops early, queueing nothing more, when interrupted. */
    @Override
    public void run() {
        try {
            for (Path file : files()) {
                queueLines(file);
            }
            queue.put(CompletableFuture.completedFuture(end));
        } catch (InterruptedException e) {
            // The writer stopped (it failed, or was itself interrupted): nobody takes what would be queued.
            Thread.currentThread().interrupt();
        }
    }

    private void queueLines(Path file) throws InterruptedException {
        try (BufferedReader lines = open(file)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    String origin = file + " line " + number;
                    String text = line;
                    queue.put(readers.submit(() -> read.apply(origin, text)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            queue.put(CompletableFuture.completedFuture(
                    unreadable.apply(new InputException(file.toString(), "cannot read: " + e.getMessage(), e))));
        }
    }

    private List<Path> files() throws InterruptedException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jsonl") || p.getFileName().toString().endsWith(".jsonl.gz"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            queue.put(CompletableFuture.completedFuture(
                    unreadable.apply(new InputException(path.toString(), "cannot list folder: " + e.getMessage(), e))));
            return List.of();
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
