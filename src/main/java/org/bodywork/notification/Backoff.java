package org.bodywork.notification;

import java.time.Duration;
import java.util.List;

/**
 * How long to wait before trying a failed message again: growing delays, then parked.
 *
 * <pre>
 * Backoff.STANDARD.delay(1) == 1 minute; .delay(5) == 6 hours; .exhausted(6) == true
 * </pre>
 */
public record Backoff(List<Duration> delays) {

    public static final Backoff STANDARD = new Backoff(List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6)));

    /** The wait after the given number of failed tries (1 for the first). */
    public Duration delay(int failures) {
        return delays.get(Math.min(failures, delays.size()) - 1);
    }

    /** Whether that many failures use up the tries: one more than there are delays. */
    public boolean exhausted(int failures) {
        return failures > delays.size();
    }
}
