-- What a therapist tells clients about themselves, and what they keep private (contact details).
CREATE TABLE therapist_profile (
    therapist_id      BIGINT        NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    public_name       VARCHAR(100)  NOT NULL,
    bio               VARCHAR(1000),
    techniques        VARCHAR(100)  NOT NULL,
    phone             VARCHAR(40),
    contact_email     VARCHAR(254),
    first_aid_on      DATE,
    first_aid_expires DATE,
    PRIMARY KEY (therapist_id),
    CONSTRAINT fk_therapist_profile_account FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE register_membership (
    therapist_id BIGINT      NOT NULL,
    register     VARCHAR(60) NOT NULL,
    number       VARCHAR(40) NOT NULL,
    CONSTRAINT fk_register_membership_profile FOREIGN KEY (therapist_id) REFERENCES therapist_profile (therapist_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_register_membership_therapist ON register_membership (therapist_id);

-- Profile photos apart from profiles, so listing profiles never reads image bytes.
CREATE TABLE profile_photo (
    therapist_id BIGINT      NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    media_type   VARCHAR(40) NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (therapist_id),
    CONSTRAINT fk_profile_photo_account FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
