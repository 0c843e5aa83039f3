-- On MySQL and MariaDB this version adds triggers that refuse changes to signed notes and any
-- deletion of notes (see ../mysql/). H2 only holds the throwaway demo database, so it gets none;
-- the application's own rules (SessionNote) still refuse every such change.
SELECT 1;
