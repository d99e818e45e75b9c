-- The change history is read one record at a time, newest first. An index on (entity,
-- entity_id) finds those rows; the time each entry carried only made every change write a
-- longer entry. Nothing reads the history by time alone, so the index on changed_at only cost
-- every change one more index write.
DROP INDEX change_log_changed_at_idx;
DROP INDEX change_log_entity_idx;
CREATE INDEX change_log_entity_idx ON change_log (entity, entity_id);
