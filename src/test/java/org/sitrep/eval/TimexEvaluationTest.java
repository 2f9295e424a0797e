package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holds date normalisation on TempEval-3's TimeBank and AQUAINT at or just under the figures of 2026-12-04 (issue 15).
 * The data is not in the repository (README, Quality, "Dates in text", says how to get it); without bench/timex/TBAQ-cleaned this skips.
 */
class TimexEvaluationTest {
    private static final Path TBAQ = Path.of("bench/timex/TBAQ-cleaned");

    @Test
    void tbaqDateFiguresStayAboveTheirFloors() {
        assumeTrue(Files.isDirectory(TBAQ), "needs TempEval-3's TBAQ-cleaned folder at " + TBAQ + " (README, Quality, \"Dates in text\")");
        Map<String, Double> f = new LinkedHashMap<>();
        new TimexEvaluation(x -> f.put(x.name(), x.value()), line -> { }).score(TBAQ);
        assertThat(f.get("timex dev found")).isGreaterThanOrEqualTo(0.875);
        assertThat(f.get("timex dev value exact")).isGreaterThanOrEqualTo(0.79);
        assertThat(f.get("timex test found")).isGreaterThanOrEqualTo(0.835);
        assertThat(f.get("timex test value exact")).isGreaterThanOrEqualTo(0.705);
    }

    @Test
    void comparesAWeekWrittenWithOneDigitAsTheIsoWeek() {
        assertThat(TimexEvaluation.comparable("2000-W6")).isEqualTo("2000-W06");
    }

    @Test
    void keepsAWeekWithTwoDigitsAndItsWeekend() {
        assertThat(TimexEvaluation.comparable("1989-W43-WE")).isEqualTo("1989-W43-WE");
    }
}
