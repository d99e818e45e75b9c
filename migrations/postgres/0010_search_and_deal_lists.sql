-- Free-text search for the remaining searchable lists (see 0009), and indexes for the deal list's
-- sorts, so that the first page and a deep keyset page cost about the same.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX contacts_search_text_idx ON contacts USING gin (search_text gin_trgm_ops);
ALTER TABLE leads ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX leads_search_text_idx ON leads USING gin (search_text gin_trgm_ops);
ALTER TABLE requests ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_search_text_idx ON requests USING gin (search_text gin_trgm_ops);
ALTER TABLE deals ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX deals_search_text_idx ON deals USING gin (search_text gin_trgm_ops);
ALTER TABLE crm_emails ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX crm_emails_search_text_idx ON crm_emails USING gin (search_text gin_trgm_ops);
ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX products_search_text_idx ON products USING gin (search_text gin_trgm_ops);
ALTER TABLE cities ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX cities_search_text_idx ON cities USING gin (search_text gin_trgm_ops);
CREATE INDEX deals_next_step_date_idx ON deals (deleted_at, next_step_date, id);
CREATE INDEX deals_updated_at_idx ON deals (deleted_at, updated_at, id);
CREATE INDEX deals_created_at_idx ON deals (deleted_at, created_at, id);
CREATE INDEX deals_name_idx ON deals (deleted_at, name, id);
CREATE INDEX deals_owner_next_step_idx ON deals (owner_id, deleted_at, next_step_date, id);
CREATE INDEX deals_stage_next_step_idx ON deals (stage_id, deleted_at, next_step_date, id);
