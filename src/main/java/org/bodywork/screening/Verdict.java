package org.bodywork.screening;

/** Whether a technique may be used, from least to most restrictive. */
public enum Verdict {
    ALLOWED,
    MODIFIED,
    NOT_ALLOWED
}
