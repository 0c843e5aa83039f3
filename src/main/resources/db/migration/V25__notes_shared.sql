-- A client's notes are read by the therapist who wrote them; another therapist in their care reads
-- them only once the client agrees (issue 23, M5). Off for everyone until they say so.
ALTER TABLE account ADD COLUMN shares_notes BOOLEAN NOT NULL DEFAULT FALSE;
