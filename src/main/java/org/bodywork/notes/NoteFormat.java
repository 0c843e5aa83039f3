package org.bodywork.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Practice;

/** Dates, times and lists on the note pages, in the practice's zone and in words. */
@Named
@ApplicationScoped
public class NoteFormat {

    @Inject
    Practice practice;

    public String day(LocalDate day) {
        return day == null ? "" : Dates.day(day);
    }

    public String at(Instant at) {
        return at == null ? "" : Dates.at(at.atZone(practice.zone()));
    }

    public String areas(Collection<Area> areas) {
        return areas.stream()
                .map(a -> a.name().charAt(0)
                        + a.name().substring(1).toLowerCase(Locale.UK).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    public String techniques(Collection<Technique> techniques) {
        return techniques.stream().map(Technique::label).collect(Collectors.joining(", "));
    }

    public String words(String overrideKey) {
        return Overrides.words(overrideKey);
    }
}
