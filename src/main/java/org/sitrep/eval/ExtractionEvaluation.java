package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sitrep.ingest.Limits;

/**
 * Article-body extraction on the ScrapingHub benchmark ({@code html/KEY.html.gz}, {@code ground-truth.json},
 * other tools' results in {@code output/NAME.json}), scored with the benchmark's shingle rule for Sitrep and for
 * every other tool in the same run; speed in pages per second on one thread.
 */
public final class ExtractionEvaluation {
    private static final int WARM_UP_PASSES = 4;
    private static final int TIMED_PASSES = 5;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Consumer<Figure> out;
    private final Consumer<String> devDateMisses;

    public ExtractionEvaluation(Consumer<Figure> out) {
        this(out, miss -> { });
    }

    /**
     * @param devDateMisses receives one line per WCXB page of the development half whose publication day is wrong or
     *                      missing (id, URL, true day, day found, where on the page it was read), to study; never a page
     *                      of the test half
     */
    public ExtractionEvaluation(Consumer<Figure> out, Consumer<String> devDateMisses) {
        this.out = out;
        this.devDateMisses = devDateMisses;
    }

    /**
     * The ScrapingHub benchmark ({@code ground-truth.json}, {@code html/KEY.html.gz}, {@code output/TOOL.json}):
     * article-body precision, recall and F1 by the benchmark's rule, ours and every stored tool's from the same code.
     */
    public void zyte(Path dir) {
        Path truthFile = dir.resolve("ground-truth.json");
        Map<String, String> truth = bodies(truthFile);
        Map<String, String> ours = new TreeMap<>();
        zytePages(dir, truth.keySet()).forEach((key, page) -> ours.put(key, body(page)));
        report("zyte sitrep", truth, ours);
        for (Path other : outputs(dir.resolve("output"))) {
            String name = other.getFileName().toString().replaceFirst("\\.json$", "");
            report("zyte " + name, truth, bodies(other));
        }
    }

    /**
     * Extraction speed over the ScrapingHub pages on one thread, from the page's bytes to the article, once the JIT
     * has compiled the extractor (the speed of a running server): a first pass runs at a quarter of full speed and
     * the fourth reaches it, so WARM_UP_PASSES go untimed; the median of TIMED_PASSES, as other programs on a shared
     * machine slow single passes down.
     */
    public void zyteSpeed(Path dir) {
        Map<String, RawPage> pages = zytePages(dir, bodies(dir.resolve("ground-truth.json")).keySet());
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pages.values().forEach(this::body);
        }
        double[] passes = new double[TIMED_PASSES];
        for (int i = 0; i < passes.length; i++) {
            long t = System.nanoTime();
            pages.values().forEach(this::body);
            passes[i] = (System.nanoTime() - t) / 1e9;
        }
        java.util.Arrays.sort(passes);
        List<Integer> sizes = pages.values().stream().map(p -> p.bytes().length).sorted().toList();
        out.accept(new Figure("zyte sitrep pages/s (one thread, from page bytes, after warm-up)", pages.size() / passes[passes.length / 2]));
        out.accept(new Figure("zyte median page KB", sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2) / 1024.0));
    }

    /** The pages of these keys that can be read, by key, each with the URL the benchmark records for it. */
    private static Map<String, RawPage> zytePages(Path dir, java.util.Set<String> keys) {
        Map<String, String> urls = field(dir.resolve("ground-truth.json"), "url");
        Map<String, RawPage> pages = new TreeMap<>();
        for (String key : keys) {
            RawPage page = read(dir.resolve("html").resolve(key + ".html.gz"), urls.get(key));
            if (page != null) {
                pages.put(key, page);
            }
        }
        return pages;
    }

    /**
     * WCXB articles ({@code dev/html/NNNN.html.gz}, {@code dev/ground-truth/NNNN.json}): main-content word F1 (WCXB's
     * rule) and shingle F1, and exact title, author and publication day where the truth gives them.
     */
    public void wcxb(Path split) {
        Path truthDir = split.resolve("ground-truth");
        List<Path> files;
        try (Stream<Path> s = Files.list(truthDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(truthDir.toString(), "cannot list: " + e.getMessage(), e);
        }
        WordF1 words = new WordF1();
        ShingleScore shingles = new ShingleScore();
        int[] title = new int[2];
        int[] titleQuotesFolded = new int[2];
        int[] author = new int[2];
        int[] date = new int[2];
        int[] dateDev = new int[2];
        int[] dateTest = new int[2];
        for (Path f : files) {
            Map<?, ?> doc = (Map<?, ?>) Json.parse(readText(f)).orElse(Map.of());
            Map<?, ?> truth = doc.get("ground_truth") instanceof Map<?, ?> m ? m : Map.of();
            String id = f.getFileName().toString().replaceFirst("\\.json$", "");
            RawPage page = read(split.resolve("html").resolve(id + ".html.gz"), doc.get("url") instanceof String u ? u : null);
            Article a = null;
            try {
                a = page == null ? null : extractor.extract(page);
            } catch (InputException e) {
                a = null;
            }
            String body = a == null ? "" : String.join("\n", a.paragraphs());
            String main = String.valueOf(truth.get("main_content") == null ? "" : truth.get("main_content"));
            words.add(main, body);
            shingles.add(main, body);
            exact(title, truth.get("title"), a == null ? null : a.title());
            exact(titleQuotesFolded, foldQuotes(truth.get("title")), a == null ? null : foldQuotes(a.title()));
            exact(author, truth.get("author"), a == null ? null : asWritten(a.byline()));
            String day = a == null || a.published() == null ? null : a.published().toString();
            exact(date, truth.get("publish_date"), day);
            boolean isTest = HalfSplit.isTest(id);
            exact(isTest ? dateTest : dateDev, truth.get("publish_date"), day);
            if (!isTest && isMiss(truth.get("publish_date"), day)) {
                devDateMisses.accept("wcxb " + id + " " + doc.get("url") + ": true " + truth.get("publish_date") + ", got " + day
                        + " from " + (page == null ? "an unreadable page" : extractor.publishedDayFrom(page)));
            }
        }
        out.accept(new Figure("wcxb pages", files.size()));
        out.accept(new Figure("wcxb sitrep main content word precision (WCXB rule)", words.meanPrecision()));
        out.accept(new Figure("wcxb sitrep main content word recall (WCXB rule)", words.meanRecall()));
        out.accept(new Figure("wcxb sitrep main content word F1 (WCXB rule)", words.mean()));
        out.accept(new Figure("wcxb sitrep main content shingle F1", shingles.f1()));
        out.accept(new Figure("wcxb sitrep title exact (of " + title[1] + ")", ratio(title)));
        // The truth writes most apostrophes straight where the page has curly ones; this shows how many misses that is.
        out.accept(new Figure("wcxb sitrep title exact with quote marks folded (of " + titleQuotesFolded[1] + ")", ratio(titleQuotesFolded)));
        out.accept(new Figure("wcxb sitrep author exact (of " + author[1] + ")", ratio(author)));
        out.accept(new Figure("wcxb sitrep date exact (of " + date[1] + ")", ratio(date)));
        out.accept(new Figure("wcxb dev sitrep date exact (of " + dateDev[1] + ")", ratio(dateDev)));
        out.accept(new Figure("wcxb test sitrep date exact (of " + dateTest[1] + ")", ratio(dateTest)));
    }

    /** Whether the truth gives a field and ours is not it, by {@link #exact}'s rule. */
    private static boolean isMiss(Object truth, String ours) {
        int[] counts = new int[2];
        exact(counts, truth, ours);
        return counts[1] == 1 && counts[0] == 0;
    }

    /** Counts a field the truth gives; equal after folding white space and case. */
    private static void exact(int[] counts, Object truth, String ours) {
        String t = truth == null ? "" : truth.toString().strip();
        if (t.isEmpty() || t.equals("null")) {
            return;
        }
        counts[1]++;
        if (ours != null && fold(ours).equals(fold(t))) {
            counts[0]++;
        }
    }

    /** Names as a byline writes them: "A", "A and B", "A, B, and C". */
    static String asWritten(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    private static String foldQuotes(Object s) {
        return s == null ? null : s.toString().replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static double ratio(int[] counts) {
        return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot read: " + e.getMessage(), e);
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

    /**
     * The page of a file, read as if fetched from its address ({@code null} when the benchmark gives none), or
     * {@code null} when it cannot be read (it then scores as an empty extraction). Pages Sitrep fetches always
     * carry their address, and the benchmarks record it beside each page.
     */
    private static RawPage read(Path file, String url) {
        Hints hints = url == null || url.isBlank() ? Hints.NONE : Hints.NONE.withUrl(url);
        List<RawPage> pages = new FileSource(Limits.DEFAULT).pages(List.of(file), hints, problem -> { });
        return pages.isEmpty() ? null : pages.get(0);
    }

    private static Map<String, String> bodies(Path json) {
        return field(json, "articleBody");
    }

    /** One field of each page of a ScrapingHub-style file ({@code {"KEY": {"articleBody": ..., "url": ...}}}). */
    private static Map<String, String> field(Path json, String name) {
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
                Object body = v instanceof Map<?, ?> m ? m.get(name) : null;
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
