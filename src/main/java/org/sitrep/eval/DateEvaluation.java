package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * {@code html/SET/FILE.gz}): the share of pages whose extracted day is exactly the true day.
 */
public final class DateEvaluation {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Consumer<Figure> out;

    public DateEvaluation(Consumer<Figure> out) {
        this.out = out;
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
        int right = 0;
        int found = 0;
        int dated = 0;
        for (Map.Entry<?, ?> e : truth.entrySet()) {
            Map<?, ?> entry = (Map<?, ?>) e.getValue();
            if (!(entry.get("date") instanceof String)) {
                continue;
            }
            dated++;
            String file = entry.get("file").toString();
            Path page = pages.resolve(file.endsWith(".gz") ? file : file + ".gz");
            String day = day(page, e.getKey().toString());
            found += day != null ? 1 : 0;
            right += entry.get("date").toString().equals(day) ? 1 : 0;
        }
        out.accept(new Figure("htmldate " + set + " pages with a true date", dated));
        out.accept(new Figure("htmldate " + set + " sitrep day exact", dated == 0 ? 0 : (double) right / dated));
        out.accept(new Figure("htmldate " + set + " sitrep day found", dated == 0 ? 0 : (double) found / dated));
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
