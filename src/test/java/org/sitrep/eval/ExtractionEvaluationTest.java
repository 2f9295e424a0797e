package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.Seed;

/**
 * Holds article extraction at or just under the figures measured on 2026-11-23 (issue 5), and checks that the
 * scorer gives the other tools their published figures. Needs ../shared; skips without it.
 */
class ExtractionEvaluationTest {
    private static final Path ZYTE = Seed.SHARED.resolve("eval/extraction/zyte");
    private static final Path WCXB = Seed.SHARED.resolve("eval/extraction/wcxb-dev/dev");

    private static Map<String, Double> run(java.util.function.Consumer<ExtractionEvaluation> task) {
        Map<String, Double> figures = new LinkedHashMap<>();
        task.accept(new ExtractionEvaluation(f -> figures.put(f.name(), f.value())));
        return figures;
    }

    @Test
    void scrapinghubF1StaysAboveItsFloorAndTheScorerMatchesPublishedFigures() {
        assumeTrue(Files.isDirectory(ZYTE), "needs ../shared/eval/extraction/zyte");
        Map<String, Double> f = run(e -> e.zyte(ZYTE));
        assertThat(f.get("zyte sitrep F1")).isGreaterThanOrEqualTo(0.974);
        assertThat(f.get("zyte trafilatura F1")).isBetween(0.957, 0.959);
        assertThat(f.get("zyte boilerpipe F1")).isBetween(0.859, 0.861);
    }

    @Test
    void wcxbFiguresStayAboveTheirFloors() {
        assumeTrue(Files.isDirectory(WCXB), "needs ../shared/eval/extraction/wcxb-dev/dev");
        Map<String, Double> f = run(e -> e.wcxb(WCXB));
        assertThat(f.get("wcxb sitrep main content word F1 (WCXB rule)")).isGreaterThanOrEqualTo(0.948);
        assertThat(value(f, "wcxb sitrep title exact (of")).isGreaterThanOrEqualTo(0.865);
        assertThat(value(f, "wcxb sitrep author exact")).isGreaterThanOrEqualTo(0.84);
        assertThat(value(f, "wcxb sitrep date exact")).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void htmldateNewsDaysStayAboveTheirFloor() {
        Path dir = Seed.SHARED.resolve("eval/dates/htmldate");
        assumeTrue(Files.isDirectory(dir), "needs ../shared/eval/dates/htmldate");
        Map<String, Double> f = new LinkedHashMap<>();
        new DateEvaluation(x -> f.put(x.name(), x.value())).htmldate(dir, "eval_mediacloud_2020_dev");
        assertThat(f.get("htmldate eval_mediacloud_2020_dev sitrep day exact")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void languageReadFromTheTextAgreesWithDeclarationsOnTheMultilingualNewsPages() {
        Path dir = Seed.SHARED.resolve("eval/dates/htmldate/html/eval_mediacloud_2020");
        assumeTrue(Files.isDirectory(dir), "needs ../shared/eval/dates/htmldate");
        Map<String, Double> f = new LinkedHashMap<>();
        new LanguageEvaluation(x -> f.put(x.name(), x.value())).pages(java.util.List.of(dir));
        // Where the two differ on these pages the declaration is a template's "en" over Spanish, Arabic or Georgian text.
        assertThat(value(f, "language text agrees with the declaration")).isGreaterThanOrEqualTo(0.94);
        assertThat(value(f, "language undeclared pages given one")).isGreaterThanOrEqualTo(0.85);
    }

    private static double value(Map<String, Double> f, String prefix) {
        return f.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow().getValue();
    }
}
