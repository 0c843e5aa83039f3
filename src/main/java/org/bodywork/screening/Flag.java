package org.bodywork.screening;

import java.time.LocalDate;

/**
 * One finding of a screening. {@code until} is set only for a dated {@code POSTPONE}; a cleared flag
 * (a GP's letter recorded) no longer blocks, but its technique limits and avoided area still apply.
 */
public record Flag(
        String code, Outcome outcome, LocalDate until, Area area, String reason, String advice, boolean cleared)
        implements java.io.Serializable {

    /** What a clearance names: the flag's code, and its area when it has one. */
    public String key() {
        return area == null ? code : code + "@" + area;
    }

    /** The outcome that counts once clearances are taken into account. */
    public Outcome effectiveOutcome() {
        return cleared ? Outcome.CAUTION : outcome;
    }

    Flag clear() {
        return new Flag(code, outcome, until, area, reason, advice, true);
    }
}
