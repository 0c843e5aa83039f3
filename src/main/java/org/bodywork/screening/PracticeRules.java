package org.bodywork.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.bodywork.shared.BaseEntity;

/** One version of a practice's tuned screening values; never changed once stored. */
@Entity
@Table(name = "rule_set")
@NamedQuery(name = "PracticeRules.newestFirst", query = "SELECT r FROM PracticeRules r ORDER BY r.id DESC")
public class PracticeRules extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private String label;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "surgery_postpone_days", updatable = false)
    private int surgeryPostponeDays;

    @Column(name = "surgery_clearance_months", updatable = false)
    private int surgeryClearanceMonths;

    @Column(name = "surgery_caution_years", updatable = false)
    private int surgeryCautionYears;

    @Column(name = "fracture_days", updatable = false)
    private int fractureDays;

    @Column(name = "back_pain_days", updatable = false)
    private int backPainDays;

    @Column(name = "pregnancy_weeks", updatable = false)
    private int pregnancyWeeks;

    @Column(name = "clearance_months", updatable = false)
    private int clearanceMonths;

    @Column(name = "intake_months", updatable = false)
    private int intakeMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_trimester", nullable = false, updatable = false)
    private RuleSet.FirstTrimester firstTrimester;

    protected PracticeRules() {}

    PracticeRules(String label, String createdBy, RuleSet.Windows w, RuleSet.FirstTrimester firstTrimester) {
        this.label = label;
        this.createdBy = createdBy;
        this.surgeryPostponeDays = w.surgeryPostponeDays();
        this.surgeryClearanceMonths = w.surgeryClearanceMonths();
        this.surgeryCautionYears = w.surgeryCautionYears();
        this.fractureDays = w.fractureDays();
        this.backPainDays = w.backPainDays();
        this.pregnancyWeeks = w.pregnancyWeeks();
        this.clearanceMonths = w.clearanceMonths();
        this.intakeMonths = w.intakeMonths();
        this.firstTrimester = firstTrimester;
    }

    public RuleSet.Windows windows() {
        return new RuleSet.Windows(
                surgeryPostponeDays,
                surgeryClearanceMonths,
                surgeryCautionYears,
                fractureDays,
                backPainDays,
                pregnancyWeeks,
                clearanceMonths,
                intakeMonths);
    }

    public RuleSet toRuleSet() {
        return RuleSet.reference().tuned(label, windows(), firstTrimester);
    }

    public String getLabel() {
        return label;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public RuleSet.FirstTrimester getFirstTrimester() {
        return firstTrimester;
    }
}
