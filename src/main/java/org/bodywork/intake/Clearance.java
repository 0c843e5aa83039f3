package org.bodywork.intake;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bodywork.shared.BaseEntity;

/**
 * A clinician's written clearance of one screening flag for one client, with the letter. While it
 * is valid the flag no longer blocks booking; its technique limits and avoided area still apply.
 */
@Entity
@Table(name = "clearance")
@NamedQuery(
        name = "Clearance.validFor",
        query = "SELECT c FROM Clearance c WHERE c.clientId = :client AND c.expiresOn > :day ORDER BY c.id")
@NamedQuery(
        name = "Clearance.validForAny",
        query = "SELECT c FROM Clearance c WHERE c.clientId IN :clients AND c.expiresOn > :day"
                + " ORDER BY c.clientId, c.id")
@NamedQuery(name = "Clearance.of", query = "SELECT c FROM Clearance c WHERE c.clientId = :client ORDER BY c.id DESC")
public class Clearance extends BaseEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "flag_key", nullable = false, updatable = false)
    private String flagKey;

    @Column(nullable = false, updatable = false)
    private String clinician;

    @Column(name = "letter_date", nullable = false, updatable = false)
    private LocalDate letterDate;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "evidence_name", nullable = false, updatable = false)
    private String evidenceName;

    @Column(name = "evidence_type", nullable = false, updatable = false)
    private String evidenceType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] evidence;

    protected Clearance() {}

    Clearance(long clientId, NewClearance c, LocalDate expiresOn, String recordedBy) {
        this.clientId = clientId;
        this.flagKey = c.flagKey();
        this.clinician = c.clinician().trim();
        this.letterDate = c.letterDate();
        this.expiresOn = expiresOn;
        this.recordedBy = recordedBy;
        this.evidenceName = c.evidence().name();
        this.evidenceType = c.evidence().type().mediaType();
        this.evidence = c.evidence().bytes();
    }

    public long getClientId() {
        return clientId;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getClinician() {
        return clinician;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /** Whether the letter still clears its flag on a day (the rule of the named query "validFor"). */
    public boolean validOn(LocalDate day) {
        return expiresOn.isAfter(day);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public String getEvidenceType() {
        return evidenceType;
    }

    byte[] evidence() {
        return evidence.clone();
    }
}
