package org.bodywork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bodywork.booking.Eligibility.Refusal;
import org.bodywork.screening.Answers;
import org.bodywork.screening.Answers.Condition;
import org.bodywork.screening.Area;
import org.bodywork.screening.ConditionCode;
import org.bodywork.screening.RedFlag;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;
import org.bodywork.screening.Screening;
import org.bodywork.screening.Technique;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate ASSESSED = LocalDate.of(2027, 3, 1);
    private static final LocalDate BORN = LocalDate.of(1985, 6, 15);
    private static final Pattern NOT_PLAIN = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+|[{}]|\\bnull\\b");

    /** Screens the answers as the booking service does: moved on to the appointment's day. */
    private static Optional<Eligibility.Intake> intake(LocalDate day, Set<String> cleared, Condition... conditions) {
        Answers answers = new Answers(ASSESSED, BORN, null, List.of(conditions));
        Result result = new Screening(RuleSet.reference()).screen(answers.asOf(day), cleared);
        return Optional.of(new Eligibility.Intake(ASSESSED, true, result));
    }

    private static Optional<Refusal> check(Optional<Eligibility.Intake> intake, Technique t, LocalDate day) {
        return Eligibility.check(intake, t, day, true, "Tess Therapist");
    }

    private static void refused(String code, Optional<Refusal> refusal) {
        assertTrue(refusal.isPresent(), "expected " + code);
        assertEquals(code, refusal.get().code());
        assertFalse(
                NOT_PLAIN.matcher(refusal.get().message()).find(), refusal.get().message());
    }

    private static Condition condition(ConditionCode code) {
        return new Condition(code, null, null, null, null, null, null);
    }

    @Test
    void aClearIntakeMayBookAnyTechnique() {
        LocalDate day = ASSESSED.plusDays(7);
        for (Technique t : Technique.values()) {
            assertEquals(Optional.empty(), check(intake(day, Set.of()), t, day));
        }
    }

    @Test
    void noIntakeIsRefusedWithWhatToDo() {
        refused("no_intake", check(Optional.empty(), Technique.SWEDISH, ASSESSED));
    }

    @Test
    void anIntakeOutOfDateByTheAppointmentIsRefused() {
        Result clear = new Screening(RuleSet.reference()).screen(new Answers(ASSESSED, BORN, null, List.of()));
        Optional<Eligibility.Intake> old = Optional.of(new Eligibility.Intake(ASSESSED, false, clear));
        Optional<Refusal> r = check(old, Technique.SWEDISH, ASSESSED.plusMonths(13));
        refused("intake_out_of_date", r);
        assertTrue(r.get().message().contains("Monday 1 March 2027"), r.get().message());
    }

    @Test
    void anUrgentRedFlagIsRefusedAndSaysToSeekHelp() {
        Answers answers = new Answers(
                ASSESSED,
                BORN,
                new Answers.BackPain(
                        Set.of(Area.LOWER_BACK), ASSESSED.minusDays(3), false, Set.of(RedFlag.SADDLE_NUMBNESS)),
                List.of());
        Result result = new Screening(RuleSet.reference()).screen(answers.asOf(ASSESSED.plusDays(2)));
        Optional<Refusal> r = check(
                Optional.of(new Eligibility.Intake(ASSESSED, true, result)),
                Technique.REFLEXOLOGY,
                ASSESSED.plusDays(2));
        refused("screening_blocked", r);
        assertTrue(r.get().message().contains("999"), r.get().message());
    }

    @Test
    void anUnclearedGpClearanceIsRefusedAndAClearedOneIsNot() {
        LocalDate day = ASSESSED.plusDays(5);
        Optional<Refusal> r = check(intake(day, Set.of(), condition(ConditionCode.DVT)), Technique.SWEDISH, day);
        refused("screening_blocked", r);
        assertTrue(r.get().message().contains("GP"), r.get().message());
        assertEquals(
                Optional.empty(),
                check(intake(day, Set.of("DVT"), condition(ConditionCode.DVT)), Technique.SWEDISH, day));
    }

    @Test
    void anOpenEndedPostponementIsRefused() {
        LocalDate day = ASSESSED.plusDays(40);
        Optional<Refusal> r = check(intake(day, Set.of(), condition(ConditionCode.FEVER)), Technique.SWEDISH, day);
        refused("screening_blocked", r);
        assertTrue(r.get().message().contains("health form"), r.get().message());
    }

    @Test
    void aDatedPostponementBlocksBeforeItsDayAndNotFromIt() {
        // 10 weeks pregnant on 1 March: not before 13 weeks, 22 March. Weeks move on in whole weeks, so
        // the day named from inside the trimester may be later than the first bookable one.
        Condition pregnant = new Condition(ConditionCode.PREGNANCY, null, null, null, null, null, 10);
        LocalDate before = LocalDate.of(2027, 3, 15);
        Optional<Refusal> r = check(intake(before, Set.of(), pregnant), Technique.SWEDISH, before);
        refused("screening_blocked", r);
        assertTrue(r.get().message().contains("Monday 22 March 2027"), r.get().message());
        refused(
                "screening_blocked",
                check(intake(before.plusDays(6), Set.of(), pregnant), Technique.SWEDISH, before.plusDays(6)));
        LocalDate from = LocalDate.of(2027, 3, 22);
        assertEquals(Optional.empty(), check(intake(from, Set.of(), pregnant), Technique.SWEDISH, from));
    }

    @Test
    void aPostponementWhoseDayHasComeDoesNotBlockEvenOnAnOlderScreening() {
        Result screenedEarlier = new Screening(RuleSet.reference())
                .screen(new Answers(
                        ASSESSED,
                        BORN,
                        null,
                        List.of(new Condition(ConditionCode.PREGNANCY, null, null, null, null, null, 10))));
        assertTrue(screenedEarlier.flags().stream().anyMatch(f -> !Eligibility.blocks(f, LocalDate.of(2027, 3, 22))));
        assertTrue(screenedEarlier.flags().stream().allMatch(f -> Eligibility.blocks(f, LocalDate.of(2027, 3, 21))));
    }

    @Test
    void aTechniqueNotAllowedIsRefusedAndNamesWhatCanBeBooked() {
        Condition pregnant = new Condition(ConditionCode.PREGNANCY, null, null, null, null, null, 20);
        LocalDate day = ASSESSED.plusDays(3);
        Optional<Refusal> r = check(intake(day, Set.of(), pregnant), Technique.DEEP_TISSUE, day);
        refused("technique_not_allowed", r);
        assertTrue(r.get().message().contains("Swedish massage"), r.get().message());
        assertEquals(Optional.empty(), check(intake(day, Set.of(), pregnant), Technique.SWEDISH, day));
    }

    @Test
    void aTherapistNotBookableThatDayIsRefusedFirst() {
        LocalDate day = ASSESSED.plusDays(3);
        Optional<Refusal> r = Eligibility.check(Optional.empty(), Technique.SHIATSU, day, false, "Tom Jones");
        refused("therapist_not_bookable", r);
        assertTrue(r.get().message().contains("Tom Jones"), r.get().message());
        assertTrue(r.get().message().contains("Shiatsu"), r.get().message());
    }
}
