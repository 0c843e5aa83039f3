package org.bodywork.screening;

import static org.bodywork.screening.Intake.answers;
import static org.bodywork.screening.Intake.backPain;
import static org.bodywork.screening.Intake.onlyFlag;
import static org.bodywork.screening.Intake.pregnancy;
import static org.bodywork.screening.Intake.since;
import static org.bodywork.screening.Intake.verdict;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.RuleSet.FirstTrimester;
import org.bodywork.screening.RuleSet.Windows;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    private static Screening tuned(Windows windows) {
        return new Screening(RuleSet.reference().tuned("practice-2", windows, FirstTrimester.POSTPONE));
    }

    private static Screening firstTrimester(FirstTrimester policy) {
        return new Screening(RuleSet.reference().tuned("practice-2", Windows.REFERENCE, policy));
    }

    private static String refusedField(Windows windows) {
        return assertThrows(InvalidAnswers.class, windows::validate).field();
    }

    @Test
    void theReferenceWindowsAreTheDocumentsDefaults() {
        assertEquals(new Windows(42, 6, 2, 84, 42, 13, 12, 12), Windows.REFERENCE);
        assertEquals(FirstTrimester.POSTPONE, RuleSet.reference().firstTrimester());
        assertDoesNotThrow(Windows.REFERENCE::validate);
    }

    @Test
    void everyResultCarriesTheReferenceVersion() {
        Result result = new Screening(RuleSet.reference()).screen(answers(DAY));

        assertEquals(RuleSet.REFERENCE_VERSION, result.ruleSetVersion());
        assertEquals("reference-1", result.ruleSetVersion());
    }

    @Test
    void everyResultCarriesATunedVersion() {
        Result clear = tuned(Windows.REFERENCE).screen(answers(DAY));
        Result flagged = tuned(Windows.REFERENCE).screen(answers(DAY, Answers.Condition.of(ConditionCode.FEVER)));

        assertEquals("practice-2", clear.ruleSetVersion());
        assertEquals("practice-2", flagged.ruleSetVersion());
    }

    @Test
    void tuningLeavesTheReferenceUnchanged() {
        RuleSet reference = RuleSet.reference();

        reference.tuned("practice-2", new Windows(28, 6, 2, 84, 42, 13, 12, 12), FirstTrimester.CAUTION);

        assertEquals(Windows.REFERENCE, reference.windows());
        assertEquals(RuleSet.REFERENCE_VERSION, reference.version());
    }

    @Test
    void aShorterSurgeryPostponementMovesTheBoundary() {
        LocalDate surgery = LocalDate.of(2027, 1, 10);
        Screening screening = tuned(new Windows(28, 6, 2, 84, 42, 13, 12, 12));

        Flag day27 = onlyFlag(screening.screen(
                answers(surgery.plusDays(27), since(ConditionCode.RECENT_SURGERY, Area.HIPS, surgery))));
        Flag day28 = onlyFlag(screening.screen(
                answers(surgery.plusDays(28), since(ConditionCode.RECENT_SURGERY, Area.HIPS, surgery))));

        assertEquals(Outcome.POSTPONE, day27.outcome());
        assertEquals(surgery.plusDays(28), day27.until());
        assertEquals(Outcome.GP_CLEARANCE, day28.outcome());
    }

    @Test
    void tunedSurgeryMonthsAndYearsMoveTheLaterPhases() {
        LocalDate surgery = LocalDate.of(2027, 1, 10);
        Screening screening = tuned(new Windows(42, 3, 1, 84, 42, 13, 12, 12));

        Outcome dayBeforeThreeMonths = onlyFlag(screening.screen(
                        answers(LocalDate.of(2027, 4, 9), since(ConditionCode.RECENT_SURGERY, Area.HIPS, surgery))))
                .outcome();
        Outcome threeMonths = onlyFlag(screening.screen(
                        answers(LocalDate.of(2027, 4, 10), since(ConditionCode.RECENT_SURGERY, Area.HIPS, surgery))))
                .outcome();
        Result oneYear = screening.screen(
                answers(LocalDate.of(2028, 1, 10), since(ConditionCode.RECENT_SURGERY, Area.HIPS, surgery)));

        assertEquals(Outcome.GP_CLEARANCE, dayBeforeThreeMonths);
        assertEquals(Outcome.CAUTION, threeMonths);
        assertEquals(Outcome.CLEAR, oneYear.outcome());
    }

    @Test
    void aTunedFractureWindowMovesTheBoundary() {
        LocalDate broken = LocalDate.of(2027, 1, 10);
        Screening screening = tuned(new Windows(42, 6, 2, 56, 42, 13, 12, 12));

        assertEquals(
                Outcome.CAUTION,
                screening
                        .screen(answers(broken.plusDays(55), since(ConditionCode.FRACTURE, Area.LEGS, broken)))
                        .outcome());
        assertEquals(
                Outcome.CLEAR,
                screening
                        .screen(answers(broken.plusDays(56), since(ConditionCode.FRACTURE, Area.LEGS, broken)))
                        .outcome());
    }

    @Test
    void aTunedBackPainWindowMovesTheBoundary() {
        Screening screening = tuned(new Windows(42, 6, 2, 84, 28, 13, 12, 12));

        assertEquals(
                "ACUTE_BACK_PAIN",
                onlyFlag(screening.screen(backPain(DAY, DAY.minusDays(28), false)))
                        .code());
        assertEquals(
                "PERSISTENT_UNDIAGNOSED_BACK_PAIN",
                onlyFlag(screening.screen(backPain(DAY, DAY.minusDays(29), false)))
                        .code());
    }

    @Test
    void aTunedPregnancyWeekMovesTheBoundaryAndTheUntilDay() {
        Screening screening = tuned(new Windows(42, 6, 2, 84, 42, 16, 12, 12));

        Flag week13 = onlyFlag(screening.screen(answers(DAY, pregnancy(13))));
        Flag week16 = onlyFlag(screening.screen(answers(DAY, pregnancy(16))));

        assertEquals(Outcome.POSTPONE, week13.outcome());
        assertEquals(DAY.plusDays(21), week13.until());
        assertEquals(Outcome.CAUTION, week16.outcome());
    }

    @Test
    void theReferenceFirstTrimesterPolicyPostponesUntilWeek13() {
        Flag flag = onlyFlag(firstTrimester(FirstTrimester.POSTPONE).screen(answers(DAY, pregnancy(12))));

        assertEquals(Outcome.POSTPONE, flag.outcome());
        assertEquals(DAY.plusDays(7), flag.until());
    }

    @Test
    void aGpClearanceFirstTrimesterPolicyAsksForALetterInstead() {
        Result result = firstTrimester(FirstTrimester.GP_CLEARANCE).screen(answers(DAY, pregnancy(12)));

        Flag flag = onlyFlag(result);
        assertEquals("PREGNANCY", flag.code());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertNull(flag.until());
        assertEquals(List.of(flag), result.awaitingClearance());
    }

    @Test
    void aClearedFirstTrimesterStillRulesOutDeepTissue() {
        Result result =
                firstTrimester(FirstTrimester.GP_CLEARANCE).screen(answers(DAY, pregnancy(8)), Set.of("PREGNANCY"));

        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, Technique.DEEP_TISSUE));
        assertEquals(Verdict.ALLOWED, verdict(result, Technique.SWEDISH));
    }

    @Test
    void aCautionFirstTrimesterPolicyTreatsItLikeLaterPregnancy() {
        Result result = firstTrimester(FirstTrimester.CAUTION).screen(answers(DAY, pregnancy(5)));

        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Verdict.NOT_ALLOWED, verdict(result, Technique.DEEP_TISSUE));
        assertEquals(Verdict.ALLOWED, verdict(result, Technique.SHIATSU));
    }

    @Test
    void theFirstTrimesterPolicyDoesNotTouchWeek13Onwards() {
        for (FirstTrimester policy : FirstTrimester.values()) {
            assertEquals(
                    Outcome.CAUTION,
                    firstTrimester(policy).screen(answers(DAY, pregnancy(13))).outcome(),
                    policy::name);
        }
    }

    @Test
    void eachWindowOutOfRangeIsRefusedByName() {
        assertEquals("surgeryPostponeDays", refusedField(new Windows(0, 6, 2, 84, 42, 13, 12, 12)));
        assertEquals("surgeryPostponeDays", refusedField(new Windows(366, 6, 2, 84, 42, 13, 12, 12)));
        assertEquals("surgeryClearanceMonths", refusedField(new Windows(42, 0, 2, 84, 42, 13, 12, 12)));
        assertEquals("surgeryClearanceMonths", refusedField(new Windows(42, 37, 4, 84, 42, 13, 12, 12)));
        assertEquals("surgeryCautionYears", refusedField(new Windows(42, 6, 0, 84, 42, 13, 12, 12)));
        assertEquals("surgeryCautionYears", refusedField(new Windows(42, 6, 11, 84, 42, 13, 12, 12)));
        assertEquals("fractureDays", refusedField(new Windows(42, 6, 2, 0, 42, 13, 12, 12)));
        assertEquals("fractureDays", refusedField(new Windows(42, 6, 2, 731, 42, 13, 12, 12)));
        assertEquals("backPainDays", refusedField(new Windows(42, 6, 2, 84, 0, 13, 12, 12)));
        assertEquals("backPainDays", refusedField(new Windows(42, 6, 2, 84, 366, 13, 12, 12)));
        assertEquals("pregnancyWeeks", refusedField(new Windows(42, 6, 2, 84, 42, 0, 12, 12)));
        assertEquals("pregnancyWeeks", refusedField(new Windows(42, 6, 2, 84, 42, 43, 12, 12)));
        assertEquals("clearanceMonths", refusedField(new Windows(42, 6, 2, 84, 42, 13, 0, 12)));
        assertEquals("clearanceMonths", refusedField(new Windows(42, 6, 2, 84, 42, 13, 37, 12)));
        assertEquals("intakeMonths", refusedField(new Windows(42, 6, 2, 84, 42, 13, 12, 0)));
        assertEquals("intakeMonths", refusedField(new Windows(42, 6, 2, 84, 42, 13, 12, 37)));
    }

    @Test
    void theRangeEndsThemselvesAreAccepted() {
        assertDoesNotThrow(new Windows(1, 1, 1, 1, 1, 1, 1, 1)::validate);
        assertDoesNotThrow(new Windows(365, 36, 10, 730, 365, 42, 36, 36)::validate);
    }

    @Test
    void aClearancePhaseEndingBeforeThePostponementIsRefused() {
        assertEquals("surgeryClearanceMonths", refusedField(new Windows(100, 1, 2, 84, 42, 13, 12, 12)));
    }

    @Test
    void aCautionPhaseEndingBeforeTheClearancePhaseIsRefused() {
        assertEquals("surgeryCautionYears", refusedField(new Windows(42, 24, 1, 84, 42, 13, 12, 12)));
    }

    @Test
    void tuningWithAnOutOfRangeWindowIsRefused() {
        InvalidAnswers e = assertThrows(
                InvalidAnswers.class,
                () -> RuleSet.reference()
                        .tuned("practice-2", new Windows(0, 6, 2, 84, 42, 13, 12, 12), FirstTrimester.POSTPONE));

        assertEquals("surgeryPostponeDays", e.field());
    }

    @Test
    void theReferenceHasARuleForEveryRedFlag() {
        RuleSet reference = RuleSet.reference();

        for (RedFlag red : RedFlag.values()) {
            assertEquals(red.outcome(), reference.rule(red.name()).outcome(), red::name);
        }
        assertTrue(reference.rows().size() >= RedFlag.values().length + ConditionCode.values().length);
    }

    @Test
    void theReferenceFileNamesKnownOutcomesTechniquesAndEffectsAndEachRowHasItsWords() throws Exception {
        try (var in = RuleSet.class.getResourceAsStream("reference-rules.json");
                var reader = jakarta.json.Json.createReader(in)) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (var row : reader.readArray().getValuesAs(jakarta.json.JsonObject.class)) {
                String key = row.getString("key");
                assertTrue(keys.add(key), "twice: " + key);
                Outcome.valueOf(row.getString("outcome"));
                row.getJsonObject("techniques").forEach((technique, effect) -> {
                    Technique.valueOf(technique);
                    assertTrue(
                            java.util.Set.of("NOT_ALLOWED", "LIGHT")
                                    .contains(((jakarta.json.JsonString) effect).getString()),
                            key + ": " + effect);
                });
                Rule rule = RuleSet.reference().rule(key);
                assertFalse(rule.reason().isBlank() || rule.advice().isBlank(), key);
                assertFalse((rule.reason() + rule.advice()).contains("'{"), key + ": MessageFormat quoting left in");
            }
            for (RedFlag red : RedFlag.values()) {
                assertFalse(keys.contains(red.name()), "warning signs' rows are made from RedFlag: " + red);
            }
        }
    }
}
