package org.bodywork.intake;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A half-filled intake form, as the JSON the form would send, and the step the client reached. */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft {

    @Id
    @Column(name = "client_id")
    private long clientId;

    @Column(nullable = false)
    private int step;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String data;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected IntakeDraft() {}

    IntakeDraft(long clientId) {
        this.clientId = clientId;
    }

    void save(int step, String data) {
        this.step = step;
        this.data = data;
        this.changedAt = Instant.now();
    }

    public int getStep() {
        return step;
    }

    public String getData() {
        return data;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
