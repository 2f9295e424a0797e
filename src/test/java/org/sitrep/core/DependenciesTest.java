package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependenciesTest {
    /** "Officials said it ended": said is the root, Officials its subject, ended its clause. */
    private final Dependencies parse = new Dependencies(List.of("NNS", "VBD", "PRP", "VBD"), List.of(1, -1, 3, 1),
            List.of("nsubj:pass", "root", "nsubj", "ccomp"));

    @Test
    void findsADependentByItsRelationOrASubtypeOfIt() {
        assertThat(parse.dependent(1, "nsubj")).isEqualTo(0);
        assertThat(parse.dependent(1, "ccomp")).isEqualTo(3);
        assertThat(parse.dependent(1, "obj")).isEqualTo(-1);
    }

    @Test
    void aSubtypeIsOnlyTheRelationFollowedByAColon() {
        assertThat(Dependencies.isA("nsubj:pass", "nsubj")).isTrue();
        assertThat(Dependencies.isA("nsubjx", "nsubj")).isFalse();
    }

    @Test
    void theExtentOfAHeadRunsFromTheFirstToTheLastWordItDominates() {
        assertThat(parse.extent(3)).containsExactly(2, 3);
        assertThat(parse.extent(1)).containsExactly(0, 3);
    }

    @Test
    void aTokenDominatesItselfAndWhatHangsUnderIt() {
        assertThat(parse.dominates(1, 2)).isTrue();
        assertThat(parse.dominates(3, 3)).isTrue();
        assertThat(parse.dominates(3, 0)).isFalse();
    }

    @Test
    void rejectsAHeadOutsideTheSentence() {
        assertThatThrownBy(() -> new Dependencies(List.of("NN"), List.of(1), List.of("root")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got: 1");
    }

    @Test
    void rejectsListsOfDifferentLengths() {
        assertThatThrownBy(() -> new Dependencies(List.of("NN", "VB"), List.of(-1), List.of("root")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many");
    }
}
