package org.bodywork.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bodywork.identity.Account;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * The appointments a caller may see: a client their own, a therapist theirs, an admin everyone's;
 * one at a time, in a range, or a client's all with their changes. Any other is "no such
 * appointment", whether it exists or not.
 */
@Stateless
@RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
public class Appointments {

    /** The longest span one list of appointments may cover. */
    static final int MAX_LIST_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The caller's appointments in a range: a client's own, a therapist's diary, everyone's for admins. */
    public List<Appointment> appointments(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw BusinessException.invalid("to", Words.text("booking.the-range-must-end-after"));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_LIST_DAYS) {
            throw BusinessException.invalid(
                    "to", Words.text("booking.ask-for-at-most-days", String.valueOf(MAX_LIST_DAYS)));
        }
        Account me = caller.account();
        String query = me.has(Role.ADMIN)
                ? "Appointment.between"
                : me.has(Role.THERAPIST) ? "Appointment.forTherapist" : "Appointment.forClient";
        var q = em.createNamedQuery(query, Appointment.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (!me.has(Role.ADMIN)) {
            q.setParameter(me.has(Role.THERAPIST) ? "therapist" : "client", me.getId());
        }
        return q.getResultList();
    }

    /** Every appointment the signed-in client has had or has, with each one's changes, oldest first. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Map<Appointment, List<AppointmentChange>> allMine() {
        long me = caller.account().getId();
        Map<Long, List<AppointmentChange>> changes = em.createNamedQuery(
                        "AppointmentChange.ofClient", AppointmentChange.class)
                .setParameter("client", me)
                .getResultStream()
                .collect(Collectors.groupingBy(AppointmentChange::appointmentId));
        Map<Appointment, List<AppointmentChange>> all = new LinkedHashMap<>();
        for (Appointment a : em.createNamedQuery("Appointment.allForClient", Appointment.class)
                .setParameter("client", me)
                .getResultList()) {
            all.put(a, changes.getOrDefault(a.getId(), List.of()));
        }
        return all;
    }

    /** One appointment the caller may see. */
    public Appointment appointment(long id) {
        return visible(id, caller.account());
    }

    public List<AppointmentChange> history(long id) {
        visible(id, caller.account());
        return em.createNamedQuery("AppointmentChange.of", AppointmentChange.class)
                .setParameter("appointment", id)
                .getResultList();
    }

    private Appointment visible(long id, Account me) {
        Appointment a = em.find(Appointment.class, id);
        boolean mine = a != null
                && (me.has(Role.ADMIN)
                        || (me.has(Role.THERAPIST) && a.getTherapistId() == me.getId())
                        || (me.has(Role.CLIENT) && a.getClientId() == me.getId()));
        if (!mine) {
            // The same answer whether it exists or not: nothing leaks about other people's appointments.
            throw BusinessException.notFound("no_appointment", Words.text("booking.you-have-no-appointment-with"));
        }
        return a;
    }
}
