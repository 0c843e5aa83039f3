-- The practice's tuned screening values. Rows are never changed: tuning adds a row, and the newest
-- row is the rule set in force. No row means the reference values.
CREATE TABLE rule_set (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    version                  BIGINT       NOT NULL DEFAULT 0,
    created_at               DATETIME(6)  NOT NULL,
    changed_at               DATETIME(6)  NOT NULL,
    label                    VARCHAR(40)  NOT NULL,
    created_by               VARCHAR(254) NOT NULL,
    surgery_postpone_days    INT          NOT NULL,
    surgery_clearance_months INT          NOT NULL,
    surgery_caution_years    INT          NOT NULL,
    fracture_days            INT          NOT NULL,
    back_pain_days           INT          NOT NULL,
    pregnancy_weeks          INT          NOT NULL,
    clearance_months         INT          NOT NULL,
    intake_months            INT          NOT NULL,
    first_trimester          VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rule_set_label UNIQUE (label)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
