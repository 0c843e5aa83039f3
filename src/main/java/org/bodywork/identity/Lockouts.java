package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;

/**
 * What follows too many wrong secrets (issue 23, M2 and M3), kept whatever happens to the request
 * that tried them: each wrong password re-check is audited; the one that reaches the limit ends the
 * account's sessions and API tokens; either lock tells the owner by e-mail.
 */
@Stateless
@PermitAll
public class Lockouts {

    private static final Logger LOG = Logger.getLogger(Lockouts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<SecurityAlert> alerts;

    /** How far back a sign-in's network counts as one the account has used. */
    static final java.time.Duration KNOWN_FOR = java.time.Duration.ofDays(90);

    /**
     * Before a sign-in is recorded: if the account has signed in before, but not from this network
     * for 90 days, its owner is told (issue 23, review: notifications of a new sign-in). A first
     * sign-in tells nobody; nor one from an address not known (no request).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signingIn(Account account, String address) {
        if (address == null) {
            return;
        }
        Instant now = Instant.now();
        java.util.List<String> before = em.createQuery(
                        "SELECT DISTINCT e.address FROM AuditEvent e WHERE e.actorId = :account"
                                + " AND e.action = :signIn AND e.at > :since",
                        String.class)
                .setParameter("account", account.getId())
                .setParameter("signIn", AuditEvent.Action.SIGN_IN)
                .setParameter("since", now.minus(KNOWN_FOR))
                .getResultList();
        String network = org.bodywork.shared.ClientAddress.network(address);
        if (!before.isEmpty()
                && before.stream()
                        .map(org.bodywork.shared.ClientAddress::network)
                        .noneMatch(network::equals)) {
            alerts.fire(new SecurityAlert(
                    account.getId(), SecurityAlert.What.NEW_SIGN_IN, account.getEmail(), account.getName(), now));
        }
    }

    /** A wrong password where a signed-in person was asked for it again; {@code locked}: the last allowed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recheckFailed(long accountId, boolean locked) {
        Account account = em.find(Account.class, accountId);
        audit.record(AuditEvent.Action.REAUTH_FAILED, AuditLog.ACCOUNT, accountId, accountId);
        if (account == null || !locked) {
            return;
        }
        Instant now = Instant.now();
        account.endSessions(now);
        audit.record(AuditEvent.Action.REAUTH_LOCKED, AuditLog.ACCOUNT, accountId, accountId);
        alerts.fire(new SecurityAlert(
                accountId, SecurityAlert.What.PASSWORD_GUESSED, account.getEmail(), account.getName(), now));
        LOG.warning(
                () -> "Account " + accountId + ": too many wrong passwords asked again; its sessions and tokens end");
    }

    /** The second step of an account locked after too many wrong codes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void secondStepLocked(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return;
        }
        alerts.fire(new SecurityAlert(
                accountId, SecurityAlert.What.CODES_GUESSED, account.getEmail(), account.getName(), Instant.now()));
        LOG.warning(() -> "Account " + accountId + ": right password, then too many wrong codes; second step locked");
    }
}
