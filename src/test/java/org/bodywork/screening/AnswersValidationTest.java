package org.bodywork.screening;

import static org.bodywork.screening.Intake.answers;
import static org.bodywork.screening.Intake.at;
import static org.bodywork.screening.Intake.backPain;
import static org.bodywork.screening.Intake.pregnancy;
import static org.bodywork.screening.Intake.screen;
import static org.bodywork.screening.Intake.since;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Answers.Condition;
import org.bodywork.screening.ConditionCode.Detail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersValidationTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    /** The field a screening refuses the answers for; fails when it does not refuse them. */
    private static String refusedField(Answers answers) {
        InvalidAnswers e = assertThrows(InvalidAnswers.class, () -> screen(answers));
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "message");
        return e.field();
    }

    /** A condition with every detail its code needs, or with one of them left out. */
    private static Condition with(ConditionCode code, Detail missing) {
        return new Condition(
                code,
                code.needs(Detail.AREA) && missing != Detail.AREA ? Area.HIPS : null,
                code.needs(Detail.SINCE) && missing != Detail.SINCE ? DAY.minusDays(5) : null,
                code.needs(Detail.CONTAGIOUS) && missing != Detail.CONTAGIOUS ? false : null,
                code.needs(Detail.CONTROLLED) && missing != Detail.CONTROLLED ? true : null,
                code.needs(Detail.NEUROPATHY) && missing != Detail.NEUROPATHY ? false : null,
                code.needs(Detail.WEEKS) && missing != Detail.WEEKS ? 20 : null);
    }

    @Test
    void aMissingDateOfBirthIsRefused() {
        assertEquals("dateOfBirth", refusedField(new Answers(DAY, null, null, List.of())));
    }

    @Test
    void aMissingAssessmentDayIsRefused() {
        assertEquals("assessedOn", refusedField(new Answers(null, LocalDate.of(1985, 6, 15), null, List.of())));
    }

    @Test
    void aDateOfBirthAfterTheAssessmentDayIsRefused() {
        assertEquals("dateOfBirth", refusedField(new Answers(DAY, DAY.plusDays(1), null, List.of())));
    }

    @Test
    void aDateOfBirthOnTheAssessmentDayIsAccepted() {
        assertDoesNotThrow(() -> screen(new Answers(DAY, DAY, null, List.of())));
    }

    @Test
    void backPainStartingAfterTheAssessmentDayIsRefused() {
        assertEquals("backPain.startedOn", refusedField(backPain(DAY, DAY.plusDays(1), false)));
    }

    @Test
    void diagnosedBackPainStartingAfterTheAssessmentDayIsRefused() {
        assertEquals("backPain.startedOn", refusedField(backPain(DAY, DAY.plusDays(1), true)));
    }

    @Test
    void undiagnosedBackPainWithoutAStartDateIsRefused() {
        assertEquals("backPain.startedOn", refusedField(backPain(DAY, null, false)));
    }

    @Test
    void backPainWithoutAStartDateOrADiagnosisAnswerIsRefused() {
        assertEquals("backPain.startedOn", refusedField(backPain(DAY, null, null)));
    }

    @Test
    void aConditionDatedAfterTheAssessmentDayIsRefusedAtItsIndex() {
        Answers answers = answers(
                DAY,
                Condition.of(ConditionCode.SCIATICA),
                since(ConditionCode.RECENT_SURGERY, Area.HIPS, DAY.plusDays(1)));

        assertEquals("conditions[1].since", refusedField(answers));
    }

    @Test
    void aFractureDatedAfterTheAssessmentDayIsRefused() {
        assertEquals(
                "conditions[0].since",
                refusedField(answers(DAY, since(ConditionCode.FRACTURE, Area.ARMS, DAY.plusDays(1)))));
    }

    @Test
    void anyConditionDateAfterTheAssessmentDayIsRefusedEvenWhereTheCodeDoesNotAskForOne() {
        assertEquals(
                "conditions[0].since",
                refusedField(answers(DAY, since(ConditionCode.OPEN_WOUND, Area.ARMS, DAY.plusDays(1)))));
    }

    @Test
    void aConditionDatedOnTheAssessmentDayIsAccepted() {
        assertDoesNotThrow(() -> screen(answers(DAY, since(ConditionCode.RECENT_SURGERY, Area.HIPS, DAY))));
    }

    @Test
    void everyRequiredDetailOfEveryConditionIsAskedForByName() {
        List<String> expected = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ConditionCode code : ConditionCode.values()) {
            for (Detail missing : code.details()) {
                expected.add(code + " conditions[0]." + missing.name().toLowerCase());
                refused.add(code + " " + refusedField(answers(DAY, with(code, missing))));
            }
        }
        assertEquals(expected, refused);
    }

    @ParameterizedTest
    @EnumSource(ConditionCode.class)
    void aConditionWithTheDetailsItsCodeNeedsIsAccepted(ConditionCode code) {
        assertDoesNotThrow(() -> screen(answers(DAY, with(code, null))));
    }

    @Test
    void theRequiredDetailsAreTheOnesTheReferenceNames() {
        assertEquals(Set.of(Detail.AREA, Detail.CONTAGIOUS), ConditionCode.SKIN_CONDITION.details());
        assertEquals(Set.of(Detail.AREA, Detail.SINCE), ConditionCode.RECENT_SURGERY.details());
        assertEquals(Set.of(Detail.AREA, Detail.SINCE), ConditionCode.FRACTURE.details());
        assertEquals(Set.of(Detail.AREA), ConditionCode.OPEN_WOUND.details());
        assertEquals(Set.of(Detail.AREA), ConditionCode.BRUISING.details());
        assertEquals(Set.of(Detail.AREA), ConditionCode.VARICOSE_VEINS.details());
        assertEquals(Set.of(Detail.AREA), ConditionCode.UNDIAGNOSED_LUMP_OR_PAIN.details());
        assertEquals(Set.of(Detail.NEUROPATHY), ConditionCode.DIABETES.details());
        assertEquals(Set.of(Detail.CONTROLLED), ConditionCode.HIGH_BLOOD_PRESSURE.details());
        assertEquals(Set.of(Detail.WEEKS), ConditionCode.PREGNANCY.details());
        assertEquals(Set.of(), ConditionCode.FEVER.details());
    }

    @Test
    void aConditionWithoutACodeIsRefused() {
        assertEquals("conditions[0].code", refusedField(answers(DAY, at(null, Area.ARMS))));
    }

    @Test
    void aMissingConditionIsRefused() {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(Condition.of(ConditionCode.FEVER));
        conditions.add(null);

        assertEquals("conditions[1].code", refusedField(new Answers(DAY, LocalDate.of(1985, 6, 15), null, conditions)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 43, -1})
    void pregnancyWeeksOutsideOneToFortyTwoAreRefused(int weeks) {
        assertEquals("conditions[0].weeks", refusedField(answers(DAY, pregnancy(weeks))));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 42})
    void pregnancyWeeksOneAndFortyTwoAreAccepted(int weeks) {
        assertDoesNotThrow(() -> screen(answers(DAY, pregnancy(weeks))));
    }

    @Test
    void noConditionsAtAllIsAccepted() {
        assertDoesNotThrow(() -> screen(new Answers(DAY, LocalDate.of(1985, 6, 15), null, null)));
    }
}
