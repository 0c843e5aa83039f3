package org.bodywork.screening;

/** Back-pain warning signs from the NHS pages: the first five need A&E, the rest a GP urgently. */
public enum RedFlag {
    SADDLE_NUMBNESS(Outcome.URGENT_MEDICAL, "numbness around your bottom or genitals"),
    BLADDER_OR_BOWEL_CHANGE(Outcome.URGENT_MEDICAL, "new problems controlling your bladder or bowels"),
    BOTH_LEGS_NUMB_OR_WEAK(Outcome.URGENT_MEDICAL, "numbness or weakness in both legs"),
    CHEST_PAIN(Outcome.URGENT_MEDICAL, "chest pain with your back pain"),
    AFTER_SERIOUS_ACCIDENT(Outcome.URGENT_MEDICAL, "back pain after a serious accident or fall"),
    HIGH_TEMPERATURE(Outcome.GP_CLEARANCE, "a high temperature with your back pain"),
    UNEXPLAINED_WEIGHT_LOSS(Outcome.GP_CLEARANCE, "weight loss you cannot explain"),
    LUMP_OR_CHANGED_SHAPE(Outcome.GP_CLEARANCE, "a lump or a change in the shape of your back"),
    WORSE_AT_NIGHT_OR_REST(Outcome.GP_CLEARANCE, "back pain that is worse at night or when you rest");

    private final Outcome outcome;
    private final String plain;

    RedFlag(Outcome outcome, String plain) {
        this.outcome = outcome;
        this.plain = plain;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The sign in plain words, to finish "You told us about ...". */
    public String plain() {
        return plain;
    }
}
