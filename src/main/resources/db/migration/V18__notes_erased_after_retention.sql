-- V10 refuses every deletion of a session note, override or amendment. The one exception is the law's:
-- a client asked to be erased and the retention period of their clinical records has ended
-- (erasure_request HELD with held_until before today). Nothing else, whatever runs the statement,
-- can delete a clinical record.
DROP TRIGGER IF EXISTS session_note_kept;
DROP TRIGGER IF EXISTS note_override_signed_is_final;
DROP TRIGGER IF EXISTS note_amendment_kept;
DELIMITER //
CREATE TRIGGER session_note_kept BEFORE DELETE ON session_note FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM erasure_request e
                   WHERE e.client_id = OLD.client_id AND e.status = 'HELD' AND e.held_until < CURRENT_DATE) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Session notes are kept, never deleted';
    END IF;
END//
CREATE TRIGGER note_override_signed_is_final BEFORE DELETE ON note_override FOR EACH ROW
BEGIN
    IF (SELECT signed_at FROM session_note WHERE id = OLD.note_id) IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM erasure_request e JOIN session_note n ON n.client_id = e.client_id
                            WHERE n.id = OLD.note_id AND e.status = 'HELD' AND e.held_until < CURRENT_DATE) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed note''s overrides are never changed';
    END IF;
END//
CREATE TRIGGER note_amendment_kept BEFORE DELETE ON note_amendment FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM erasure_request e JOIN session_note n ON n.client_id = e.client_id
                   WHERE n.id = OLD.note_id AND e.status = 'HELD' AND e.held_until < CURRENT_DATE) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Amendments are kept, never deleted';
    END IF;
END//
DELIMITER ;
