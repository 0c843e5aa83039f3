package org.bodywork.screening;

import java.util.List;
import java.util.stream.Collectors;
import org.bodywork.shared.Words;

/** Adaptation codes in words for therapists: "light pressure; avoid the lower back". */
public final class Adaptations {

    private Adaptations() {}

    /** "the lower back" for LOWER_BACK. */
    public static String area(String code) {
        return Words.or("area." + code, code.toLowerCase().replace('_', ' '));
    }

    public static String words(List<String> adaptations) {
        return adaptations.stream()
                .map(a -> a.startsWith("AVOID_AREA:")
                        ? Words.text("adaptation.avoid", area(a.substring(11)))
                        : Words.or("adaptation." + a, a.toLowerCase().replace('_', ' ')))
                .collect(Collectors.joining("; "));
    }
}
