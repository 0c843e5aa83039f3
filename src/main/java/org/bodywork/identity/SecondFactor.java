package org.bodywork.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * An account's authenticator-app secret: pending until a first code proves the app has it, then
 * enabled. Remembers the last time step used, so each code works once.
 */
@Entity
@Table(name = "account_mfa")
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected SecondFactor() {}

    SecondFactor(long accountId, Instant now) {
        this.accountId = accountId;
        this.secret = Totp.newSecret();
        this.createdAt = now;
    }

    /** Whether the code is good now and not used before; a good code is then used up. */
    public boolean use(String code, Instant now) {
        OptionalLong step = Totp.match(secret, code, now, lastStep);
        step.ifPresent(s -> lastStep = s);
        return step.isPresent();
    }

    /** Turns it on with a first code from the app; false (and still pending) if the code is wrong. */
    public boolean enable(String code, Instant now) {
        if (enabledAt != null) {
            throw new IllegalStateException("already enabled");
        }
        if (!use(code, now)) {
            return false;
        }
        enabledAt = now;
        return true;
    }

    public boolean isEnabled() {
        return enabledAt != null;
    }

    public String getSecret() {
        return secret;
    }

    public long getAccountId() {
        return accountId;
    }
}
