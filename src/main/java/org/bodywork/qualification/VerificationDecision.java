package org.bodywork.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An admin's decision on a record: who, when, what, why. Written once, never changed. */
@Entity
@Table(name = "verification_decision")
@jakarta.persistence.NamedQuery(
        name = "VerificationDecision.lastVerified",
        query = "SELECT d.recordType, d.recordId, d.at FROM VerificationDecision d WHERE d.decision = 'VERIFIED'")
@jakarta.persistence.NamedQuery(
        name = "VerificationDecision.reasons",
        query = "SELECT d.reason FROM VerificationDecision d WHERE d.recordType = :type AND d.recordId = :record"
                + " AND d.decision = 'REJECTED' ORDER BY d.id DESC")
public class VerificationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(nullable = false, updatable = false)
    private String decision;

    @Column(updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    /** The version of the record the admin saw and decided on. */
    @Column(name = "record_version", updatable = false)
    private Long recordVersion;

    /** What the record said then, with its files, as JSON: the record itself may change later. */
    @Column(updatable = false)
    private String seen;

    protected VerificationDecision() {}

    /** A decision on the record as it stands (its version the one the admin saw), with what it said. */
    public VerificationDecision(
            String recordType, VerifiedRecord record, String seen, String decidedBy, String reason) {
        this.recordVersion = record.getVersion();
        this.seen = seen;
        this.at = Instant.now();
        this.recordType = recordType;
        this.recordId = record.getId();
        this.therapistId = record.getTherapistId();
        this.decision = record.getStatus().name();
        this.reason = reason;
        this.decidedBy = decidedBy;
    }

    public Long getId() {
        return id;
    }
}
