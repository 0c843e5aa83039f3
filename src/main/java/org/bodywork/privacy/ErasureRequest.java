package org.bodywork.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bodywork.shared.BaseEntity;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * A client's request to be erased. PENDING from the request until it is carried out (by an admin,
 * or by the nightly job after the grace days), then HELD while clinical records must still be kept,
 * then ERASED.
 */
@Entity
@Table(name = "erasure_request")
@NamedQuery(name = "ErasureRequest.ofClient", query = "SELECT e FROM ErasureRequest e WHERE e.clientId = :client")
@NamedQuery(
        name = "ErasureRequest.open",
        query = "SELECT e FROM ErasureRequest e WHERE e.status <> :erased ORDER BY e.dueOn, e.id")
@NamedQuery(
        name = "ErasureRequest.all",
        query = "SELECT e FROM ErasureRequest e ORDER BY e.requestedOn DESC, e.id DESC")
public class ErasureRequest extends BaseEntity {

    public enum Status {
        PENDING,
        HELD,
        ERASED
    }

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    /** The last day clinical records must be kept, or null when there are none. */
    @Column(name = "held_until")
    private LocalDate heldUntil;

    @Column(name = "carried_out_at")
    private Instant carriedOutAt;

    @Column(name = "carried_out_by")
    private String carriedOutBy;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected ErasureRequest() {}

    /** A request made on the given day; the law gives the practice one month to answer it. */
    ErasureRequest(long clientId, LocalDate requestedOn, LocalDate keepUntil) {
        this.clientId = clientId;
        this.requestedOn = requestedOn;
        this.dueOn = requestedOn.plusMonths(1);
        this.heldUntil = keepUntil;
    }

    /**
     * Whether the nightly job should carry it out: after the grace days in which a client who changed
     * their mind can still ask the practice to stop, and never later than the day before it is due.
     */
    public boolean ripe(LocalDate today, int graceDays) {
        LocalDate latest = dueOn.minusDays(1);
        LocalDate after = requestedOn.plusDays(graceDays);
        return status == Status.PENDING && !today.isBefore(after.isBefore(latest) ? after : latest);
    }

    public boolean overdue(LocalDate today) {
        return status == Status.PENDING && today.isAfter(dueOn);
    }

    /** Whether the clinical records' retention has ended, so the rest may go. */
    public boolean holdEnded(LocalDate today) {
        return status == Status.HELD && today.isAfter(heldUntil);
    }

    /**
     * Carries out what may be erased now: HELD when clinical records must still be kept, ERASED when
     * there are none. A request is carried out once.
     */
    void carriedOut(String by, Instant at) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict(
                    "already_carried_out",
                    null,
                    Words.text("privacy.this-request-was-already-carried", String.valueOf(carriedOutAt)));
        }
        carriedOutBy = by;
        carriedOutAt = at;
        if (heldUntil == null) {
            erasedAt = at;
            status = Status.ERASED;
        } else {
            status = Status.HELD;
        }
    }

    /** The clinical records' retention has ended and they are gone too. */
    void erased(Instant at) {
        if (status != Status.HELD) {
            throw new IllegalStateException("Only a held request's records are erased at the end of retention");
        }
        erasedAt = at;
        status = Status.ERASED;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getHeldUntil() {
        return heldUntil;
    }

    public Instant getCarriedOutAt() {
        return carriedOutAt;
    }

    public String getCarriedOutBy() {
        return carriedOutBy;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
