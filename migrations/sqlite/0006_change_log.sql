-- The change history of every CRM entity.
-- SQLite: money and rates are TEXT holding the exact decimal; dates, times and timestamps are
-- ISO-8601 TEXT (timestamps in UTC); booleans are INTEGER 0/1; see migrations/README.md.

-- Change history: who did what to which record, when. changes maps each field to [old, new].
-- Written in the transaction of the change; rows are never updated.
CREATE TABLE change_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    entity         TEXT    NOT NULL CHECK (length(entity) <= 30),
    entity_id      INTEGER NOT NULL,
    action         TEXT    NOT NULL CHECK (length(action) <= 10),
    user_id        INTEGER NULL,
    changed_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    changes        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
    merged_into_id INTEGER NULL,
    CONSTRAINT change_log_action_check CHECK (action IN ('create', 'update', 'delete', 'restore', 'merge', 'purge')),
    CONSTRAINT change_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX change_log_entity_idx ON change_log (entity, entity_id, changed_at);
CREATE INDEX change_log_changed_at_idx ON change_log (changed_at);
CREATE INDEX change_log_user_id_idx ON change_log (user_id);
