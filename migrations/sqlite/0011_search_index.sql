-- Substring search on SQLite: an FTS5 trigram index over each search_text, kept in step by triggers.
-- (PostgreSQL has its trigram indexes since 0009/0010; see the other backends' 0011.)
CREATE VIRTUAL TABLE companies_fts USING fts5(search_text, content='companies', content_rowid='id', tokenize='trigram');
INSERT INTO companies_fts (rowid, search_text) SELECT id, search_text FROM companies;
CREATE TRIGGER companies_fts_insert AFTER INSERT ON companies BEGIN
    INSERT INTO companies_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER companies_fts_delete AFTER DELETE ON companies BEGIN
    INSERT INTO companies_fts (companies_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER companies_fts_update AFTER UPDATE OF search_text ON companies BEGIN
    INSERT INTO companies_fts (companies_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO companies_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE contacts_fts USING fts5(search_text, content='contacts', content_rowid='id', tokenize='trigram');
INSERT INTO contacts_fts (rowid, search_text) SELECT id, search_text FROM contacts;
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF search_text ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO contacts_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE leads_fts USING fts5(search_text, content='leads', content_rowid='id', tokenize='trigram');
INSERT INTO leads_fts (rowid, search_text) SELECT id, search_text FROM leads;
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO leads_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    INSERT INTO leads_fts (leads_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF search_text ON leads BEGIN
    INSERT INTO leads_fts (leads_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO leads_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE requests_fts USING fts5(search_text, content='requests', content_rowid='id', tokenize='trigram');
INSERT INTO requests_fts (rowid, search_text) SELECT id, search_text FROM requests;
CREATE TRIGGER requests_fts_insert AFTER INSERT ON requests BEGIN
    INSERT INTO requests_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER requests_fts_delete AFTER DELETE ON requests BEGIN
    INSERT INTO requests_fts (requests_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER requests_fts_update AFTER UPDATE OF search_text ON requests BEGIN
    INSERT INTO requests_fts (requests_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO requests_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE deals_fts USING fts5(search_text, content='deals', content_rowid='id', tokenize='trigram');
INSERT INTO deals_fts (rowid, search_text) SELECT id, search_text FROM deals;
CREATE TRIGGER deals_fts_insert AFTER INSERT ON deals BEGIN
    INSERT INTO deals_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER deals_fts_delete AFTER DELETE ON deals BEGIN
    INSERT INTO deals_fts (deals_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER deals_fts_update AFTER UPDATE OF search_text ON deals BEGIN
    INSERT INTO deals_fts (deals_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO deals_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE crm_emails_fts USING fts5(search_text, content='crm_emails', content_rowid='id', tokenize='trigram');
INSERT INTO crm_emails_fts (rowid, search_text) SELECT id, search_text FROM crm_emails;
CREATE TRIGGER crm_emails_fts_insert AFTER INSERT ON crm_emails BEGIN
    INSERT INTO crm_emails_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER crm_emails_fts_delete AFTER DELETE ON crm_emails BEGIN
    INSERT INTO crm_emails_fts (crm_emails_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER crm_emails_fts_update AFTER UPDATE OF search_text ON crm_emails BEGIN
    INSERT INTO crm_emails_fts (crm_emails_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO crm_emails_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE products_fts USING fts5(search_text, content='products', content_rowid='id', tokenize='trigram');
INSERT INTO products_fts (rowid, search_text) SELECT id, search_text FROM products;
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER products_fts_update AFTER UPDATE OF search_text ON products BEGIN
    INSERT INTO products_fts (products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO products_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE VIRTUAL TABLE cities_fts USING fts5(search_text, content='cities', content_rowid='id', tokenize='trigram');
INSERT INTO cities_fts (rowid, search_text) SELECT id, search_text FROM cities;
CREATE TRIGGER cities_fts_insert AFTER INSERT ON cities BEGIN
    INSERT INTO cities_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER cities_fts_delete AFTER DELETE ON cities BEGIN
    INSERT INTO cities_fts (cities_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER cities_fts_update AFTER UPDATE OF search_text ON cities BEGIN
    INSERT INTO cities_fts (cities_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO cities_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
