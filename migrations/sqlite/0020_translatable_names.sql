-- The names administrators give per-department reference items (stages, closing reasons, client
-- types, industries, lead sources), registered for translation (R-REF-2): each name once, with its
-- translations by language code as a JSON object.
CREATE TABLE translatable_names (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL CHECK (length(name) <= 100),
    translations TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(translations)),
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX translatable_names_name_key ON translatable_names (name);
