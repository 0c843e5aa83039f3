package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.List;

/** Qualifications and insurance together: a therapist's own, or the admins' queue. */
public record Records(List<Qualification> qualifications, List<Insurance> insurance) {

    /** The verified ones whose last day falls within the next 30 days. */
    Records endingSoon(LocalDate today) {
        return new Records(
                qualifications.stream().filter(r -> r.endsSoon(today)).toList(),
                insurance.stream().filter(r -> r.endsSoon(today)).toList());
    }
}
