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

    @Test
    void pairsAGoldDateWithAFoundDateOfTheSameWordsBeforeOneThatHoldsItsWords() {
        // Issue 17: field page dn-128 has "Sept. 11, 2001" in a caption and "since 2001" in its text.
        assertThat(FieldEvaluation.datePairs(java.util.List.of("Sept. 11, 2001", "2001", "mid-October"),
                java.util.List.of("2001", "Sept. 11, 2001", "October", "Friday"))).containsExactly(1, 0, 2);
    }
}
