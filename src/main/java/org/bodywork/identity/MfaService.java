package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two-step sign-in with an authenticator app: setting it up (after the password again), turning it
 * off (likewise), and checking the second step at sign-in. Therapists and admins must have it
 * ({@code BODYWORK_MFA_REQUIRED_ROLES}) except on the demo; clients may.
 */
@Stateless
public class MfaService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "bodywork.practice-name", defaultValue = "Bodywork")
    String issuer;

    @Inject
    @ConfigProperty(name = "bodywork.mfa.required-roles", defaultValue = "THERAPIST,ADMIN")
    String requiredRoles;

    /** Where an account stands: on, being set up (with the secret and its QR code), or off. */
    public record Status(boolean enabled, boolean required, String secret, String qr, long codesLeft) {
        public boolean pending() {
            return !enabled && secret != null;
        }
    }

    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Status status() {
        Account me = caller.account();
        SecondFactor factor = em.find(SecondFactor.class, me.getId());
        boolean required = requiredFor(me.roleNames());
        if (factor == null) {
            return new Status(false, required, null, null, 0);
        }
        if (factor.isEnabled()) {
            long left = em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
                    .setParameter("account", me.getId())
                    .getResultList()
                    .size();
            return new Status(true, required, null, null, left);
        }
        return new Status(false, required, factor.getSecret(), Totp.qr(factor.getSecret(), issuer, me.getEmail()), 0);
    }

    /** Makes a new secret for the app, after the password again; the old pending one is dropped. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Status start(String password) {
        Account me = reauthenticated(password);
        SecondFactor factor = em.find(SecondFactor.class, me.getId());
        if (factor != null && factor.isEnabled()) {
            throw BusinessException.conflict("mfa_on", null, Words.text("identity.two-step-sign-in-is"));
        }
        if (factor != null) {
            em.remove(factor);
            em.flush();
        }
        em.persist(new SecondFactor(me.getId(), Instant.now()));
        return status();
    }

    /** Turns it on with the app's first code; answers the recovery codes, shown this once. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<String> confirm(String code) {
        Account me = caller.account();
        SecondFactor factor = em.find(SecondFactor.class, me.getId());
        if (factor == null || factor.isEnabled()) {
            throw BusinessException.conflict(
                    "mfa_not_started", null, Words.text("identity.start-again-give-your-password"));
        }
        if (!factor.enable(code, Instant.now())) {
            throw BusinessException.invalid("code", Words.text("identity.that-code-is-not-right"));
        }
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :account")
                .setParameter("account", me.getId())
                .executeUpdate();
        List<String> codes = RecoveryCode.fresh();
        codes.forEach(c -> em.persist(new RecoveryCode(me.getId(), c)));
        audit.record(AuditEvent.Action.MFA_ENABLED, AuditLog.ACCOUNT, me.getId(), me.getId());
        return codes;
    }

    /** Turns it off, after the password again. Required roles are asked to set it up anew. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public void disable(String password) {
        Account me = reauthenticated(password);
        drop(me.getId());
        audit.record(AuditEvent.Action.MFA_DISABLED, AuditLog.ACCOUNT, me.getId(), me.getId());
    }

    /**
     * An admin resets someone's two-step sign-in who has lost their authenticator and their
     * recovery codes (issue 23, M5): the secret and the codes go, every session and token of the
     * account ends, and one whose role requires it sets it up again at the next sign-in. Audited.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Account resetFor(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw BusinessException.notFound("no_account", Words.text("identity.there-is-no-such-account"));
        }
        if (account.getId().equals(caller.account().getId())) {
            throw BusinessException.refused("own_account", Words.text("identity.another-admin-resets-your-own"));
        }
        drop(accountId);
        account.endSessions(java.time.Instant.now());
        audit.record(AuditEvent.Action.MFA_DISABLED, AuditLog.ACCOUNT, accountId, accountId, "reset by an admin");
        return account;
    }

    /** The account's secret and recovery codes go. */
    private void drop(long accountId) {
        SecondFactor factor = em.find(SecondFactor.class, accountId);
        if (factor != null) {
            em.remove(factor);
        }
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    @PermitAll
    public boolean enabledFor(String email) {
        return accounts.findByEmail(email)
                .map(a -> em.find(SecondFactor.class, a.getId()))
                .map(SecondFactor::isEnabled)
                .orElse(false);
    }

    /** Whether accounts with these roles must pass a second step; never on the demo, so staff can look around. */
    @PermitAll
    public boolean requiredFor(Set<String> roles) {
        return !database.demo()
                && Arrays.stream(requiredRoles.split(",")).map(String::strip).anyMatch(roles::contains);
    }

    /**
     * The second step of signing in: a code from the app (each works once) or an unused recovery
     * code (then used up).
     */
    @PermitAll
    public boolean verify(String email, String code) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty() || code == null || code.isBlank()) {
            return false;
        }
        SecondFactor factor = em.find(SecondFactor.class, account.get().getId());
        if (factor == null || !factor.isEnabled()) {
            return false;
        }
        Instant now = Instant.now();
        if (factor.use(code, now)) {
            return true;
        }
        for (RecoveryCode r : em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
                .setParameter("account", account.get().getId())
                .getResultList()) {
            if (r.matches(code)) {
                r.use(now);
                return true;
            }
        }
        return false;
    }

    private Account reauthenticated(String password) {
        return accounts.reauthenticated(password);
    }
}
