package org.bodywork.notes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bodywork.screening.Adaptations;
import org.bodywork.screening.Area;
import org.bodywork.screening.Flag;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.Result;
import org.bodywork.screening.Technique;
import org.bodywork.screening.Verdict;
import org.bodywork.shared.Words;

/**
 * The screening a note was written against, kept with the note: a note is read years later, and must
 * show what the therapist was told then, not what today's rules would say.
 */
public record ScreeningSnapshot(Outcome outcome, Set<Area> avoid, Set<Technique> notAllowed, List<String> lines) {

    /** No intake on file: nothing is known, so nothing is marked, and the note says so. */
    public static final ScreeningSnapshot NONE = new ScreeningSnapshot(
            null,
            EnumSet.noneOf(Area.class),
            EnumSet.noneOf(Technique.class),
            List.of(Words.text("notes.noFormThatDay")));

    public static ScreeningSnapshot of(Result r) {
        Set<Technique> notAllowed = EnumSet.noneOf(Technique.class);
        List<String> lines = new ArrayList<>();
        for (Flag f : r.flags()) {
            lines.add(f.reason() + (f.cleared() ? " (cleared by a clinician's letter)" : ""));
        }
        for (Map.Entry<Technique, Result.TechniqueVerdict> e : r.techniques().entrySet()) {
            Result.TechniqueVerdict v = e.getValue();
            if (v.verdict() == Verdict.NOT_ALLOWED) {
                notAllowed.add(e.getKey());
                lines.add(e.getKey().label() + ": not allowed.");
            } else if (v.verdict() == Verdict.MODIFIED) {
                lines.add(e.getKey().label() + ": " + Adaptations.words(v.adaptations()) + ".");
            }
        }
        Set<Area> avoid = r.avoidAreas().isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(r.avoidAreas());
        if (!avoid.isEmpty()) {
            lines.add("Avoid: "
                    + String.join(
                            ", ",
                            avoid.stream()
                                    .map(a -> a.name().toLowerCase().replace('_', ' '))
                                    .toList()) + ".");
        }
        return new ScreeningSnapshot(r.outcome(), avoid, notAllowed, List.copyOf(lines));
    }
}
