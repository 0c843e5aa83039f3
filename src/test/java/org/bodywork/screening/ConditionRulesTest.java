package org.bodywork.screening;

import static org.bodywork.screening.Intake.adaptations;
import static org.bodywork.screening.Intake.answers;
import static org.bodywork.screening.Intake.assertEveryTechnique;
import static org.bodywork.screening.Intake.assertPlainWords;
import static org.bodywork.screening.Intake.at;
import static org.bodywork.screening.Intake.bloodPressure;
import static org.bodywork.screening.Intake.diabetes;
import static org.bodywork.screening.Intake.onlyFlag;
import static org.bodywork.screening.Intake.pregnancy;
import static org.bodywork.screening.Intake.screen;
import static org.bodywork.screening.Intake.since;
import static org.bodywork.screening.Intake.skin;
import static org.bodywork.screening.Intake.verdict;
import static org.bodywork.screening.Technique.DEEP_TISSUE;
import static org.bodywork.screening.Technique.REFLEXOLOGY;
import static org.bodywork.screening.Technique.SHIATSU;
import static org.bodywork.screening.Technique.SWEDISH;
import static org.bodywork.screening.Technique.TRIGGER_POINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Answers.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConditionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @ParameterizedTest
    @EnumSource(
            value = ConditionCode.class,
            names = {"FEVER", "CONTAGIOUS_ILLNESS", "ALCOHOL_OR_DRUGS"})
    void anIllnessOrIntoxicationPostponesOpenEndedWithEveryTechniqueNotAllowed(ConditionCode code) {
        Result result = screen(answers(DAY, Condition.of(code)));

        Flag flag = onlyFlag(result);
        assertEquals(code.name(), flag.code());
        assertEquals(Outcome.POSTPONE, result.outcome());
        assertNull(flag.until());
        assertNull(flag.area());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertTrue(result.blocksBooking());
        assertPlainWords(result);
    }

    @Test
    void feverAdviceSaysWaitUntilWellFor48Hours() {
        assertTrue(onlyFlag(screen(answers(DAY, Condition.of(ConditionCode.FEVER))))
                .advice()
                .contains("48 hours"));
    }

    @Test
    void aContagiousSkinConditionPostponesOpenEndedWithEveryTechniqueNotAllowed() {
        Result result = screen(answers(DAY, skin(Area.ARMS, true)));

        Flag flag = onlyFlag(result);
        assertEquals("SKIN_CONDITION", flag.code());
        assertEquals(Outcome.POSTPONE, flag.outcome());
        assertEquals(Area.ARMS, flag.area());
        assertNull(flag.until());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertPlainWords(result);
    }

    @Test
    void aSkinConditionThatCannotSpreadIsCautionAvoidingItsArea() {
        assertAvoidsArea(skin(Area.ARMS, false), "SKIN_CONDITION");
    }

    @Test
    void anOpenWoundIsCautionAvoidingItsArea() {
        assertAvoidsArea(at(ConditionCode.OPEN_WOUND, Area.ARMS), "OPEN_WOUND");
    }

    @Test
    void bruisingIsCautionAvoidingItsArea() {
        assertAvoidsArea(at(ConditionCode.BRUISING, Area.ARMS), "BRUISING");
    }

    @Test
    void varicoseVeinsAreCautionAvoidingTheirArea() {
        assertAvoidsArea(at(ConditionCode.VARICOSE_VEINS, Area.ARMS), "VARICOSE_VEINS");
    }

    private static void assertAvoidsArea(Condition condition, String code) {
        Result result = screen(answers(DAY, condition));

        Flag flag = onlyFlag(result);
        assertEquals(code, flag.code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Area.ARMS, flag.area());
        assertEquals(Set.of(Area.ARMS), result.avoidAreas());
        for (Technique t : List.of(SWEDISH, DEEP_TISSUE, TRIGGER_POINT, SHIATSU)) {
            assertEquals(Verdict.MODIFIED, verdict(result, t), t::name);
            assertEquals(List.of("AVOID_AREA:ARMS"), adaptations(result, t), t::name);
        }
        assertEquals(Verdict.ALLOWED, verdict(result, REFLEXOLOGY));
        assertTrue(flag.reason().contains("arms"), flag.reason());
        assertPlainWords(result);
    }

    @ParameterizedTest
    @EnumSource(
            value = Area.class,
            names = {"NECK", "UPPER_BACK", "LOWER_BACK"})
    void aRecentFractureOfTheSpineNeedsGpClearanceAndAvoidsTheArea(Area spine) {
        Result result = screen(answers(DAY, since(ConditionCode.FRACTURE, spine, DAY.minusDays(30))));

        Flag flag = onlyFlag(result);
        assertEquals("FRACTURE", flag.code());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertEquals(spine, flag.area());
        assertEquals(Set.of(spine), result.avoidAreas());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertPlainWords(result);
    }

    @ParameterizedTest
    @EnumSource(
            value = Area.class,
            names = {"NECK", "UPPER_BACK", "LOWER_BACK"},
            mode = EnumSource.Mode.EXCLUDE)
    void aRecentFractureElsewhereIsCautionAvoidingTheArea(Area area) {
        Result result = screen(answers(DAY, since(ConditionCode.FRACTURE, area, DAY.minusDays(30))));

        Flag flag = onlyFlag(result);
        assertEquals("FRACTURE", flag.code());
        assertEquals(Outcome.CAUTION, flag.outcome());
        assertEquals(Set.of(area), result.avoidAreas());
        assertEquals(Verdict.MODIFIED, verdict(result, SWEDISH));
        assertEquals(List.of("AVOID_AREA:" + area), adaptations(result, SWEDISH));
        assertPlainWords(result);
    }

    @ParameterizedTest
    @EnumSource(
            value = ConditionCode.class,
            names = {"OSTEOPOROSIS", "ANTICOAGULANTS", "BLEEDING_DISORDER"})
    void fragileBonesOrEasyBruisingRuleOutDeepWorkAndLightenTheRest(ConditionCode code) {
        Result result = screen(answers(DAY, Condition.of(code)));

        Flag flag = onlyFlag(result);
        assertEquals(code.name(), flag.code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, DEEP_TISSUE));
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, TRIGGER_POINT));
        assertEquals(Verdict.MODIFIED, verdict(result, SWEDISH));
        assertEquals(List.of("LIGHT_PRESSURE"), adaptations(result, SWEDISH));
        assertEquals(Verdict.MODIFIED, verdict(result, SHIATSU));
        assertEquals(List.of("LIGHT_PRESSURE"), adaptations(result, SHIATSU));
        assertEquals(Verdict.ALLOWED, verdict(result, REFLEXOLOGY));
        assertTrue(result.avoidAreas().isEmpty());
        assertPlainWords(result);
    }

    @Test
    void fibromyalgiaRulesOutDeepTissueAndLightensTriggerPointSwedishAndShiatsu() {
        Result result = screen(answers(DAY, Condition.of(ConditionCode.FIBROMYALGIA)));

        assertEquals("FIBROMYALGIA", onlyFlag(result).code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, DEEP_TISSUE));
        for (Technique t : List.of(TRIGGER_POINT, SWEDISH, SHIATSU)) {
            assertEquals(Verdict.MODIFIED, verdict(result, t), t::name);
            assertEquals(List.of("LIGHT_PRESSURE"), adaptations(result, t), t::name);
        }
        assertEquals(Verdict.ALLOWED, verdict(result, REFLEXOLOGY));
        assertPlainWords(result);
    }

    @ParameterizedTest
    @EnumSource(
            value = ConditionCode.class,
            names = {"OSTEOARTHRITIS", "SCIATICA"})
    void osteoarthritisAndSciaticaModifyDeepTissueOnly(ConditionCode code) {
        assertModifiesDeepTissueOnly(Condition.of(code), code.name());
    }

    @Test
    void diabetesWithoutNeuropathyModifiesDeepTissueOnly() {
        assertModifiesDeepTissueOnly(diabetes(false), "DIABETES");
    }

    private static void assertModifiesDeepTissueOnly(Condition condition, String code) {
        Result result = screen(answers(DAY, condition));

        assertEquals(code, onlyFlag(result).code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Verdict.MODIFIED, verdict(result, DEEP_TISSUE));
        assertFalse(adaptations(result, DEEP_TISSUE).isEmpty());
        for (Technique t : List.of(SWEDISH, TRIGGER_POINT, SHIATSU, REFLEXOLOGY)) {
            assertEquals(Verdict.ALLOWED, verdict(result, t), t::name);
        }
        assertPlainWords(result);
    }

    @Test
    void osteoarthritisAdviceSaysAvoidInflamedJoints() {
        assertTrue(onlyFlag(screen(answers(DAY, Condition.of(ConditionCode.OSTEOARTHRITIS))))
                .advice()
                .contains("inflamed joints"));
    }

    @Test
    void diabetesWithNeuropathyNeedsGpClearance() {
        assertNeedsGpClearance(diabetes(true), "DIABETES");
    }

    @Test
    void controlledHighBloodPressureIsCautionWithNoTechniqueLimit() {
        Result result = screen(answers(DAY, bloodPressure(true)));

        assertEquals("HIGH_BLOOD_PRESSURE", onlyFlag(result).code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEveryTechnique(result, Verdict.ALLOWED);
        assertPlainWords(result);
    }

    @Test
    void uncontrolledHighBloodPressureNeedsGpClearance() {
        assertNeedsGpClearance(bloodPressure(false), "HIGH_BLOOD_PRESSURE");
    }

    @ParameterizedTest
    @EnumSource(
            value = ConditionCode.class,
            names = {"DVT", "CANCER", "HEART_CONDITION", "EPILEPSY"})
    void aSystemicConditionNeedsGpClearance(ConditionCode code) {
        assertNeedsGpClearance(Condition.of(code), code.name());
    }

    private static void assertNeedsGpClearance(Condition condition, String code) {
        Result result = screen(answers(DAY, condition));

        Flag flag = onlyFlag(result);
        assertEquals(code, flag.code());
        assertEquals(Outcome.GP_CLEARANCE, result.outcome());
        assertEquals(List.of(flag), result.awaitingClearance());
        assertTrue(result.avoidAreas().isEmpty());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertTrue(flag.advice().contains("GP"), flag.advice());
        assertPlainWords(result);
    }

    @Test
    void dvtReasonSaysMassageCouldMoveAClot() {
        assertTrue(onlyFlag(screen(answers(DAY, Condition.of(ConditionCode.DVT))))
                .reason()
                .contains("clot"));
    }

    @Test
    void anUndiagnosedLumpOrPainNeedsGpClearanceAndAvoidsItsArea() {
        Result result = screen(answers(DAY, at(ConditionCode.UNDIAGNOSED_LUMP_OR_PAIN, Area.SHOULDERS)));

        Flag flag = onlyFlag(result);
        assertEquals("UNDIAGNOSED_LUMP_OR_PAIN", flag.code());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertEquals(Area.SHOULDERS, flag.area());
        assertEquals(Set.of(Area.SHOULDERS), result.avoidAreas());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertPlainWords(result);
    }

    @Test
    void anUndiagnosedLumpOnceClearedStillAvoidsItsArea() {
        Result result = screen(
                answers(DAY, at(ConditionCode.UNDIAGNOSED_LUMP_OR_PAIN, Area.SHOULDERS)),
                "UNDIAGNOSED_LUMP_OR_PAIN@SHOULDERS");

        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Set.of(Area.SHOULDERS), result.avoidAreas());
        assertEquals(Verdict.MODIFIED, verdict(result, DEEP_TISSUE));
        assertEquals(List.of("AVOID_AREA:SHOULDERS"), adaptations(result, DEEP_TISSUE));
    }

    @Test
    void pregnancyFromWeek13IsCautionWithDeepTissueNotAllowed() {
        Result result = screen(answers(DAY, pregnancy(13)));

        Flag flag = onlyFlag(result);
        assertEquals("PREGNANCY", flag.code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertNull(flag.until());
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, DEEP_TISSUE));
        for (Technique t : List.of(SWEDISH, TRIGGER_POINT, SHIATSU, REFLEXOLOGY)) {
            assertEquals(Verdict.ALLOWED, verdict(result, t), t::name);
        }
        assertPlainWords(result);
    }

    @Test
    void pregnancyBeforeWeek13IsPostponedWithEveryTechniqueNotAllowed() {
        Result result = screen(answers(DAY, pregnancy(8)));

        Flag flag = onlyFlag(result);
        assertEquals("PREGNANCY", flag.code());
        assertEquals(Outcome.POSTPONE, flag.outcome());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertPlainWords(result);
    }

    @ParameterizedTest
    @EnumSource(ConditionCode.class)
    void everyConditionCodeWithItsDetailsGivesOneFlagInPlainWords(ConditionCode code) {
        Condition complete = new Condition(code, Area.HIPS, DAY.minusDays(10), false, true, false, 20);

        Result result = screen(answers(DAY, complete));

        assertEquals(code.name(), onlyFlag(result).code());
        assertTrue(result.outcome().isWorseThan(Outcome.CLEAR));
        assertPlainWords(result);
    }
}
