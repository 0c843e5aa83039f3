package org.bodywork.intake;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;
import org.bodywork.screening.Screening;
import org.bodywork.shared.BaseEntity;

/**
 * One submitted version of a client's health intake, with the screening made when it was submitted.
 * Versions are never changed; a client's update is a new version with the next number.
 */
@Entity
@Table(name = "intake_version")
@NamedQuery(
        name = "IntakeVersion.byClient",
        query = "SELECT v FROM IntakeVersion v WHERE v.clientId = :client ORDER BY v.number DESC")
@NamedQuery(
        name = "IntakeVersion.latestOf",
        query = "SELECT v FROM IntakeVersion v WHERE v.clientId IN :clients AND v.number ="
                + " (SELECT MAX(w.number) FROM IntakeVersion w WHERE w.clientId = v.clientId)")
public class IntakeVersion extends BaseEntity {

    /** The form's version, recorded with the consent given on it. */
    public static final String FORM_VERSION = "2026-11";

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "form_version", nullable = false, updatable = false)
    private String formVersion;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, updatable = false)
    private String answers;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, updatable = false)
    private String details;

    @Column(name = "consent_treatment", nullable = false, updatable = false)
    private boolean consentTreatment;

    @Column(name = "consent_health_data", nullable = false, updatable = false)
    private boolean consentHealthData;

    @Column(name = "consented_at", nullable = false, updatable = false)
    private Instant consentedAt;

    @Column(name = "guardian_name", updatable = false)
    private String guardianName;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "rule_set_version", nullable = false, updatable = false)
    private String ruleSetVersion;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, updatable = false)
    private String result;

    protected IntakeVersion() {}

    /** The client's form as their version {@code number}, screened against the given rules. */
    public static IntakeVersion screened(long clientId, int number, IntakeForm form, RuleSet rules) {
        Result result = new Screening(rules).screen(form.answers());
        return new IntakeVersion(
                clientId,
                number,
                form,
                AnswersJson.write(form.answers()).toString(),
                AnswersJson.write(result).toString(),
                result);
    }

    private IntakeVersion(
            long clientId, int number, IntakeForm form, String answersJson, String resultJson, Result screening) {
        this.clientId = clientId;
        this.number = number;
        this.formVersion = FORM_VERSION;
        this.answers = answersJson;
        this.details = form.details().toString();
        this.consentTreatment = form.consentTreatment();
        this.consentHealthData = form.consentHealthData();
        this.consentedAt = Instant.now();
        this.guardianName = form.guardianName();
        this.assessedOn = screening.assessedOn();
        this.outcome = screening.outcome();
        this.ruleSetVersion = screening.ruleSetVersion();
        this.result = resultJson;
    }

    /** Current for {@code months} after the day it was screened for. */
    public boolean isCurrentOn(LocalDate day, int months) {
        return day.isBefore(assessedOn.plusMonths(months));
    }

    public long getClientId() {
        return clientId;
    }

    public int getNumber() {
        return number;
    }

    public String getFormVersion() {
        return formVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public String getDetails() {
        return details;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getResult() {
        return result;
    }
}
