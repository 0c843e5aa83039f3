-- Whether a client wants a reminder before each appointment; confirmations are always sent.
ALTER TABLE account ADD COLUMN reminders BOOLEAN NOT NULL DEFAULT TRUE;
