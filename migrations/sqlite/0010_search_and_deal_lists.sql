-- Free-text search for the remaining searchable lists (see 0009), and indexes for the deal list's
-- sorts, so that the first page and a deep keyset page cost about the same.
ALTER TABLE contacts ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE crm_emails ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE cities ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX deals_next_step_date_idx ON deals (deleted_at, next_step_date, id);
CREATE INDEX deals_updated_at_idx ON deals (deleted_at, updated_at, id);
CREATE INDEX deals_created_at_idx ON deals (deleted_at, created_at, id);
CREATE INDEX deals_name_idx ON deals (deleted_at, name, id);
CREATE INDEX deals_owner_next_step_idx ON deals (owner_id, deleted_at, next_step_date, id);
CREATE INDEX deals_stage_next_step_idx ON deals (stage_id, deleted_at, next_step_date, id);
