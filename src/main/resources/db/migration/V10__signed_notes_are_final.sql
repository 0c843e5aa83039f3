-- The database itself refuses to change a signed note, or to delete any note or amendment, so no
-- code path, script or slip at a console can rewrite a clinical record. Corrections are amendments.
-- MariaDB runs the same script. H2, the demo database, has no such triggers.
DELIMITER //
CREATE TRIGGER session_note_signed_is_final BEFORE UPDATE ON session_note FOR EACH ROW
BEGIN
    IF OLD.signed_at IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed session note is never changed: add an amendment';
    END IF;
END//
CREATE TRIGGER session_note_kept BEFORE DELETE ON session_note FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Session notes are kept, never deleted';
END//
CREATE TRIGGER note_override_signed_is_final BEFORE DELETE ON note_override FOR EACH ROW
BEGIN
    IF (SELECT signed_at FROM session_note WHERE id = OLD.note_id) IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A signed note''s overrides are never changed';
    END IF;
END//
CREATE TRIGGER note_amendment_is_final BEFORE UPDATE ON note_amendment FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An amendment is never changed: add another';
END//
CREATE TRIGGER note_amendment_kept BEFORE DELETE ON note_amendment FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Amendments are kept, never deleted';
END//
DELIMITER ;
