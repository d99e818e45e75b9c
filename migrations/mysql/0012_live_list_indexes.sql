-- PostgreSQL adds partial indexes for the live lists in this version; MySQL/MariaDB treat
-- `deleted_at IS NULL` as an equality and use the (deleted_at, sort, id) indexes of 0009/0010.
DO 0;
