package org.bodywork.qualification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.bodywork.screening.Technique;

/**
 * Bodywork's promise to clients: a therapist is bookable for a technique on a day when their account
 * is active, an admin has verified a qualification covering that technique which is valid that day,
 * and an admin has verified insurance valid that day.
 *
 * <pre>
 * Bookability.techniquesOn(day, active, qualifications, insurance).contains(Technique.SHIATSU)
 * </pre>
 */
public final class Bookability {

    private Bookability() {}

    /** The techniques the therapist may be booked for on the day; empty when none. */
    public static Set<Technique> techniquesOn(
            LocalDate day, boolean active, Collection<Credential> qualifications, Collection<Credential> insurance) {
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        if (!active || insurance.stream().noneMatch(i -> i.validOn(day))) {
            return techniques;
        }
        qualifications.stream().filter(q -> q.validOn(day)).forEach(q -> techniques.addAll(q.techniques()));
        return techniques;
    }

    public static boolean isBookable(
            Technique technique,
            LocalDate day,
            boolean active,
            Collection<Credential> qualifications,
            Collection<Credential> insurance) {
        return techniquesOn(day, active, qualifications, insurance).contains(technique);
    }
}
