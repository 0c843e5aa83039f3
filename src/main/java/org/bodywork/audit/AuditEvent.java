package org.bodywork.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read or change of a health record. Written once, never changed: no setters, no version. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = "AuditEvent.bySubject",
        query = "SELECT e FROM AuditEvent e WHERE e.subjectId = :subject ORDER BY e.at DESC, e.id DESC")
public class AuditEvent {

    /** What was done to the record. */
    public enum Action {
        READ,
        CREATE,
        UPDATE,
        EXPORT,
        SIGN,
        AMEND,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(updatable = false)
    private String address;

    protected AuditEvent() {}

    AuditEvent(String actor, Action action, String recordType, Long recordId, Long subjectId, String address) {
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.subjectId = subjectId;
        this.address = address;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getAddress() {
        return address;
    }
}
