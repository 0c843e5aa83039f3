package org.bodywork.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;

/** {@link Dates} for the views: {@code #{dates.day(r.until())}} reads "Tuesday 16 March 2027". */
@Named("dates")
@ApplicationScoped
public class DatesView {

    @Inject
    Practice practice;

    /** A date, or a date-time in its zone, as a day in words; empty for none. */
    public String day(TemporalAccessor day) {
        return day == null ? "" : Dates.day(day);
    }

    /** An instant as the practice's wall clock in words: "Tuesday 16 March 2027, 09:00". */
    public String at(Instant at) {
        return at == null ? "" : Dates.at(at.atZone(practice.zone()));
    }
}
