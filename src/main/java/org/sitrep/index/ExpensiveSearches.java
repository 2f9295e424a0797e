package org.sitrep.index;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs expensive searches (fuzzy, wildcard, regular expression) so that they cannot crowd out everyone else's
 * (issue 14: eight clients sending fuzzy searches without pause slowed every other search fivefold):
 * <ul>
 * <li>a few at once ({@link #AT_ONCE}); the others wait their turn, at most the search time limit, then are told the
 * server is busy;
 * <li>each keeps its turn for as long again as it ran, so that however many are sent they use at most half of
 * {@link #AT_ONCE} cores (the waiting costs a thread, not a core).
 * </ul>
 * Their answers are not kept: tried beside the load test, clients whose repeated fuzzy searches were answered from
 * memory sent 26 times as many in the same time (1,054 against 40), each still costing its page and its timeline, so
 * kept answers add load under the very traffic they were meant to absorb. Thread-safe.
 */
final class ExpensiveSearches {
    /** Expensive searches that run at once: half the cores, leaving the other half to ordinary searches. */
    static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private final Semaphore turns = new Semaphore(AT_ONCE, true);
    private final long waitMillis;

    /** @param waitMillis how long a search waits for its turn before it is told the server is busy */
    ExpensiveSearches(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    /**
     * {@code work}'s answer, run in turn.
     *
     * @throws SearchBusyException when no turn came within the wait
     */
    <T> T run(SearchQuery q, Supplier<T> work) {
        awaitTurn(q);
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            restAfter(started);
            turns.release();
        }
    }

    private void awaitTurn(SearchQuery q) {
        try {
            if (!turns.tryAcquire() && !turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new SearchBusyException("q", "the server is busy with other fuzzy, wildcard or regular-expression "
                        + "searches; try again in a moment, or search without ~, * or /…/; got: " + q.text());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException("q", "the search was interrupted; got: " + q.text());
        }
    }

    private void restAfter(long started) {
        long rest = Math.min(waitMillis, (System.nanoTime() - started) / 1_000_000);
        try {
            Thread.sleep(rest);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
