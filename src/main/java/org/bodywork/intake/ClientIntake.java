package org.bodywork.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.notification.Notifications;
import org.bodywork.screening.ScreeningService;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.DatabaseFailure;
import org.bodywork.shared.Words;

/**
 * A client's own health form: the half-filled draft, sending it (screened at once), and reading it
 * and its history back. Every read and change is audited in the same transaction.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class ClientIntake {

    static final String DRAFT = "intake_draft";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    IntakeRecords records;

    @Inject
    ScreeningService screening;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    /** The signed-in client's current intake, if they have sent one. */
    public Optional<Submission> mine() {
        Account me = caller.account();
        Optional<IntakeVersion> latest = records.latest(me.getId());
        latest.ifPresent(v -> audit.record(AuditEvent.Action.READ, IntakeRecords.RECORD, v.getId(), me.getId()));
        return latest.map(records::submission);
    }

    /** The signed-in client's own record: every form version, what changed, their clearances. */
    public ClientRecord myRecord() {
        return records.record(caller.account());
    }

    /** Stores the signed-in client's form as their next intake version, screened today. */
    public Submission submit(IntakeForm form) {
        Account me = caller.account();
        me.requireConfirmedEmail();
        IntakeVersion version = store(me.getId(), form);
        audit.record(AuditEvent.Action.CREATE, IntakeRecords.RECORD, version.getId(), me.getId());
        notifications.intakeRenewed(me.getId());
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft != null) {
            em.remove(draft);
        }
        return records.submission(version);
    }

    /** Saves the signed-in client's half-filled form and the step they reached. */
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
    public Optional<IntakeDraft> myDraft() {
        Account me = caller.account();
        IntakeDraft draft = em.find(IntakeDraft.class, me.getId());
        if (draft != null) {
            audit.record(AuditEvent.Action.READ, DRAFT, me.getId(), me.getId());
        }
        return Optional.ofNullable(draft);
    }

    /** What the health form opens with: the client's draft, or else their latest form to start from. */
    public record Start(IntakeDraft draft, IntakeVersion latest) {}

    /**
     * The signed-in client's draft if they have one, otherwise their latest version as sent (not
     * screened: the form only shows the answers), in one transaction; each read is audited.
     */
    public Start myStart() {
        Optional<IntakeDraft> draft = myDraft();
        if (draft.isPresent()) {
            return new Start(draft.get(), null);
        }
        Account me = caller.account();
        Optional<IntakeVersion> latest = records.latest(me.getId());
        latest.ifPresent(v -> audit.record(AuditEvent.Action.READ, IntakeRecords.RECORD, v.getId(), me.getId()));
        return new Start(null, latest.orElse(null));
    }

    private IntakeVersion store(long clientId, IntakeForm form) {
        int next = records.latest(clientId).map(v -> v.getNumber() + 1).orElse(1);
        IntakeVersion version = IntakeVersion.screened(clientId, next, form, screening.current());
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
}
