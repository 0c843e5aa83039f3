-- Sign-ins and refusals are audited too: they name no record, so what was tried goes in detail
-- (e.g. "GET /api/v1/admin/outbox"). Admins search the log by record and by date.
ALTER TABLE audit_event ADD COLUMN detail VARCHAR(255) NULL;
CREATE INDEX ix_audit_event_record ON audit_event (record_type, record_id, at);
CREATE INDEX ix_audit_event_at ON audit_event (at);
