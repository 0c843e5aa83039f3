package org.bodywork.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link that confirms an address, kept as its token's SHA-256; good once, for the address it was sent to. */
@Entity
@Table(name = "email_confirmation")
@NamedQuery(
        name = "EmailConfirmation.ofAccount",
        query = "DELETE FROM EmailConfirmation c WHERE c.accountId = :account")
public class EmailConfirmation {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String email;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected EmailConfirmation() {}

    EmailConfirmation(String token, Account account, Instant expiresAt) {
        this.tokenHash = ApiToken.hash(token);
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.expiresAt = expiresAt;
    }

    /** Whether it confirms its account's address now: not expired, and the address not changed since. */
    boolean confirms(Account account, Instant now) {
        return account.getEmail().equals(email) && now.isBefore(expiresAt);
    }

    long accountId() {
        return accountId;
    }
}
