-- Outgoing e-mail, written in the same transaction as the change that causes it and sent later by
-- the sender, which claims rows so that two servers never send the same one.
CREATE TABLE outbox (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    created_at  DATETIME(6)  NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    dedupe_key  VARCHAR(200) NOT NULL,
    recipient   VARCHAR(254) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    text_body   MEDIUMTEXT   NOT NULL,
    html_body   MEDIUMTEXT   NOT NULL,
    ics         MEDIUMTEXT,
    status      VARCHAR(10)  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    not_before  DATETIME(6)  NOT NULL,
    claimed_by  VARCHAR(40),
    claimed_at  DATETIME(6),
    sent_at     DATETIME(6),
    last_error  VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_dedupe UNIQUE (dedupe_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_due ON outbox (status, not_before);
CREATE INDEX ix_outbox_claim ON outbox (claimed_by);
