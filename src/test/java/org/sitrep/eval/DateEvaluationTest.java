package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateEvaluationTest {
    @Test
    void printsAHalfsDayExactByWhereTheDayWasRead() {
        var tally = new DateEvaluation.Tally(true);
        tally.add("2020-01-02", "2020-01-02", "meta");
        tally.add("2020-01-03", "2020-01-04", "meta");
        tally.add("2020-01-05", null, "none");
        List<String> lines = new ArrayList<>();
        tally.print("htmldate s test", f -> lines.add(f.toString()));
        assertThat(lines).containsExactly("htmldate s test pages with a true date: 3", "htmldate s test sitrep day exact: 0.333",
                "htmldate s test sitrep day found: 0.667", "htmldate s test sitrep day exact read from meta (1 of 2): 0.500",
                "htmldate s test sitrep day exact read from none (0 of 1): 0");
    }

    @Test
    void printsAWholeSetsFiguresWithoutTheirPlaces() {
        var tally = new DateEvaluation.Tally(false);
        tally.add("2020-01-02", "2020-01-02", "meta");
        List<String> lines = new ArrayList<>();
        tally.print("htmldate s", f -> lines.add(f.toString()));
        assertThat(lines).hasSize(3).noneMatch(l -> l.contains("read from"));
    }
}
