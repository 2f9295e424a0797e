package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.Article;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.InputSink;
import org.sitrep.ingest.Limits;

/**
 * Article-body extraction on the ScrapingHub benchmark ({@code html/KEY.html.gz}, {@code ground-truth.json},
 * other tools' results in {@code output/NAME.json}), scored with the benchmark's shingle rule for Sitrep and for
 * every other tool in the same run; speed in pages per second on one thread.
 */
public final class ExtractionEvaluation {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Consumer<Figure> out;

    public ExtractionEvaluation(Consumer<Figure> out) {
        this.out = out;
    }

    public void zyte(Path dir) {
        Map<String, String> truth = bodies(dir.resolve("ground-truth.json"));
        Map<String, String> ours = new TreeMap<>();
        long bytes = 0;
        long nanos = 0;
        for (String key : truth.keySet()) {
            RawPage page = read(dir.resolve("html").resolve(key + ".html.gz"));
            if (page == null) {
                ours.put(key, "");
                continue;
            }
            bytes += page.bytes().length;
            long t = System.nanoTime();
            ours.put(key, body(page));
            nanos += System.nanoTime() - t;
        }
        report("zyte sitrep", truth, ours);
        out.accept(new Figure("zyte sitrep pages/s (one thread, extraction only)", truth.size() / (nanos / 1e9)));
        out.accept(new Figure("zyte median page KB", bytes / 1024.0 / Math.max(1, truth.size())));
        for (Path other : outputs(dir.resolve("output"))) {
            String name = other.getFileName().toString().replaceFirst("\\.json$", "");
            report("zyte " + name, truth, bodies(other));
        }
    }

    private void report(String name, Map<String, String> truth, Map<String, String> predicted) {
        ShingleScore score = new ShingleScore();
        truth.forEach((key, body) -> score.add(body, predicted.getOrDefault(key, "")));
        out.accept(new Figure(name + " precision", score.precision()));
        out.accept(new Figure(name + " recall", score.recall()));
        out.accept(new Figure(name + " F1", score.f1()));
    }

    private String body(RawPage page) {
        try {
            Article a = extractor.extract(page);
            return String.join("\n", a.paragraphs());
        } catch (InputException e) {
            return "";
        }
    }

    private static RawPage read(Path file) {
        List<RawPage> pages = new ArrayList<>();
        new FileSource(Limits.DEFAULT).read(List.of(file), Hints.NONE, new InputSink() {
            @Override
            public void page(RawPage page) {
                pages.add(page);
            }

            @Override
            public void problem(InputException problem) {
                // a page that cannot be read scores as an empty extraction
            }
        });
        return pages.isEmpty() ? null : pages.get(0);
    }

    private static Map<String, String> bodies(Path json) {
        String text;
        try {
            text = Files.readString(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(json.toString(), "cannot read: " + e.getMessage(), e);
        }
        Object parsed = Json.parse(text).orElseThrow(() -> new InputException(json.toString(), "not JSON"));
        Map<String, String> out = new TreeMap<>();
        // Some tools' files wrap the pages: {"output": {...}, "version": ...}.
        if (parsed instanceof Map<?, ?> wrapper && wrapper.get("output") instanceof Map<?, ?> inner) {
            parsed = inner;
        }
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                Object body = v instanceof Map<?, ?> m ? m.get("articleBody") : null;
                out.put(k.toString(), body == null ? "" : body.toString());
            });
        }
        return out;
    }

    private static List<Path> outputs(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage(), e);
        }
    }
}
