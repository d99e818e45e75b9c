-- Free-text search: `search_text` holds the searchable fields folded to lower case by the
-- application (Unicode rules, the same on every backend); a trigram index serves substring search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE companies ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
CREATE INDEX companies_search_text_idx ON companies USING gin (search_text gin_trgm_ops);
CREATE INDEX companies_full_name_idx ON companies (deleted_at, full_name, id);
CREATE INDEX companies_created_at_idx ON companies (deleted_at, created_at, id);
CREATE INDEX companies_updated_at_idx ON companies (deleted_at, updated_at, id);
