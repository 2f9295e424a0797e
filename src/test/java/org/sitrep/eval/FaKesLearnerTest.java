package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.learn.Labelled;

class FaKesLearnerTest {
    private static List<Labelled> articles(int n) {
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Labelled(List.of("bias", i % 2 == 0 ? "w=shell" : "w=shot"), i % 2 == 0 ? "shelling" : "shooting",
                    "article-" + i));
        }
        return out;
    }

    @Test
    void holdsOutEveryExampleOnceInEachSplit() {
        List<Labelled> examples = articles(40);
        List<Integer> heldOut = new ArrayList<>();
        FaKesLearner.foldModels(examples, 5, 3).forEach(f -> heldOut.addAll(f.heldOut()));
        assertThat(heldOut).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void dealsExamplesToOtherFoldsInAnotherSplit() {
        List<Labelled> examples = articles(40);
        Set<List<Integer>> first = new HashSet<>();
        Set<List<Integer>> second = new HashSet<>();
        FaKesLearner.foldModels(examples, 5, 1).forEach(f -> first.add(f.heldOut()));
        FaKesLearner.foldModels(examples, 5, 2).forEach(f -> second.add(f.heldOut()));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void dealsTheSameWayForTheSameSplit() {
        Labelled e = articles(1).get(0);
        assertThat(FaKesLearner.foldOf(e, 5, 7)).isEqualTo(FaKesLearner.foldOf(e, 5, 7));
    }
}
