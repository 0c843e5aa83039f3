package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BaseEntity;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * A client's appointment with a therapist for a service. It takes the therapist's time from its
 * start until its end plus the service's buffer; once cancelled it takes none. Clients may cancel or
 * move it until the practice's cut-off; after that only the therapist or an admin may, and a
 * cancellation is recorded as late. Every change returns its {@link AppointmentChange} to store.
 */
@Entity
@Table(name = "appointment")
@NamedQuery(
        name = "Appointment.overlappingForTherapist",
        query = "SELECT a FROM Appointment a WHERE a.therapistId = :therapist AND a.startsAt < :to"
                + " AND a.busyUntil > :from AND a.status IN :statuses ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.overlappingForTherapists",
        query = "SELECT a FROM Appointment a WHERE a.therapistId IN :therapists AND a.startsAt < :to"
                + " AND a.busyUntil > :from AND a.status IN :statuses ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.overlappingForClient",
        query = "SELECT a FROM Appointment a WHERE a.clientId = :client AND a.startsAt < :to"
                + " AND a.endsAt > :from AND a.status IN :statuses ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.forTherapist",
        query = "SELECT a FROM Appointment a WHERE a.therapistId = :therapist AND a.startsAt < :to"
                + " AND a.endsAt > :from ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.forClient",
        query = "SELECT a FROM Appointment a WHERE a.clientId = :client AND a.startsAt < :to"
                + " AND a.endsAt > :from ORDER BY a.startsAt")
@NamedQuery(
        name = "Appointment.allForClient",
        query = "SELECT a FROM Appointment a WHERE a.clientId = :client ORDER BY a.startsAt")
/** Whether a therapist has (or had) a booking with a client: what opens the client's notes to them. */
@NamedQuery(
        name = "Appointment.between",
        query = "SELECT a FROM Appointment a WHERE a.startsAt < :to AND a.endsAt > :from ORDER BY a.startsAt")
public class Appointment extends BaseEntity {

    /** Where an appointment stands. */
    public enum Status {
        BOOKED,
        CANCELLED,
        LATE_CANCELLED,
        NO_SHOW;

        /** True when the appointment holds the therapist's and the client's time. */
        public boolean takesTime() {
            return this == BOOKED || this == NO_SHOW;
        }
    }

    /** Who asks for a change: the client, or the practice (the therapist or an admin). */
    public enum Actor {
        CLIENT,
        PRACTICE
    }

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "service_id", nullable = false, updatable = false)
    private long serviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Technique technique;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "busy_until", nullable = false)
    private Instant busyUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected Appointment() {}

    public Appointment(long therapistId, long clientId, Service service, Instant start) {
        this.therapistId = therapistId;
        this.clientId = clientId;
        this.serviceId = service.getId() == null ? 0 : service.getId();
        this.technique = service.getTechnique();
        this.status = Status.BOOKED;
        place(start, service.length());
    }

    private void place(Instant start, Slots.Length length) {
        this.startsAt = start;
        this.endsAt = start.plus(length.length());
        this.busyUntil = endsAt.plus(length.bufferAfter());
    }

    /** The first entry of the history. */
    public AppointmentChange booked(String by) {
        return new AppointmentChange(this, by, AppointmentChange.Kind.BOOKED, null, null, null);
    }

    /** Cancels; a practice cancellation after the cut-off is recorded as late, a client's is refused. */
    public AppointmentChange cancel(Actor actor, String by, Instant now, Duration cutoff, String reason) {
        Status before = status;
        requireChangeable(actor, now, cutoff, "cancel");
        status = pastCutoff(now, cutoff) ? Status.LATE_CANCELLED : Status.CANCELLED;
        AppointmentChange.Kind kind = status == Status.LATE_CANCELLED
                ? AppointmentChange.Kind.LATE_CANCELLED
                : AppointmentChange.Kind.CANCELLED;
        return new AppointmentChange(this, by, kind, before, startsAt, reason);
    }

    /** Moves to a new start, keeping the service; the caller has checked the new slot is free. */
    AppointmentChange reschedule(
            Actor actor, String by, Instant now, Duration cutoff, Instant start, Slots.Length length) {
        requireChangeable(actor, now, cutoff, "move");
        Instant from = startsAt;
        place(start, length);
        return new AppointmentChange(this, by, AppointmentChange.Kind.RESCHEDULED, status, from, null);
    }

    /** The client did not come: only once the appointment has started. */
    public AppointmentChange markNoShow(String by, Instant now) {
        if (status != Status.BOOKED) {
            throw notBooked();
        }
        if (now.isBefore(startsAt)) {
            throw BusinessException.refused("not_started", Words.text("booking.an-appointment-can-be-marked"));
        }
        Status before = status;
        status = Status.NO_SHOW;
        return new AppointmentChange(this, by, AppointmentChange.Kind.NO_SHOW, before, startsAt, null);
    }

    /** True when less than the cut-off is left before the start. */
    public boolean pastCutoff(Instant now, Duration cutoff) {
        return !now.plus(cutoff).isBefore(startsAt);
    }

    void requireChangeable(Actor actor, Instant now, Duration cutoff, String verb) {
        if (status != Status.BOOKED) {
            throw notBooked();
        }
        if (!now.isBefore(startsAt)) {
            throw BusinessException.refused(
                    "already_started", Words.text("booking.this-appointment-has-already-started"));
        }
        if (actor == Actor.CLIENT && pastCutoff(now, cutoff)) {
            throw BusinessException.refused(
                    "past_cutoff",
                    Words.text(
                            "booking.it-is-less-than-hours", String.valueOf(cutoff.toHours()), String.valueOf(verb)));
        }
    }

    private static BusinessException notBooked() {
        return BusinessException.conflict("not_booked", null, Words.text("booking.this-appointment-has-already-been"));
    }

    public long getTherapistId() {
        return therapistId;
    }

    public long getClientId() {
        return clientId;
    }

    public long getServiceId() {
        return serviceId;
    }

    public Technique getTechnique() {
        return technique;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getBusyUntil() {
        return busyUntil;
    }

    public Status getStatus() {
        return status;
    }
}
