-- MariaDB has no n-gram full-text parser. The application keeps, per searchable table, a
-- `<table>_fts` row holding each trigram of the record's search_text as a word (crm-store's
-- search::gram_words); the InnoDB FULLTEXT index over those words then works as a trigram index, so
-- a rare term is found without reading the table. Rows that predate this version are indexed by
-- the store right after migrating (search::index_missing_grams).
CREATE TABLE companies_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY companies_fts_grams (grams),
    CONSTRAINT companies_fts_id_fk FOREIGN KEY (id) REFERENCES companies (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE contacts_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY contacts_fts_grams (grams),
    CONSTRAINT contacts_fts_id_fk FOREIGN KEY (id) REFERENCES contacts (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE leads_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY leads_fts_grams (grams),
    CONSTRAINT leads_fts_id_fk FOREIGN KEY (id) REFERENCES leads (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE requests_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY requests_fts_grams (grams),
    CONSTRAINT requests_fts_id_fk FOREIGN KEY (id) REFERENCES requests (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE deals_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY deals_fts_grams (grams),
    CONSTRAINT deals_fts_id_fk FOREIGN KEY (id) REFERENCES deals (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE crm_emails_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY crm_emails_fts_grams (grams),
    CONSTRAINT crm_emails_fts_id_fk FOREIGN KEY (id) REFERENCES crm_emails (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE products_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY products_fts_grams (grams),
    CONSTRAINT products_fts_id_fk FOREIGN KEY (id) REFERENCES products (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE cities_fts (
    id BIGINT NOT NULL PRIMARY KEY,
    grams MEDIUMTEXT CHARACTER SET ascii NOT NULL,
    FULLTEXT KEY cities_fts_grams (grams),
    CONSTRAINT cities_fts_id_fk FOREIGN KEY (id) REFERENCES cities (id) ON DELETE CASCADE
) ENGINE=InnoDB;
-- search_text is folded to lower case by the store, which also decides what matches: the LIKE over it
-- compares code points, as it does on PostgreSQL and SQLite, instead of the table's accent- and
-- width-insensitive collation (which took a fullwidth apostrophe for "'").
ALTER TABLE companies MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE contacts MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE leads MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE requests MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE deals MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE crm_emails MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE products MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
ALTER TABLE cities MODIFY search_text LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ('');
