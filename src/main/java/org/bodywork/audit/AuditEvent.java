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

/**
 * One read or change of a health record, one sign-in, or one refusal. Written once, never changed:
 * no setters, no version, and on MySQL/MariaDB triggers refuse UPDATE and DELETE.
 */
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
        /** A refused attempt on a record. */
        REFUSED,
        SIGN_IN,
        SIGN_IN_FAILED,
        /** A sign-in refused without checking, the account or address being blocked for a while. */
        SIGN_IN_BLOCKED,
        /** A page or API call the account's role may not use. */
        DENIED,
        MFA_ENABLED,
        MFA_DISABLED,
        PASSWORD_CHANGED,
        API_TOKEN_MADE,
        API_TOKEN_REVOKED,
        /** The address to sign in with changed; the detail says to what. */
        EMAIL_CHANGED,
        /** A client asked to be erased; their account closed. */
        ERASURE_REQUESTED,
        /** A client's data was erased: all of it, or all but the clinical records still kept. */
        ERASED,
        /** A wrong password where a signed-in person was asked for theirs again. */
        REAUTH_FAILED,
        /** Too many of those: the account's sessions and tokens ended. */
        REAUTH_LOCKED
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

    /** What was tried, when no record says it: "GET /admin/outbox", say. */
    @Column(updatable = false)
    private String detail;

    /** The acting account's number, when an account acted: its e-mail address (actor) is as it was then. */
    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    protected AuditEvent() {}

    AuditEvent(String actor, Action action, String recordType, Long recordId, Long subjectId, String address) {
        this.at = Instant.now();
        // Cut to the columns: what someone typed as an e-mail address, or sent as a forwarded
        // address, must not make the entry fail, and with it what it records (issue 23, M8).
        this.actor = cut(actor, 254);
        this.action = action;
        this.recordType = cut(recordType, 40);
        this.recordId = recordId;
        this.subjectId = subjectId;
        this.address = cut(address, 64);
    }

    static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    AuditEvent(
            String actor,
            Action action,
            String recordType,
            Long recordId,
            Long subjectId,
            String address,
            String detail) {
        this(actor, action, recordType, recordId, subjectId, address);
        this.detail = cut(detail, 255);
    }

    /** The same, by the account that acted (null for a job, someone not signed in, or entries before issue 23). */
    AuditEvent by(Long actorId) {
        this.actorId = actorId;
        return this;
    }

    public Long getId() {
        return id;
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

    public String getDetail() {
        return detail;
    }
}
