-- Settings entities (§5).
-- SQLite: money and rates are TEXT holding the exact decimal; dates, times and timestamps are
-- ISO-8601 TEXT (timestamps in UTC); booleans are INTEGER 0/1; see migrations/README.md.

-- Free-mail domains (§5), stored lowercase: an address there never identifies a company.
CREATE TABLE public_email_domains (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    domain     TEXT    NOT NULL DEFAULT '' CHECK (length(domain) <= 20),
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX public_email_domains_domain_key ON public_email_domains (domain);

-- Company names that drop a web-form request (§5).
CREATE TABLE banned_company_names (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 50),
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX banned_company_names_name_key ON banned_company_names (name);

-- Phrases that drop a web-form request (§5); the date is refreshed whenever one fires.
CREATE TABLE stop_phrases (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    phrase               TEXT    NOT NULL DEFAULT '' CHECK (length(phrase) <= 100),
    last_occurrence_date TEXT    NOT NULL DEFAULT (date('now')),
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version              INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX stop_phrases_phrase_key ON stop_phrases (phrase);

-- Mass-mail settings (§5): one row, id 1.
CREATE TABLE massmail_settings (
    id                  INTEGER NOT NULL PRIMARY KEY,
    emails_per_day      INTEGER NOT NULL DEFAULT 94,
    use_business_time   INTEGER NOT NULL DEFAULT 0 CHECK (use_business_time IN (0, 1)),
    business_time_start TEXT    NOT NULL DEFAULT '08:30:00',
    business_time_end   TEXT    NOT NULL DEFAULT '17:30:00',
    unsubscribe_url     TEXT    NOT NULL DEFAULT 'https://www.example.com/unsubscribe' CHECK (length(unsubscribe_url) <= 200),
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version             INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT massmail_settings_single_row CHECK (id = 1),
    CONSTRAINT massmail_settings_emails_per_day_check CHECK (emails_per_day >= 0)
);

-- Reminder settings (§5): one row, id 1; seconds between reminder checks.
CREATE TABLE reminder_settings (
    id             INTEGER NOT NULL PRIMARY KEY,
    check_interval INTEGER NOT NULL DEFAULT 300,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT reminder_settings_single_row CHECK (id = 1),
    CONSTRAINT reminder_settings_check_interval_check CHECK (check_interval >= 0)
);
