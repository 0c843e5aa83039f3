package org.bodywork.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;

/** Lists on the note pages in words; dates are {@code #{dates.day(...)}} and {@code #{dates.at(...)}}. */
@Named
@ApplicationScoped
public class NoteFormat {

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
