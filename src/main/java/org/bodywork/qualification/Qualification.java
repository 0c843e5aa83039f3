package org.bodywork.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.bodywork.screening.Technique;

/** A qualification a therapist holds, and the techniques it covers. */
@Entity
@Table(name = "qualification")
@NamedQuery(
        name = "Qualification.byTherapist",
        query = "SELECT q FROM Qualification q WHERE q.therapistId = :therapist ORDER BY q.id")
@NamedQuery(
        name = "Qualification.byStatus",
        query = "SELECT q FROM Qualification q WHERE q.status = :status ORDER BY q.createdAt, q.id")
@NamedQuery(name = "Qualification.verified", query = "SELECT q FROM Qualification q WHERE q.status = :status")
public class Qualification extends VerifiedRecord {

    @Column(nullable = false)
    private String title;

    @Column(name = "awarding_body", nullable = false)
    private String awardingBody;

    @Column(nullable = false)
    private String level;

    @Column(name = "ofqual_number")
    private String ofqualNumber;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Convert(converter = TechniquesConverter.class)
    @Column(nullable = false)
    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);

    protected Qualification() {}

    public Qualification(long therapistId, NewQualification q) {
        super(therapistId);
        set(q);
    }

    /** The therapist's change: the record needs verifying again. */
    void change(NewQualification q) {
        set(q);
        changed();
    }

    private void set(NewQualification q) {
        this.title = q.title().trim();
        this.awardingBody = q.awardingBody().trim();
        this.level = q.level().trim();
        this.ofqualNumber = q.ofqualNumber() == null || q.ofqualNumber().isBlank()
                ? null
                : q.ofqualNumber().trim();
        this.awardedOn = q.awardedOn();
        this.expiresOn = q.expiresOn();
        this.techniques = EnumSet.copyOf(q.techniques());
    }

    @Override
    public LocalDate lastDay() {
        return expiresOn;
    }

    @Override
    public Credential credential() {
        return new Credential(getStatus(), awardedOn, expiresOn, Set.copyOf(techniques));
    }

    @Override
    java.util.Map<String, Object> facts() {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("title", title);
        facts.put("awardingBody", awardingBody);
        facts.put("level", level);
        facts.put("ofqualNumber", ofqualNumber);
        facts.put("awardedOn", String.valueOf(awardedOn));
        facts.put("expiresOn", String.valueOf(expiresOn));
        facts.put("techniques", new java.util.TreeSet<>(techniques).toString());
        return facts;
    }

    @Override
    String what() {
        return org.bodywork.shared.Words.text("qualification.named", title);
    }

    public String getTitle() {
        return title;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public String getLevel() {
        return level;
    }

    public String getOfqualNumber() {
        return ofqualNumber;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Set<Technique> getTechniques() {
        return Set.copyOf(techniques);
    }
}
