-- The deal list opens newest first (R-DEAL-18); filtered by owner or by stage it had only
-- (owner|stage, next_step_date, id) to start from, so SQLite read every deal of the owner and
-- sorted them (54 ms for the first page of 13,552 deals). These let every backend read the first
-- page straight from the index.
CREATE INDEX deals_owner_created_live_idx ON deals (owner_id, created_at, id);
CREATE INDEX deals_stage_created_live_idx ON deals (stage_id, created_at, id);
