package org.bodywork.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.temporal.TemporalAccessor;

/** {@link Dates} for the views: {@code #{dates.day(r.until())}} reads "Tuesday 16 March 2027". */
@Named("dates")
@ApplicationScoped
public class DatesView {

    /** A date, or a date-time in its zone, as a day in words; empty for none. */
    public String day(TemporalAccessor day) {
        return day == null ? "" : Dates.day(day);
    }
}
