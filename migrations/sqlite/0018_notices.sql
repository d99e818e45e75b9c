-- R-NOTIF-1 … R-NOTIF-3: the in-app notices of each user and the queue of notification e-mails.
-- A notice needs its own row (read flag, the object it is about, newest-first paging), so it is
-- not kept in the profile's `messages` list; e-mails wait here until a sender delivers them, so
-- a notice raised while the mail server is down still goes out later.
CREATE TABLE notices (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    level       TEXT    NOT NULL DEFAULT 'info' CHECK (length(level) <= 10),
    text        TEXT    NOT NULL DEFAULT '',
    target_type TEXT    NOT NULL DEFAULT '' CHECK (length(target_type) <= 30),
    target_id   INTEGER NULL,
    object_name TEXT    NOT NULL DEFAULT '' CHECK (length(object_name) <= 250),
    is_read     INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1)),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version     INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT notices_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX notices_user_id_idx ON notices (user_id, created_at);
CREATE INDEX notices_unread_idx ON notices (user_id, is_read, created_at);

-- One outgoing notification e-mail: the recipients who share a language get it together (R-NOTIF-2).
CREATE TABLE notice_emails (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    language   TEXT    NOT NULL DEFAULT '' CHECK (length(language) <= 7),
    recipients TEXT    NOT NULL DEFAULT '',
    subject    TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL DEFAULT '',
    sent_at    TEXT    NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notice_emails_sent_at_idx ON notice_emails (sent_at, created_at);
