package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * An account's address is confirmed by a link sent to it (issue 23, M4) before the account can book
 * or send a health form: so nobody books in someone else's name, or sends the practice's e-mails
 * to an address that is not theirs. A link is good for 48 hours, once.
 */
@Stateless
public class EmailConfirmations {

    private static final Logger LOG = Logger.getLogger(EmailConfirmations.class.getName());

    static final Duration VALID = Duration.ofHours(48);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<AddressCheck> mails;

    /** A new link for the account's address, and the ones before it void. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Account account) {
        em.createNamedQuery("EmailConfirmation.ofAccount")
                .setParameter("account", account.getId())
                .executeUpdate();
        String token = ApiToken.fresh().substring(3);
        Instant until = Instant.now().plus(VALID);
        em.persist(new EmailConfirmation(token, account, until));
        mails.fire(new AddressCheck(
                account.getId(), AddressCheck.What.CONFIRM, account.getEmail(), account.getName(), token, until));
    }

    /** Someone registered with this account's address: its owner is told, the one registering is not. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void alreadyRegistered(Account account) {
        mails.fire(new AddressCheck(
                account.getId(),
                AddressCheck.What.ALREADY_REGISTERED,
                account.getEmail(),
                account.getName(),
                null,
                Instant.now()));
    }

    /** Confirms the address the link was sent to; the account, or empty for a link that is unknown, used or old. */
    @PermitAll
    public Optional<Account> confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        EmailConfirmation link = em.find(EmailConfirmation.class, ApiToken.hash(token.strip()));
        if (link == null) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, link.accountId());
        Instant now = Instant.now();
        if (account == null || !link.confirms(account, now)) {
            em.remove(link);
            return Optional.empty();
        }
        account.confirmEmail(now);
        em.createNamedQuery("EmailConfirmation.ofAccount")
                .setParameter("account", account.getId())
                .executeUpdate();
        LOG.info(() -> "Account " + account.getId() + " confirmed its e-mail address");
        return Optional.of(account);
    }

    /** The signed-in person asks for the link again. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public void resend() {
        Account me = caller.account();
        if (!me.isEmailConfirmed()) {
            send(me);
        }
    }
}
