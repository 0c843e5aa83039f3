-- Two-step sign-in: an authenticator app's secret (TOTP, RFC 6238) per account, enabled once the
-- person has typed a first code, and the last time step used, so no code works twice. Recovery codes
-- are stored as SHA-256 hashes (they are random, not chosen, so a slow hash adds nothing) and used once.
CREATE TABLE account_mfa (
    account_id BIGINT      NOT NULL,
    secret     VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    enabled_at DATETIME(6) NULL,
    last_step  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_account_mfa_account FOREIGN KEY (account_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recovery_code_account ON recovery_code (account_id);
