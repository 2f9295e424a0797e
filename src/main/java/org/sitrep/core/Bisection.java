package org.sitrep.core;

import java.util.function.IntPredicate;

/**
 * Binary search for where a condition starts to hold along positions in order: the first mention beginning at or after
 * an offset, the first index whose running maximum reaches it. Stages that index an article's spans ask it for every
 * sentence or candidate, where a loop from the start would make a long article's cost grow with the square of its
 * length.
 */
public final class Bisection {
    private Bisection() {
    }

    /**
     * The first of the positions {@code 0} to {@code size - 1} at which {@code reached} holds, asking it at about
     * log2({@code size}) of them; {@code size} when it holds at none. {@code reached} must hold at every position after
     * one where it holds (as "begins at or after x" does along spans in text order).
     */
    public static int first(int size, IntPredicate reached) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reached.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
