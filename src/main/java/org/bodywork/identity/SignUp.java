package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.DatabaseFailure;

/**
 * Opening an account: a client or therapist registering themselves, whose address a link then
 * confirms, and an admin made by an admin or by the configuration, whose address needs none.
 */
@Stateless
public class SignUp {

    private static final Logger LOG = Logger.getLogger(SignUp.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    EmailConfirmations confirmations;

    /**
     * Anyone may register as a client; the account, or empty when the address has one already (its
     * owner is e-mailed instead: the answer is the same either way, issue 23, M4).
     */
    @PermitAll
    public Optional<Account> registerClient(NewAccount account) {
        return selfRegister(account, Role.CLIENT);
    }

    /** Anyone may register as a therapist; nobody can book them until an admin verifies them. */
    @PermitAll
    public Optional<Account> registerTherapist(NewAccount account) {
        return selfRegister(account, Role.THERAPIST);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account createAdmin(NewAccount account) {
        return confirmed(register(account, Role.ADMIN));
    }

    /** Creates the configured first admin, only while there is no admin at all. */
    @PermitAll
    public Optional<Account> bootstrapAdmin(NewAccount account) {
        long admins = em.createNamedQuery("Account.countByRole", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        return admins > 0 ? Optional.empty() : Optional.of(confirmed(register(account, Role.ADMIN)));
    }

    /** An address the practice itself set: it needs no link. */
    private static Account confirmed(Account account) {
        account.confirmEmail(Instant.now());
        return account;
    }

    private Optional<Account> selfRegister(NewAccount request, Role role) {
        request.validate();
        Optional<Account> taken = accounts.findByEmail(request.email());
        if (taken.isEmpty()) {
            try {
                Account account = register(request, role);
                confirmations.send(account);
                return Optional.of(account);
            } catch (BusinessException raced) {
                taken = accounts.findByEmail(request.email());
            }
        } else {
            // The work of a new account, so that the time taken tells nothing either.
            passwords.hash(request.password());
        }
        taken.ifPresent(confirmations::alreadyRegistered);
        return Optional.empty();
    }

    private Account register(NewAccount request, Role role) {
        request.validate();
        if (accounts.findByEmail(request.email()).isPresent()) {
            throw AccountService.emailTaken();
        }
        Account account = new Account(request.email(), request.name(), passwords.hash(request.password()), role);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (DatabaseFailure.duplicate(e)) {
                // Two registrations raced past the check above: the unique key decided.
                throw AccountService.emailTaken();
            }
            throw e;
        }
        LOG.info(() -> "Registered " + role + " account " + account.getId());
        return account;
    }
}
