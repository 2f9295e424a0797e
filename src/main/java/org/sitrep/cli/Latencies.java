package org.sitrep.cli;

import java.util.Arrays;

/** Response times in milliseconds, for percentiles. Not thread-safe: one per thread, then merged. */
final class Latencies {
    private double[] values = new double[64];
    private int count;

    void add(double millis) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = millis;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile ({@code p} from 0 to 100); 0 when there are no values. */
    double percentile(double p) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }
}
