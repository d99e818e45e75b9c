-- Addresses the CRM never writes to (R-EMAIL-8): an e-mail naming one in `to` or `cc` is refused.
-- Stored lowercase.
CREATE TABLE not_allowed_emails (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    email      TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 250),
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX not_allowed_emails_email_key ON not_allowed_emails (email);
