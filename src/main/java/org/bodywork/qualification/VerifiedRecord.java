package org.bodywork.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.bodywork.shared.BaseEntity;

/**
 * A therapist's record that an admin verifies: it starts PENDING, is VERIFIED or REJECTED by an
 * admin, goes back to PENDING when its therapist changes it, and becomes EXPIRED after its last day.
 */
@MappedSuperclass
public abstract class VerifiedRecord extends BaseEntity {

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordStatus status = RecordStatus.PENDING;

    protected VerifiedRecord() {}

    protected VerifiedRecord(long therapistId) {
        this.therapistId = therapistId;
    }

    /** The last day it is valid, or null when it does not expire. */
    public abstract LocalDate lastDay();

    public abstract Credential credential();

    void verify() {
        requirePending();
        status = RecordStatus.VERIFIED;
    }

    void reject() {
        requirePending();
        status = RecordStatus.REJECTED;
    }

    /** A change by the therapist needs verifying again. */
    protected void changed() {
        status = RecordStatus.PENDING;
    }

    /** Marks the record EXPIRED when the day is past its last day; true if it changed. */
    boolean expireOn(LocalDate day) {
        if (status != RecordStatus.EXPIRED
                && status != RecordStatus.REJECTED
                && lastDay() != null
                && day.isAfter(lastDay())) {
            status = RecordStatus.EXPIRED;
            return true;
        }
        return false;
    }

    private void requirePending() {
        if (status != RecordStatus.PENDING) {
            throw new org.bodywork.shared.BusinessException(
                    org.bodywork.shared.BusinessException.Kind.CONFLICT,
                    "not_pending",
                    null,
                    "Only a pending record can be verified or rejected; this one is "
                            + status.name().toLowerCase() + ".");
        }
    }

    public long getTherapistId() {
        return therapistId;
    }

    public RecordStatus getStatus() {
        return status;
    }
}
