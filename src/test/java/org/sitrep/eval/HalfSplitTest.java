package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HalfSplitTest {
    @Test
    void splitsByTheLastHexDigitOfTheIdsSha1() {
        // sha1("dn-29") ends in an even digit, sha1("dn-r647") in an odd one (the field corpus guide's rule)
        assertThat(HalfSplit.isTest("dn-29")).isTrue();
        assertThat(HalfSplit.isTest("dn-r647")).isFalse();
    }

    @Test
    void putsEveryItemInExactlyOneHalfAndRoughlyHalfInEach() {
        List<String> ids = IntStream.range(0, 1000).mapToObj(i -> "article-" + i).toList();
        List<String> dev = HalfSplit.dev(ids, Function.identity());
        List<String> test = HalfSplit.test(ids, Function.identity());
        assertThat(dev.size() + test.size()).isEqualTo(1000);
        assertThat(dev).doesNotContainAnyElementsOf(test);
        assertThat(test.size()).isBetween(400, 600);
    }

    @Test
    void matchesStatementsByTheirWordsWhateverTheirMarks() {
        var gold = new java.util.HashSet<>(FieldEvaluation.words("“We will respond,” he said"));
        var out = new java.util.HashSet<>(FieldEvaluation.words("We will respond"));
        assertThat(FieldEvaluation.dice(gold, out)).isGreaterThanOrEqualTo(FieldEvaluation.MATCH);
    }
}
