-- Nothing to change here: timestamps are a native type on this backend. On SQLite this version
-- rewrites timestamps the application stored in a second text form for the same instant.
SELECT 1;
