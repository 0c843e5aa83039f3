package org.bodywork.qualification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bodywork.shared.Evidence;

/** A file proving a qualification or a policy, kept in the database so it survives restarts. */
@Entity
@Table(name = "evidence_file")
@NamedQuery(
        name = "EvidenceFile.of",
        query = "SELECT NEW org.bodywork.qualification.EvidenceFile$Listed(e.id, e.name, e.mediaType)"
                + " FROM EvidenceFile e WHERE e.ownerType = :type AND e.ownerId = :owner ORDER BY e.id")
@NamedQuery(
        name = "EvidenceFile.ofAll",
        query = "SELECT e.ownerId, e.id, e.name, e.mediaType FROM EvidenceFile e"
                + " WHERE e.ownerType = :type AND e.ownerId IN :owners ORDER BY e.id")
public class EvidenceFile {

    /** A file as a list shows it, without its bytes. */
    public record Listed(Long id, String name, String mediaType) implements java.io.Serializable {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "owner_type", nullable = false, updatable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected EvidenceFile() {}

    EvidenceFile(String ownerType, long ownerId, Evidence evidence) {
        this.createdAt = Instant.now();
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.name = evidence.name();
        this.mediaType = evidence.type().mediaType();
        this.bytes = evidence.bytes();
    }

    public Long getId() {
        return id;
    }

    public String getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
