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
import java.util.List;
import java.util.Map;
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

    /** Clients a page of the list shows: 25 reads well and keeps a long list cheap (issue 22). */
    public static final int PAGE_SIZE = 25;

    /** One page of a therapist's clients in name order, and how many pages there are. */
    public record ClientPage(List<ClientSummary> clients, int page, int pages) {}

    /**
     * A page of the clients the signed-in therapist looks after (by name, from 1; a page past the end
     * is the last), each with their screening today: only the page's clients are screened.
     */
    public ClientPage myClients(int page) {
        List<Long> all = care.clientsByName(caller.account().getId());
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Long> ids = List.copyOf(all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE)));
        Map<Long, Account> found = accounts.find(ids);
        List<Account> onPage = ids.stream().map(found::get).toList();
        Map<Long, Submission> submissions =
                records.latestSubmissions(onPage.stream().map(Account::getId).toList(), practice.today());
        List<ClientSummary> summaries = new ArrayList<>();
        for (Account client : onPage) {
            Submission s = submissions.get(client.getId());
            summaries.add(
                    new ClientSummary(client, s == null ? null : s.screening().outcome()));
        }
        return new ClientPage(summaries, shown, pages);
    }

    /**
     * One client's record for a therapist who looks after them, and whether the therapist has a
     * booking with the client, which opens the client's notes to them (the notes' own rule).
     */
    public record CareRecord(ClientRecord record, boolean booked) {}

    /** One client's record, for a therapist who looks after them, in one transaction. */
    public CareRecord clientRecord(long clientId) {
        CareAssignments.Cared cared = care.caredFor(clientId, IntakeRecords.RECORD);
        return new CareRecord(records.record(cared.client()), cared.treats());
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
