package org.bodywork.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bodywork.screening.Answers.BackPain;
import org.bodywork.screening.Answers.Condition;

/** Small builders and checks the screening tests share; every method is pure, nothing is kept between tests. */
final class Intake {

    private static final LocalDate BORN = LocalDate.of(1985, 6, 15);
    /** A code such as GP_CLEARANCE or AVOID_AREA, or a placeholder left unfilled: not plain words. */
    private static final Pattern NOT_PLAIN = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+|[{}]|\\bnull\\b");

    private Intake() {}

    static Answers answers(LocalDate day, Condition... conditions) {
        return new Answers(day, BORN, null, List.of(conditions));
    }

    static Answers backPain(LocalDate day, LocalDate startedOn, Boolean diagnosed, RedFlag... redFlags) {
        return new Answers(
                day, BORN, new BackPain(Set.of(Area.LOWER_BACK), startedOn, diagnosed, Set.of(redFlags)), List.of());
    }

    static Condition at(ConditionCode code, Area area) {
        return new Condition(code, area, null, null, null, null, null);
    }

    static Condition since(ConditionCode code, Area area, LocalDate since) {
        return new Condition(code, area, since, null, null, null, null);
    }

    static Condition skin(Area area, boolean contagious) {
        return new Condition(ConditionCode.SKIN_CONDITION, area, null, contagious, null, null, null);
    }

    static Condition diabetes(boolean neuropathy) {
        return new Condition(ConditionCode.DIABETES, null, null, null, null, neuropathy, null);
    }

    static Condition bloodPressure(boolean controlled) {
        return new Condition(ConditionCode.HIGH_BLOOD_PRESSURE, null, null, null, controlled, null, null);
    }

    static Condition pregnancy(int weeks) {
        return new Condition(ConditionCode.PREGNANCY, null, null, null, null, null, weeks);
    }

    static Result screen(Answers answers, String... cleared) {
        return new Screening(RuleSet.reference()).screen(answers, Set.of(cleared));
    }

    static Flag onlyFlag(Result result) {
        assertEquals(1, result.flags().size(), () -> "flags: " + result.flags());
        return result.flags().get(0);
    }

    static Verdict verdict(Result result, Technique technique) {
        return result.techniques().get(technique).verdict();
    }

    static List<String> adaptations(Result result, Technique technique) {
        return result.techniques().get(technique).adaptations();
    }

    static void assertEveryTechnique(Result result, Verdict expected) {
        for (Technique t : Technique.values()) {
            assertEquals(expected, verdict(result, t), t::name);
        }
    }

    /** Every reason and piece of advice is there, and is words a client can read, not codes. */
    static void assertPlainWords(Result result) {
        assertFalse(result.advice().isEmpty(), "advice");
        for (Flag f : result.flags()) {
            assertPlain(f.reason());
            assertPlain(f.advice());
        }
        result.advice().forEach(Intake::assertPlain);
    }

    private static void assertPlain(String text) {
        assertTrue(text != null && !text.isBlank(), "empty text");
        assertFalse(NOT_PLAIN.matcher(text).find(), () -> "not plain words: " + text);
    }
}
