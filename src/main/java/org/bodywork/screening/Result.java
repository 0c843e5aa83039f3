package org.bodywork.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A screening: the overall outcome (the most severe of its flags, {@code CLEAR} when none), the
 * flags with their reasons, a verdict per technique, the areas to avoid, alternatives, advice in the
 * order to read it, and the rule-set version and day it was made for.
 */
public record Result(
        Outcome outcome,
        List<Flag> flags,
        Map<Technique, TechniqueVerdict> techniques,
        Set<Area> avoidAreas,
        List<Technique> alternatives,
        List<String> advice,
        String ruleSetVersion,
        LocalDate assessedOn)
        implements java.io.Serializable {

    /** A technique's verdict and the adaptations it comes with. */
    public record TechniqueVerdict(Verdict verdict, List<String> adaptations) implements java.io.Serializable {}

    public boolean blocksBooking() {
        return outcome.blocks();
    }

    /** The flags still waiting for a GP's clearance. */
    public List<Flag> awaitingClearance() {
        return flags.stream()
                .filter(f -> f.outcome() == Outcome.GP_CLEARANCE && !f.cleared())
                .toList();
    }
}
