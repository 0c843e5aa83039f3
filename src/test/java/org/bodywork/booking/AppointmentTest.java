package org.bodywork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.bodywork.booking.Appointment.Actor;
import org.bodywork.booking.Appointment.Status;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final Instant START = Instant.parse("2027-03-16T10:00:00Z");
    private static final Duration CUTOFF = Duration.ofHours(24);
    private static final Service HOUR =
            new Service(new NewService("Swedish massage, 60 minutes", Technique.SWEDISH, 60, 5500, 15, true));

    private static Appointment booked() {
        return new Appointment(1, 2, HOUR, START);
    }

    private static String refusal(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void anAppointmentTakesItsServiceAndBuffer() {
        Appointment a = booked();
        assertEquals(Instant.parse("2027-03-16T11:00:00Z"), a.getEndsAt());
        assertEquals(Instant.parse("2027-03-16T11:15:00Z"), a.getBusyUntil());
        assertEquals(Status.BOOKED, a.getStatus());
    }

    @Test
    void aClientCancelsBeforeTheCutoff() {
        Appointment a = booked();
        AppointmentChange c = a.cancel(Actor.CLIENT, "c@x", START.minus(Duration.ofHours(25)), CUTOFF, "ill");
        assertEquals(Status.CANCELLED, a.getStatus());
        assertEquals(AppointmentChange.Kind.CANCELLED, c.getKind());
        assertEquals(Status.BOOKED, c.getFromStatus());
        assertEquals("ill", c.getReason());
    }

    @Test
    void aClientCannotCancelOrMoveAfterTheCutoff() {
        Instant late = START.minus(Duration.ofHours(23));
        assertEquals("past_cutoff", refusal(() -> booked().cancel(Actor.CLIENT, "c", late, CUTOFF, null)));
        assertEquals(
                "past_cutoff",
                refusal(() -> booked().reschedule(
                                Actor.CLIENT, "c", late, CUTOFF, START.plus(Duration.ofDays(1)), HOUR.length())));
        assertEquals(
                "past_cutoff", refusal(() -> booked().cancel(Actor.CLIENT, "c", START.minus(CUTOFF), CUTOFF, null)));
    }

    @Test
    void thePracticeCancellingAfterTheCutoffIsALateCancellation() {
        Appointment a = booked();
        AppointmentChange c =
                a.cancel(Actor.PRACTICE, "t@x", START.minus(Duration.ofHours(2)), CUTOFF, "client phoned");
        assertEquals(Status.LATE_CANCELLED, a.getStatus());
        assertEquals(AppointmentChange.Kind.LATE_CANCELLED, c.getKind());
    }

    @Test
    void thePracticeMovesAfterTheCutoffAndTheHistorySaysFromWhat() {
        Appointment a = booked();
        Instant to = START.plus(Duration.ofDays(2));
        AppointmentChange c =
                a.reschedule(Actor.PRACTICE, "t@x", START.minus(Duration.ofHours(3)), CUTOFF, to, HOUR.length());
        assertEquals(to, a.getStartsAt());
        assertEquals(to.plus(Duration.ofMinutes(75)), a.getBusyUntil());
        assertEquals(START, c.getFromStart());
        assertEquals(to, c.getToStart());
        assertEquals(AppointmentChange.Kind.RESCHEDULED, c.getKind());
    }

    @Test
    void nothingChangesOnceStartedOrCancelled() {
        assertEquals("already_started", refusal(() -> booked().cancel(Actor.PRACTICE, "t", START, CUTOFF, null)));
        Appointment a = booked();
        a.cancel(Actor.CLIENT, "c", START.minus(Duration.ofDays(3)), CUTOFF, null);
        assertEquals(
                "not_booked",
                refusal(() -> a.cancel(Actor.PRACTICE, "t", START.minus(Duration.ofDays(2)), CUTOFF, null)));
        assertEquals("not_booked", refusal(() -> a.markNoShow("t", START.plusSeconds(60))));
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheAppointmentHasStarted() {
        assertEquals("not_started", refusal(() -> booked().markNoShow("t", START.minusSeconds(1))));
        Appointment a = booked();
        AppointmentChange c = a.markNoShow("t", START.plusSeconds(600));
        assertEquals(Status.NO_SHOW, a.getStatus());
        assertEquals(AppointmentChange.Kind.NO_SHOW, c.getKind());
        assertNull(c.getReason());
    }
}
