package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Checks;
import org.bodywork.shared.DatabaseFailure;
import org.bodywork.shared.InvalidFields.Problem;
import org.bodywork.shared.Words;

/** Accounts: look-up, a person's own sign-in details, and the admin's list. The transaction and security boundary. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<SignInChanged> changes;

    @Inject
    Rechecks rechecks;

    @Inject
    Lockouts lockouts;

    /**
     * The signed-in client's choices: reminders before appointments, and whether every therapist in
     * their care may read their signed notes (a consent, so its changes are audited); null keeps one.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public Account setMyPreferences(Boolean reminders, Boolean sharesNotes) {
        Account me = caller.account();
        if (reminders != null) {
            me.setReminders(reminders);
        }
        if (sharesNotes != null && sharesNotes != me.isSharesNotes()) {
            me.setSharesNotes(sharesNotes);
            audit.record(
                    AuditEvent.Action.UPDATE,
                    AuditLog.ACCOUNT,
                    me.getId(),
                    me.getId(),
                    sharesNotes ? "notes shared" : "notes not shared");
        }
        return me;
    }

    /**
     * The caller, once they have typed their password again: asked before anything that cannot be
     * undone or that changes how they sign in.
     */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Account reauthenticated(String password) {
        Account me = caller.account();
        if (!rechecked(password, me)) {
            throw BusinessException.invalid("password", Words.text("identity.that-is-not-your-password"));
        }
        return me;
    }

    /**
     * The caller's password, asked again: counted per account (issue 23, M3), each wrong one
     * audited, and the last allowed ends the account's sessions and tokens and tells its owner.
     */
    private boolean rechecked(String password, Account me) {
        if (rechecks.attempt(me.getId()).isPresent()) {
            throw new BusinessException(
                    BusinessException.Kind.TOO_MANY,
                    "too_many_attempts",
                    "password",
                    Words.text("identity.too-many-wrong-passwords"));
        }
        if (password != null && !password.isEmpty() && passwords.matches(password, me.getPasswordHash())) {
            rechecks.succeeded(me.getId());
            return true;
        }
        boolean last = rechecks.exhausted(me.getId());
        lockouts.recheckFailed(me.getId(), last);
        if (last) {
            // Sessions and tokens have ended: one who signs in again starts with a full allowance.
            rechecks.succeeded(me.getId());
            throw new BusinessException(
                    BusinessException.Kind.TOO_MANY,
                    "too_many_attempts",
                    "password",
                    Words.text("identity.too-many-wrong-passwords"));
        }
        return false;
    }

    /** Closes the signed-in client's account: it can no longer sign in, and its open sessions end. */
    @RolesAllowed(Role.CLIENT_NAME)
    public void closeMine() {
        caller.account().close();
    }

    /**
     * Whether a session, or an API sign-in remembered for a moment, verified at the given instant may
     * go on: the account is still there under that address, not closed, and its password has not
     * changed since.
     */
    @PermitAll
    public boolean open(String email, Instant verifiedAt) {
        // Two columns, not the account and its roles: this runs before every signed-in request.
        return em.createNamedQuery("Account.standing", Object[].class)
                .setParameter("email", Email.normalize(email))
                .getResultStream()
                .findFirst()
                .filter(row -> Account.accepts((Boolean) row[0], (Instant) row[1], verifiedAt))
                .isPresent();
    }

    /**
     * The caller's new password, after the current one. Their other sessions end, on every server;
     * the caller's own goes on (see PageSessions.reverified).
     */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Instant changeMyPassword(String current, String next) {
        Account me = caller.account();
        boolean known = rechecked(current, me);
        Optional<String> weak = PasswordPolicy.standard().problem(next);
        if (known && weak.isPresent()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "weak_password", "newPassword", weak.get());
        }
        List<Problem> problems = new ArrayList<>();
        if (!known) {
            problems.add(new Problem("password", Words.text("identity.that-is-not-your-password")));
        }
        weak.ifPresent(problem -> problems.add(new Problem("newPassword", problem)));
        if (problems.isEmpty() && passwords.matches(next, me.getPasswordHash())) {
            problems.add(new Problem("newPassword", Words.text("identity.choose-a-password-different-from")));
        }
        Checks.throwIfAny(problems);
        Instant now = Instant.now();
        me.changePassword(passwords.hash(next), now);
        changes.fire(new SignInChanged(me.getId(), SignInChanged.What.PASSWORD, me.getEmail(), me.getName(), now));
        audit.record(AuditEvent.Action.PASSWORD_CHANGED, AuditLog.ACCOUNT, me.getId(), me.getId());
        LOG.info(() -> "Account " + me.getId() + " changed its password; its other sessions end");
        return now;
    }

    /** The caller's new address to sign in with, after their password. Their other sessions end. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Account changeMyEmail(String password, String email) {
        Account me = caller.account();
        List<Problem> problems = new ArrayList<>();
        if (!rechecked(password, me)) {
            problems.add(new Problem("password", Words.text("identity.that-is-not-your-password")));
        }
        Email.problem(email).ifPresent(problem -> problems.add(new Problem("email", problem)));
        Checks.throwIfAny(problems);
        String before = me.getEmail();
        if (Email.normalize(email).equals(before)) {
            throw BusinessException.invalid("email", Words.text("identity.that-is-already-your-e"));
        }
        if (findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        Instant now = Instant.now();
        me.changeEmail(email, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DatabaseFailure.duplicate(e)) {
                throw emailTaken();
            }
            throw e;
        }
        changes.fire(new SignInChanged(me.getId(), SignInChanged.What.EMAIL, before, me.getName(), now));
        audit.record(AuditEvent.Action.EMAIL_CHANGED, AuditLog.ACCOUNT, me.getId(), me.getId(), "now " + me.getEmail());
        LOG.info(() -> "Account " + me.getId() + " changed its e-mail address; its other sessions end");
        return me;
    }

    @PermitAll
    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Email.normalize(email))
                .getResultStream()
                .findFirst();
    }

    /** Accounts with a role, by name: for the admin's choices, and for a therapist's client list. */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public List<Account> withRole(Role role) {
        return em.createNamedQuery("Account.withRole", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    @PermitAll
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Several accounts in one query, by id (a page listing many people asks once, not once each). */
    @PermitAll
    public java.util.Map<Long, Account> find(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        // The roles come in the same query (the mapping's outer join): DISTINCT keeps one row an account.
        return em.createQuery("SELECT DISTINCT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(Account::getId, a -> a));
    }

    /** The names of several accounts in one query, by id; an id without an account is not there. */
    @PermitAll
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT a.id, a.name FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Account> list() {
        return em.createNamedQuery("Account.list", Account.class).getResultList();
    }

    static BusinessException emailTaken() {
        return BusinessException.conflict("email_taken", "email", Words.text("identity.an-account-with-this-e"));
    }
}
