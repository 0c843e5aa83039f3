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
import java.util.List;
import java.util.Optional;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;
import org.bodywork.screening.Screening;
import org.bodywork.screening.ScreeningService;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.bodywork.shared.Persistence;
import org.bodywork.shared.Practice;

/**
 * Clients' health intakes: submitting a new version (screened as it is stored) and reading the
 * current one. Every read and change is audited in the same transaction.
 */
@Stateless
public class IntakeService {

    static final String RECORD = "intake";
    static final String DRAFT = "intake_draft";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountService accounts;

    @Inject
    ScreeningService screening;

    @Inject
    AuditLog audit;

    @Inject
    Database database;

    @Inject
    Practice practice;

    /** The signed-in client's current intake, if they have sent one. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<Submission> mine() {
        Account me = caller();
        Optional<IntakeVersion> latest = latest(me.getId());
        latest.ifPresent(v -> audit.record(AuditEvent.Action.READ, RECORD, v.getId(), me.getId()));
        return latest.map(this::submission);
    }

    /** Stores the signed-in client's form as their next intake version, screened today. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Submission submit(IntakeForm form) {
        Account me = caller();
        IntakeVersion version = store(me.getId(), form);
        audit.record(AuditEvent.Action.CREATE, RECORD, version.getId(), me.getId());
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft != null) {
            em.remove(draft);
        }
        return submission(version);
    }

    /** Saves the signed-in client's half-filled form and the step they reached. */
    @RolesAllowed(Role.CLIENT_NAME)
    public void saveDraft(int step, String json) {
        Account me = caller();
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
        Account me = caller();
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft != null) {
            audit.record(AuditEvent.Action.READ, DRAFT, me.getId(), me.getId());
        }
        return Optional.ofNullable(draft);
    }

    /** Demo intakes for the embedded database only. */
    @PermitAll
    public void seedDemo(long clientId, IntakeForm form) {
        if (!database.embedded()) {
            throw new IllegalStateException("Demo intakes are only for the embedded database");
        }
        if (latest(clientId).isEmpty()) {
            store(clientId, form);
        }
    }

    /** An intake version as its reader sees it, with whether it is still current. */
    public record Submission(IntakeVersion version, boolean current, java.time.LocalDate currentUntil) {}

    private IntakeVersion store(long clientId, IntakeForm form) {
        RuleSet rules = screening.current();
        Result result = new Screening(rules).screen(form.answers());
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
            if (Persistence.isDuplicateKey(e)) {
                throw new BusinessException(
                        BusinessException.Kind.CONFLICT,
                        "intake_conflict",
                        null,
                        "Your form was sent twice at the same moment. Please check your latest version.");
            }
            throw e;
        }
        return version;
    }

    private Submission submission(IntakeVersion v) {
        int months = screening.current().windows().intakeMonths();
        java.time.LocalDate until = v.getAssessedOn().plusMonths(months);
        return new Submission(v, v.isCurrentOn(practice.today(), months), until);
    }

    private Optional<IntakeVersion> latest(long clientId) {
        List<IntakeVersion> versions = em.createNamedQuery("IntakeVersion.byClient", IntakeVersion.class)
                .setParameter("client", clientId)
                .setMaxResults(1)
                .getResultList();
        return versions.stream().findFirst();
    }

    private Account caller() {
        return accounts.findByEmail(session.getCallerPrincipal().getName()).orElseThrow();
    }
}
