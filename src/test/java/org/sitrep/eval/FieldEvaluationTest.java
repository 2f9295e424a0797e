package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldEvaluationTest {
    @Test
    void takesIsosDecadeAsTimeMlsDecade() {
        assertThat(FieldEvaluation.sameValue("199", "199X")).isTrue();
        assertThat(FieldEvaluation.sameValue("199X", "199X")).isTrue();
        assertThat(FieldEvaluation.sameValue("199", "1990")).isFalse();
        assertThat(FieldEvaluation.sameValue("1990", null)).isFalse();
    }
}
