package org.bodywork.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersAsOfTest {

    private static final LocalDate SENT = LocalDate.of(2027, 3, 15);

    private static Answers pregnant(int weeks) {
        return new Answers(
                SENT,
                LocalDate.of(1990, 1, 1),
                null,
                List.of(new Answers.Condition(ConditionCode.PREGNANCY, null, null, null, null, null, weeks)));
    }

    @Test
    void aPregnancyMovesOnByWholeWeeks() {
        assertEquals(
                11, pregnant(10).asOf(SENT.plusDays(13)).conditions().get(0).weeks());
        assertEquals(
                12, pregnant(10).asOf(SENT.plusDays(14)).conditions().get(0).weeks());
        assertEquals(
                42, pregnant(40).asOf(SENT.plusDays(70)).conditions().get(0).weeks());
    }

    @Test
    void aFirstTrimesterPostponementEndsOnTheSameDayWhenScreenedAgain() {
        Screening screening = new Screening(RuleSet.reference());
        LocalDate until = screening.screen(pregnant(10)).flags().get(0).until();
        LocalDate again = screening
                .screen(pregnant(10).asOf(SENT.plusDays(7)))
                .flags()
                .get(0)
                .until();
        assertEquals(until, again);
    }
}
