package org.bodywork.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.bodywork.shared.BaseEntity;

/** A therapist looks after a client, and so may read the client's health records. */
@Entity
@Table(name = "care_assignment")
@NamedQuery(
        name = "CareAssignment.exists",
        query = "SELECT COUNT(a) FROM CareAssignment a WHERE a.therapistId = :therapist AND a.clientId = :client")
@NamedQuery(
        name = "CareAssignment.clientsOf",
        query = "SELECT a.clientId FROM CareAssignment a WHERE a.therapistId = :therapist")
@NamedQuery(
        name = "CareAssignment.byName",
        query = "SELECT a.clientId FROM CareAssignment a, Account c WHERE c.id = a.clientId"
                + " AND a.therapistId = :therapist AND (a.assignedBy <> '" + CareAssignment.BOOKING + "'"
                + " OR EXISTS (SELECT p.id FROM Appointment p WHERE p.therapistId = a.therapistId"
                + " AND p.clientId = a.clientId AND p.status IN :statuses AND p.startsAt >= :since))"
                + " ORDER BY c.name, c.id")
@NamedQuery(
        name = "CareAssignment.of",
        query = "SELECT a FROM CareAssignment a WHERE a.therapistId = :therapist AND a.clientId = :client")
public class CareAssignment extends BaseEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    /** Who made it: an admin's e-mail address, "demo", or {@link #BOOKING}. */
    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    /** Made by a booking: it lasts while the therapist and client are in care (issue 23, M5). */
    static final String BOOKING = "booking";

    protected CareAssignment() {}

    public CareAssignment(long therapistId, long clientId, String assignedBy) {
        this.therapistId = therapistId;
        this.clientId = clientId;
        this.assignedBy = assignedBy;
    }

    /** A booking's assignment gives access only while its pair is in care; an admin's or the demo's until ended. */
    boolean byBooking() {
        return BOOKING.equals(assignedBy);
    }

    /** An admin confirms it: it no longer ends with the bookings. */
    void confirmBy(String admin) {
        assignedBy = admin;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public long getClientId() {
        return clientId;
    }
}
