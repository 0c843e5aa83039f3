-- A client's request to be forgotten (UK GDPR article 17). One per client: the account is closed
-- when it is made, so there is no second. due_on is one month after the request (article 12(3)).
-- A client who was treated has clinical records the practice must keep: the request is then HELD
-- until held_until, the last day of retention, and the nightly job erases them the day after.
CREATE TABLE erasure_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    client_id      BIGINT       NOT NULL,
    requested_on   DATE         NOT NULL,
    due_on         DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    held_until     DATE         NULL,
    carried_out_at DATETIME(6)  NULL,
    carried_out_by VARCHAR(254) NULL,
    erased_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_erasure_request_client UNIQUE (client_id),
    CONSTRAINT fk_erasure_request_client FOREIGN KEY (client_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_request_status ON erasure_request (status, due_on);
