-- MySQL/MariaDB adds its trigram word tables in this version; PostgreSQL (pg_trgm) and SQLite (FTS5
-- trigram) have their substring indexes already. The statement keeps the versions in step.
SELECT 1;
