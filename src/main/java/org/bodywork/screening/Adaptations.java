package org.bodywork.screening;

import java.util.List;
import java.util.stream.Collectors;

/** Adaptation codes in words for therapists: "light pressure; avoid the lower back". */
public final class Adaptations {

    private Adaptations() {}

    public static String words(List<String> adaptations) {
        return adaptations.stream()
                .map(a -> a.startsWith("AVOID_AREA:")
                        ? "avoid the " + a.substring(11).toLowerCase().replace('_', ' ')
                        : a.toLowerCase().replace('_', ' '))
                .collect(Collectors.joining("; "));
    }
}
