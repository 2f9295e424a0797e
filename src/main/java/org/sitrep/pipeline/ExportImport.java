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
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.Processed;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.store.ArticleIds;
import org.sitrep.store.ExportedArticle;
import org.sitrep.store.ExportedArticleReader;

/**
 * Loads export lines ({@code sitrep export}, or the Spark job's {@code month=YYYY-MM/part-*.jsonl}) into a workspace
 * to serve, without running the pipeline: each article is stored and indexed with the facts the line gives. An
 * article already stored with the same facts is left as it is, so importing the same folder again changes nothing;
 * one with other facts is updated. Incident ids are the store's own: it groups the events as it saves them.
 */
public final class ExportImport {
    /** What an import did: articles added, updated, found already stored with the same facts, and lines that failed. */
    public record Summary(int added, int updated, int unchanged, int failed) {
    }

    private final Workspace workspace;
    private final ExportedArticleReader reader = new ExportedArticleReader(id -> GeoNamesGazetteer.shared().byId(id));

    public ExportImport(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Imports every {@code .jsonl} (or {@code .jsonl.gz}) file under {@code path} (or {@code path} itself), in path
     * order; each bad line or file goes to {@code problems} and the rest go on.
     */
    public Summary run(Path path, Consumer<InputException> problems) {
        int[] counts = new int[4];
        for (Path file : files(path, problems, counts)) {
            try (BufferedReader lines = open(file)) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        counts[take(file + " line " + number, line, problems)]++;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems.accept(new InputException(file.toString(), "cannot read: " + e.getMessage(), e));
                counts[3]++;
            }
        }
        workspace.commit();
        return new Summary(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Stores one line; returns 0 added, 1 updated, 2 already stored alike (or as the same text elsewhere), 3 failed. */
    private int take(String origin, String line, Consumer<InputException> problems) {
        try {
            Processed article = reader.read(origin, line);
            if (alreadyStored(article)) {
                return 2;
            }
            return switch (workspace.save(article).outcome()) {
                case CREATED -> 0;
                case UPDATED -> 1;
                // A wire story stored under another address: the store now lists this address too.
                case COPY, UNCHANGED -> 2;
            };
        } catch (InputException e) {
            problems.accept(e);
        } catch (RuntimeException e) {
            problems.accept(new InputException(origin, "cannot store: " + e, e));
        }
        return 3;
    }

    /** Whether the store holds the article, under the id it would give it, with the same facts but for incident ids. */
    private boolean alreadyStored(Processed article) {
        String text = article.article().text();
        return workspace.store().find(ArticleIds.newId(article.article().url(), text))
                .map(stored -> withoutIncidents(Json.write(ExportedArticle.of(stored)))
                        .equals(withoutIncidents(Json.write(ExportedArticle.of(storedForm(article))))))
                .orElse(false);
    }

    private static org.sitrep.core.StoredArticle storedForm(Processed p) {
        return new org.sitrep.core.StoredArticle("", p.origin(), java.time.Instant.EPOCH, p.article(), List.of(),
                p.entities(), p.annotated().dates(), p.quotes(), p.places(), p.events());
    }

    @SuppressWarnings("unchecked")
    private static Object withoutIncidents(String json) {
        Map<String, Object> a = (Map<String, Object>) Json.parse(json).orElseThrow();
        a.remove("id");
        ((List<Map<String, Object>>) a.get("events")).forEach(e -> e.remove("incident"));
        return Objects.requireNonNull(a);
    }

    private static List<Path> files(Path path, Consumer<InputException> problems, int[] counts) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".jsonl") || p.getFileName().toString().endsWith(".jsonl.gz"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new InputException(path.toString(), "cannot list folder: " + e.getMessage(), e));
            counts[3]++;
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
