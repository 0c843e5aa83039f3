package org.bodywork.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bodywork.screening.Answers;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;
import org.bodywork.screening.Screening;
import org.junit.jupiter.api.Test;

class ScreenedVersionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final RuleSet rules = RuleSet.reference();
    private final AtomicInteger screened = new AtomicInteger();

    private Result screen() {
        screened.incrementAndGet();
        return new Screening(rules).screen(new Answers(DAY, LocalDate.of(1980, 1, 1), null, List.of()), List.of());
    }

    @Test
    void theSameVersionDayRulesAndClearancesAreScreenedOnce() {
        ScreenedVersions memo = new ScreenedVersions(10);
        Result first = memo.of(1, rules, DAY, List.of("DVT", "CANCER"), this::screen);
        assertSame(first, memo.of(1, rules, DAY, List.of("CANCER", "DVT"), this::screen), "clearances in any order");
        assertEquals(1, screened.get());
    }

    @Test
    void anyChangeOfWhatTheScreeningDependsOnScreensAgain() {
        ScreenedVersions memo = new ScreenedVersions(10);
        memo.of(1, rules, DAY, List.of(), this::screen);
        memo.of(2, rules, DAY, List.of(), this::screen);
        memo.of(1, rules, DAY.plusDays(1), List.of(), this::screen);
        memo.of(1, rules, DAY, List.of("DVT"), this::screen);
        memo.of(
                1,
                rules.tuned("practice-2", rules.windows(), RuleSet.FirstTrimester.CAUTION),
                DAY,
                List.of(),
                this::screen);
        assertEquals(5, screened.get());
    }

    @Test
    void theLeastRecentlyUsedGoFirst() {
        ScreenedVersions memo = new ScreenedVersions(2);
        memo.of(1, rules, DAY, List.of(), this::screen);
        memo.of(2, rules, DAY, List.of(), this::screen);
        memo.of(1, rules, DAY, List.of(), this::screen);
        memo.of(3, rules, DAY, List.of(), this::screen);
        assertEquals(2, memo.size());
        memo.of(1, rules, DAY, List.of(), this::screen);
        assertEquals(3, screened.get(), "1 was used after 2, so 2 went");
        memo.of(2, rules, DAY, List.of(), this::screen);
        assertEquals(4, screened.get());
    }
}
