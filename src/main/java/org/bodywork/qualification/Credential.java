package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.Set;
import org.bodywork.screening.Technique;

/**
 * What the bookability rule needs of a qualification or an insurance policy: its status, the days
 * it is valid (both inclusive; no end for a qualification that does not expire) and, for a
 * qualification, the techniques it covers.
 */
public record Credential(RecordStatus status, LocalDate from, LocalDate until, Set<Technique> techniques) {

    public boolean validOn(LocalDate day) {
        return status == RecordStatus.VERIFIED && !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
