-- Therapists' qualifications and insurance, each verified by an admin before it counts.
CREATE TABLE qualification (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    therapist_id  BIGINT       NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    awarding_body VARCHAR(200) NOT NULL,
    level         VARCHAR(40)  NOT NULL,
    ofqual_number VARCHAR(12),
    awarded_on    DATE         NOT NULL,
    expires_on    DATE,
    techniques    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_qualification_therapist FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_qualification_therapist ON qualification (therapist_id);
CREATE INDEX ix_qualification_status ON qualification (status, created_at);

CREATE TABLE insurance (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    therapist_id  BIGINT       NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    insurer       VARCHAR(200) NOT NULL,
    policy_number VARCHAR(80)  NOT NULL,
    cover_pounds  BIGINT       NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_insurance_therapist FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_insurance_therapist ON insurance (therapist_id);
CREATE INDEX ix_insurance_status ON insurance (status, created_at);

-- Evidence files of qualifications and insurance.
CREATE TABLE evidence_file (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    created_at DATETIME(6)  NOT NULL,
    owner_type VARCHAR(20)  NOT NULL,
    owner_id   BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    media_type VARCHAR(40)  NOT NULL,
    bytes      MEDIUMBLOB   NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evidence_file_owner ON evidence_file (owner_type, owner_id);

-- Every verification decision: who decided what about which record, when and why. Never changed.
CREATE TABLE verification_decision (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    at           DATETIME(6)   NOT NULL,
    record_type  VARCHAR(20)   NOT NULL,
    record_id    BIGINT        NOT NULL,
    therapist_id BIGINT        NOT NULL,
    decision     VARCHAR(12)   NOT NULL,
    reason       VARCHAR(1000),
    decided_by   VARCHAR(254)  NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_verification_decision_record ON verification_decision (record_type, record_id);
