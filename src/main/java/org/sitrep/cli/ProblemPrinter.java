package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.core.InputException;
import org.sitrep.pipeline.IngestListener;

/** Prints one line per rejected input (its path and the reason) and one per warning. */
final class ProblemPrinter implements IngestListener {
    private final PrintWriter err;
    private final ProgressBar bar;

    /** A printer for runs without a progress bar (polling). */
    ProblemPrinter(PrintWriter err) {
        this(err, new ProgressBar(null, err, false));
    }

    ProblemPrinter(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public synchronized void problem(InputException problem) {
        bar.clearLine();
        err.println("sitrep: " + problem.input() + ": " + problem.reason());
        err.flush();
    }

    @Override
    public synchronized void warning(String message) {
        bar.clearLine();
        err.println("sitrep: warning: " + message);
        err.flush();
    }
}
