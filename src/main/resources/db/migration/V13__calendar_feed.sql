-- A therapist's private calendar subscription: a random token in the URL; a new one revokes the old.
CREATE TABLE calendar_feed (
    therapist_id BIGINT      NOT NULL,
    token        VARCHAR(64) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (therapist_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_therapist FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
