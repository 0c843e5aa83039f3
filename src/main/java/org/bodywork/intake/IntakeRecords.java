package org.bodywork.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.screening.Answers;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;
import org.bodywork.screening.Screening;
import org.bodywork.screening.ScreeningService;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;

/**
 * Health forms as they are read: a client's versions screened again for a day with the clearances
 * valid then, a whole record with what changed, and the screenings that bookings and diaries ask
 * for. Those who read decide who may ({@link ClientIntake}, {@link CareRecords}); the reads that
 * leave here are audited.
 */
@Stateless
@PermitAll
public class IntakeRecords {

    static final String RECORD = "intake";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CareAssignments care;

    @Inject
    ScreeningService screening;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    public Optional<IntakeVersion> latest(long clientId) {
        return em.createNamedQuery("IntakeVersion.byClient", IntakeVersion.class)
                .setParameter("client", clientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Submission submission(IntakeVersion v) {
        return submission(v, practice.today());
    }

    /** The version screened again for a day: answers moved on to it, with the clearances valid then. */
    public Submission submission(IntakeVersion v, LocalDate day) {
        List<String> cleared = em.createNamedQuery("Clearance.validFor", Clearance.class)
                .setParameter("client", v.getClientId())
                .setParameter("day", day)
                .getResultStream()
                .map(Clearance::getFlagKey)
                .toList();
        return submission(v, day, screening.current(), cleared);
    }

    /**
     * The latest version of each of these clients that has one, screened for a day: three queries
     * for a list of any length, where one {@link #submission} per client would take three each.
     */
    public Map<Long, Submission> latestSubmissions(Collection<Long> clientIds, LocalDate day) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> cleared = new HashMap<>();
        em.createNamedQuery("Clearance.validForAny", Clearance.class)
                .setParameter("clients", clientIds)
                .setParameter("day", day)
                .getResultStream()
                .forEach(c -> cleared.computeIfAbsent(c.getClientId(), k -> new ArrayList<>())
                        .add(c.getFlagKey()));
        RuleSet rules = screening.current();
        Map<Long, Submission> submissions = new TreeMap<>();
        em.createNamedQuery("IntakeVersion.latestOf", IntakeVersion.class)
                .setParameter("clients", clientIds)
                .getResultStream()
                .forEach(v -> submissions.put(
                        v.getClientId(), submission(v, day, rules, cleared.getOrDefault(v.getClientId(), List.of()))));
        return submissions;
    }

    private static Submission submission(IntakeVersion v, LocalDate day, RuleSet rules, List<String> cleared) {
        Result live = new Screening(rules).screen(answers(v).asOf(day), cleared);
        int months = rules.windows().intakeMonths();
        return new Submission(
                v, live, v.isCurrentOn(day, months), v.getAssessedOn().plusMonths(months));
    }

    static Answers answers(IntakeVersion v) {
        return AnswersJson.read(JsonText.object(v.getAnswers()), v.getAssessedOn());
    }

    /** A client's whole record, for its client or a therapist who looks after them; the read is audited. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public ClientRecord record(Account client) {
        long clientId = client.getId();
        List<IntakeVersion> versions = em.createNamedQuery("IntakeVersion.byClient", IntakeVersion.class)
                .setParameter("client", clientId)
                .getResultList();
        List<ClientRecord.HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            IntakeVersion v = versions.get(i);
            List<String> changes = i + 1 < versions.size()
                    ? Changes.between(answers(versions.get(i + 1)), answers(v))
                    : List.of("First version");
            history.add(new ClientRecord.HistoryEntry(v, changes));
        }
        List<Clearance> clearances = em.createNamedQuery("Clearance.of", Clearance.class)
                .setParameter("client", clientId)
                .getResultList();
        LocalDate today = practice.today();
        // The clearances valid today out of all of them, rather than a second query (issue 22).
        List<String> cleared = clearances.stream()
                .filter(c -> c.validOn(today))
                .sorted(Comparator.comparing(Clearance::getId))
                .map(Clearance::getFlagKey)
                .toList();
        Submission current =
                versions.isEmpty() ? null : submission(versions.get(0), today, screening.current(), cleared);
        audit.record(
                AuditEvent.Action.READ,
                RECORD,
                versions.isEmpty() ? null : versions.get(0).getId(),
                clientId);
        return new ClientRecord(client, current, history, clearances);
    }

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
    public Map<Long, Result> screeningsOn(Collection<Long> clientIds, LocalDate day) {
        Account me = caller.account();
        Collection<Long> readable = me.has(Role.ADMIN)
                ? new TreeSet<>(clientIds)
                : clientIds.stream()
                        .filter(care.clientsOf(me.getId())::contains)
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        Map<Long, Result> results = new HashMap<>();
        latestSubmissions(readable, day).forEach((clientId, s) -> {
            audit.record(AuditEvent.Action.READ, RECORD, s.version().getId(), clientId);
            results.put(clientId, s.screening());
        });
        return results;
    }
}
