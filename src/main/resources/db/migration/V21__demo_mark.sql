-- The demo marks the database it fills (issue 23): demo accounts go only into a database that held
-- nothing when the demo first started, or that the demo marked then; one row at most.
CREATE TABLE demo_mark (
    id TINYINT NOT NULL,
    marked_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);
