-- Sign-in, second-step and re-check failures counted in the database, so that every server of a
-- cluster counts the same attempts (issue 23, M1). A key is a throttle's name and what it counts
-- (an e-mail address, an account, a network); rows expire and are pruned as they are used.
CREATE TABLE throttle (
    throttle_key  VARCHAR(320) NOT NULL,
    failures      INT          NOT NULL,
    first_at      DATETIME(6)  NOT NULL,
    blocked_until DATETIME(6)  NULL,
    PRIMARY KEY (throttle_key)
);
