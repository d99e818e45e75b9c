-- Live lists sort from (sort column, id) indexes without deleted_at in front. With deleted_at
-- leading, MariaDB reads `deleted_at IS NULL` as a ref lookup and then scans every live row up to a
-- deep page instead of seeking to it (76 times slower at a million deals; see
-- docs/measurements/2026-11-25-deal-list.md). The *_live_idx indexes are partial on PostgreSQL
-- (since 0012) and plain here; the indexes they replace are dropped after them, so every foreign
-- key keeps a leading index.
CREATE INDEX companies_full_name_live_idx ON companies (full_name, id);
CREATE INDEX companies_created_at_live_idx ON companies (created_at, id);
CREATE INDEX companies_updated_at_live_idx ON companies (updated_at, id);
CREATE INDEX companies_owner_live_idx ON companies (owner_id, updated_at, id);
CREATE INDEX deals_next_step_date_live_idx ON deals (next_step_date, id);
CREATE INDEX deals_updated_at_live_idx ON deals (updated_at, id);
CREATE INDEX deals_created_at_live_idx ON deals (created_at, id);
CREATE INDEX deals_name_live_idx ON deals (name, id);
CREATE INDEX deals_owner_next_step_live_idx ON deals (owner_id, next_step_date, id);
CREATE INDEX deals_stage_next_step_live_idx ON deals (stage_id, next_step_date, id);
CREATE INDEX companies_department_live_idx ON companies (department_id, updated_at, id);
CREATE INDEX deals_department_next_step_live_idx ON deals (department_id, next_step_date, id);
DROP INDEX companies_list_idx ON companies;
DROP INDEX companies_department_list_idx ON companies;
DROP INDEX companies_owner_list_idx ON companies;
DROP INDEX companies_full_name_idx ON companies;
DROP INDEX companies_created_at_idx ON companies;
DROP INDEX companies_updated_at_idx ON companies;
DROP INDEX deals_list_idx ON deals;
DROP INDEX deals_department_list_idx ON deals;
DROP INDEX deals_owner_list_idx ON deals;
DROP INDEX deals_next_step_idx ON deals;
DROP INDEX deals_next_step_date_idx ON deals;
DROP INDEX deals_updated_at_idx ON deals;
DROP INDEX deals_created_at_idx ON deals;
DROP INDEX deals_name_idx ON deals;
DROP INDEX deals_owner_next_step_idx ON deals;
DROP INDEX deals_stage_next_step_idx ON deals;
