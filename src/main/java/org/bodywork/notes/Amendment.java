package org.bodywork.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A correction to a signed note, shown under it: what, why, who and when. Never changed. */
@Entity
@Table(name = "note_amendment")
@NamedQuery(
        name = "Amendment.ofNotes",
        query = "SELECT a FROM Amendment a WHERE a.noteId IN :notes ORDER BY a.createdAt, a.id")
public class Amendment implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "note_id", nullable = false, updatable = false)
    private Long noteId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "by_email", nullable = false, updatable = false)
    private String byEmail;

    @Column(name = "by_name", nullable = false, updatable = false)
    private String byName;

    protected Amendment() {}

    Amendment(Long noteId, String text, String reason, String byEmail, String byName, Instant at) {
        this.noteId = noteId;
        this.text = text;
        this.reason = reason;
        this.byEmail = byEmail;
        this.byName = byName;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getNoteId() {
        return noteId;
    }

    public String getText() {
        return text;
    }

    public String getReason() {
        return reason;
    }

    public String getByEmail() {
        return byEmail;
    }

    public String getByName() {
        return byName;
    }
}
