-- PostgreSQL adds partial indexes for the live lists in this version; SQLite treats
-- `deleted_at IS NULL` as an equality and uses the (deleted_at, sort, id) indexes of 0009/0010.
SELECT 1;
