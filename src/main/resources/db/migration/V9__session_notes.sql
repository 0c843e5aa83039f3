-- Session (SOAP) notes: one per appointment, a draft until signed, then only amended.
CREATE TABLE session_note (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            DATETIME(6)  NOT NULL,
    changed_at            DATETIME(6)  NOT NULL,
    appointment_id        BIGINT       NOT NULL,
    therapist_id          BIGINT       NOT NULL,
    client_id             BIGINT       NOT NULL,
    session_on            DATE         NOT NULL,
    booked_technique      VARCHAR(20)  NOT NULL,
    client_born_on        DATE,
    -- The screening for the session's day, as the therapist saw it when the note was started.
    screening_outcome     VARCHAR(20),
    screening_avoid       VARCHAR(200) NOT NULL DEFAULT '',
    screening_not_allowed VARCHAR(100) NOT NULL DEFAULT '',
    screening_summary     MEDIUMTEXT,
    client_words          MEDIUMTEXT,
    pain_before           INT,
    changes_since         MEDIUMTEXT,
    health_changed        BOOLEAN,
    observations          MEDIUMTEXT,
    palpation             MEDIUMTEXT,
    areas                 VARCHAR(200) NOT NULL DEFAULT '',
    techniques            VARCHAR(100) NOT NULL DEFAULT '',
    pressure              VARCHAR(10),
    minutes               INT,
    response              MEDIUMTEXT,
    pain_after            INT,
    next_steps            MEDIUMTEXT,
    frequency             VARCHAR(200),
    home_care             MEDIUMTEXT,
    referral              MEDIUMTEXT,
    signed_at             DATETIME(6),
    signed_by             VARCHAR(254),
    signed_name           VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT uk_session_note_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_session_note_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_session_note_therapist FOREIGN KEY (therapist_id) REFERENCES account (id),
    CONSTRAINT fk_session_note_client FOREIGN KEY (client_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_session_note_client ON session_note (client_id, session_on);
CREATE INDEX ix_session_note_drafts ON session_note (therapist_id, signed_at, created_at);

-- A technique the screening does not allow, or an area it says to avoid, recorded on purpose.
CREATE TABLE note_override (
    note_id BIGINT       NOT NULL,
    kind    VARCHAR(10)  NOT NULL,
    code    VARCHAR(20)  NOT NULL,
    reason  VARCHAR(500) NOT NULL,
    PRIMARY KEY (note_id, kind, code),
    CONSTRAINT fk_note_override_note FOREIGN KEY (note_id) REFERENCES session_note (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Corrections to a signed note: insert-only, shown under the original.
CREATE TABLE note_amendment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    created_at DATETIME(6)  NOT NULL,
    note_id    BIGINT       NOT NULL,
    text       MEDIUMTEXT   NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    by_email   VARCHAR(254) NOT NULL,
    by_name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_note_amendment_note FOREIGN KEY (note_id) REFERENCES session_note (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_note_amendment_note ON note_amendment (note_id, created_at);
