package org.sitrep.web;

import io.javalin.http.Context;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.sitrep.index.SearchBusyException;

/**
 * Turns on the processors for the work of answering a page or API read: as many requests are worked on at once as
 * there are processors, and the others wait their turn in the order they came. Sharing the processors among every
 * request in flight made each take as long as all of them together (issue 14: sixteen readers on two cores put
 * ordinary searches' p99 above 150 ms while one alone took 10 ms); taking turns, a request waits for those before it
 * and then runs at full speed.
 *
 * <p>Not every request takes a turn: writes (uploads and polls run for long and hold no reader up), static files, and
 * expensive searches, which wait for turns of their own (see {@code ExpensiveSearches}) and would otherwise hold a
 * reader's turn for seconds.
 */
final class ProcessorTurns {
    /** The longest a request waits for its turn before it is answered "busy". */
    static final long WAIT_SECONDS = 30;
    private static final String TAKEN = ProcessorTurns.class.getName();
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final Semaphore turns;
    private final Predicate<Context> exempt;

    /**
     * @param count  requests worked on at once, at least 1
     * @param exempt requests that do not take a turn beside writes and static files (expensive searches)
     */
    ProcessorTurns(int count, Predicate<Context> exempt) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1; got: " + count);
        }
        this.turns = new Semaphore(count, true);
        this.exempt = exempt;
    }

    /** One turn per processor, at least two, so a slow request never holds every reader up. */
    static int forThisMachine() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Waits for the request's turn, when it takes one.
     *
     * @throws SearchBusyException when no turn came within {@link #WAIT_SECONDS}
     */
    void take(Context ctx) throws InterruptedException {
        if (!READS.contains(ctx.method().name()) || ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/")
                || exempt.test(ctx)) {
            return;
        }
        if (!turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new SearchBusyException("path", "the server is busy answering other requests; try again in a moment");
        }
        ctx.attribute(TAKEN, Boolean.TRUE);
    }

    /** Gives the request's turn to the next, if it took one; safe to call twice. */
    void give(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(TAKEN))) {
            ctx.attribute(TAKEN, Boolean.FALSE);
            turns.release();
        }
    }
}
