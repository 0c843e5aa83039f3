package org.bodywork.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Passwords;
import org.bodywork.identity.Role;
import org.bodywork.shared.Database;

/** The demo's people, for the demo database only. */
@Stateless
@PermitAll
public class DemoAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    Database database;

    /**
     * Creates the demo accounts that are missing, all with one password hashed once (a hash costs a
     * tenth of a second, and the load test's practice has thousands). Refuses on a real database
     * unless bodywork.demo-data says so, so demo accounts never reach a practice by accident.
     */
    public int seed(List<DemoAccount> demo, String password) {
        database.requireDemo("Demo accounts");
        String hash = passwords.hash(password);
        int created = 0;
        for (DemoAccount d : demo) {
            if (accounts.findByEmail(d.email()).isEmpty()) {
                Account account = new Account(d.email(), d.name(), hash, d.role());
                account.confirmEmail(java.time.Instant.now());
                em.persist(account);
                created++;
            }
        }
        return created;
    }

    /**
     * Gives the demo accounts kept from an earlier start this start's password (issue 23: a demo
     * password is made at each start unless one is configured), hashed once.
     */
    public void repassword(List<DemoAccount> demo, String password) {
        database.requireDemo("Demo passwords");
        em.createQuery("UPDATE Account a SET a.passwordHash = :hash WHERE a.email IN :emails")
                .setParameter("hash", passwords.hash(password))
                .setParameter("emails", demo.stream().map(DemoAccount::email).toList())
                .executeUpdate();
    }

    /** One demo account: who, and as what. */
    public record DemoAccount(String email, String name, Role role) {}
}
