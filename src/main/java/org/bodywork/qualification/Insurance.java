package org.bodywork.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;

/** A therapist's professional insurance policy. */
@Entity
@Table(name = "insurance")
@NamedQuery(
        name = "Insurance.byTherapist",
        query = "SELECT i FROM Insurance i WHERE i.therapistId = :therapist ORDER BY i.id")
@NamedQuery(
        name = "Insurance.byStatus",
        query = "SELECT i FROM Insurance i WHERE i.status = :status ORDER BY i.createdAt, i.id")
public class Insurance extends VerifiedRecord {

    @Column(nullable = false)
    private String insurer;

    @Column(name = "policy_number", nullable = false)
    private String policyNumber;

    @Column(name = "cover_pounds", nullable = false)
    private long coverPounds;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected Insurance() {}

    public Insurance(long therapistId, NewInsurance i) {
        super(therapistId);
        this.insurer = i.insurer().trim();
        this.policyNumber = i.policyNumber().trim();
        this.coverPounds = i.coverPounds();
        this.validFrom = i.validFrom();
        this.validTo = i.validTo();
    }

    @Override
    public LocalDate lastDay() {
        return validTo;
    }

    @Override
    public Credential credential() {
        return new Credential(getStatus(), validFrom, validTo, Set.of());
    }

    @Override
    java.util.Map<String, Object> facts() {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("insurer", insurer);
        facts.put("policyNumber", policyNumber);
        facts.put("coverPounds", coverPounds);
        facts.put("validFrom", String.valueOf(validFrom));
        facts.put("validTo", String.valueOf(validTo));
        return facts;
    }

    @Override
    String what() {
        return org.bodywork.shared.Words.text("qualification.insuranceWith", insurer);
    }

    public String getInsurer() {
        return insurer;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public long getCoverPounds() {
        return coverPounds;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
