package org.bodywork.qualification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Checks;
import org.bodywork.shared.InvalidFields.Problem;
import org.bodywork.shared.Words;

/** A qualification as a therapist submits it; {@link #validate} names every wrong field at once. */
public record NewQualification(
        @NotBlank(message = "{qualification.enter-the-qualification-s-title}")
        @Size(max = 200, message = "{qualification.can-be-at-most-characters}")
        String title,

        @NotBlank(message = "{qualification.enter-who-awarded-it-the}")
        @Size(max = 200, message = "{qualification.can-be-at-most-characters}")
        String awardingBody,

        @NotBlank(message = "{qualification.enter-its-level-for-example}")
        @Size(max = 40, message = "{qualification.can-be-at-most-characters}")
        String level,

        String ofqualNumber,
        LocalDate awardedOn,
        LocalDate expiresOn,
        Set<Technique> techniques) {

    /** Ofqual's qualification numbers look like 603/1234/5. */
    private static final Pattern OFQUAL = Pattern.compile("\\d{3}/\\d{4}/[0-9X]");

    /** The declarative checks, then the ones that need today's date or another field. */
    public void validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>(Checks.problems(this));
        if (ofqualNumber != null
                && !ofqualNumber.isBlank()
                && !OFQUAL.matcher(ofqualNumber.trim()).matches()) {
            problems.add(new Problem("ofqualNumber", Words.text("qualification.an-ofqual-qualification-number-looks")));
        }
        if (awardedOn == null || awardedOn.isAfter(today)) {
            problems.add(new Problem("awardedOn", Words.text("qualification.enter-the-date-it-was")));
        } else if (expiresOn != null && !expiresOn.isAfter(awardedOn)) {
            problems.add(new Problem("expiresOn", Words.text("qualification.the-expiry-date-must-come")));
        }
        if (techniques == null || techniques.isEmpty() || techniques.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(
                    new Problem("techniques", Words.text("qualification.choose-the-techniques-this-qualification")));
        }
        Checks.throwIfAny(this, problems);
    }
}
