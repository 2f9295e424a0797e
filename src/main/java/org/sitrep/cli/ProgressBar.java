package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.core.InputException;
import org.sitrep.pipeline.IngestListener;
import org.sitrep.pipeline.IngestProgress;
import org.sitrep.store.SaveResult;

/** A progress bar on the terminal, redrawn in place; off when the output is not a terminal. */
final class ProgressBar implements IngestListener {
    private static final int WIDTH = 30;

    private final IngestProgress progress;
    private final PrintWriter out;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(IngestProgress progress, PrintWriter out, boolean enabled) {
        this.progress = progress;
        this.out = out;
        this.enabled = enabled;
    }

    static boolean terminal() {
        return System.console() != null;
    }

    @Override
    public void pageRead() {
        draw(false);
    }

    @Override
    public void saved(String origin, SaveResult result) {
        draw(false);
    }

    @Override
    public void problem(InputException problem) {
        draw(false);
    }

    synchronized void draw(boolean force) {
        long now = System.currentTimeMillis();
        if (!enabled || !force && now - lastDraw < 100) {
            return;
        }
        lastDraw = now;
        IngestProgress.Snapshot s = progress.snapshot();
        int filled = s.read() == 0 ? 0 : (int) ((long) WIDTH * s.done() / s.read());
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + s.done() + "/" + s.read()
                + (s.readingDone() ? "" : "+") + (s.read() == 1 && s.readingDone() ? " article, " : " articles, ") + s.failed() + " failed ");
        out.flush();
    }

    synchronized void finish() {
        if (enabled) {
            draw(true);
            out.println();
            out.flush();
        }
    }

    synchronized void clearLine() {
        if (enabled) {
            out.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        }
    }
}
