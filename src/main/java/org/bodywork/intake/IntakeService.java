package org.bodywork.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.screening.Answers;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Flag;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;
import org.bodywork.screening.Screening;
import org.bodywork.screening.ScreeningService;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.bodywork.shared.DatabaseFailure;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * Health intakes: clients send versions and read their own; therapists read the records of the
 * clients they look after and record GP clearances. Every read and change is audited in the same
 * transaction, and a refused attempt is audited on its own.
 */
@Stateless
public class IntakeService {

    static final String RECORD = "intake";
    static final String DRAFT = "intake_draft";
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
    ScreeningService screening;

    @Inject
    AuditLog audit;

    @Inject
    org.bodywork.notification.Notifications notifications;

    @Inject
    Database database;

    @Inject
    Practice practice;

    /** An intake version as its reader sees it: screened again today, with valid clearances. */
    public record Submission(IntakeVersion version, Result screening, boolean current, LocalDate currentUntil) {}

    /** One version in a client's history and what changed since the one before. */
    public record HistoryEntry(IntakeVersion version, List<String> changes) {}

    /** Everything a therapist sees about one of their clients. */
    public record ClientRecord(
            Account client, Submission current, List<HistoryEntry> history, List<Clearance> clearances) {}

    /** A line of a therapist's client list. */
    public record ClientSummary(Account client, Outcome outcome) {}

    // Clients

    /** The signed-in client's current intake, if they have sent one. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<Submission> mine() {
        Account me = caller.account();
        Optional<IntakeVersion> latest = latest(me.getId());
        latest.ifPresent(v -> audit.record(AuditEvent.Action.READ, RECORD, v.getId(), me.getId()));
        return latest.map(this::submission);
    }

    /** Stores the signed-in client's form as their next intake version, screened today. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Submission submit(IntakeForm form) {
        Account me = caller.account();
        IntakeVersion version = store(me.getId(), form);
        audit.record(AuditEvent.Action.CREATE, RECORD, version.getId(), me.getId());
        notifications.intakeRenewed(me.getId());
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft != null) {
            em.remove(draft);
        }
        return submission(version);
    }

    /** Saves the signed-in client's half-filled form and the step they reached. */
    @RolesAllowed(Role.CLIENT_NAME)
    public void saveDraft(int step, String json) {
        Account me = caller.account();
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft == null) {
            draft = new IntakeDraft(me.getId());
            draft.save(step, json);
            em.persist(draft);
        } else {
            draft.save(step, json);
        }
        audit.record(AuditEvent.Action.UPDATE, DRAFT, me.getId(), me.getId());
    }

    /** The signed-in client's half-filled form, if any. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<IntakeDraft> myDraft() {
        Account me = caller.account();
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft != null) {
            audit.record(AuditEvent.Action.READ, DRAFT, me.getId(), me.getId());
        }
        return Optional.ofNullable(draft);
    }

    // Therapists

    /** The clients the signed-in therapist looks after, with their screening today. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<ClientSummary> myClients() {
        Account me = caller.account();
        List<ClientSummary> clients = new ArrayList<>();
        for (Long id : em.createNamedQuery("CareAssignment.clientsOf", Long.class)
                .setParameter("therapist", me.getId())
                .getResultList()) {
            Account client = accounts.find(id).orElseThrow();
            clients.add(new ClientSummary(
                    client,
                    latest(id).map(v -> submission(v).screening().outcome()).orElse(null)));
        }
        clients.sort(java.util.Comparator.comparing(c -> c.client().getName()));
        return clients;
    }

    /** One client's record, for a therapist who looks after them. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public ClientRecord clientRecord(long clientId) {
        return record(lookedAfter(clientId, RECORD));
    }

    /**
     * Whether the signed-in therapist has a booking with the client, which opens the client's notes
     * to them (the notes' own rule); a client looked after but not yet booked has no notes to show.
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public boolean booked(long clientId) {
        return em.createNamedQuery("Appointment.countForPair", Long.class)
                        .setParameter("therapist", caller.account().getId())
                        .setParameter("client", clientId)
                        .getSingleResult()
                > 0;
    }

    /** The signed-in client's own record: every form version, what changed, their clearances. */
    @RolesAllowed(Role.CLIENT_NAME)
    public ClientRecord myRecord() {
        return record(caller.account());
    }

    private ClientRecord record(Account client) {
        long clientId = client.getId();
        List<IntakeVersion> versions = versions(clientId);
        List<HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            IntakeVersion v = versions.get(i);
            List<String> changes = i + 1 < versions.size()
                    ? Changes.between(answers(versions.get(i + 1)), answers(v))
                    : List.of("First version");
            history.add(new HistoryEntry(v, changes));
        }
        Submission current = versions.isEmpty() ? null : submission(versions.get(0));
        audit.record(
                AuditEvent.Action.READ,
                RECORD,
                versions.isEmpty() ? null : versions.get(0).getId(),
                clientId);
        List<Clearance> clearances = em.createNamedQuery("Clearance.of", Clearance.class)
                .setParameter("client", clientId)
                .getResultList();
        return new ClientRecord(client, current, history, clearances);
    }

    /** Records a clinician's letter clearing one of the client's flags that awaits clearance. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Clearance recordClearance(long clientId, NewClearance request) {
        lookedAfter(clientId, CLEARANCE);
        LocalDate today = practice.today();
        request.validate(today);
        IntakeVersion latest = latest(clientId)
                .orElseThrow(() -> new InvalidAnswers("flag", Words.text("intake.this-client-has-not-sent")));
        boolean awaiting = submission(latest).screening().awaitingClearance().stream()
                .map(Flag::key)
                .anyMatch(request.flagKey()::equals);
        if (!awaiting) {
            throw new InvalidAnswers("flag", Words.text("intake.that-finding-does-not-need"));
        }
        RuleSet rules = screening.current();
        LocalDate expires = request.expiresOn() != null
                ? request.expiresOn()
                : today.plusMonths(rules.windows().clearanceMonths());
        Clearance clearance = new Clearance(
                clientId, request, expires, session.getCallerPrincipal().getName());
        em.persist(clearance);
        em.flush();
        audit.record(AuditEvent.Action.CREATE, CLEARANCE, clearance.getId(), clientId);
        accounts.find(clientId).ifPresent(c -> notifications.clearance(clearance.getId(), c.getEmail(), c.getName()));
        return clearance;
    }

    /** A clearance letter, for a therapist who looks after its client. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Letter letter(long clearanceId) {
        Clearance c = em.find(Clearance.class, clearanceId);
        if (c == null) {
            audit.refused(CLEARANCE, clearanceId, null);
            throw notFound();
        }
        lookedAfter(c.getClientId(), CLEARANCE);
        audit.record(AuditEvent.Action.READ, CLEARANCE, clearanceId, c.getClientId());
        return new Letter(c.getEvidenceName(), c.getEvidenceType(), c.evidence());
    }

    /** The bytes of a letter with what a browser needs to show it. */
    public record Letter(String name, String mediaType, byte[] bytes) {}

    // Admins

    /** Lets a therapist look after a client (until bookings do this). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void assign(long therapistId, long clientId) {
        Account therapist = accounts.find(therapistId)
                .filter(a -> a.has(Role.THERAPIST))
                .orElseThrow(() -> new InvalidAnswers("therapist", Words.text("intake.choose-a-therapist")));
        Account client = accounts.find(clientId)
                .filter(a -> a.has(Role.CLIENT))
                .orElseThrow(() -> new InvalidAnswers("client", Words.text("intake.choose-a-client")));
        if (isLookedAfterBy(therapist.getId(), client.getId())) {
            return;
        }
        em.persist(new CareAssignment(
                therapist.getId(), client.getId(), session.getCallerPrincipal().getName()));
    }

    // Bookings

    /**
     * A client's latest intake screened for an appointment's day, for the booking service to decide
     * whether the appointment may go ahead. The read is audited as the caller's.
     */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Optional<Submission> screenedFor(long clientId, LocalDate day) {
        Optional<IntakeVersion> latest = latest(clientId);
        latest.ifPresent(v -> audit.record(AuditEvent.Action.READ, RECORD, v.getId(), clientId));
        return latest.map(v -> submission(v, day));
    }

    /**
     * The screening of each client for a day, for a diary: a therapist gets those of clients they
     * look after, an admin any. Each read is audited.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public java.util.Map<Long, Result> screeningsOn(java.util.Collection<Long> clientIds, LocalDate day) {
        Account me = caller.account();
        boolean admin = me.has(Role.ADMIN);
        java.util.Map<Long, Result> results = new java.util.HashMap<>();
        for (Long clientId : new java.util.TreeSet<>(clientIds)) {
            if (!admin && !isLookedAfterBy(me.getId(), clientId)) {
                continue;
            }
            latest(clientId).ifPresent(v -> {
                audit.record(AuditEvent.Action.READ, RECORD, v.getId(), clientId);
                results.put(clientId, submission(v, day).screening());
            });
        }
        return results;
    }

    /** A booking makes the therapist one who looks after the client, so they can read the intake. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public void lookAfterOnBooking(long therapistId, long clientId) {
        if (!isLookedAfterBy(therapistId, clientId)) {
            em.persist(new CareAssignment(therapistId, clientId, "booking"));
        }
    }

    // Demo data

    /** Demo bookings' care assignments, for the demo database only. */
    @PermitAll
    public void seedDemoAssignment(long therapistId, long clientId) {
        database.requireDemo("Demo care assignments");
        if (!isLookedAfterBy(therapistId, clientId)) {
            em.persist(new CareAssignment(therapistId, clientId, "demo"));
        }
    }

    /** Demo intakes for the demo database only. */
    @PermitAll
    public void seedDemo(long clientId, IntakeForm form, long therapistId) {
        database.requireDemo("Demo intakes");
        if (latest(clientId).isEmpty()) {
            store(clientId, form);
            em.persist(new CareAssignment(therapistId, clientId, "demo"));
        }
    }

    // The rest

    private Account lookedAfter(long clientId, String recordType) {
        Account me = caller.account();
        if (!isLookedAfterBy(me.getId(), clientId)) {
            audit.refused(recordType, null, clientId);
            throw notFound();
        }
        return accounts.find(clientId).orElseThrow(IntakeService::notFound);
    }

    private boolean isLookedAfterBy(long therapistId, long clientId) {
        return em.createNamedQuery("CareAssignment.exists", Long.class)
                        .setParameter("therapist", therapistId)
                        .setParameter("client", clientId)
                        .getSingleResult()
                > 0;
    }

    private static BusinessException notFound() {
        // The same answer whether the client exists or not, so nothing leaks about other practices' clients.
        return BusinessException.notFound("no_client", Words.text("intake.none-of-your-clients-has"));
    }

    private IntakeVersion store(long clientId, IntakeForm form) {
        Result result = new Screening(screening.current()).screen(form.answers());
        int next = latest(clientId).map(v -> v.getNumber() + 1).orElse(1);
        IntakeVersion version = new IntakeVersion(
                clientId,
                next,
                form,
                AnswersJson.write(form.answers()).toString(),
                AnswersJson.write(result).toString(),
                result);
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException e) {
            if (DatabaseFailure.duplicate(e)) {
                throw BusinessException.conflict(
                        "intake_conflict", null, Words.text("intake.your-form-was-sent-twice"));
            }
            throw e;
        }
        return version;
    }

    private Submission submission(IntakeVersion v) {
        return submission(v, practice.today());
    }

    /** The version screened again for a day: answers moved on to it, with the clearances valid then. */
    private Submission submission(IntakeVersion v, LocalDate day) {
        RuleSet rules = screening.current();
        List<String> cleared = em
                .createNamedQuery("Clearance.validFor", Clearance.class)
                .setParameter("client", v.getClientId())
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(Clearance::getFlagKey)
                .toList();
        Result live = new Screening(rules).screen(answers(v).asOf(day), cleared);
        int months = rules.windows().intakeMonths();
        return new Submission(
                v, live, v.isCurrentOn(day, months), v.getAssessedOn().plusMonths(months));
    }

    private static Answers answers(IntakeVersion v) {
        return AnswersJson.read(JsonText.object(v.getAnswers()), v.getAssessedOn());
    }

    private List<IntakeVersion> versions(long clientId) {
        return em.createNamedQuery("IntakeVersion.byClient", IntakeVersion.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    private Optional<IntakeVersion> latest(long clientId) {
        return em.createNamedQuery("IntakeVersion.byClient", IntakeVersion.class)
                .setParameter("client", clientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
