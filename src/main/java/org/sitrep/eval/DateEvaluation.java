package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.core.Article;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.RawPage;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;

/**
 * Publication dates on htmldate's evaluation sets ({@code SET.json}: URL to {@code {"file", "date"}}; pages in
 * {@code html/SET/FILE.gz}): the share of pages whose extracted day is exactly the true day, over the whole set and
 * over its two halves apart ({@link HalfSplit} by the page's file name), so that rules are studied on one half only;
 * and for each half, that share by where on the page the day was read, as {@code eval field} gives it.
 */
public final class DateEvaluation {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Consumer<Figure> out;
    private final Consumer<String> devMisses;

    public DateEvaluation(Consumer<Figure> out) {
        this(out, miss -> { });
    }

    /**
     * @param devMisses receives one line per page of the development half whose day is wrong or missing (file, URL,
     *                  true day, day found, where on the page it was read), to study; never a page of the test half
     */
    public DateEvaluation(Consumer<Figure> out, Consumer<String> devMisses) {
        this.out = out;
        this.devMisses = devMisses;
    }

    public void htmldate(Path dir, String set) {
        Path index = dir.resolve(set + ".json");
        Map<?, ?> truth;
        try {
            truth = (Map<?, ?>) Json.parse(Files.readString(index, StandardCharsets.UTF_8)).orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new InputException(index.toString(), "cannot read the date truth: " + e.getMessage(), e);
        }
        // The pages of "eval_mediacloud_2020_dev" live in html/eval_mediacloud_2020.
        Path pages = dir.resolve("html").resolve(set);
        if (!Files.isDirectory(pages)) {
            pages = dir.resolve("html").resolve(set.replaceFirst("_dev$", ""));
        }
        Tally all = new Tally(false);
        Tally dev = new Tally(true);
        Tally test = new Tally(true);
        for (Map.Entry<?, ?> e : truth.entrySet()) {
            Map<?, ?> entry = (Map<?, ?>) e.getValue();
            if (!(entry.get("date") instanceof String)) {
                continue;
            }
            String file = entry.get("file").toString();
            Path page = pages.resolve(file.endsWith(".gz") ? file : file + ".gz");
            String url = e.getKey().toString();
            String day = day(page, url);
            String truthDay = entry.get("date").toString();
            String from = from(page, url);
            String source = from.split(" ", 2)[0];
            all.add(truthDay, day, source);
            boolean isTest = HalfSplit.isTest(file);
            (isTest ? test : dev).add(truthDay, day, source);
            if (!isTest && !truthDay.equals(day)) {
                devMisses.accept(set + " " + file + " " + url + ": true " + truthDay + ", got " + day + " from " + from);
            }
        }
        all.print("htmldate " + set, out);
        dev.print("htmldate " + set + " dev", out);
        test.print("htmldate " + set + " test", out);
    }

    /**
     * Pages with a true day, and of those the ones whose day was found and the ones found right; and the same by where
     * on the page the day was read ("meta", "url", "none"), so that a half's weak kinds of page show in its figures
     * without reading its pages.
     */
    static final class Tally {
        int dated;
        int found;
        int right;
        /** Per place the day was read from: pages, and of those the ones right. */
        private final Map<String, int[]> bySource = new TreeMap<>();
        private final boolean bySourcePrinted;

        /** @param bySourcePrinted whether {@link #print} gives the figures by place read from too (a half's, not the set's) */
        Tally(boolean bySourcePrinted) {
            this.bySourcePrinted = bySourcePrinted;
        }

        void add(String truth, String day, String source) {
            dated++;
            found += day != null ? 1 : 0;
            right += truth.equals(day) ? 1 : 0;
            int[] n = bySource.computeIfAbsent(source, s -> new int[2]);
            n[0]++;
            n[1] += truth.equals(day) ? 1 : 0;
        }

        void print(String prefix, Consumer<Figure> out) {
            out.accept(new Figure(prefix + " pages with a true date", dated));
            out.accept(new Figure(prefix + " sitrep day exact", dated == 0 ? 0 : (double) right / dated));
            out.accept(new Figure(prefix + " sitrep day found", dated == 0 ? 0 : (double) found / dated));
            if (!bySourcePrinted) {
                return;
            }
            bySource.forEach((source, n) -> out.accept(new Figure(prefix + " sitrep day exact read from " + source
                    + " (" + n[1] + " of " + n[0] + ")", (double) n[1] / n[0])));
        }
    }

    /**
     * Where the extractor read the page's day, for a miss to study and the figures by place: in the form of
     * {@link ArticleExtractor#publishedDayFrom} ("time_element '2020-08-25'", "none ''"), whose first word names the
     * place; "unreadable ''" for a page that cannot be read.
     */
    private String from(Path page, String url) {
        List<RawPage> pages = new FileSource(Limits.DEFAULT).pages(List.of(page), Hints.NONE.withUrl(url), problem -> { });
        return pages.isEmpty() ? "unreadable ''" : extractor.publishedDayFrom(pages.get(0));
    }

    private String day(Path page, String url) {
        // An unreadable page has no date.
        List<RawPage> pages = new FileSource(Limits.DEFAULT).pages(List.of(page), Hints.NONE.withUrl(url), problem -> { });
        if (pages.isEmpty()) {
            return null;
        }
        try {
            Article a = extractor.extract(pages.get(0));
            return a.published() == null ? null : a.published().toString();
        } catch (InputException e) {
            return null;
        }
    }
}
