package org.bodywork.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Optimistic locking and the created/changed stamps, for records whose id is not generated (a
 * therapist's profile keyed by the therapist, the practice's one row of booking rules).
 */
@MappedSuperclass
public abstract class Stamped implements java.io.Serializable {

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @PrePersist
    void stampCreated() {
        createdAt = Instant.now();
        changedAt = createdAt;
    }

    @PreUpdate
    void stampChanged() {
        changedAt = Instant.now();
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
