package org.bodywork.notes;

import java.time.LocalDate;

/**
 * How long a client's notes are kept: the practice's number of years after the last treatment
 * (8 by default, as UK professional bodies and insurers advise) and, for a client first treated as a
 * child, at least until their 25th birthday.
 *
 * <pre>
 * new Retention(8).keepUntil(LocalDate.of(2026, 5, 1), LocalDate.of(1980, 1, 1)) == 2034-05-01
 * </pre>
 */
public record Retention(int years) {

    static final int ADULT = 18;
    static final int CHILD_RECORDS_UNTIL_AGE = 25;

    public Retention {
        if (years < 8) {
            // The floor the issue sets: a practice may keep records longer, never shorter.
            throw new IllegalArgumentException("Notes are kept at least 8 years, not " + years);
        }
    }

    /** The last day the record must be kept, or the last treatment plus the years when the age is unknown. */
    public LocalDate keepUntil(LocalDate lastTreatment, LocalDate bornOn) {
        LocalDate until = lastTreatment.plusYears(years);
        if (bornOn != null && bornOn.plusYears(ADULT).isAfter(lastTreatment)) {
            LocalDate twentyFifth = bornOn.plusYears(CHILD_RECORDS_UNTIL_AGE);
            return twentyFifth.isAfter(until) ? twentyFifth : until;
        }
        return until;
    }

    /** Whether the record may go on the given day; nothing deletes notes, so this only informs. */
    public boolean expired(LocalDate lastTreatment, LocalDate bornOn, LocalDate day) {
        return day.isAfter(keepUntil(lastTreatment, bornOn));
    }
}
