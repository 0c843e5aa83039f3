package org.bodywork.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * Who looks after whom: a therapist reads the health forms of the clients they look after, whom an
 * admin assigned or who booked with them.
 */
@Stateless
@PermitAll
public class CareAssignments {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    /** Lets a therapist look after a client (until bookings do this). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void assign(long therapistId, long clientId) {
        Account therapist = accounts.find(therapistId)
                .filter(a -> a.has(Role.THERAPIST))
                .orElseThrow(() -> new InvalidAnswers("therapist", Words.text("intake.choose-a-therapist")));
        Account client = accounts.find(clientId)
                .filter(a -> a.has(Role.CLIENT))
                .orElseThrow(() -> new InvalidAnswers("client", Words.text("intake.choose-a-client")));
        if (!isLookedAfterBy(therapist.getId(), client.getId())) {
            em.persist(new CareAssignment(
                    therapist.getId(),
                    client.getId(),
                    session.getCallerPrincipal().getName()));
        }
    }

    /** A booking makes the therapist one who looks after the client, so they can read the intake. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public void lookAfterOnBooking(long therapistId, long clientId) {
        if (!isLookedAfterBy(therapistId, clientId)) {
            em.persist(new CareAssignment(therapistId, clientId, "booking"));
        }
    }

    /** The clients the therapist looks after. */
    public Set<Long> clientsOf(long therapistId) {
        return new HashSet<>(em.createNamedQuery("CareAssignment.clientsOf", Long.class)
                .setParameter("therapist", therapistId)
                .getResultList());
    }

    /**
     * The therapist's clients in name order: ids only, sorted by the database, so that a list page
     * loads only the accounts it shows (issue 22).
     */
    public List<Long> clientsByName(long therapistId) {
        return em.createNamedQuery("CareAssignment.byName", Long.class)
                .setParameter("therapist", therapistId)
                .getResultList();
    }

    public boolean isLookedAfterBy(long therapistId, long clientId) {
        return em.createNamedQuery("CareAssignment.exists", Long.class)
                        .setParameter("therapist", therapistId)
                        .setParameter("client", clientId)
                        .getSingleResult()
                > 0;
    }

    /**
     * Whether the therapist has an appointment with the client, of any status: what opens the client's
     * signed notes to a therapist other than their author.
     */
    public boolean haveMet(long therapistId, long clientId) {
        return em.createNamedQuery("Appointment.countForPair", Long.class)
                        .setParameter("therapist", therapistId)
                        .setParameter("client", clientId)
                        .getSingleResult()
                > 0;
    }

    /**
     * The client, when the calling therapist looks after them; otherwise the attempt on {@code
     * recordType} is audited and answered as if there were no such client.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Account lookedAfter(long clientId, String recordType) {
        Account me = caller.account();
        if (!isLookedAfterBy(me.getId(), clientId)) {
            audit.refused(recordType, null, clientId);
            throw noClient();
        }
        return accounts.find(clientId).orElseThrow(CareAssignments::noClient);
    }

    static BusinessException noClient() {
        // The same answer whether the client exists or not, so nothing leaks about other practices' clients.
        return BusinessException.notFound("no_client", Words.text("intake.none-of-your-clients-has"));
    }
}
