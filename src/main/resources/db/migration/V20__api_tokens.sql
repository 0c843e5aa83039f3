-- Tokens for the API, so that an account with two-step sign-in uses the API without sending its
-- password alone: made with the password and a code, sent as "Authorization: Bearer ...". Only a
-- SHA-256 hash is kept (the token is 256 random bits, so a slow hash adds nothing).
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(60)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_account ON api_token (account_id);
