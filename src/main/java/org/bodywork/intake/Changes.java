package org.bodywork.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.screening.Answers;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;

/**
 * What changed between two intake versions, in words a therapist reads at a glance:
 * "Added: fever", "Removed: DVT", "Back pain: started 2027-03-01, not diagnosed".
 */
public final class Changes {

    private Changes() {}

    public static List<String> between(Answers before, Answers after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.dateOfBirth(), after.dateOfBirth())) {
            changes.add(Words.text("changes.dateOfBirth", day(after.dateOfBirth())));
        }
        String painBefore = describe(before.backPain());
        String painAfter = describe(after.backPain());
        if (!painBefore.equals(painAfter)) {
            changes.add(Words.text("changes.backPain", painAfter));
        }
        Set<String> was = conditions(before);
        Set<String> now = conditions(after);
        now.stream().filter(c -> !was.contains(c)).forEach(c -> changes.add(Words.text("changes.added", c)));
        was.stream().filter(c -> !now.contains(c)).forEach(c -> changes.add(Words.text("changes.removed", c)));
        return changes;
    }

    /** The answers themselves in the same words: date of birth, back pain, then each condition. */
    public static List<String> describe(Answers a) {
        List<String> lines = new ArrayList<>();
        lines.add(Words.text("changes.dateOfBirth", day(a.dateOfBirth())));
        lines.add(Words.text("changes.backPain", describe(a.backPain())));
        Set<String> conditions = conditions(a);
        lines.add(Words.text(
                "changes.conditions",
                conditions.isEmpty() ? Words.text("changes.none") : String.join("; ", conditions)));
        return lines;
    }

    private static Set<String> conditions(Answers a) {
        Set<String> described = new LinkedHashSet<>();
        for (Answers.Condition c : a.conditionsOrNone()) {
            List<String> details = new ArrayList<>();
            if (c.area() != null) {
                details.add(words(c.area().name()));
            }
            if (c.since() != null) {
                details.add(Words.text("changes.since", Dates.day(c.since())));
            }
            if (c.contagious() != null) {
                details.add(Words.text(c.contagious() ? "changes.contagious" : "changes.notContagious"));
            }
            if (c.controlled() != null) {
                details.add(Words.text(c.controlled() ? "changes.controlled" : "changes.notControlled"));
            }
            if (c.neuropathy() != null) {
                details.add(Words.text(c.neuropathy() ? "changes.neuropathy" : "changes.noNeuropathy"));
            }
            if (c.weeks() != null) {
                details.add(Words.text("changes.weeks", String.valueOf(c.weeks())));
            }
            described.add(words(c.code().name()) + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")"));
        }
        return described;
    }

    private static String describe(Answers.BackPain p) {
        if (p == null) {
            return Words.text("changes.none");
        }
        List<String> parts = new ArrayList<>();
        if (p.areas() != null && !p.areas().isEmpty()) {
            parts.add(p.areas().stream().map(a -> words(a.name())).sorted().collect(Collectors.joining(", ")));
        }
        if (p.startedOn() != null) {
            parts.add(Words.text("changes.started", Dates.day(p.startedOn())));
        }
        parts.add(Words.text(p.isDiagnosed() ? "changes.diagnosed" : "changes.notDiagnosed"));
        if (!p.redFlagsOrNone().isEmpty()) {
            parts.add(Words.text(
                    "changes.warningSigns",
                    p.redFlagsOrNone().stream()
                            .map(r -> words(r.name()))
                            .sorted()
                            .collect(Collectors.joining(", "))));
        }
        return String.join(", ", parts);
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? Words.text("changes.notGiven") : Dates.day(day);
    }

    private static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
