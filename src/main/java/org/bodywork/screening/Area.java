package org.bodywork.screening;

/** The body areas screening and session notes speak of. */
public enum Area {
    HEAD,
    NECK,
    SHOULDERS,
    UPPER_BACK,
    LOWER_BACK,
    CHEST,
    ABDOMEN,
    ARMS,
    HANDS,
    HIPS,
    LEGS,
    FEET;

    public boolean isSpine() {
        return this == NECK || this == UPPER_BACK || this == LOWER_BACK;
    }

    public boolean isBack() {
        return this == UPPER_BACK || this == LOWER_BACK;
    }
}
