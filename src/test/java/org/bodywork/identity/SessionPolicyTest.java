package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
    private final Instant signedIn = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void aSessionEndsTwelveHoursAfterSigningInHoweverBusy() {
        assertFalse(policy.over(signedIn, signedIn.plus(Duration.ofHours(12)).minusSeconds(1)));
        assertTrue(policy.over(signedIn, signedIn.plus(Duration.ofHours(12))));
        assertTrue(policy.over(signedIn, signedIn.plus(Duration.ofDays(3))));
    }

    @Test
    void aSessionEndsThirtyMinutesAfterItsLastRequest() {
        Instant seen = signedIn.plus(Duration.ofHours(3));
        assertFalse(policy.idle(seen, seen.plus(Duration.ofMinutes(30)).minusSeconds(1)));
        assertTrue(policy.idle(seen, seen.plus(Duration.ofMinutes(30))));
    }

    @Test
    void theIdleTimeoutIsGivenInSecondsForTheServletSession() {
        assertEquals(1800, policy.idleSeconds());
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ofHours(2), Duration.ofHours(1)));
    }
}
