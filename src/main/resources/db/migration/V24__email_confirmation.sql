-- An e-mail address is confirmed by a link sent to it before its account can book or send a health
-- form (issue 23, M4). Accounts made before this were in use already: they count as confirmed.
ALTER TABLE account ADD COLUMN email_confirmed_at DATETIME(6) NULL;
UPDATE account SET email_confirmed_at = changed_at;

-- A link's token is kept as its SHA-256 only; it confirms the address it was sent to, once, until it expires.
CREATE TABLE email_confirmation (
    token_hash  CHAR(64)     NOT NULL,
    account_id  BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_email_confirmation_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_email_confirmation_account ON email_confirmation (account_id);
