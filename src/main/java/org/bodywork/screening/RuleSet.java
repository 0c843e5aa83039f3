package org.bodywork.screening;

import static org.bodywork.screening.Outcome.CAUTION;
import static org.bodywork.screening.Outcome.GP_CLEARANCE;
import static org.bodywork.screening.Outcome.POSTPONE;
import static org.bodywork.screening.Rule.Effect.LIGHT;
import static org.bodywork.screening.Rule.Effect.NOT_ALLOWED;
import static org.bodywork.screening.Technique.DEEP_TISSUE;
import static org.bodywork.screening.Technique.SHIATSU;
import static org.bodywork.screening.Technique.SWEDISH;
import static org.bodywork.screening.Technique.TRIGGER_POINT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screening rules as data: the rows of the reference rule set (shared/domain/screening-rules.md)
 * and the values a practice may tune, under one version. Screening results record the version.
 *
 * <pre>
 * RuleSet rules = RuleSet.reference().tuned("practice-2", RuleSet.Windows.REFERENCE, FirstTrimester.CAUTION);
 * </pre>
 */
public record RuleSet(String version, Windows windows, FirstTrimester firstTrimester, Map<String, Rule> rules) {

    public static final String REFERENCE_VERSION = "reference-1";

    /** What happens before week 13 of a pregnancy; the reference postpones, practices differ. */
    public enum FirstTrimester {
        POSTPONE,
        GP_CLEARANCE,
        CAUTION
    }

    /** The time windows, in days, months and years, that a practice may tune. */
    public record Windows(
            int surgeryPostponeDays,
            int surgeryClearanceMonths,
            int surgeryCautionYears,
            int fractureDays,
            int backPainDays,
            int pregnancyWeeks,
            int clearanceMonths,
            int intakeMonths) {

        public static final Windows REFERENCE = new Windows(42, 6, 2, 84, 42, 13, 12, 12);

        /** Throws {@link InvalidAnswers} when a window is out of any sensible range. */
        public void validate() {
            check("surgeryPostponeDays", surgeryPostponeDays, 1, 365);
            check("surgeryClearanceMonths", surgeryClearanceMonths, 1, 36);
            check("surgeryCautionYears", surgeryCautionYears, 1, 10);
            check("fractureDays", fractureDays, 1, 730);
            check("backPainDays", backPainDays, 1, 365);
            check("pregnancyWeeks", pregnancyWeeks, 1, 42);
            check("clearanceMonths", clearanceMonths, 1, 36);
            check("intakeMonths", intakeMonths, 1, 36);
            // Months can be as short as 28 days: the clearance phase must exist whatever the month.
            if (surgeryClearanceMonths * 28 <= surgeryPostponeDays) {
                throw new InvalidAnswers(
                        "surgeryClearanceMonths", "The clearance phase after surgery must end after the postponement.");
            }
            if (surgeryCautionYears * 12 < surgeryClearanceMonths) {
                throw new InvalidAnswers(
                        "surgeryCautionYears", "The caution phase after surgery must end after the clearance phase.");
            }
        }

        private static void check(String field, int value, int min, int max) {
            if (value < min || value > max) {
                throw new InvalidAnswers(field, "Enter a number from " + min + " to " + max + ".");
            }
        }
    }

    public RuleSet {
        rules = Map.copyOf(rules);
    }

    /** The same rows with other tunable values, under a new version. */
    public RuleSet tuned(String version, Windows windows, FirstTrimester firstTrimester) {
        windows.validate();
        return new RuleSet(version, windows, firstTrimester, rules);
    }

    public Rule rule(String key) {
        return Optional.ofNullable(rules.get(key))
                .orElseThrow(() -> new IllegalStateException("The rule set has no rule " + key));
    }

    private static final String SEE_GP = "Ask your GP (or the clinician treating you) for a letter saying massage is"
            + " safe for you, and bring it to your therapist, who will record it.";
    private static final String WAIT_WELL = "Please wait until you are well, then update your health form to book.";

    /** The reference rule set, as the screening reference document gives it. */
    public static RuleSet reference() {
        Map<String, Rule> rows = new LinkedHashMap<>();
        for (RedFlag red : RedFlag.values()) {
            boolean urgent = red.outcome() == Outcome.URGENT_MEDICAL;
            rows.put(
                    red.name(),
                    new Rule(
                            red.name(),
                            red.name(),
                            red.outcome(),
                            Map.of(),
                            false,
                            "You told us about " + red.plain() + ". This can be a sign of a serious problem that"
                                    + " needs a doctor, not massage.",
                            urgent
                                    ? "Call 999 or go to A&E now."
                                    : "See your GP urgently, or call 111 if you cannot get an appointment today."));
        }
        add(
                rows,
                "PERSISTENT_UNDIAGNOSED_BACK_PAIN",
                "PERSISTENT_UNDIAGNOSED_BACK_PAIN",
                GP_CLEARANCE,
                Map.of(),
                false,
                "Your back pain has lasted more than six weeks and a doctor has not yet found its cause.",
                "See your GP about your back pain first. " + SEE_GP);
        add(
                rows,
                "ACUTE_BACK_PAIN",
                "ACUTE_BACK_PAIN",
                CAUTION,
                Map.of(),
                false,
                "You have back pain that a doctor has not diagnosed; it started six weeks ago or less.",
                "Your therapist will take care with your back. If the pain lasts beyond six weeks, see your GP.");
        add(
                rows,
                "FEVER",
                "FEVER",
                POSTPONE,
                Map.of(),
                false,
                "You have a fever. Massage can make an illness worse.",
                "Wait until you have been well for 48 hours, then update your health form to book.");
        add(
                rows,
                "CONTAGIOUS_ILLNESS",
                "CONTAGIOUS_ILLNESS",
                POSTPONE,
                Map.of(),
                false,
                "You have an illness that can spread, such as a cold, flu or a stomach bug.",
                WAIT_WELL);
        add(
                rows,
                "ALCOHOL_OR_DRUGS",
                "ALCOHOL_OR_DRUGS",
                POSTPONE,
                Map.of(),
                false,
                "Massage is not safe under the influence of alcohol or drugs.",
                "Book for a day when you will not have taken alcohol or recreational drugs, then update your"
                        + " health form.");
        add(
                rows,
                "SKIN_CONDITION_CONTAGIOUS",
                "SKIN_CONDITION",
                POSTPONE,
                Map.of(),
                false,
                "You have a skin condition on your {area} that can spread.",
                "Wait until your GP or pharmacist says it can no longer spread, then update your health form.");
        add(
                rows,
                "SKIN_CONDITION",
                "SKIN_CONDITION",
                CAUTION,
                Map.of(),
                true,
                "You have a skin condition, such as a rash, eczema or psoriasis, on your {area}.",
                "Your therapist will not work on your {area}.");
        add(
                rows,
                "OPEN_WOUND",
                "OPEN_WOUND",
                CAUTION,
                Map.of(),
                true,
                "You have an open or unhealed wound on your {area}.",
                "Your therapist will not work on your {area}.");
        add(
                rows,
                "BRUISING",
                "BRUISING",
                CAUTION,
                Map.of(),
                true,
                "You have bruising on your {area}.",
                "Your therapist will not work on your {area}.");
        add(
                rows,
                "VARICOSE_VEINS",
                "VARICOSE_VEINS",
                CAUTION,
                Map.of(),
                true,
                "You have varicose veins on your {area}.",
                "Your therapist will not work on your {area}.");
        add(
                rows,
                "RECENT_SURGERY_HEALING",
                "RECENT_SURGERY",
                POSTPONE,
                Map.of(),
                false,
                "You had surgery on your {area} less than six weeks ago and it is still healing.",
                "You can book appointments from {until}.");
        add(
                rows,
                "RECENT_SURGERY_RECOVERING",
                "RECENT_SURGERY",
                GP_CLEARANCE,
                Map.of(),
                true,
                "You had surgery on your {area} less than six months ago.",
                SEE_GP + " Your therapist will not work on your {area}.");
        add(
                rows,
                "RECENT_SURGERY",
                "RECENT_SURGERY",
                CAUTION,
                Map.of(),
                true,
                "You had surgery on your {area} in the last two years.",
                "Your therapist will not work on your {area}.");
        add(
                rows,
                "FRACTURE_SPINE",
                "FRACTURE",
                GP_CLEARANCE,
                Map.of(),
                true,
                "You broke a bone in your {area} less than twelve weeks ago.",
                SEE_GP + " Your therapist will not work on your {area}.");
        add(
                rows,
                "FRACTURE",
                "FRACTURE",
                CAUTION,
                Map.of(),
                true,
                "You broke a bone in your {area} less than twelve weeks ago.",
                "Your therapist will not work on your {area}.");
        Map<Technique, Rule.Effect> fragile =
                Map.of(DEEP_TISSUE, NOT_ALLOWED, TRIGGER_POINT, NOT_ALLOWED, SWEDISH, LIGHT, SHIATSU, LIGHT);
        add(
                rows,
                "OSTEOPOROSIS",
                "OSTEOPOROSIS",
                CAUTION,
                fragile,
                false,
                "You have osteoporosis, so your bones can break more easily.",
                "Your therapist will use light pressure and no deep tissue or trigger point work.");
        add(
                rows,
                "ANTICOAGULANTS",
                "ANTICOAGULANTS",
                CAUTION,
                fragile,
                false,
                "You take medicine that thins your blood, so you bruise more easily.",
                "Your therapist will use light pressure and no deep tissue or trigger point work.");
        add(
                rows,
                "BLEEDING_DISORDER",
                "BLEEDING_DISORDER",
                CAUTION,
                fragile,
                false,
                "You have a bleeding disorder, so you bruise more easily.",
                "Your therapist will use light pressure and no deep tissue or trigger point work.");
        add(
                rows,
                "FIBROMYALGIA",
                "FIBROMYALGIA",
                CAUTION,
                Map.of(DEEP_TISSUE, NOT_ALLOWED, TRIGGER_POINT, LIGHT, SWEDISH, LIGHT, SHIATSU, LIGHT),
                false,
                "You have fibromyalgia, so firm pressure can cause a flare-up.",
                "Your therapist will use light pressure and no deep tissue work.");
        Map<Technique, Rule.Effect> gentleDeep = Map.of(DEEP_TISSUE, LIGHT);
        add(
                rows,
                "OSTEOARTHRITIS",
                "OSTEOARTHRITIS",
                CAUTION,
                gentleDeep,
                false,
                "You have osteoarthritis.",
                "Your therapist will go gently with deep tissue work and avoid inflamed joints.");
        add(
                rows,
                "SCIATICA",
                "SCIATICA",
                CAUTION,
                gentleDeep,
                false,
                "You have sciatica.",
                "Your therapist will go gently with deep tissue work.");
        add(
                rows,
                "DIABETES",
                "DIABETES",
                CAUTION,
                gentleDeep,
                false,
                "You have diabetes.",
                "Your therapist will go gently with deep tissue work.");
        add(
                rows,
                "DIABETES_NEUROPATHY",
                "DIABETES",
                GP_CLEARANCE,
                Map.of(),
                false,
                "You have diabetes with neuropathy, so you may not feel if pressure is too strong.",
                SEE_GP);
        add(
                rows,
                "HIGH_BLOOD_PRESSURE",
                "HIGH_BLOOD_PRESSURE",
                CAUTION,
                Map.of(),
                false,
                "You have high blood pressure that is controlled.",
                "Your therapist will check how you feel during and after the massage.");
        add(
                rows,
                "HIGH_BLOOD_PRESSURE_UNCONTROLLED",
                "HIGH_BLOOD_PRESSURE",
                GP_CLEARANCE,
                Map.of(),
                false,
                "You have high blood pressure that is not controlled.",
                SEE_GP);
        add(
                rows,
                "DVT",
                "DVT",
                GP_CLEARANCE,
                Map.of(),
                false,
                "You have or have had a blood clot (DVT); massage could move a clot.",
                SEE_GP);
        add(
                rows,
                "CANCER",
                "CANCER",
                GP_CLEARANCE,
                Map.of(),
                false,
                "You have or are being treated for cancer.",
                SEE_GP);
        add(
                rows,
                "HEART_CONDITION",
                "HEART_CONDITION",
                GP_CLEARANCE,
                Map.of(),
                false,
                "You have a heart condition.",
                SEE_GP);
        add(rows, "EPILEPSY", "EPILEPSY", GP_CLEARANCE, Map.of(), false, "You have epilepsy.", SEE_GP);
        add(
                rows,
                "UNDIAGNOSED_LUMP_OR_PAIN",
                "UNDIAGNOSED_LUMP_OR_PAIN",
                GP_CLEARANCE,
                Map.of(),
                true,
                "You have a lump or pain on your {area} that a doctor has not diagnosed.",
                "See your GP about it first. " + SEE_GP + " Your therapist will not work on your {area}.");
        add(
                rows,
                "PREGNANCY_FIRST_TRIMESTER",
                "PREGNANCY",
                POSTPONE,
                Map.of(),
                false,
                "You are in the first trimester of pregnancy.",
                "You can book appointments from {until}, when your first trimester ends.");
        add(
                rows,
                "PREGNANCY_FIRST_TRIMESTER_GP",
                "PREGNANCY",
                GP_CLEARANCE,
                // Once cleared, the limit that applies to every later pregnancy still applies.
                Map.of(DEEP_TISSUE, NOT_ALLOWED),
                false,
                "You are in the first trimester of pregnancy.",
                SEE_GP);
        add(
                rows,
                "PREGNANCY",
                "PREGNANCY",
                CAUTION,
                Map.of(DEEP_TISSUE, NOT_ALLOWED),
                false,
                "You are pregnant.",
                "Your therapist will adapt your position and will not use deep tissue work.");
        return new RuleSet(REFERENCE_VERSION, Windows.REFERENCE, FirstTrimester.POSTPONE, rows);
    }

    private static void add(
            Map<String, Rule> rows,
            String key,
            String flag,
            Outcome outcome,
            Map<Technique, Rule.Effect> techniques,
            boolean avoidArea,
            String reason,
            String advice) {
        rows.put(key, new Rule(key, flag, outcome, techniques, avoidArea, reason, advice));
    }

    /** The rows, in the order of the reference document. */
    public List<Rule> rows() {
        return rules.values().stream()
                .sorted(java.util.Comparator.comparing(Rule::key))
                .toList();
    }
}
