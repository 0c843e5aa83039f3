package org.bodywork.qualification;

/** Where a qualification or insurance record stands. Only VERIFIED records count for booking. */
public enum RecordStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    EXPIRED
}
