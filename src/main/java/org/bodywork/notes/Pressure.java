package org.bodywork.notes;

/** How firm the work was. */
public enum Pressure {
    LIGHT,
    MEDIUM,
    FIRM
}
