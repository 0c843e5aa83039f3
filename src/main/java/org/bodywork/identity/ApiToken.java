package org.bodywork.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A key for the API, made after the password and (with two-step sign-in) a code: what an account
 * with two-step sign-in sends instead of its password. Shown once; only its hash is kept. It ends
 * when it expires, when it is revoked, and when the account's password or e-mail changes.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = "ApiToken.ofAccount",
        query = "SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    static final Duration LIFETIME = Duration.ofDays(90);
    static final String PREFIX = "bw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long accountId, String name, String token, Instant now) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = hash(token);
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** A new token's secret: "bw_" and 256 random bits. */
    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Noted at most once an hour, so that busy API clients do not write on every call. */
    boolean used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(Duration.ofHours(1)))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
