-- Sessions signed in before this instant are over, on every server: set when the password or the
-- e-mail address changes, so that whoever is signed in elsewhere (perhaps the thief who made the
-- change necessary) is signed out.
ALTER TABLE account ADD COLUMN sessions_from DATETIME(6) NULL;
