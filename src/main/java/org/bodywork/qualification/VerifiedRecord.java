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

    /** The kinds of record, as addresses, evidence files and decisions name them. */
    public static final String QUALIFICATION = "qualification";

    public static final String INSURANCE = "insurance";

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

    /** What the record says, field by field, for a decision to keep what was decided on. */
    abstract java.util.Map<String, Object> facts();

    /** What the record is, as a message to its therapist names it. */
    abstract String what();

    /** The class of record a kind names; no such record for any other kind. */
    static Class<? extends VerifiedRecord> type(String kind) {
        return switch (kind) {
            case QUALIFICATION -> Qualification.class;
            case INSURANCE -> Insurance.class;
            default -> throw noSuchRecord();
        };
    }

    static org.bodywork.shared.BusinessException noSuchRecord() {
        return org.bodywork.shared.BusinessException.notFound(
                "not_found", org.bodywork.shared.Words.text("qualification.there-is-no-such-record"));
    }

    /** Verified, and its last day falls within the 30 days from {@code today}: its therapist is warned. */
    boolean endsSoon(LocalDate today) {
        return status == RecordStatus.VERIFIED
                && lastDay() != null
                && !lastDay().isBefore(today)
                && !lastDay().isAfter(today.plusDays(30));
    }

    public void verify() {
        requirePending();
        status = RecordStatus.VERIFIED;
    }

    void reject() {
        requirePending();
        status = RecordStatus.REJECTED;
    }

    /**
     * An admin decides on the version of the record they saw: one changed since, its fields or its
     * files, answers 409 and nothing is decided (issue 23, M6).
     */
    void requireSeen(long seen) {
        if (getVersion() != seen) {
            throw new org.bodywork.shared.BusinessException(
                    org.bodywork.shared.BusinessException.Kind.CONFLICT,
                    "changed_since_seen",
                    "version",
                    org.bodywork.shared.Words.text("qualification.this-record-changed-after"));
        }
    }

    /**
     * A file added to a decided record sends it back to the queue: what an admin verified is what
     * they saw (issue 23, M6). Until then it does not make its therapist bookable.
     */
    void evidenceAdded() {
        if (status == RecordStatus.VERIFIED || status == RecordStatus.REJECTED) {
            status = RecordStatus.PENDING;
        }
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
