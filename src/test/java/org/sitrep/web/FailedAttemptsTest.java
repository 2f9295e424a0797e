package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final FailedAttempts attempts = new FailedAttempts(clock);

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(address);
        }
    }

    @Test
    void anAddressMayFailFiveTimesBeforeItWaits() {
        fail("10.0.0.1", 4);
        assertThat(attempts.waitSeconds("10.0.0.1")).isZero();
        attempts.failed("10.0.0.1");
        assertThat(attempts.waitSeconds("10.0.0.1")).isEqualTo(60);
    }

    @Test
    void theWaitEndsAMinuteAfterTheFirstFailure() {
        fail("10.0.0.1", 3);
        clock.now = clock.now.plus(Duration.ofSeconds(40));
        fail("10.0.0.1", 2);
        assertThat(attempts.waitSeconds("10.0.0.1")).isEqualTo(20);
        clock.now = clock.now.plus(Duration.ofSeconds(20));
        assertThat(attempts.waitSeconds("10.0.0.1")).isZero();
        attempts.failed("10.0.0.1");
        assertThat(attempts.waitSeconds("10.0.0.1")).isZero();
    }

    @Test
    void oneAddressWaitingDoesNotHoldBackAnother() {
        fail("10.0.0.1", 5);
        assertThat(attempts.waitSeconds("10.0.0.2")).isZero();
    }
}
