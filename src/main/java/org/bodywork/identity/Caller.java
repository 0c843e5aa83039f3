package org.bodywork.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;

/**
 * Who is calling: the signed-in account behind the current request, for services to act as or for.
 *
 * <p>A plain CDI bean rather than an EJB, and the account read once per transaction: a page's
 * services asked for it two to four times each, every time through two EJB calls and a query
 * (issue 22). Within one transaction the persistence context would hand back the same managed
 * account anyway, so keeping it for the transaction changes nothing a service sees.
 */
@ApplicationScoped
public class Caller {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    SecurityContext security;

    /** The signed-in account; for the services' methods whose roles let only signed-in people in. */
    public Account account() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(Caller.class) instanceof Account known) {
            return known;
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No one is signed in");
        }
        Account me = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Email.normalize(principal.getName()))
                .getResultStream()
                .findFirst()
                .orElseThrow();
        if (inTransaction) {
            transactions.putResource(Caller.class, me);
        }
        return me;
    }
}
