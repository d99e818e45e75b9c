-- Substring search indexes. PostgreSQL's trigram indexes came with 0009 and 0010; SQLite adds its
-- FTS5 trigram tables in this version. Nothing to do here: the statement keeps the versions in step.
SELECT 1;
