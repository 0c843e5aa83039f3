package org.bodywork.screening;

import java.util.List;
import java.util.Map;

/**
 * One row of the rule set: the flag a finding raises, how severe it is, what it does to each
 * technique, whether its area is to be avoided, and the plain words for client and therapist.
 * {@code {area}} and {@code {until}} in the texts are filled in per flag.
 */
public record Rule(
        String key,
        String flag,
        Outcome outcome,
        Map<Technique, Effect> techniques,
        boolean avoidArea,
        String reason,
        String advice) {

    /** What a rule does to one technique. */
    public record Effect(Verdict verdict, List<String> adaptations) {

        public static final String LIGHT_PRESSURE = "LIGHT_PRESSURE";
        public static final Effect NOT_ALLOWED = new Effect(Verdict.NOT_ALLOWED, List.of());
        public static final Effect LIGHT = new Effect(Verdict.MODIFIED, List.of(LIGHT_PRESSURE));
    }
}
