-- The practice's menu: what clients can book, for how long, at what price, with the room turnover
-- after it. Services are retired (active = false), never deleted: appointments refer to them.
CREATE TABLE service (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    technique      VARCHAR(20)  NOT NULL,
    minutes        INT          NOT NULL,
    price_pence    INT          NOT NULL,
    buffer_minutes INT          NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_service_name UNIQUE (name)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The practice's booking rules: one row, its defaults those a small practice starts with.
CREATE TABLE booking_rules (
    id             BIGINT      NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    notice_hours   INT         NOT NULL,
    horizon_days   INT         NOT NULL,
    step_minutes   INT         NOT NULL,
    cutoff_hours   INT         NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO booking_rules (id, version, created_at, changed_at, notice_hours, horizon_days, step_minutes, cutoff_hours)
VALUES (1, 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 12, 56, 15, 24);

-- A therapist's week, on the practice's wall clock: working ranges and breaks, several a day.
-- day_of_week is ISO: 1 = Monday.
CREATE TABLE working_hours (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    created_at   DATETIME(6) NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    therapist_id BIGINT      NOT NULL,
    day_of_week  INT         NOT NULL,
    starts       TIME        NOT NULL,
    ends         TIME        NOT NULL,
    is_break     BOOLEAN     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_working_hours_therapist FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_working_hours_therapist ON working_hours (therapist_id);

-- A dated change to the week: time off (working = false) or extra hours; no times means all day.
CREATE TABLE availability_exception (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    therapist_id BIGINT       NOT NULL,
    on_day       DATE         NOT NULL,
    starts       TIME,
    ends         TIME,
    working      BOOLEAN      NOT NULL,
    note         VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_availability_exception_therapist FOREIGN KEY (therapist_id) REFERENCES account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_availability_exception_therapist ON availability_exception (therapist_id, on_day);

-- Appointments. busy_until is the end plus the service's buffer: the therapist's time it takes.
-- No two active appointments of one therapist overlap: booking locks the therapist's account row
-- and checks (therapist_id, starts_at < :to AND busy_until > :from) on the index below before it
-- inserts, so concurrent requests on any number of servers queue on the database.
CREATE TABLE appointment (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    created_at   DATETIME(6) NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    therapist_id BIGINT      NOT NULL,
    client_id    BIGINT      NOT NULL,
    service_id   BIGINT      NOT NULL,
    technique    VARCHAR(20) NOT NULL,
    starts_at    DATETIME(6) NOT NULL,
    ends_at      DATETIME(6) NOT NULL,
    busy_until   DATETIME(6) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_therapist FOREIGN KEY (therapist_id) REFERENCES account (id),
    CONSTRAINT fk_appointment_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT fk_appointment_service FOREIGN KEY (service_id) REFERENCES service (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appointment_therapist ON appointment (therapist_id, starts_at, busy_until);
CREATE INDEX ix_appointment_client ON appointment (client_id, starts_at, ends_at);
CREATE INDEX ix_appointment_starts ON appointment (starts_at);

-- Every change to an appointment, insert-only: who, when, from what to what.
CREATE TABLE appointment_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    created_at     DATETIME(6)  NOT NULL,
    appointment_id BIGINT       NOT NULL,
    changed_by     VARCHAR(254) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)  NOT NULL,
    from_start     DATETIME(6),
    to_start       DATETIME(6)  NOT NULL,
    reason         VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_change_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_appointment_change_appointment ON appointment_change (appointment_id, created_at);
