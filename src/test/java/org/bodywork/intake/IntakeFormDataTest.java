package org.bodywork.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Area;
import org.bodywork.screening.ConditionCode;
import org.junit.jupiter.api.Test;

class IntakeFormDataTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static IntakeFormData filled() {
        IntakeFormData f = new IntakeFormData();
        f.setDateOfBirth(LocalDate.of(1980, 6, 1));
        f.setEmergencyName("Jo");
        f.setEmergencyPhone("01632 960000");
        f.setBackPain(true);
        f.setBackAreas(List.of("LOWER_BACK"));
        f.setBackStartedOn(LocalDate.of(2027, 3, 1));
        f.setBackDiagnosed(false);
        ConditionEntry surgery = f.getConditions().get(ConditionCode.RECENT_SURGERY.ordinal());
        surgery.setSelected(true);
        surgery.setArea(Area.ABDOMEN);
        surgery.setSince(LocalDate.of(2027, 2, 20));
        f.setGoals("Less pain");
        f.setConsentTreatment(true);
        f.setConsentHealthData(true);
        return f;
    }

    private static int step(String name) {
        return IntakeFormData.STEPS.indexOf(name);
    }

    @Test
    void aFilledFormIsWhatTheApiAccepts() {
        IntakeForm form = IntakeForm.read(IntakeFormJson.write(filled()), TODAY);
        assertEquals(1, form.answers().conditions().size());
        assertEquals(Set.of(Area.LOWER_BACK), form.answers().backPain().areas());
        assertEquals("Less pain", form.details().getString("goals"));
    }

    @Test
    void aDraftComesBackAsItWasLeft() {
        IntakeFormData back = IntakeFormJson.read(IntakeFormJson.write(filled()));
        assertEquals(IntakeFormJson.write(filled()), IntakeFormJson.write(back));
    }

    @Test
    void aNewVersionAsksForConsentAgain() {
        IntakeFormData again =
                IntakeFormJson.read(IntakeFormJson.write(filled())).withoutConsent();
        assertTrue(again.problems(step("consent"), TODAY).containsKey("consentTreatment"));
    }

    @Test
    void eachStepSaysWhatIsMissingOnIt() {
        IntakeFormData empty = new IntakeFormData();
        assertEquals(
                Set.of("dob", "emergencyName", "emergencyPhone"),
                empty.problems(step("about"), TODAY).keySet());
        assertTrue(empty.problems(step("gp"), TODAY).isEmpty());
        assertEquals(Set.of("backPain"), empty.problems(step("back"), TODAY).keySet());
        assertEquals(
                Set.of("consentTreatment", "consentHealthData"),
                empty.problems(step("consent"), TODAY).keySet());
    }

    @Test
    void aTickedConditionNeedsItsDetails() {
        IntakeFormData f = new IntakeFormData();
        f.getConditions().get(ConditionCode.PREGNANCY.ordinal()).setSelected(true);
        f.getConditions().get(ConditionCode.BRUISING.ordinal()).setSelected(true);
        var problems = f.problems(step("conditions"), TODAY);
        assertTrue(problems.containsKey("conditions:" + ConditionCode.PREGNANCY.ordinal() + ":weeks"));
        assertTrue(problems.containsKey("conditions:" + ConditionCode.BRUISING.ordinal() + ":area"));
    }

    @Test
    void aChildNeedsAGuardianOnTheConsentStep() {
        IntakeFormData child = filled();
        child.setDateOfBirth(TODAY.minusYears(15).plusDays(1));
        assertTrue(child.isMinorOn(TODAY));
        assertEquals(
                Set.of("guardianName", "guardianConsent"),
                child.problems(step("consent"), TODAY).keySet());
        child.setDateOfBirth(TODAY.minusYears(16));
        assertTrue(child.problems(step("consent"), TODAY).isEmpty());
    }

    @Test
    void aFutureDateOfBirthIsRefusedOnItsStep() {
        IntakeFormData f = filled();
        f.setDateOfBirth(TODAY.plusDays(1));
        assertEquals(
                "Your date of birth cannot be in the future.",
                f.problems(step("about"), TODAY).get("dob"));
    }
}
