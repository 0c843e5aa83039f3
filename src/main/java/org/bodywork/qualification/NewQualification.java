package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

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
        text("title", title, Words.text("qualification.enter-the-qualification-s-title"), 200);
        text("awardingBody", awardingBody, Words.text("qualification.enter-who-awarded-it-the"), 200);
        text("level", level, Words.text("qualification.enter-its-level-for-example"), 40);
        if (ofqualNumber != null
                && !ofqualNumber.isBlank()
                && !OFQUAL.matcher(ofqualNumber.trim()).matches()) {
            throw BusinessException.invalid(
                    "ofqualNumber", Words.text("qualification.an-ofqual-qualification-number-looks"));
        }
        if (awardedOn == null || awardedOn.isAfter(today)) {
            throw BusinessException.invalid("awardedOn", Words.text("qualification.enter-the-date-it-was"));
        }
        if (expiresOn != null && !expiresOn.isAfter(awardedOn)) {
            throw BusinessException.invalid("expiresOn", Words.text("qualification.the-expiry-date-must-come"));
        }
        if (techniques == null || techniques.isEmpty() || techniques.stream().anyMatch(java.util.Objects::isNull)) {
            throw BusinessException.invalid(
                    "techniques", Words.text("qualification.choose-the-techniques-this-qualification"));
        }
    }

    static void text(String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, message);
        }
        if (value.trim().length() > max) {
            throw BusinessException.invalid(
                    field, Words.text("qualification.can-be-at-most-characters", String.valueOf(max)));
        }
    }
}
