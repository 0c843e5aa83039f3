package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant START = Instant.parse("2027-03-15T09:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = START;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final Throttle throttle = new Throttle(5, FIFTEEN_MINUTES, clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.attempt("ann");
        }
    }

    @Test
    void fourFailuresDoNotBlock() {
        fail(4);
        assertEquals(Optional.empty(), throttle.blockedUntil("ann"));
    }

    @Test
    void theFifthAttemptGoesAheadAndBlocksTheNextForFifteenMinutes() {
        fail(4);
        assertEquals(Optional.empty(), throttle.attempt("ann"));
        assertEquals(Optional.of(START.plus(FIFTEEN_MINUTES)), throttle.attempt("ann"));
        clock.advance(FIFTEEN_MINUTES.minusSeconds(1));
        assertEquals(Optional.of(START.plus(FIFTEEN_MINUTES)), throttle.blockedUntil("ann"));
    }

    @Test
    void parallelAttemptsCannotSlipPastTheLimit() throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (throttle.attempt("ann").isEmpty()) {
                    allowed.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(5, allowed.get());
    }

    @Test
    void releasingTakesBackOneAttemptOnly() {
        fail(3);
        throttle.release("ann");
        fail(2);
        assertEquals(Optional.empty(), throttle.blockedUntil("ann"));
        fail(1);
        assertTrue(throttle.blockedUntil("ann").isPresent());
    }

    @Test
    void theBlockEndsAfterFifteenMinutesWithACleanSlate() {
        fail(5);
        clock.advance(FIFTEEN_MINUTES);
        assertEquals(Optional.empty(), throttle.blockedUntil("ann"));
        fail(4);
        assertEquals(Optional.empty(), throttle.blockedUntil("ann"));
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        fail(4);
        clock.advance(FIFTEEN_MINUTES);
        fail(4);
        assertEquals(Optional.empty(), throttle.blockedUntil("ann"));
    }

    @Test
    void aSuccessClearsTheCount() {
        fail(4);
        throttle.succeeded("ann");
        fail(4);
        assertEquals(Optional.empty(), throttle.blockedUntil("ann"));
    }

    @Test
    void keysAreCountedApart() {
        fail(5);
        assertEquals(Optional.empty(), throttle.blockedUntil("bob"));
    }

    @Test
    void aFloodOfKeysCannotGrowWithoutBound() {
        Throttle small = new Throttle(5, FIFTEEN_MINUTES, clock, 100);
        for (int i = 0; i < 1_000; i++) {
            small.attempt("key" + i);
        }
        assertTrue(small.size() <= 101, "size " + small.size());
    }

    @Test
    void pruningKeepsBlockedKeys() {
        Throttle small = new Throttle(5, FIFTEEN_MINUTES, clock, 100);
        for (int i = 0; i < 5; i++) {
            small.attempt("attacked");
        }
        for (int i = 0; i < 1_000; i++) {
            small.attempt("key" + i);
        }
        assertTrue(small.blockedUntil("attacked").isPresent());
    }

    @Test
    void aThrottlePrunesOnlyItsOwnCountsInAStoreItShares() {
        Throttle.InMemory store = new Throttle.InMemory(100);
        Throttle signIns = new Throttle("signin:", 5, FIFTEEN_MINUTES, clock, store);
        Throttle registrations = new Throttle("register:", 5, Duration.ofHours(1), clock, store);
        signIns.attempt("ann");
        registrations.attempt("10.0.0.1");
        clock.advance(Duration.ofMinutes(20));
        store.prune("signin:", clock.instant(), FIFTEEN_MINUTES);
        assertEquals(null, store.get("signin:ann"), "its own expired count goes");
        assertTrue(store.get("register:10.0.0.1") != null, "another's, still within its hour, stays");
    }
}
