package org.bodywork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static OutboxMessage message() {
        return new OutboxMessage(new Mail("test", "k", "a@example.org", "s", "t", "<p>t</p>", null), NOW, NOW);
    }

    @Test
    void failuresWaitLongerEachTimeThenTheMessageIsParked() {
        OutboxMessage m = message();
        Instant at = NOW;
        Duration previous = Duration.ZERO;
        for (int i = 1; i <= 5; i++) {
            m.failed("Connection refused", at, Backoff.STANDARD);
            assertEquals(OutboxMessage.Status.PENDING, m.getStatus());
            Duration wait = Duration.between(at, m.getNotBefore());
            assertTrue(wait.compareTo(previous) > 0, "try " + i + " waits longer: " + wait);
            previous = wait;
            at = m.getNotBefore();
        }
        m.failed("Connection refused", at, Backoff.STANDARD);
        assertEquals(OutboxMessage.Status.PARKED, m.getStatus());
        assertEquals(6, m.getAttempts());
        assertEquals("Connection refused", m.getLastError());
    }

    @Test
    void aParkedMessageIsTriedAgainWhenAnAdminAsks() {
        OutboxMessage m = message();
        for (int i = 0; i < 6; i++) {
            m.failed("down", NOW, Backoff.STANDARD);
        }
        m.retry(NOW.plusSeconds(5));
        assertEquals(OutboxMessage.Status.PENDING, m.getStatus());
        assertEquals(NOW.plusSeconds(5), m.getNotBefore());
        m.sent(NOW.plusSeconds(6));
        assertEquals(OutboxMessage.Status.SENT, m.getStatus());
    }

    @Test
    void theBackoffNamesItsLastTry() {
        assertEquals(Duration.ofMinutes(1), Backoff.STANDARD.delay(1));
        assertEquals(Duration.ofHours(6), Backoff.STANDARD.delay(5));
        assertFalse(Backoff.STANDARD.exhausted(5));
        assertTrue(Backoff.STANDARD.exhausted(6));
    }
}
