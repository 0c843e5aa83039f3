-- On MySQL and MariaDB this version adds triggers that refuse any change or deletion of an audit
-- entry (see ../mysql/). H2 only holds the throwaway demo database; the application has no update
-- or delete path for audit entries anyway.
SELECT 1;
