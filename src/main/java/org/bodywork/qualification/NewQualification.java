package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;

/** A qualification as a therapist submits it. */
public record NewQualification(
        String title,
        String awardingBody,
        String level,
        String ofqualNumber,
        LocalDate awardedOn,
        LocalDate expiresOn,
        Set<Technique> techniques) {

    /** Ofqual's qualification numbers look like 603/1234/5. */
    private static final Pattern OFQUAL = Pattern.compile("\\d{3}/\\d{4}/[0-9X]");

    public void validate(LocalDate today) {
        text("title", title, "Enter the qualification's title.", 200);
        text("awardingBody", awardingBody, "Enter who awarded it (the awarding body).", 200);
        text("level", level, "Enter its level, for example Level 3 Diploma.", 40);
        if (ofqualNumber != null
                && !ofqualNumber.isBlank()
                && !OFQUAL.matcher(ofqualNumber.trim()).matches()) {
            throw BusinessException.invalid(
                    "ofqualNumber",
                    "An Ofqual qualification number looks like 603/1234/5; leave it empty if it has none.");
        }
        if (awardedOn == null || awardedOn.isAfter(today)) {
            throw BusinessException.invalid("awardedOn", "Enter the date it was awarded; it cannot be in the future.");
        }
        if (expiresOn != null && !expiresOn.isAfter(awardedOn)) {
            throw BusinessException.invalid("expiresOn", "The expiry date must come after the date it was awarded.");
        }
        if (techniques == null || techniques.isEmpty() || techniques.stream().anyMatch(java.util.Objects::isNull)) {
            throw BusinessException.invalid("techniques", "Choose the techniques this qualification covers.");
        }
    }

    static void text(String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, message);
        }
        if (value.trim().length() > max) {
            throw BusinessException.invalid(field, "Can be at most " + max + " characters.");
        }
    }
}
