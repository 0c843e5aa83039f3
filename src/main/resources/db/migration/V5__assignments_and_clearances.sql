-- Which therapist looks after which client. Until bookings exist, an admin assigns; a therapist
-- reads the health records of assigned clients only.
CREATE TABLE care_assignment (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    created_at   DATETIME(6) NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    therapist_id BIGINT      NOT NULL,
    client_id    BIGINT      NOT NULL,
    assigned_by  VARCHAR(254) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_care_assignment UNIQUE (therapist_id, client_id),
    CONSTRAINT fk_care_assignment_therapist FOREIGN KEY (therapist_id) REFERENCES account (id),
    CONSTRAINT fk_care_assignment_client FOREIGN KEY (client_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_care_assignment_client ON care_assignment (client_id);

-- A GP's (or other clinician's) written clearance of one screening flag, with the letter itself.
CREATE TABLE clearance (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    client_id     BIGINT       NOT NULL,
    flag_key      VARCHAR(80)  NOT NULL,
    clinician     VARCHAR(100) NOT NULL,
    letter_date   DATE         NOT NULL,
    expires_on    DATE         NOT NULL,
    recorded_by   VARCHAR(254) NOT NULL,
    evidence_name VARCHAR(200) NOT NULL,
    evidence_type VARCHAR(40)  NOT NULL,
    evidence      MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_clearance_client FOREIGN KEY (client_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_clearance_client ON clearance (client_id, expires_on);
