package org.bodywork.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in page session lasts: it ends after {@code idle} without a request (the
 * container's session timeout) and, however busy, {@code lifetime} after signing in, so a session
 * taken from a shared computer or a stolen cookie does not last for ever.
 *
 * <pre>
 * if (new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12)).over(signedInAt, now)) ...
 * </pre>
 */
public record SessionPolicy(Duration idle, Duration lifetime) {

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || lifetime.compareTo(idle) < 0) {
            throw new IllegalArgumentException(
                    "A session must last at least a minute idle, and its lifetime at least as long: " + idle + ", "
                            + lifetime);
        }
    }

    /** Whether a session signed in at {@code since} has reached its lifetime. */
    public boolean over(Instant since, Instant now) {
        return !now.isBefore(since.plus(lifetime));
    }

    /**
     * Whether a session last used at {@code seen} has been idle too long. The container ends it too
     * (see {@link #idleSeconds}); asking here lets the sign-in page say why.
     */
    public boolean idle(Instant seen, Instant now) {
        return !now.isBefore(seen.plus(idle));
    }

    /** The idle timeout in the unit the servlet session takes. */
    public int idleSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, idle.toSeconds());
    }
}
