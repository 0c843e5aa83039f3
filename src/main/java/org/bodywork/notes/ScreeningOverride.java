package org.bodywork.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A deliberate departure from the screening: a technique it marks not allowed, or an area it says to
 * avoid, recorded with the therapist's reason. Kept with the note and shown wherever it is read.
 */
@Embeddable
public class ScreeningOverride implements java.io.Serializable {

    /** What the override is about. */
    public enum Kind {
        TECHNIQUE,
        AREA
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String reason;

    protected ScreeningOverride() {}

    public ScreeningOverride(Kind kind, String code, String reason) {
        this.kind = kind;
        this.code = code;
        this.reason = reason;
    }

    /** "TECHNIQUE:DEEP_TISSUE" or "AREA:LOWER_BACK". */
    public String key() {
        return kind + ":" + code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreeningOverride other
                && key().equals(other.key())
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, reason);
    }
}
