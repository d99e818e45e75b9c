-- PostgreSQL cannot take its sort order from an index whose leading column is only tested with
-- IS NULL, so the live lists (deleted_at IS NULL) get partial indexes on (sort column, id).
-- MySQL and SQLite treat IS NULL as an equality and already use the (deleted_at, ...) indexes.
CREATE INDEX companies_full_name_live_idx ON companies (full_name, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_created_at_live_idx ON companies (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_updated_at_live_idx ON companies (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_owner_live_idx ON companies (owner_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_next_step_date_live_idx ON deals (next_step_date, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_updated_at_live_idx ON deals (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_created_at_live_idx ON deals (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_name_live_idx ON deals (name, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_owner_next_step_live_idx ON deals (owner_id, next_step_date, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_stage_next_step_live_idx ON deals (stage_id, next_step_date, id) WHERE deleted_at IS NULL;
