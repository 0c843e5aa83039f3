package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.identity.Email;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** A therapist's profile as they edit it. */
public record ProfileForm(
        String publicName,
        String bio,
        Set<Technique> techniques,
        List<Membership> memberships,
        String phone,
        String contactEmail,
        LocalDate firstAidOn,
        LocalDate firstAidExpires) {

    public void validate(LocalDate today) {
        NewQualification.text("publicName", publicName, Words.text("qualification.enter-the-name-clients-will"), 100);
        if (bio != null && bio.length() > 1000) {
            throw BusinessException.invalid("bio", Words.text("qualification.keep-your-bio-to-characters"));
        }
        for (Membership m : memberships) {
            NewQualification.text(
                    "memberships", m.register(), Words.text("qualification.name-the-register-or-professional"), 60);
            NewQualification.text(
                    "memberships", m.number(), Words.text("qualification.enter-your-membership-number"), 40);
        }
        if (phone != null && !phone.isBlank() && !phone.matches("[0-9 +()-]{6,40}")) {
            throw BusinessException.invalid("phone", Words.text("qualification.enter-a-phone-number-for"));
        }
        if (contactEmail != null && !contactEmail.isBlank()) {
            Email.problem(contactEmail).ifPresent(p -> {
                throw BusinessException.invalid("contactEmail", p);
            });
        }
        if (firstAidOn != null && firstAidOn.isAfter(today)) {
            throw BusinessException.invalid("firstAidOn", Words.text("qualification.the-first-aid-course-cannot"));
        }
        if (firstAidExpires != null && (firstAidOn == null || !firstAidExpires.isAfter(firstAidOn))) {
            throw BusinessException.invalid("firstAidExpires", Words.text("qualification.enter-when-the-course-was"));
        }
    }
}
