-- Intake versions: every submission is a new row, kept forever, screened when submitted.
CREATE TABLE intake_version (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    changed_at          DATETIME(6)  NOT NULL,
    client_id           BIGINT       NOT NULL,
    number              INT          NOT NULL,
    form_version        VARCHAR(20)  NOT NULL,
    answers             MEDIUMTEXT   NOT NULL,
    details             MEDIUMTEXT   NOT NULL,
    consent_treatment   BOOLEAN      NOT NULL,
    consent_health_data BOOLEAN      NOT NULL,
    consented_at        DATETIME(6)  NOT NULL,
    guardian_name       VARCHAR(100),
    assessed_on         DATE         NOT NULL,
    outcome             VARCHAR(20)  NOT NULL,
    rule_set_version    VARCHAR(40)  NOT NULL,
    result              MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_intake_version_number UNIQUE (client_id, number),
    CONSTRAINT fk_intake_version_client FOREIGN KEY (client_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who read or changed which health record, when and from where. The application only inserts.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    record_type VARCHAR(40)  NOT NULL,
    record_id   BIGINT,
    subject_id  BIGINT,
    address     VARCHAR(64),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_subject ON audit_event (subject_id, at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, at);
