package org.bodywork.qualification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bodywork.identity.Email;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Checks;
import org.bodywork.shared.InvalidFields.Problem;
import org.bodywork.shared.Words;

/** A therapist's profile as they edit it; {@link #validate} names every wrong field at once. */
public record ProfileForm(
        @NotBlank(message = "{qualification.enter-the-name-clients-will}")
        @Size(max = 100, message = "{qualification.can-be-at-most-characters}")
        String publicName,

        @Size(max = 1000, message = "{qualification.keep-your-bio-to-characters}")
        String bio,

        Set<Technique> techniques,
        List<Membership> memberships,

        @Pattern(regexp = "\\s*|[0-9 +()-]{6,40}", message = "{qualification.enter-a-phone-number-for}")
        String phone,

        String contactEmail,
        LocalDate firstAidOn,
        LocalDate firstAidExpires) {

    /** Dates, e-mail and the memberships are checked in code: they depend on today or on each other. */
    public void validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>(Checks.problems(this));
        for (Membership m : memberships) {
            membership(m.register(), "qualification.name-the-register-or-professional", 60, problems);
            membership(m.number(), "qualification.enter-your-membership-number", 40, problems);
        }
        if (contactEmail != null && !contactEmail.isBlank()) {
            Email.problem(contactEmail).ifPresent(p -> problems.add(new Problem("contactEmail", p)));
        }
        if (firstAidOn != null && firstAidOn.isAfter(today)) {
            problems.add(new Problem("firstAidOn", Words.text("qualification.the-first-aid-course-cannot")));
        }
        if (firstAidExpires != null && (firstAidOn == null || !firstAidExpires.isAfter(firstAidOn))) {
            problems.add(new Problem("firstAidExpires", Words.text("qualification.enter-when-the-course-was")));
        }
        Checks.throwIfAny(this, problems);
    }

    private static void membership(String value, String missing, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem("memberships", Words.text(missing)));
        } else if (value.trim().length() > max) {
            problems.add(new Problem(
                    "memberships", Words.text("qualification.can-be-at-most-characters", String.valueOf(max))));
        }
    }
}
