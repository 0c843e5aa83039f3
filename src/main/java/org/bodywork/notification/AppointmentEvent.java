package org.bodywork.notification;

import java.time.Instant;

/**
 * A change to an appointment worth telling its two parties about, as booking hands it over: no health
 * details, only who, what and when.
 */
public record AppointmentEvent(
        long appointmentId,
        long changeId,
        Kind kind,
        String service,
        Instant start,
        Instant end,
        Instant previousStart,
        int sequence,
        Party client,
        Party therapist) {

    /** What happened. */
    public enum Kind {
        BOOKED,
        MOVED,
        CANCELLED
    }

    /** A person and their address. */
    public record Party(String email, String name) {}
}
