-- Substring search indexes. SQLite adds its FTS5 trigram tables in this version; MariaDB has no
-- n-gram full-text parser, so its substring search scans search_text (see the notes of the
-- benchmarks). Nothing to do here: the statement keeps the versions in step.
DO 0;
