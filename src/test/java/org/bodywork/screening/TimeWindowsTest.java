package org.bodywork.screening;

import static org.bodywork.screening.Intake.adaptations;
import static org.bodywork.screening.Intake.answers;
import static org.bodywork.screening.Intake.assertEveryTechnique;
import static org.bodywork.screening.Intake.assertPlainWords;
import static org.bodywork.screening.Intake.onlyFlag;
import static org.bodywork.screening.Intake.pregnancy;
import static org.bodywork.screening.Intake.screen;
import static org.bodywork.screening.Intake.since;
import static org.bodywork.screening.Intake.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Answers.Condition;
import org.junit.jupiter.api.Test;

class TimeWindowsTest {

    private static final LocalDate SURGERY = LocalDate.of(2027, 1, 10);

    private static Condition surgery(LocalDate on) {
        return since(ConditionCode.RECENT_SURGERY, Area.LOWER_BACK, on);
    }

    private static Flag surgeryFlagOn(LocalDate surgery, LocalDate day) {
        return onlyFlag(screen(answers(day, surgery(surgery))));
    }

    // Recent surgery: POSTPONE before day 42, GP_CLEARANCE until +6 months, CAUTION until +2 years.

    @Test
    void surgeryOnTheSameDayIsPostponedUntilDay42() {
        Flag flag = surgeryFlagOn(SURGERY, SURGERY);

        assertEquals(Outcome.POSTPONE, flag.outcome());
        assertEquals(SURGERY.plusDays(42), flag.until());
    }

    @Test
    void surgeryOnDay41IsPostponedUntilDay42() {
        Result result = screen(answers(SURGERY.plusDays(41), surgery(SURGERY)));

        Flag flag = onlyFlag(result);
        assertEquals("RECENT_SURGERY", flag.code());
        assertEquals(Outcome.POSTPONE, flag.outcome());
        assertEquals(LocalDate.of(2027, 2, 21), flag.until());
        assertEquals(Area.LOWER_BACK, flag.area());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertTrue(flag.advice().contains("21 February 2027"), flag.advice());
        assertPlainWords(result);
    }

    @Test
    void surgeryOnDay42NeedsGpClearanceAndAvoidsTheArea() {
        Result result = screen(answers(SURGERY.plusDays(42), surgery(SURGERY)));

        Flag flag = onlyFlag(result);
        assertEquals("RECENT_SURGERY", flag.code());
        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
        assertNull(flag.until());
        assertEquals(Set.of(Area.LOWER_BACK), result.avoidAreas());
        assertEveryTechnique(result, Verdict.NOT_ALLOWED);
        assertPlainWords(result);
    }

    @Test
    void surgeryOnDay43NeedsGpClearance() {
        assertEquals(
                Outcome.GP_CLEARANCE,
                surgeryFlagOn(SURGERY, SURGERY.plusDays(43)).outcome());
    }

    @Test
    void aPostponementNoLongerAppliesOnItsUntilDay() {
        LocalDate until = surgeryFlagOn(SURGERY, SURGERY.plusDays(10)).until();

        assertFalse(surgeryFlagOn(SURGERY, until).outcome() == Outcome.POSTPONE);
        assertEquals(
                Outcome.POSTPONE, surgeryFlagOn(SURGERY, until.minusDays(1)).outcome());
    }

    @Test
    void surgeryTheDayBeforeSixMonthsStillNeedsGpClearance() {
        assertEquals(
                Outcome.GP_CLEARANCE,
                surgeryFlagOn(SURGERY, LocalDate.of(2027, 7, 9)).outcome());
    }

    @Test
    void surgeryExactlySixMonthsAgoIsCautionAvoidingTheArea() {
        Result result = screen(answers(LocalDate.of(2027, 7, 10), surgery(SURGERY)));

        Flag flag = onlyFlag(result);
        assertEquals("RECENT_SURGERY", flag.code());
        assertEquals(Outcome.CAUTION, result.outcome());
        assertEquals(Set.of(Area.LOWER_BACK), result.avoidAreas());
        assertEquals(Verdict.MODIFIED, verdict(result, Technique.SWEDISH));
        assertEquals(List.of("AVOID_AREA:LOWER_BACK"), adaptations(result, Technique.SWEDISH));
        assertEquals(List.of(Technique.REFLEXOLOGY), result.alternatives());
        assertPlainWords(result);
    }

    @Test
    void surgeryTheDayBeforeTwoYearsIsStillCaution() {
        assertEquals(
                Outcome.CAUTION,
                surgeryFlagOn(SURGERY, LocalDate.of(2029, 1, 9)).outcome());
    }

    @Test
    void surgeryExactlyTwoYearsAgoRaisesNoFlag() {
        Result result = screen(answers(LocalDate.of(2029, 1, 10), surgery(SURGERY)));

        assertEquals(Outcome.CLEAR, result.outcome());
        assertTrue(result.flags().isEmpty());
        assertEveryTechnique(result, Verdict.ALLOWED);
    }

    @Test
    void surgeryOn31AugustReachesSixMonthsOnTheLastDayOfFebruary() {
        LocalDate surgery = LocalDate.of(2026, 8, 31);

        assertEquals(
                Outcome.GP_CLEARANCE,
                surgeryFlagOn(surgery, LocalDate.of(2027, 2, 27)).outcome());
        assertEquals(
                Outcome.CAUTION,
                surgeryFlagOn(surgery, LocalDate.of(2027, 2, 28)).outcome());
    }

    @Test
    void surgeryOn31AugustReachesSixMonthsOn29FebruaryInALeapYear() {
        LocalDate surgery = LocalDate.of(2027, 8, 31);

        assertEquals(
                Outcome.GP_CLEARANCE,
                surgeryFlagOn(surgery, LocalDate.of(2028, 2, 28)).outcome());
        assertEquals(
                Outcome.CAUTION,
                surgeryFlagOn(surgery, LocalDate.of(2028, 2, 29)).outcome());
    }

    @Test
    void surgeryOn29FebruaryReachesTwoYearsOn28February() {
        LocalDate surgery = LocalDate.of(2028, 2, 29);

        assertEquals(
                Outcome.CAUTION,
                surgeryFlagOn(surgery, LocalDate.of(2030, 2, 27)).outcome());
        assertTrue(screen(answers(LocalDate.of(2030, 2, 28), surgery(surgery)))
                .flags()
                .isEmpty());
    }

    @Test
    void surgeryPostponementCountsCalendarDaysAcrossMonthEnds() {
        assertEquals(
                LocalDate.of(2027, 3, 8),
                surgeryFlagOn(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 1))
                        .until());
        assertEquals(
                LocalDate.of(2028, 3, 7),
                surgeryFlagOn(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 2, 1))
                        .until());
    }

    // Fracture: a flag before day 84, none from day 84.

    @Test
    void aFractureOnDay83IsStillFlagged() {
        LocalDate broken = LocalDate.of(2027, 1, 10);

        Flag flag = onlyFlag(screen(answers(broken.plusDays(83), since(ConditionCode.FRACTURE, Area.LEGS, broken))));

        assertEquals("FRACTURE", flag.code());
        assertEquals(Outcome.CAUTION, flag.outcome());
    }

    @Test
    void aFractureOnDay84RaisesNoFlag() {
        LocalDate broken = LocalDate.of(2027, 1, 10);

        Result result = screen(answers(broken.plusDays(84), since(ConditionCode.FRACTURE, Area.NECK, broken)));

        assertEquals(Outcome.CLEAR, result.outcome());
        assertTrue(result.avoidAreas().isEmpty());
    }

    @Test
    void aSpineFractureOnDay83StillNeedsGpClearance() {
        LocalDate broken = LocalDate.of(2027, 1, 10);

        Flag flag = onlyFlag(screen(answers(broken.plusDays(83), since(ConditionCode.FRACTURE, Area.NECK, broken))));

        assertEquals(Outcome.GP_CLEARANCE, flag.outcome());
    }

    // Pregnancy: POSTPONE before week 13, until assessedOn + (13 - weeks) * 7 days.

    @Test
    void pregnancyInWeek12IsPostponedForOneWeek() {
        LocalDate day = LocalDate.of(2027, 3, 15);

        Result result = screen(answers(day, pregnancy(12)));

        Flag flag = onlyFlag(result);
        assertEquals("PREGNANCY", flag.code());
        assertEquals(Outcome.POSTPONE, flag.outcome());
        assertEquals(LocalDate.of(2027, 3, 22), flag.until());
        assertTrue(flag.advice().contains("22 March 2027"), flag.advice());
        assertPlainWords(result);
    }

    @Test
    void pregnancyInWeek1IsPostponedForTwelveWeeks() {
        LocalDate day = LocalDate.of(2027, 3, 15);

        assertEquals(
                day.plusDays(84), onlyFlag(screen(answers(day, pregnancy(1)))).until());
    }

    @Test
    void pregnancyInWeek13IsCaution() {
        Flag flag = onlyFlag(screen(answers(LocalDate.of(2027, 3, 15), pregnancy(13))));

        assertEquals(Outcome.CAUTION, flag.outcome());
        assertNull(flag.until());
    }

    @Test
    void pregnancyInWeek42IsCaution() {
        assertEquals(
                Outcome.CAUTION,
                onlyFlag(screen(answers(LocalDate.of(2027, 3, 15), pregnancy(42))))
                        .outcome());
    }

    @Test
    void aPregnancyPostponementEndsOnTheDayWeek13Starts() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        LocalDate until = onlyFlag(screen(answers(day, pregnancy(10)))).until();

        assertEquals(LocalDate.of(2027, 4, 5), until);
        // Re-screened for an appointment on that day, the client is then in week 13.
        assertEquals(
                Outcome.CAUTION, onlyFlag(screen(answers(until, pregnancy(13)))).outcome());
    }
}
