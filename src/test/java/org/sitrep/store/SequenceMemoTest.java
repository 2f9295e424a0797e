package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SequenceMemoTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final SequenceMemo<Integer> memo = new SequenceMemo<>(2);

    private int ask(String key, long sequence) throws SQLException {
        return memo.get(key, sequence, runs::incrementAndGet);
    }

    @Test
    void anAnswerIsGivenAgainWhileTheSequenceStaysAndComputedAgainOnceItMoves() throws SQLException {
        assertThat(ask("a", 7)).isEqualTo(1);
        assertThat(ask("a", 7)).isEqualTo(1);
        assertThat(ask("a", 8)).isEqualTo(2);
        assertThat(runs).hasValue(2);
    }

    @Test
    void anAnswerComputedForAnOlderNumberDoesNotReplaceANewerOne() throws SQLException {
        ask("a", 9);
        ask("a", 8);
        assertThat(ask("a", 9)).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstWhenFull() throws SQLException {
        ask("a", 1);
        ask("b", 1);
        ask("a", 1);
        ask("c", 1);
        assertThat(ask("a", 1)).isEqualTo(1);
        assertThat(ask("b", 1)).isEqualTo(4);
    }
}
