package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BisectionTest {
    private static final int[] BEGINS = {3, 5, 5, 5, 9};

    @Test
    void findsTheFirstPositionWhereTheConditionHolds() {
        assertThat(Bisection.first(BEGINS.length, i -> BEGINS[i] >= 5)).isEqualTo(1);
        assertThat(Bisection.first(BEGINS.length, i -> BEGINS[i] >= 6)).isEqualTo(4);
        assertThat(Bisection.first(BEGINS.length, i -> BEGINS[i] >= 0)).isZero();
    }

    @Test
    void givesTheSizeWhenTheConditionHoldsNowhere() {
        assertThat(Bisection.first(BEGINS.length, i -> BEGINS[i] >= 10)).isEqualTo(BEGINS.length);
        assertThat(Bisection.first(0, i -> true)).isZero();
    }
}
