package org.bodywork.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bodywork.shared.Evidence;

/** A therapist's public photo, kept apart from the profile so lists never load image bytes. */
@Entity
@Table(name = "profile_photo")
public class ProfilePhoto {

    @Id
    @Column(name = "therapist_id")
    private long therapistId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Lob
    @Column(nullable = false)
    private byte[] bytes;

    protected ProfilePhoto() {}

    ProfilePhoto(long therapistId) {
        this.therapistId = therapistId;
    }

    void replace(Evidence image) {
        mediaType = image.type().mediaType();
        bytes = image.bytes();
        changedAt = Instant.now();
    }

    public String getMediaType() {
        return mediaType;
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
