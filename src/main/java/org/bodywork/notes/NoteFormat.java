package org.bodywork.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Practice;

/** Dates, times and lists on the note pages, in the practice's zone and in words. */
@Named
@ApplicationScoped
public class NoteFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    @Inject
    Practice practice;

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String at(Instant at) {
        return at == null ? "" : AT.format(at.atZone(practice.zone()));
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
