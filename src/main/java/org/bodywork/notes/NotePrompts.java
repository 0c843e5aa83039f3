package org.bodywork.notes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bodywork.booking.Appointment;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.shared.Practice;

/**
 * What the notes ask of someone now: a therapist's drafts and sessions still without a note, and a
 * client's health form to update after a note says their health changed.
 */
@Stateless
public class NotePrompts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Practice practice;

    /** The caller's drafts, oldest first; overdue ones are flagged by the page. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<NoteView> myDrafts() {
        Account me = caller.account();
        List<SessionNote> drafts = em.createNamedQuery("SessionNote.draftsOf", SessionNote.class)
                .setParameter("therapist", me.getId())
                .getResultList();
        Map<Long, String> clients =
                accounts.names(drafts.stream().map(SessionNote::getClientId).collect(Collectors.toSet()));
        return drafts.stream()
                .map(n -> new NoteView(n, me.getName(), clients.getOrDefault(n.getClientId(), ""), List.of()))
                .toList();
    }

    /** A past appointment still without a note, with its client's name. */
    public record Awaiting(Appointment appointment, String clientName) {}

    /** The caller's past appointments still without a note, newest first, for the therapist's dashboard. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<Awaiting> awaitingNotes(LocalDate since) {
        List<Appointment> appointments = em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.therapistId = :me AND a.status = :booked"
                                + " AND a.startsAt >= :since AND a.startsAt <= :now AND NOT EXISTS"
                                + " (SELECT n FROM SessionNote n WHERE n.appointmentId = a.id)"
                                + " ORDER BY a.startsAt DESC",
                        Appointment.class)
                .setParameter("me", caller.account().getId())
                .setParameter("booked", Appointment.Status.BOOKED)
                .setParameter("since", since.atStartOfDay(practice.zone()).toInstant())
                .setParameter("now", Instant.now())
                .setMaxResults(50)
                .getResultList();
        Map<Long, String> clients = accounts.names(
                appointments.stream().map(Appointment::getClientId).collect(Collectors.toSet()));
        return appointments.stream()
                .map(a -> new Awaiting(a, clients.getOrDefault(a.getClientId(), "")))
                .toList();
    }

    /** Whether a signed note says the client's health changed since their latest health form. */
    @RolesAllowed(Role.CLIENT_NAME)
    public boolean healthUpdateDue() {
        long me = caller.account().getId();
        Instant lastForm = em.createQuery(
                        "SELECT MAX(v.createdAt) FROM IntakeVersion v WHERE v.clientId = :me", Instant.class)
                .setParameter("me", me)
                .getSingleResult();
        Long flagged = em.createQuery(
                        "SELECT COUNT(n) FROM SessionNote n WHERE n.clientId = :me AND n.signedAt IS NOT NULL"
                                + " AND n.content.healthChanged = TRUE AND (:form IS NULL OR n.signedAt > :form)",
                        Long.class)
                .setParameter("me", me)
                .setParameter("form", lastForm)
                .getSingleResult();
        return flagged > 0;
    }
}
