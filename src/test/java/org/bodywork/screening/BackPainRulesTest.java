package org.bodywork.screening;

import static org.bodywork.screening.Intake.assertEveryTechnique;
import static org.bodywork.screening.Intake.assertPlainWords;
import static org.bodywork.screening.Intake.backPain;
import static org.bodywork.screening.Intake.onlyFlag;
import static org.bodywork.screening.Intake.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackPainRulesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @ParameterizedTest
    @EnumSource(
            value = RedFlag.class,
            names = {
                "SADDLE_NUMBNESS",
                "BLADDER_OR_BOWEL_CHANGE",
                "BOTH_LEGS_NUMB_OR_WEAK",
                "CHEST_PAIN",
                "AFTER_SERIOUS_ACCIDENT"
            })
    void anEmergencyRedFlagIsUrgentAndSaysCall999OrGoToAandE(RedFlag red) {
        Result result = screen(backPain(DAY, DAY.minusDays(3), true, red));

        Flag flag = onlyFlag(result);
        assertEquals(red.name(), flag.code());
        assertEquals(Outcome.URGENT_MEDICAL, flag.outcome());
        assertEquals(Outcome.URGENT_MEDICAL, result.outcome());
        assertNull(flag.until());
        assertTrue(flag.advice().contains("999") && flag.advice().contains("A&E"), flag.advice());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertTrue(result.blocksBooking());
        assertPlainWords(result);
    }

    @ParameterizedTest
    @EnumSource(
            value = RedFlag.class,
            names = {"HIGH_TEMPERATURE", "UNEXPLAINED_WEIGHT_LOSS", "LUMP_OR_CHANGED_SHAPE", "WORSE_AT_NIGHT_OR_REST"})
    void anUrgentGpRedFlagNeedsClearanceAndSaysSeeYourGpOrCall111(RedFlag red) {
        Result result = screen(backPain(DAY, DAY.minusDays(3), true, red));

        Flag flag = onlyFlag(result);
        assertEquals(red.name(), flag.code());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertEquals(Outcome.GP_CLEARANCE, result.outcome());
        assertTrue(flag.advice().contains("GP") && flag.advice().contains("111"), flag.advice());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertEquals(List.of(flag), result.awaitingClearance());
        assertPlainWords(result);
    }

    @Test
    void everyRedFlagIsCoveredByOneOfTheTwoTiers() {
        for (RedFlag red : RedFlag.values()) {
            Outcome outcome = onlyFlag(screen(backPain(DAY, null, true, red))).outcome();
            assertTrue(outcome == Outcome.URGENT_MEDICAL || outcome == Outcome.GP_CLEARANCE, red::name);
        }
    }

    @Test
    void redFlagsAreRaisedEvenWhenTheBackPainIsUndiagnosedAndAlongsideIt() {
        Result result = screen(backPain(DAY, DAY.minusDays(50), false, RedFlag.CHEST_PAIN, RedFlag.HIGH_TEMPERATURE));

        assertEquals(
                List.of("CHEST_PAIN", "HIGH_TEMPERATURE", "PERSISTENT_UNDIAGNOSED_BACK_PAIN"),
                result.flags().stream().map(Flag::code).toList());
        assertEquals(Outcome.URGENT_MEDICAL, result.outcome());
    }

    @Test
    void undiagnosedBackPainOnDay43IsPersistentAndNeedsGpClearance() {
        Result result = screen(backPain(DAY, DAY.minusDays(43), false));

        Flag flag = onlyFlag(result);
        assertEquals("PERSISTENT_UNDIAGNOSED_BACK_PAIN", flag.code());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertPlainWords(result);
    }

    @Test
    void undiagnosedBackPainOnDay42IsStillAcute() {
        Flag flag = onlyFlag(screen(backPain(DAY, DAY.minusDays(42), false)));

        assertEquals("ACUTE_BACK_PAIN", flag.code());
        assertEquals(Outcome.CAUTION, flag.outcome());
    }

    @Test
    void undiagnosedBackPainOnDay41IsAcuteWithNoTechniqueLimitAndAdviceToSeeAGpAfterSixWeeks() {
        Result result = screen(backPain(DAY, DAY.minusDays(41), false));

        Flag flag = onlyFlag(result);
        assertEquals("ACUTE_BACK_PAIN", flag.code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEveryTechnique(result, Verdict.ALLOWED);
        assertTrue(result.avoidAreas().isEmpty());
        assertTrue(flag.advice().contains("six weeks") && flag.advice().contains("GP"), flag.advice());
        assertPlainWords(result);
    }

    @Test
    void backPainThatStartedTodayIsAcute() {
        assertEquals(
                "ACUTE_BACK_PAIN", onlyFlag(screen(backPain(DAY, DAY, false))).code());
    }

    @Test
    void backPainWithDiagnosisNotGivenCountsAsUndiagnosed() {
        assertEquals(
                "PERSISTENT_UNDIAGNOSED_BACK_PAIN",
                onlyFlag(screen(backPain(DAY, DAY.minusDays(60), null))).code());
    }

    @Test
    void diagnosedBackPainRaisesNoFlagHoweverLongItHasLasted() {
        Result result = screen(backPain(DAY, DAY.minusYears(3), true));

        assertEquals(Outcome.CLEAR, result.outcome());
        assertTrue(result.flags().isEmpty());
        assertEveryTechnique(result, Verdict.ALLOWED);
    }

    @Test
    void diagnosedBackPainNeedsNoStartDate() {
        assertEquals(Outcome.CLEAR, screen(backPain(DAY, null, true)).outcome());
    }

    @Test
    void persistentBackPainOnceClearedIsBookableWithNoTechniqueLimit() {
        Result result = screen(backPain(DAY, DAY.minusDays(60), false), "PERSISTENT_UNDIAGNOSED_BACK_PAIN");

        assertEquals(Outcome.CAUTION, result.outcome());
        assertTrue(onlyFlag(result).cleared());
        assertEveryTechnique(result, Verdict.ALLOWED);
    }
}
