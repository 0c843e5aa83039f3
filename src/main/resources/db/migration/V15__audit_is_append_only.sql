-- The audit log is append-only: the database refuses any change or deletion of an entry, whatever
-- runs the statement. The application has no update or delete path either.
DELIMITER //
CREATE TRIGGER audit_event_is_final BEFORE UPDATE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries are never changed';
END//
CREATE TRIGGER audit_event_kept BEFORE DELETE ON audit_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries are never deleted';
END//
DELIMITER ;
