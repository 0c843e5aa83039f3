-- An admin decides on the version of a record they saw (issue 23, M6): the decision keeps that
-- version and what the record and its files said then. Empty for decisions made before.
ALTER TABLE verification_decision
    ADD COLUMN record_version BIGINT NULL,
    ADD COLUMN seen TEXT NULL;
