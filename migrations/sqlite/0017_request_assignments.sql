-- R-NOTIF-4: "request assigned to user U", one row per assignment, written in the transaction that
-- assigns. The notifier reads the rows after the last one it showed, so an assignment made while
-- the app was closed or offline is still delivered, exactly once.
CREATE TABLE request_assignments (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id     INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    as_co_owner    INTEGER NOT NULL DEFAULT 0 CHECK (as_co_owner IN (0, 1)),
    assigned_by_id INTEGER NULL,
    assigned_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    CONSTRAINT request_assignments_request_id_fkey FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT request_assignments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT request_assignments_assigned_by_id_fkey FOREIGN KEY (assigned_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX request_assignments_user_id_idx ON request_assignments (user_id, id);
CREATE INDEX request_assignments_request_id_idx ON request_assignments (request_id);
CREATE INDEX request_assignments_assigned_by_id_idx ON request_assignments (assigned_by_id);
