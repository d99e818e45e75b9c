-- MySQL/MariaDB switches its lead-source uuids to random ones in this version; PostgreSQL and SQLite
-- made random (version 4) uuids from the start. The statement keeps the versions in step.
SELECT 1;
