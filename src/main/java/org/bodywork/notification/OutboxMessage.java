package org.bodywork.notification;

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

/** One outgoing e-mail and its delivery state: pending, being sent, sent, or parked after the last try. */
@Entity
@Table(name = "outbox")
@NamedQuery(name = "OutboxMessage.withKey", query = "SELECT m FROM OutboxMessage m WHERE m.dedupeKey = :key")
@NamedQuery(
        name = "OutboxMessage.claimed",
        query = "SELECT m FROM OutboxMessage m WHERE m.claimedBy = :claim ORDER BY m.id")
@NamedQuery(name = "OutboxMessage.latest", query = "SELECT m FROM OutboxMessage m ORDER BY m.id DESC")
public class OutboxMessage {

    /** Where a message is in its delivery. */
    public enum Status {
        PENDING,
        SENDING,
        SENT,
        PARKED,
        /** No longer to be sent: a reminder for an appointment moved, cancelled or not wanted. */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String text;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String html;

    @Column(updatable = false)
    private String ics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {}

    OutboxMessage(Mail mail, Instant now, Instant notBefore) {
        this.kind = mail.kind();
        this.dedupeKey = mail.key();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.ics = mail.ics();
        this.createdAt = now;
        this.notBefore = notBefore;
        this.status = Status.PENDING;
    }

    /** After a failed try: again later, or parked for an admin once the tries are used up. */
    void failed(String error, Instant now, Backoff backoff) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        claimedBy = null;
        claimedAt = null;
        if (backoff.exhausted(attempts)) {
            status = Status.PARKED;
        } else {
            status = Status.PENDING;
            notBefore = now.plus(backoff.delay(attempts));
        }
    }

    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    void withdraw() {
        status = Status.WITHDRAWN;
        claimedBy = null;
        claimedAt = null;
    }

    /** Due again from the given time: an admin's "try again", or a withdrawn reminder wanted after all. */
    void retry(Instant now) {
        status = Status.PENDING;
        notBefore = now;
        claimedBy = null;
        claimedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getKind() {
        return kind;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public String getIcs() {
        return ics;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
