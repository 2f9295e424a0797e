package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints benchmark figures one per line, {@code name: value}, whole numbers without decimals, flushed at once so a
 * long benchmark shows its figures as they come.
 *
 * @param decimals how many decimals a fractional value keeps
 */
record FigureLines(PrintWriter out, int decimals) {
    void print(String name, double value) {
        out.println(name + ": " + (value == Math.rint(value) && Math.abs(value) < 1e12
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%." + decimals + "f", value)));
        out.flush();
    }
}
