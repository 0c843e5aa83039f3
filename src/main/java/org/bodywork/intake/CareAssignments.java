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
 * admin assigned (until an admin ends it), or who are in their care: booked with them, and not
 * cancelled, in the last {@code bodywork.care.recent-months} or to come (issue 23, M5). A booking
 * cancelled, or long past, opens nothing.
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

    @Inject
    org.bodywork.shared.Practice practice;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bodywork.care.recent-months", defaultValue = "12")
    int recentMonths;

    /** The appointments that make a care relationship: kept or missed, not cancelled. */
    private static final List<org.bodywork.booking.Appointment.Status> IN_CARE =
            List.of(org.bodywork.booking.Appointment.Status.BOOKED, org.bodywork.booking.Appointment.Status.NO_SHOW);

    /** The start of the window in which a past appointment still makes a care relationship. */
    private java.time.Instant since() {
        return practice.today()
                .minusMonths(recentMonths)
                .atStartOfDay(practice.zone())
                .toInstant();
    }

    /** Lets a therapist look after a client (until bookings do this). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void assign(long therapistId, long clientId) {
        Account therapist = accounts.find(therapistId)
                .filter(a -> a.has(Role.THERAPIST))
                .orElseThrow(() -> new InvalidAnswers("therapist", Words.text("intake.choose-a-therapist")));
        Account client = accounts.find(clientId)
                .filter(a -> a.has(Role.CLIENT))
                .orElseThrow(() -> new InvalidAnswers("client", Words.text("intake.choose-a-client")));
        String admin = session.getCallerPrincipal().getName();
        assignment(therapist.getId(), client.getId())
                .ifPresentOrElse(
                        a -> a.confirmBy(admin),
                        () -> em.persist(new CareAssignment(therapist.getId(), client.getId(), admin)));
    }

    /**
     * Ends a therapist's care of a client, whoever made it: the therapist reads the client's health
     * forms, and notes by others, no more (a new booking starts it again). Audited.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void end(long therapistId, long clientId) {
        CareAssignment a = assignment(therapistId, clientId)
                .orElseThrow(() -> new InvalidAnswers("client", Words.text("intake.that-therapist-does-not-look")));
        em.remove(a);
        audit.record(org.bodywork.audit.AuditEvent.Action.UPDATE, "care_assignment", a.getId(), clientId, "ended");
    }

    private java.util.Optional<CareAssignment> assignment(long therapistId, long clientId) {
        return em.createNamedQuery("CareAssignment.of", CareAssignment.class)
                .setParameter("therapist", therapistId)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst();
    }

    /** A booking makes the therapist one who looks after the client, so they can read the intake. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public void lookAfterOnBooking(long therapistId, long clientId) {
        if (assignment(therapistId, clientId).isEmpty()) {
            em.persist(new CareAssignment(therapistId, clientId, CareAssignment.BOOKING));
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
                .setParameter("statuses", IN_CARE)
                .setParameter("since", since())
                .getResultList();
    }

    /** Whether an assignment of the pair exists, current or not (the demo's seeding asks). */
    public boolean assigned(long therapistId, long clientId) {
        return assignment(therapistId, clientId).isPresent();
    }

    /**
     * How a therapist stands to a client, in one query: whether an assignment exists, who made it,
     * and whether an appointment keeps them in care.
     */
    record Standing(boolean assigned, boolean byBooking, boolean inCare) {

        static final Standing NONE = new Standing(false, false, false);

        /** Reads the client's health forms: an admin's assignment, or a booking's while in care. */
        boolean looksAfter() {
            return assigned && (!byBooking || inCare);
        }

        /** Reads other therapists' signed notes too: looked after (not ended) and in care by appointment. */
        boolean treats() {
            return assigned && inCare;
        }
    }

    Standing standing(long therapistId, long clientId) {
        return em.createQuery(
                        "SELECT a.assignedBy, (SELECT COUNT(p) FROM Appointment p WHERE p.therapistId = a.therapistId"
                                + " AND p.clientId = a.clientId AND p.status IN :statuses AND p.startsAt >= :since)"
                                + " FROM CareAssignment a WHERE a.therapistId = :therapist AND a.clientId = :client",
                        Object[].class)
                .setParameter("therapist", therapistId)
                .setParameter("client", clientId)
                .setParameter("statuses", IN_CARE)
                .setParameter("since", since())
                .getResultStream()
                .findFirst()
                .map(row ->
                        new Standing(true, CareAssignment.BOOKING.equals(row[0]), ((Number) row[1]).longValue() > 0))
                .orElse(Standing.NONE);
    }

    /** Whether the therapist looks after the client now: an admin's assignment, or a booking's while in care. */
    public boolean isLookedAfterBy(long therapistId, long clientId) {
        return standing(therapistId, clientId).looksAfter();
    }

    /**
     * Whether the therapist treats the client now: looks after them (not ended by an admin) and has
     * them in care by appointment. What opens other therapists' signed notes (issue 23, M5).
     */
    public boolean treats(long therapistId, long clientId) {
        return standing(therapistId, clientId).treats();
    }

    /**
     * The client, when the calling therapist looks after them; otherwise the attempt on {@code
     * recordType} is audited and answered as if there were no such client.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Account lookedAfter(long clientId, String recordType) {
        return caredFor(clientId, recordType).client();
    }

    /** A client the calling therapist looks after, and whether they also treat them now (see {@link #treats}). */
    public record Cared(Account client, boolean treats) {}

    /** {@link #lookedAfter}, with whether the therapist treats the client, from the same query. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Cared caredFor(long clientId, String recordType) {
        Account me = caller.account();
        Standing standing = standing(me.getId(), clientId);
        if (!standing.looksAfter()) {
            audit.refused(recordType, null, clientId);
            throw noClient();
        }
        return new Cared(accounts.find(clientId).orElseThrow(CareAssignments::noClient), standing.treats());
    }

    static BusinessException noClient() {
        // The same answer whether the client exists or not, so nothing leaks about other practices' clients.
        return BusinessException.notFound("no_client", Words.text("intake.none-of-your-clients-has"));
    }
}
