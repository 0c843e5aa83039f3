-- On MySQL and MariaDB this version lets the note triggers of V10 allow one deletion: a client's
-- notes once their erasure request's retention has ended (see ../mysql/). H2 has no such triggers.
SELECT 1;
