-- The audit log names who acted by their account's number as well as by the e-mail address they had
-- then (issue 23, M8): an address can change, or be given up and registered by someone else.
ALTER TABLE audit_event ADD COLUMN actor_id BIGINT NULL;
CREATE INDEX ix_audit_event_actor_id ON audit_event (actor_id, at);
