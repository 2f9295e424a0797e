package org.sitrep.index;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * {@link #AT_ONCE} cores (the waiting costs a thread, not a core);
 * <li>their answers are kept until the index changes, so the same search sent again costs nothing.
 * </ul>
 * Thread-safe.
 */
final class ExpensiveSearches {
    /** Expensive searches that run at once: half the cores, leaving the other half to ordinary searches. */
    static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    /** Answers kept: a few pages of a few dozen expensive searches, each a page of hits and facet counts. */
    private static final int ANSWERS_KEPT = 64;

    /** What an answer is kept under: the search, what was asked of it, and the index it ran on. */
    private record Kept(SearchQuery query, String asked, long generation) {
    }

    private final Semaphore turns = new Semaphore(AT_ONCE, true);
    private final long waitMillis;
    /** Changes of the index that searches see; answers kept from an earlier one are stale. */
    private volatile long generation;
    private final Map<Kept, Object> answers = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Kept, Object> eldest) {
            return size() > ANSWERS_KEPT;
        }
    });

    /** @param waitMillis how long a search waits for its turn before it is told the server is busy */
    ExpensiveSearches(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    /** The index changed: answers kept until now are stale. */
    void indexChanged() {
        generation++;
    }

    /**
     * The answer kept for the same search and question on the same index, or else {@code work}'s, run in turn.
     *
     * @param asked what {@code work} answers of the search, when the same search is asked several things
     * @throws SearchBusyException when no turn came within the wait
     */
    @SuppressWarnings("unchecked")
    <T> T run(SearchQuery q, String asked, Supplier<T> work) {
        Kept key = new Kept(q, asked, generation);
        Object kept = answers.get(key);
        if (kept != null) {
            return (T) kept;
        }
        awaitTurn(q);
        long started = System.nanoTime();
        try {
            T answer = work.get();
            answers.put(key, answer);
            return answer;
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
