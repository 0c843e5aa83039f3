package org.bodywork.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Answers;
import org.bodywork.screening.Area;
import org.bodywork.screening.ConditionCode;
import org.bodywork.screening.RedFlag;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);
    private static final LocalDate DOB = LocalDate.of(1980, 6, 1);

    private static Answers with(Answers.BackPain pain, Answers.Condition... conditions) {
        return new Answers(DAY, DOB, pain, List.of(conditions));
    }

    @Test
    void sameAnswersChangeNothing() {
        Answers a = with(null, Answers.Condition.of(ConditionCode.FEVER));
        assertEquals(List.of(), Changes.between(a, a));
    }

    @Test
    void addedAndRemovedConditionsAreNamed() {
        assertEquals(
                List.of("Added: osteoporosis", "Removed: fever"),
                Changes.between(
                        with(null, Answers.Condition.of(ConditionCode.FEVER)),
                        with(null, Answers.Condition.of(ConditionCode.OSTEOPOROSIS))));
    }

    @Test
    void aConditionWhoseDetailsChangedIsRemovedAndAddedWithThem() {
        Answers.Condition arms = new Answers.Condition(ConditionCode.BRUISING, Area.ARMS, null, null, null, null, null);
        Answers.Condition legs = new Answers.Condition(ConditionCode.BRUISING, Area.LEGS, null, null, null, null, null);
        assertEquals(
                List.of("Added: bruising (legs)", "Removed: bruising (arms)"),
                Changes.between(with(null, arms), with(null, legs)));
    }

    @Test
    void newBackPainIsDescribed() {
        Answers.BackPain pain =
                new Answers.BackPain(Set.of(Area.LOWER_BACK), DAY.minusDays(3), false, Set.of(RedFlag.CHEST_PAIN));
        assertEquals(
                List.of(
                        "Back pain: lower back, started Friday 12 March 2027, not diagnosed, warning signs: chest pain"),
                Changes.between(with(null), with(pain)));
    }
}
