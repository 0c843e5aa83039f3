package org.bodywork.screening;

import org.bodywork.shared.Words;

/** Back-pain warning signs from the NHS pages: the first five need A&E, the rest a GP urgently. */
public enum RedFlag {
    SADDLE_NUMBNESS(Outcome.URGENT_MEDICAL),
    BLADDER_OR_BOWEL_CHANGE(Outcome.URGENT_MEDICAL),
    BOTH_LEGS_NUMB_OR_WEAK(Outcome.URGENT_MEDICAL),
    CHEST_PAIN(Outcome.URGENT_MEDICAL),
    AFTER_SERIOUS_ACCIDENT(Outcome.URGENT_MEDICAL),
    HIGH_TEMPERATURE(Outcome.GP_CLEARANCE),
    UNEXPLAINED_WEIGHT_LOSS(Outcome.GP_CLEARANCE),
    LUMP_OR_CHANGED_SHAPE(Outcome.GP_CLEARANCE),
    WORSE_AT_NIGHT_OR_REST(Outcome.GP_CLEARANCE);

    private final Outcome outcome;

    RedFlag(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The sign in plain words, to finish "You told us about ...". */
    public String plain() {
        return Words.text("redflag." + name());
    }
}
