-- A client's half-filled intake form, saved at every step so it can be resumed. One per client;
-- sending the form removes it.
CREATE TABLE intake_draft (
    client_id  BIGINT      NOT NULL,
    step       INT         NOT NULL,
    data       MEDIUMTEXT  NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (client_id),
    CONSTRAINT fk_intake_draft_client FOREIGN KEY (client_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
