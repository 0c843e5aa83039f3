package org.bodywork.screening;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Words;
import org.omnifaces.util.Messages;

/** {@code /admin/screening-rules}: the rule set in force, its history, and the values a practice tunes. */
@Named
@RequestScoped
public class ScreeningRulesBacking {

    @Inject
    ScreeningService screening;

    private RuleSet current;
    private List<PracticeRules> history;
    private int surgeryPostponeDays;
    private int surgeryClearanceMonths;
    private int surgeryCautionYears;
    private int fractureDays;
    private int backPainDays;
    private int pregnancyWeeks;
    private int clearanceMonths;
    private int intakeMonths;
    private RuleSet.FirstTrimester firstTrimester;

    @PostConstruct
    void load() {
        current = screening.current();
        history = screening.history();
        RuleSet.Windows w = current.windows();
        surgeryPostponeDays = w.surgeryPostponeDays();
        surgeryClearanceMonths = w.surgeryClearanceMonths();
        surgeryCautionYears = w.surgeryCautionYears();
        fractureDays = w.fractureDays();
        backPainDays = w.backPainDays();
        pregnancyWeeks = w.pregnancyWeeks();
        clearanceMonths = w.clearanceMonths();
        intakeMonths = w.intakeMonths();
        firstTrimester = current.firstTrimester();
    }

    public void save() {
        try {
            current = screening.tune(
                    new RuleSet.Windows(
                            surgeryPostponeDays,
                            surgeryClearanceMonths,
                            surgeryCautionYears,
                            fractureDays,
                            backPainDays,
                            pregnancyWeeks,
                            clearanceMonths,
                            intakeMonths),
                    firstTrimester);
            history = screening.history();
            Messages.addGlobalInfo("rules.saved", current.version());
        } catch (BusinessException e) {
            Refusals.show(e, "rules");
        }
    }

    /** A technique limit in words, e.g. "Deep tissue massage not allowed; Swedish massage light pressure". */
    public String limits(Rule rule) {
        return rule.techniques().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " "
                        + (e.getValue().verdict() == Verdict.NOT_ALLOWED
                                ? Words.text("rules.notAllowed")
                                : Adaptations.words(e.getValue().adaptations())))
                .collect(Collectors.joining("; "));
    }

    public RuleSet getCurrent() {
        return current;
    }

    public List<Rule> getRows() {
        return current.rows();
    }

    public List<PracticeRules> getHistory() {
        return history;
    }

    public RuleSet.FirstTrimester[] getFirstTrimesterPolicies() {
        return RuleSet.FirstTrimester.values();
    }

    public int getSurgeryPostponeDays() {
        return surgeryPostponeDays;
    }

    public void setSurgeryPostponeDays(int v) {
        surgeryPostponeDays = v;
    }

    public int getSurgeryClearanceMonths() {
        return surgeryClearanceMonths;
    }

    public void setSurgeryClearanceMonths(int v) {
        surgeryClearanceMonths = v;
    }

    public int getSurgeryCautionYears() {
        return surgeryCautionYears;
    }

    public void setSurgeryCautionYears(int v) {
        surgeryCautionYears = v;
    }

    public int getFractureDays() {
        return fractureDays;
    }

    public void setFractureDays(int v) {
        fractureDays = v;
    }

    public int getBackPainDays() {
        return backPainDays;
    }

    public void setBackPainDays(int v) {
        backPainDays = v;
    }

    public int getPregnancyWeeks() {
        return pregnancyWeeks;
    }

    public void setPregnancyWeeks(int v) {
        pregnancyWeeks = v;
    }

    public int getClearanceMonths() {
        return clearanceMonths;
    }

    public void setClearanceMonths(int v) {
        clearanceMonths = v;
    }

    public int getIntakeMonths() {
        return intakeMonths;
    }

    public void setIntakeMonths(int v) {
        intakeMonths = v;
    }

    public RuleSet.FirstTrimester getFirstTrimester() {
        return firstTrimester;
    }

    public void setFirstTrimester(RuleSet.FirstTrimester v) {
        firstTrimester = v;
    }
}
