package org.bodywork.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.notification.Notifications;
import org.bodywork.screening.Flag;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.ScreeningService;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * A therapist's view of the clients they look after: the list with each one's screening, a
 * client's record, and the clinicians' letters that clear a finding. Every read and change is
 * audited, a refused attempt on its own.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class CareRecords {

    static final String CLEARANCE = "clearance";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    CareAssignments care;

    @Inject
    IntakeRecords records;

    @Inject
    ScreeningService screening;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Practice practice;

    /** A line of a therapist's client list. */
    public record ClientSummary(Account client, Outcome outcome) {}

    /** The bytes of a letter with what a browser needs to show it. */
    public record Letter(String name, String mediaType, byte[] bytes) {}

    /** The clients the signed-in therapist looks after, with their screening today. */
    public List<ClientSummary> myClients() {
        Set<Long> ids = care.clientsOf(caller.account().getId());
        Map<Long, Submission> submissions = records.latestSubmissions(ids, practice.today());
        List<ClientSummary> summaries = new ArrayList<>();
        accounts.find(ids).forEach((id, client) -> {
            Submission s = submissions.get(id);
            summaries.add(
                    new ClientSummary(client, s == null ? null : s.screening().outcome()));
        });
        summaries.sort(Comparator.comparing(c -> c.client().getName()));
        return summaries;
    }

    /**
     * One client's record for a therapist who looks after them, and whether the therapist has a
     * booking with the client, which opens the client's notes to them (the notes' own rule).
     */
    public record CareRecord(ClientRecord record, boolean booked) {}

    /** One client's record, for a therapist who looks after them, in one transaction. */
    public CareRecord clientRecord(long clientId) {
        ClientRecord record = records.record(care.lookedAfter(clientId, IntakeRecords.RECORD));
        return new CareRecord(record, care.haveMet(caller.account().getId(), clientId));
    }

    /** Records a clinician's letter clearing one of the client's flags that awaits clearance. */
    public Clearance recordClearance(long clientId, NewClearance request) {
        care.lookedAfter(clientId, CLEARANCE);
        LocalDate today = practice.today();
        request.validate(today);
        IntakeVersion latest = records.latest(clientId)
                .orElseThrow(() -> new InvalidAnswers("flag", Words.text("intake.this-client-has-not-sent")));
        boolean awaiting = records.submission(latest).screening().awaitingClearance().stream()
                .map(Flag::key)
                .anyMatch(request.flagKey()::equals);
        if (!awaiting) {
            throw new InvalidAnswers("flag", Words.text("intake.that-finding-does-not-need"));
        }
        LocalDate expires = request.expiresOn() != null
                ? request.expiresOn()
                : today.plusMonths(screening.current().windows().clearanceMonths());
        Clearance clearance = new Clearance(
                clientId, request, expires, session.getCallerPrincipal().getName());
        em.persist(clearance);
        em.flush();
        audit.record(AuditEvent.Action.CREATE, CLEARANCE, clearance.getId(), clientId);
        accounts.find(clientId).ifPresent(c -> notifications.clearance(clearance.getId(), c.getEmail(), c.getName()));
        return clearance;
    }

    /** A clearance letter, for a therapist who looks after its client. */
    public Letter letter(long clearanceId) {
        Clearance c = em.find(Clearance.class, clearanceId);
        if (c == null) {
            audit.refused(CLEARANCE, clearanceId, null);
            throw CareAssignments.noClient();
        }
        care.lookedAfter(c.getClientId(), CLEARANCE);
        audit.record(AuditEvent.Action.READ, CLEARANCE, clearanceId, c.getClientId());
        return new Letter(c.getEvidenceName(), c.getEvidenceType(), c.evidence());
    }
}
