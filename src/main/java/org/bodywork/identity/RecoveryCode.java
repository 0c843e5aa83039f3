package org.bodywork.identity;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A single-use code for signing in without the phone. Only its hash is kept: the person sees the
 * codes once, when they are made. They are random (80 bits), so SHA-256 is enough.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
        name = "RecoveryCode.unused",
        query = "SELECT r FROM RecoveryCode r WHERE r.accountId = :account AND r.usedAt IS NULL")
@NamedQuery(name = "RecoveryCode.ofAccount", query = "SELECT r FROM RecoveryCode r WHERE r.accountId = :account")
public class RecoveryCode {

    static final int COUNT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long accountId, String code) {
        this.accountId = accountId;
        this.codeHash = hash(code);
    }

    /** Ten new codes, like "abcd-efgh-ijkl-mnop", to show once. */
    static List<String> fresh() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    /** Whether a typed code is this one, however it was spaced or capitalised. */
    boolean matches(String typed) {
        return typed != null
                && MessageDigest.isEqual(
                        hash(typed).getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII));
    }

    void use(Instant now) {
        usedAt = now;
    }

    static String hash(String code) {
        return ApiToken.hash(code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
    }
}
