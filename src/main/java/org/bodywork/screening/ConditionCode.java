package org.bodywork.screening;

import java.util.EnumSet;
import java.util.Set;

/** The conditions an intake form asks about, and which details each needs. */
public enum ConditionCode {
    FEVER,
    CONTAGIOUS_ILLNESS,
    ALCOHOL_OR_DRUGS,
    SKIN_CONDITION(Detail.AREA, Detail.CONTAGIOUS),
    OPEN_WOUND(Detail.AREA),
    BRUISING(Detail.AREA),
    VARICOSE_VEINS(Detail.AREA),
    RECENT_SURGERY(Detail.AREA, Detail.SINCE),
    FRACTURE(Detail.AREA, Detail.SINCE),
    OSTEOPOROSIS,
    ANTICOAGULANTS,
    BLEEDING_DISORDER,
    FIBROMYALGIA,
    OSTEOARTHRITIS,
    SCIATICA,
    DIABETES(Detail.NEUROPATHY),
    HIGH_BLOOD_PRESSURE(Detail.CONTROLLED),
    DVT,
    CANCER,
    HEART_CONDITION,
    EPILEPSY,
    UNDIAGNOSED_LUMP_OR_PAIN(Detail.AREA),
    PREGNANCY(Detail.WEEKS);

    /** A detail a condition is described by. */
    public enum Detail {
        AREA,
        SINCE,
        CONTAGIOUS,
        CONTROLLED,
        NEUROPATHY,
        WEEKS
    }

    private final Set<Detail> details;

    ConditionCode(Detail... details) {
        this.details = details.length == 0 ? EnumSet.noneOf(Detail.class) : EnumSet.of(details[0], details);
    }

    public Set<Detail> details() {
        return Set.copyOf(details);
    }

    public boolean needs(Detail detail) {
        return details.contains(detail);
    }
}
