package org.bodywork.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an appointment's history, never changed: who did what, when, from what to what. */
@Entity
@Table(name = "appointment_change")
@NamedQuery(
        name = "AppointmentChange.of",
        query = "SELECT c FROM AppointmentChange c WHERE c.appointmentId = :appointment ORDER BY c.at, c.id")
@NamedQuery(
        name = "AppointmentChange.ofClient",
        query = "SELECT c FROM AppointmentChange c, Appointment a WHERE a.id = c.appointmentId"
                + " AND a.clientId = :client ORDER BY c.at, c.id")
public class AppointmentChange {

    /** What happened. */
    public enum Kind {
        BOOKED,
        RESCHEDULED,
        CANCELLED,
        LATE_CANCELLED,
        NO_SHOW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private Appointment.Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private Appointment.Status toStatus;

    @Column(name = "from_start", updatable = false)
    private Instant fromStart;

    @Column(name = "to_start", nullable = false, updatable = false)
    private Instant toStart;

    @Column(updatable = false)
    private String reason;

    protected AppointmentChange() {}

    AppointmentChange(
            Appointment a, String by, Kind kind, Appointment.Status fromStatus, Instant fromStart, String reason) {
        this.appointmentId = a.getId() == null ? 0 : a.getId();
        this.changedBy = by;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = a.getStatus();
        this.fromStart = fromStart;
        this.toStart = a.getStartsAt();
        String text = reason == null ? null : reason.strip();
        this.reason = text == null || text.isEmpty() ? null : text.substring(0, Math.min(500, text.length()));
    }

    @PrePersist
    void stamp() {
        at = Instant.now();
    }

    /** Not a bean property: the client's export and the API name the appointment themselves. */
    long appointmentId() {
        return appointmentId;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Kind getKind() {
        return kind;
    }

    public Appointment.Status getFromStatus() {
        return fromStatus;
    }

    public Appointment.Status getToStatus() {
        return toStatus;
    }

    public Instant getFromStart() {
        return fromStart;
    }

    public Instant getToStart() {
        return toStart;
    }

    public String getReason() {
        return reason;
    }
}
