package org.bodywork.screening;

import static org.bodywork.screening.Intake.adaptations;
import static org.bodywork.screening.Intake.answers;
import static org.bodywork.screening.Intake.assertEveryTechnique;
import static org.bodywork.screening.Intake.at;
import static org.bodywork.screening.Intake.backPain;
import static org.bodywork.screening.Intake.onlyFlag;
import static org.bodywork.screening.Intake.screen;
import static org.bodywork.screening.Intake.since;
import static org.bodywork.screening.Intake.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Answers.Condition;
import org.junit.jupiter.api.Test;

class OutcomesAndClearancesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    private static Condition the(ConditionCode code) {
        return Condition.of(code);
    }

    @Test
    void noFlagsIsClearAndBookable() {
        Result result = screen(answers(DAY));

        assertEquals(Outcome.CLEAR, result.outcome());
        assertEquals(List.of(), result.flags());
        assertFalse(result.blocksBooking());
        assertEveryTechnique(result, Verdict.ALLOWED);
        assertEquals(DAY, result.assessedOn());
    }

    @Test
    void theOverallOutcomeIsTheMostSevereFlag() {
        assertEquals(
                Outcome.CAUTION,
                screen(answers(DAY, the(ConditionCode.SCIATICA))).outcome());
        assertEquals(
                Outcome.POSTPONE,
                screen(answers(DAY, the(ConditionCode.SCIATICA), the(ConditionCode.FEVER)))
                        .outcome());
        assertEquals(
                Outcome.GP_CLEARANCE,
                screen(answers(DAY, the(ConditionCode.FEVER), the(ConditionCode.DVT), the(ConditionCode.SCIATICA)))
                        .outcome());
    }

    @Test
    void anUrgentRedFlagOutranksEveryCondition() {
        Answers answers = new Answers(
                DAY,
                LocalDate.of(1985, 6, 15),
                new Answers.BackPain(Set.of(), null, true, Set.of(RedFlag.SADDLE_NUMBNESS)),
                List.of(the(ConditionCode.FEVER), the(ConditionCode.CANCER), the(ConditionCode.SCIATICA)));

        assertEquals(Outcome.URGENT_MEDICAL, screen(answers).outcome());
    }

    @Test
    void flagsAreListedMostSevereFirst() {
        Result result = screen(
                answers(DAY, the(ConditionCode.SCIATICA), the(ConditionCode.FEVER), the(ConditionCode.EPILEPSY)));

        assertEquals(
                List.of(Outcome.GP_CLEARANCE, Outcome.POSTPONE, Outcome.CAUTION),
                result.flags().stream().map(Flag::outcome).toList());
    }

    @Test
    void aPostponementBlocksEveryTechniqueEvenOnesACautionWouldOnlyModify() {
        Result result = screen(answers(DAY, at(ConditionCode.BRUISING, Area.ARMS), the(ConditionCode.FEVER)));

        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertTrue(result.blocksBooking());
    }

    @Test
    void anUnclearedGpFlagBlocksEveryTechnique() {
        Result result = screen(answers(DAY, the(ConditionCode.SCIATICA), the(ConditionCode.HEART_CONDITION)));

        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertTrue(result.blocksBooking());
    }

    @Test
    void aClearedGpFlagNoLongerBlocks() {
        Result result = screen(answers(DAY, the(ConditionCode.DVT)), "DVT");

        Flag flag = onlyFlag(result);
        assertTrue(flag.cleared());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertEquals(Outcome.CAUTION, flag.effectiveOutcome());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertFalse(result.blocksBooking());
        assertEquals(List.of(), result.awaitingClearance());
        assertEveryTechnique(result, Verdict.ALLOWED);
    }

    @Test
    void aClearedSurgeryFlagStillAvoidsItsAreaAndOffersReflexology() {
        LocalDate surgery = DAY.minusDays(60);

        Result result = screen(
                answers(DAY, since(ConditionCode.RECENT_SURGERY, Area.UPPER_BACK, surgery)),
                "RECENT_SURGERY@UPPER_BACK");

        assertEquals(Outcome.CAUTION, result.outcome());
        assertTrue(onlyFlag(result).cleared());
        assertEquals(Set.of(Area.UPPER_BACK), result.avoidAreas());
        assertEquals(Verdict.MODIFIED, verdict(result, Technique.DEEP_TISSUE));
        assertEquals(List.of("AVOID_AREA:UPPER_BACK"), adaptations(result, Technique.DEEP_TISSUE));
        assertEquals(List.of(Technique.REFLEXOLOGY), result.alternatives());
    }

    @Test
    void aClearedSpineFractureStillAvoidsTheSpine() {
        Result result =
                screen(answers(DAY, since(ConditionCode.FRACTURE, Area.NECK, DAY.minusDays(20))), "FRACTURE@NECK");

        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(List.of("AVOID_AREA:NECK"), adaptations(result, Technique.SWEDISH));
    }

    @Test
    void aClearanceForTheCodeWithoutTheAreaDoesNotClearAFlagWithAnArea() {
        Result result = screen(
                answers(DAY, since(ConditionCode.RECENT_SURGERY, Area.UPPER_BACK, DAY.minusDays(60))),
                "RECENT_SURGERY");

        assertEquals(Outcome.GP_CLEARANCE, result.outcome());
        assertFalse(onlyFlag(result).cleared());
    }

    @Test
    void aClearanceForAnotherAreaDoesNotClearTheFlag() {
        Result result = screen(
                answers(DAY, since(ConditionCode.RECENT_SURGERY, Area.UPPER_BACK, DAY.minusDays(60))),
                "RECENT_SURGERY@LOWER_BACK");

        assertEquals(Outcome.GP_CLEARANCE, result.outcome());
    }

    @Test
    void clearingAKeyThatMatchesNoFlagChangesNothing() {
        Answers answers = answers(DAY, the(ConditionCode.CANCER), at(ConditionCode.BRUISING, Area.ARMS));

        assertEquals(screen(answers), screen(answers, "DVT", "BRUISING@ARMS", "cancer"));
    }

    @Test
    void clearingOneOfTwoGpFlagsStillBlocks() {
        Result result = screen(answers(DAY, the(ConditionCode.DVT), the(ConditionCode.EPILEPSY)), "DVT");

        assertEquals(Outcome.GP_CLEARANCE, result.outcome());
        assertEquals(
                List.of("EPILEPSY"),
                result.awaitingClearance().stream().map(Flag::code).toList());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
    }

    @Test
    void aPostponementCannotBeCleared() {
        Result result = screen(answers(DAY, the(ConditionCode.FEVER)), "FEVER");

        assertEquals(Outcome.POSTPONE, result.outcome());
        assertFalse(onlyFlag(result).cleared());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
    }

    @Test
    void anEmergencyRedFlagCannotBeCleared() {
        Result result = screen(backPain(DAY, null, true, RedFlag.CHEST_PAIN), "CHEST_PAIN");

        assertEquals(Outcome.URGENT_MEDICAL, result.outcome());
        assertFalse(onlyFlag(result).cleared());
    }

    @Test
    void anUrgentGpRedFlagCanBeClearedByItsCode() {
        Result result = screen(backPain(DAY, null, true, RedFlag.HIGH_TEMPERATURE), "HIGH_TEMPERATURE");

        assertEquals(Outcome.CAUTION, result.outcome());
    }

    @Test
    void aClearedGpFlagBesideAPostponementStillBlocks() {
        Result result = screen(answers(DAY, the(ConditionCode.DVT), the(ConditionCode.FEVER)), "DVT");

        assertEquals(Outcome.POSTPONE, result.outcome());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
    }

    @Test
    void redFlagAndPostponementAdviceComesBeforeAnythingElse() {
        Answers answers = new Answers(
                DAY,
                LocalDate.of(1985, 6, 15),
                new Answers.BackPain(Set.of(), null, true, Set.of(RedFlag.WORSE_AT_NIGHT_OR_REST)),
                List.of(the(ConditionCode.SCIATICA), the(ConditionCode.DVT), the(ConditionCode.FEVER)));
        Result result = screen(answers);

        List<String> expectedFirst = new ArrayList<>();
        for (String code : List.of("WORSE_AT_NIGHT_OR_REST", "FEVER")) {
            expectedFirst.add(result.flags().stream()
                    .filter(f -> f.code().equals(code))
                    .findFirst()
                    .orElseThrow()
                    .advice());
        }
        assertEquals(expectedFirst, result.advice().subList(0, 2));
    }

    @Test
    void theSameAnswersAndClearancesAlwaysGiveTheSameResult() {
        Answers answers = answers(
                DAY,
                the(ConditionCode.OSTEOPOROSIS),
                since(ConditionCode.RECENT_SURGERY, Area.HIPS, DAY.minusDays(100)));

        assertEquals(screen(answers, "RECENT_SURGERY@HIPS"), screen(answers, "RECENT_SURGERY@HIPS"));
    }
}
