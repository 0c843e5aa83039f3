package org.bodywork.screening;

/** What a screening, or one of its flags, means for treatment; declared from least to most severe. */
public enum Outcome {
    /** Nothing found: bookable. */
    CLEAR,
    /** Treat with adaptations: bookable, adaptations shown to the therapist. */
    CAUTION,
    /** Not now: no appointment before the flag's date (or before re-screening, if it has none). */
    POSTPONE,
    /** Only with written clearance from a GP or other clinician. */
    GP_CLEARANCE,
    /** A back-pain red flag: call 999 or go to A&E. */
    URGENT_MEDICAL;

    public boolean isWorseThan(Outcome other) {
        return compareTo(other) > 0;
    }

    /** True when this outcome stops every technique and every booking. */
    public boolean blocks() {
        return this == POSTPONE || this == GP_CLEARANCE || this == URGENT_MEDICAL;
    }
}
