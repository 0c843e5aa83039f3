package org.bodywork.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;

/**
 * The override rule: a technique the screening marks not allowed, or an area it says to avoid, may
 * be recorded only with a reason. {@code needed(...)} lists what needs one, as override keys.
 *
 * <pre>
 * Overrides.needed(Set.of(DEEP_TISSUE), Set.of(LOWER_BACK), Set.of(DEEP_TISSUE, SWEDISH), Set.of(NECK))
 *     == List.of("TECHNIQUE:DEEP_TISSUE")
 * </pre>
 */
public final class Overrides {

    private Overrides() {}

    public static List<String> needed(
            Set<Technique> notAllowed, Set<Area> avoid, Set<Technique> used, Set<Area> treated) {
        List<String> keys = new ArrayList<>();
        for (Technique t : used) {
            if (notAllowed.contains(t)) {
                keys.add(ScreeningOverride.Kind.TECHNIQUE + ":" + t.name());
            }
        }
        for (Area a : treated) {
            if (avoid.contains(a)) {
                keys.add(ScreeningOverride.Kind.AREA + ":" + a.name());
            }
        }
        return keys;
    }

    /** "Deep tissue massage" or "the lower back", for the messages that ask for a reason. */
    public static String words(String key) {
        String code = key.substring(key.indexOf(':') + 1);
        return key.startsWith(ScreeningOverride.Kind.TECHNIQUE.name())
                ? Technique.valueOf(code).label()
                : org.bodywork.screening.Adaptations.area(code);
    }
}
