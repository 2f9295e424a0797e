package org.sitrep.eval;

import java.util.Locale;

/** One measured figure, printed as "name: value". */
public record Figure(String name, double value) {
    @Override
    public String toString() {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e12;
        return name + ": " + (whole ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value));
    }
}
