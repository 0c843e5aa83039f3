package org.bodywork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** Therapists' working weeks, and their time off and extra hours on given days. */
@Stateless
public class TherapistHours {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @RolesAllowed(Role.THERAPIST_NAME)
    public List<WeekRange> myWeek() {
        return week(caller.account().getId());
    }

    /** Replaces the signed-in therapist's week. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void saveMyWeek(List<WeekRange> week) {
        long me = caller.account().getId();
        em.createNamedQuery("WorkingHours.of", WorkingHours.class)
                .setParameter("therapist", me)
                .getResultList()
                .forEach(em::remove);
        week.forEach(r -> em.persist(new WorkingHours(me, r)));
    }

    /** The signed-in therapist's time off and extra hours from a day on. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<AvailabilityException> myExceptions(LocalDate from) {
        return exceptions(caller.account().getId(), from, from.plusYears(2));
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public AvailabilityException addException(LocalDate day, Slots.Hours hours, boolean working, String note) {
        AvailabilityException e = new AvailabilityException(caller.account().getId(), day, hours, working, note);
        em.persist(e);
        return e;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public void removeException(long id) {
        AvailabilityException e = em.find(AvailabilityException.class, id);
        if (e == null || e.getTherapistId() != caller.account().getId()) {
            throw BusinessException.notFound("no_exception", Words.text("booking.you-have-no-time-off"));
        }
        em.remove(e);
    }

    /** A therapist's week, which their free slots are public for. */
    @PermitAll
    public List<WeekRange> week(long therapistId) {
        return em.createNamedQuery("WorkingHours.of", WorkingHours.class)
                .setParameter("therapist", therapistId)
                .getResultStream()
                .map(WorkingHours::range)
                .toList();
    }

    /** A therapist's exceptions to their week on the days from and to, both included. */
    @PermitAll
    public List<AvailabilityException> exceptions(long therapistId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("AvailabilityException.between", AvailabilityException.class)
                .setParameter("therapist", therapistId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
