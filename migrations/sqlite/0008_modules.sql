-- Module entities (§6): analytics snapshots, tasks, projects, memos, mass mail, chat and
-- transaction quality, with their seeds (§7.7).
-- SQLite: money and rates are TEXT holding the exact decimal; dates, times and timestamps are
-- ISO-8601 TEXT (timestamps in UTC); booleans are INTEGER 0/1; see migrations/README.md.

-- Frozen copies of the income report per department and owner (§6.1, R-ANL-10).
CREATE TABLE income_stat_snapshots (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    webpage        TEXT    NOT NULL DEFAULT '',
    owner_id       INTEGER NULL,
    modified_by_id INTEGER NULL,
    department_id  INTEGER NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT income_stat_snapshots_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT income_stat_snapshots_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT income_stat_snapshots_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX income_stat_snapshots_owner_id_idx ON income_stat_snapshots (owner_id);
CREATE INDEX income_stat_snapshots_modified_by_id_idx ON income_stat_snapshots (modified_by_id);
CREATE INDEX income_stat_snapshots_department_id_idx ON income_stat_snapshots (department_id);

-- Task stages (§6.2), not per department.
CREATE TABLE task_stages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    in_progress  INTEGER NOT NULL DEFAULT 0 CHECK (in_progress IN (0, 1)),
    index_number INTEGER NOT NULL DEFAULT 1,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX task_stages_order_idx ON task_stages (index_number);

-- Project stages (§6.2), not per department.
CREATE TABLE project_stages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    in_progress  INTEGER NOT NULL DEFAULT 0 CHECK (in_progress IN (0, 1)),
    index_number INTEGER NOT NULL DEFAULT 1,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX project_stages_order_idx ON project_stages (index_number);

-- Purposes of office memos (§6.2).
CREATE TABLE resolutions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    index_number INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX resolutions_order_idx ON resolutions (index_number);

-- Tags of tasks, projects and memos (§6.2), separate from CRM tags.
CREATE TABLE task_tags (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    for_content TEXT    NOT NULL CHECK (length(for_content) <= 7),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version     INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT task_tags_for_content_check CHECK (for_content IN ('memo', 'project', 'task'))
);

-- Projects (§6.2).
CREATE TABLE projects (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    priority       INTEGER NOT NULL DEFAULT 2,
    name           TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 250),
    description    TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    due_date       TEXT    NULL,
    start_date     TEXT    NULL,
    closing_date   TEXT    NULL,
    workflow       TEXT    NOT NULL DEFAULT '',
    next_step      TEXT    NOT NULL DEFAULT '' CHECK (length(next_step) <= 250),
    next_step_date TEXT    NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    remind_me      INTEGER NOT NULL DEFAULT 0 CHECK (remind_me IN (0, 1)),
    co_owner_id    INTEGER NULL,
    token          TEXT    NOT NULL CHECK (length(token) <= 11),
    stage_id       INTEGER NULL,
    owner_id       INTEGER NULL,
    modified_by_id INTEGER NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT projects_priority_check CHECK (priority IN (1, 2, 3)),
    CONSTRAINT projects_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT projects_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES project_stages (id) ON DELETE SET NULL,
    CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT projects_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX projects_token_key ON projects (token);
CREATE INDEX projects_list_idx ON projects (active, next_step_date, id);
CREATE INDEX projects_co_owner_id_idx ON projects (co_owner_id);
CREATE INDEX projects_stage_id_idx ON projects (stage_id);
CREATE INDEX projects_owner_id_idx ON projects (owner_id);
CREATE INDEX projects_modified_by_id_idx ON projects (modified_by_id);

-- projects.responsible: users.
CREATE TABLE project_responsible (
    project_id INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_responsible_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX project_responsible_user_id_idx ON project_responsible (user_id);

-- projects.notified_responsible: users.
CREATE TABLE project_notified_responsible (
    project_id INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_notified_responsible_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_notified_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX project_notified_responsible_user_id_idx ON project_notified_responsible (user_id);

-- projects.subscribers: users.
CREATE TABLE project_subscribers (
    project_id INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_subscribers_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX project_subscribers_user_id_idx ON project_subscribers (user_id);

-- projects.notified_subscribers: users.
CREATE TABLE project_notified_subscribers (
    project_id INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_notified_subscribers_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_notified_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX project_notified_subscribers_user_id_idx ON project_notified_subscribers (user_id);

-- A project's tags.
CREATE TABLE project_task_tags (
    project_id  INTEGER NOT NULL,
    task_tag_id INTEGER NOT NULL,
    PRIMARY KEY (project_id, task_tag_id),
    CONSTRAINT project_task_tags_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_task_tags_task_tag_id_fkey FOREIGN KEY (task_tag_id) REFERENCES task_tags (id) ON DELETE CASCADE
);
CREATE INDEX project_task_tags_task_tag_id_idx ON project_task_tags (task_tag_id);

-- Tasks (§6.2); task_id is the parent task. lead_time is in whole seconds.
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    priority       INTEGER NOT NULL DEFAULT 2,
    name           TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 250),
    description    TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    due_date       TEXT    NULL,
    start_date     TEXT    NULL,
    closing_date   TEXT    NULL,
    workflow       TEXT    NOT NULL DEFAULT '',
    next_step      TEXT    NOT NULL DEFAULT '' CHECK (length(next_step) <= 250),
    next_step_date TEXT    NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    remind_me      INTEGER NOT NULL DEFAULT 0 CHECK (remind_me IN (0, 1)),
    co_owner_id    INTEGER NULL,
    token          TEXT    NOT NULL CHECK (length(token) <= 11),
    task_id        INTEGER NULL,
    project_id     INTEGER NULL,
    stage_id       INTEGER NOT NULL,
    hide_main_task INTEGER NOT NULL DEFAULT 0 CHECK (hide_main_task IN (0, 1)),
    lead_time      INTEGER NOT NULL DEFAULT 0,
    owner_id       INTEGER NULL,
    modified_by_id INTEGER NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT tasks_priority_check CHECK (priority IN (1, 2, 3)),
    CONSTRAINT tasks_lead_time_check CHECK (lead_time >= 0),
    CONSTRAINT tasks_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT tasks_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT tasks_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES task_stages (id) ON DELETE RESTRICT,
    CONSTRAINT tasks_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT tasks_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX tasks_token_key ON tasks (token);
CREATE INDEX tasks_list_idx ON tasks (active, next_step_date, id);
CREATE INDEX tasks_co_owner_id_idx ON tasks (co_owner_id);
CREATE INDEX tasks_task_id_idx ON tasks (task_id);
CREATE INDEX tasks_project_id_idx ON tasks (project_id);
CREATE INDEX tasks_stage_id_idx ON tasks (stage_id);
CREATE INDEX tasks_owner_id_idx ON tasks (owner_id);
CREATE INDEX tasks_modified_by_id_idx ON tasks (modified_by_id);

-- tasks.responsible: users.
CREATE TABLE task_responsible (
    task_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_responsible_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX task_responsible_user_id_idx ON task_responsible (user_id);

-- tasks.notified_responsible: users.
CREATE TABLE task_notified_responsible (
    task_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_notified_responsible_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_notified_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX task_notified_responsible_user_id_idx ON task_notified_responsible (user_id);

-- tasks.subscribers: users.
CREATE TABLE task_subscribers (
    task_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_subscribers_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX task_subscribers_user_id_idx ON task_subscribers (user_id);

-- tasks.notified_subscribers: users.
CREATE TABLE task_notified_subscribers (
    task_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_notified_subscribers_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_notified_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX task_notified_subscribers_user_id_idx ON task_notified_subscribers (user_id);

-- A task's tags.
CREATE TABLE task_task_tags (
    task_id     INTEGER NOT NULL,
    task_tag_id INTEGER NOT NULL,
    PRIMARY KEY (task_id, task_tag_id),
    CONSTRAINT task_task_tags_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_task_tags_task_tag_id_fkey FOREIGN KEY (task_tag_id) REFERENCES task_tags (id) ON DELETE CASCADE
);
CREATE INDEX task_task_tags_task_tag_id_idx ON task_task_tags (task_tag_id);

-- Office memos (§6.2).
CREATE TABLE memos (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 250),
    to_id          INTEGER NOT NULL,
    task_id        INTEGER NULL,
    resolution_id  INTEGER NULL,
    project_id     INTEGER NULL,
    deal_id        INTEGER NULL,
    description    TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    draft          INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
    notified       INTEGER NOT NULL DEFAULT 0 CHECK (notified IN (0, 1)),
    review_date    TEXT    NULL,
    stage          TEXT    NOT NULL DEFAULT 'pen' CHECK (length(stage) <= 3),
    owner_id       INTEGER NULL,
    modified_by_id INTEGER NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT memos_stage_check CHECK (stage IN ('pen', 'pos', 'rev')),
    CONSTRAINT memos_to_id_fkey FOREIGN KEY (to_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT memos_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE SET NULL,
    CONSTRAINT memos_resolution_id_fkey FOREIGN KEY (resolution_id) REFERENCES resolutions (id) ON DELETE CASCADE,
    CONSTRAINT memos_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE SET NULL,
    CONSTRAINT memos_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    CONSTRAINT memos_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT memos_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX memos_list_idx ON memos (stage, id);
CREATE INDEX memos_to_id_idx ON memos (to_id);
CREATE INDEX memos_task_id_idx ON memos (task_id);
CREATE INDEX memos_resolution_id_idx ON memos (resolution_id);
CREATE INDEX memos_project_id_idx ON memos (project_id);
CREATE INDEX memos_deal_id_idx ON memos (deal_id);
CREATE INDEX memos_owner_id_idx ON memos (owner_id);
CREATE INDEX memos_modified_by_id_idx ON memos (modified_by_id);

-- memos.subscribers: users.
CREATE TABLE memo_subscribers (
    memo_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (memo_id, user_id),
    CONSTRAINT memo_subscribers_memo_id_fkey FOREIGN KEY (memo_id) REFERENCES memos (id) ON DELETE CASCADE,
    CONSTRAINT memo_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX memo_subscribers_user_id_idx ON memo_subscribers (user_id);

-- memos.notified_subscribers: users.
CREATE TABLE memo_notified_subscribers (
    memo_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (memo_id, user_id),
    CONSTRAINT memo_notified_subscribers_memo_id_fkey FOREIGN KEY (memo_id) REFERENCES memos (id) ON DELETE CASCADE,
    CONSTRAINT memo_notified_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX memo_notified_subscribers_user_id_idx ON memo_notified_subscribers (user_id);

-- A memo's tags.
CREATE TABLE memo_task_tags (
    memo_id     INTEGER NOT NULL,
    task_tag_id INTEGER NOT NULL,
    PRIMARY KEY (memo_id, task_tag_id),
    CONSTRAINT memo_task_tags_memo_id_fkey FOREIGN KEY (memo_id) REFERENCES memos (id) ON DELETE CASCADE,
    CONSTRAINT memo_task_tags_task_tag_id_fkey FOREIGN KEY (task_tag_id) REFERENCES task_tags (id) ON DELETE CASCADE
);
CREATE INDEX memo_task_tags_task_tag_id_idx ON memo_task_tags (task_tag_id);

-- Mail accounts (§6.3). The password and token columns hold OS keychain references, never
-- secrets. IMAP UIDs are BIGINT: they go up to 2^32 - 1.
CREATE TABLE email_accounts (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    name                     TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 100),
    main                     INTEGER NOT NULL DEFAULT 0 CHECK (main IN (0, 1)),
    massmail                 INTEGER NOT NULL DEFAULT 1 CHECK (massmail IN (0, 1)),
    do_import                INTEGER NOT NULL DEFAULT 0 CHECK (do_import IN (0, 1)),
    email_host               TEXT    NOT NULL DEFAULT '' CHECK (length(email_host) <= 100),
    imap_host                TEXT    NOT NULL DEFAULT '' CHECK (length(imap_host) <= 100),
    email_host_user          TEXT    NOT NULL DEFAULT '' CHECK (length(email_host_user) <= 100),
    email_host_password      TEXT    NOT NULL DEFAULT '' CHECK (length(email_host_password) <= 100),
    email_app_password       TEXT    NOT NULL DEFAULT '' CHECK (length(email_app_password) <= 100),
    email_port               INTEGER NOT NULL DEFAULT 25,
    from_email               TEXT    NOT NULL DEFAULT '' CHECK (length(from_email) <= 100),
    email_use_tls            INTEGER NOT NULL DEFAULT 0 CHECK (email_use_tls IN (0, 1)),
    email_use_ssl            INTEGER NOT NULL DEFAULT 0 CHECK (email_use_ssl IN (0, 1)),
    email_imail_ssl_certfile TEXT    NOT NULL DEFAULT '' CHECK (length(email_imail_ssl_certfile) <= 200),
    email_imail_ssl_keyfile  TEXT    NOT NULL DEFAULT '' CHECK (length(email_imail_ssl_keyfile) <= 200),
    refresh_token            TEXT    NOT NULL DEFAULT '' CHECK (length(refresh_token) <= 200),
    report                   TEXT    NOT NULL DEFAULT '',
    today_date               TEXT    NULL,
    today_count              INTEGER NOT NULL DEFAULT 0,
    start_incoming_uid       INTEGER NOT NULL DEFAULT 1,
    start_sent_uid           INTEGER NOT NULL DEFAULT 1,
    inbox_uidvalidity        INTEGER NOT NULL DEFAULT 0,
    inbox_uidnext            INTEGER NOT NULL DEFAULT 0,
    sent_uidvalidity         INTEGER NOT NULL DEFAULT 0,
    sent_uidnext             INTEGER NOT NULL DEFAULT 0,
    last_import_dt           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    co_owner_id              INTEGER NULL,
    owner_id                 INTEGER NULL,
    modified_by_id           INTEGER NULL,
    department_id            INTEGER NULL,
    created_at               TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at               TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                  INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT email_accounts_email_port_check CHECK (email_port BETWEEN 0 AND 65535),
    CONSTRAINT email_accounts_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT email_accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT email_accounts_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT email_accounts_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX email_accounts_co_owner_id_idx ON email_accounts (co_owner_id);
CREATE INDEX email_accounts_owner_id_idx ON email_accounts (owner_id);
CREATE INDEX email_accounts_modified_by_id_idx ON email_accounts (modified_by_id);
CREATE INDEX email_accounts_department_id_idx ON email_accounts (department_id);

-- Newsletter templates (§6.3).
CREATE TABLE eml_messages (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    subject        TEXT    NOT NULL DEFAULT '' CHECK (length(subject) <= 250),
    content        TEXT    NOT NULL DEFAULT '',
    signature_id   INTEGER NULL,
    prev_corr      TEXT    NOT NULL DEFAULT '',
    is_html        INTEGER NOT NULL DEFAULT 1 CHECK (is_html IN (0, 1)),
    owner_id       INTEGER NULL,
    modified_by_id INTEGER NULL,
    department_id  INTEGER NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT eml_messages_signature_id_fkey FOREIGN KEY (signature_id) REFERENCES signatures (id) ON DELETE SET NULL,
    CONSTRAINT eml_messages_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT eml_messages_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT eml_messages_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX eml_messages_signature_id_idx ON eml_messages (signature_id);
CREATE INDEX eml_messages_owner_id_idx ON eml_messages (owner_id);
CREATE INDEX eml_messages_modified_by_id_idx ON eml_messages (modified_by_id);
CREATE INDEX eml_messages_department_id_idx ON eml_messages (department_id);

-- Mailings (§6.3).
CREATE TABLE mailing_outs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 100),
    message_id        INTEGER NULL,
    status            TEXT    NOT NULL DEFAULT 'P' CHECK (length(status) <= 1),
    recipients_number INTEGER NOT NULL DEFAULT 0,
    recipient_ids     TEXT    NOT NULL DEFAULT '',
    successful_ids    TEXT    NOT NULL DEFAULT '',
    failed_ids        TEXT    NOT NULL DEFAULT '',
    recipient_type    TEXT    NOT NULL CHECK (length(recipient_type) <= 30),
    report            TEXT    NOT NULL DEFAULT '',
    today_count       INTEGER NOT NULL DEFAULT 0,
    sending_date      TEXT    NULL,
    owner_id          INTEGER NULL,
    modified_by_id    INTEGER NULL,
    department_id     INTEGER NULL,
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version           INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT mailing_outs_status_check CHECK (status IN ('A', 'E', 'P', 'I', 'D')),
    CONSTRAINT mailing_outs_recipients_number_check CHECK (recipients_number >= 0),
    CONSTRAINT mailing_outs_recipient_type_check CHECK (recipient_type IN ('company', 'contact', 'lead')),
    CONSTRAINT mailing_outs_message_id_fkey FOREIGN KEY (message_id) REFERENCES eml_messages (id) ON DELETE CASCADE,
    CONSTRAINT mailing_outs_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT mailing_outs_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT mailing_outs_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX mailing_outs_message_id_idx ON mailing_outs (message_id);
CREATE INDEX mailing_outs_owner_id_idx ON mailing_outs (owner_id);
CREATE INDEX mailing_outs_modified_by_id_idx ON mailing_outs (modified_by_id);
CREATE INDEX mailing_outs_department_id_idx ON mailing_outs (department_id);

-- Mailing recipients (§6.3); uuid is the unsubscribe token.
CREATE TABLE mass_contacts (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    target_type      TEXT    NOT NULL CHECK (length(target_type) <= 30),
    target_id        INTEGER NOT NULL,
    email_account_id INTEGER NULL,
    massmail         INTEGER NOT NULL DEFAULT 1 CHECK (massmail IN (0, 1)),
    uuid             TEXT    NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CHECK (length(uuid) <= 36),
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version          INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT mass_contacts_email_account_id_fkey FOREIGN KEY (email_account_id) REFERENCES email_accounts (id) ON DELETE CASCADE
);
CREATE INDEX mass_contacts_target_idx ON mass_contacts (target_type, target_id);
CREATE UNIQUE INDEX mass_contacts_uuid_key ON mass_contacts (uuid);
CREATE INDEX mass_contacts_email_account_id_idx ON mass_contacts (email_account_id);

-- Round-robin order of each user's mailing accounts (§6.3), one row per user.
CREATE TABLE email_account_queues (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id   INTEGER NOT NULL,
    queue      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(queue)),
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT email_account_queues_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX email_account_queues_owner_key ON email_account_queues (owner_id);

-- Chat messages about a record (§6.4).
CREATE TABLE chat_messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    target_type  TEXT    NOT NULL CHECK (length(target_type) <= 30),
    target_id    INTEGER NOT NULL,
    content      TEXT    NOT NULL DEFAULT '',
    owner_id     INTEGER NULL,
    answer_to_id INTEGER NULL,
    topic_id     INTEGER NULL,
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version      INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT chat_messages_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chat_messages_answer_to_id_fkey FOREIGN KEY (answer_to_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    CONSTRAINT chat_messages_topic_id_fkey FOREIGN KEY (topic_id) REFERENCES chat_messages (id) ON DELETE CASCADE
);
CREATE INDEX chat_messages_target_idx ON chat_messages (target_type, target_id, created_at);
CREATE INDEX chat_messages_owner_id_idx ON chat_messages (owner_id);
CREATE INDEX chat_messages_answer_to_id_idx ON chat_messages (answer_to_id);
CREATE INDEX chat_messages_topic_id_idx ON chat_messages (topic_id);

-- Users who have not read a chat message yet.
CREATE TABLE chat_message_recipients (
    chat_message_id INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    PRIMARY KEY (chat_message_id, user_id),
    CONSTRAINT chat_message_recipients_chat_message_id_fkey FOREIGN KEY (chat_message_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    CONSTRAINT chat_message_recipients_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX chat_message_recipients_user_id_idx ON chat_message_recipients (user_id);

-- Addressees of a chat message.
CREATE TABLE chat_message_to (
    chat_message_id INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    PRIMARY KEY (chat_message_id, user_id),
    CONSTRAINT chat_message_to_chat_message_id_fkey FOREIGN KEY (chat_message_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    CONSTRAINT chat_message_to_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX chat_message_to_user_id_idx ON chat_message_to (user_id);

-- Transaction-quality signals (§6.4), per department; weight in percent, + or -.
CREATE TABLE transaction_quality_signals (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    department_id INTEGER NOT NULL,
    weight        INTEGER NOT NULL DEFAULT 0,
    notes         TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version       INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT transaction_quality_signals_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX transaction_quality_signals_department_id_idx ON transaction_quality_signals (department_id);

-- Transaction-quality events of deals (§6.4); score = 100 + the sum of their weights.
CREATE TABLE transaction_quality_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    signal_id  INTEGER NOT NULL,
    weight     INTEGER NOT NULL DEFAULT 0,
    deal_id    INTEGER NOT NULL,
    details    TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT transaction_quality_events_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES transaction_quality_signals (id) ON DELETE CASCADE,
    CONSTRAINT transaction_quality_events_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE
);
CREATE INDEX transaction_quality_events_signal_id_idx ON transaction_quality_events (signal_id);
CREATE INDEX transaction_quality_events_deal_id_idx ON transaction_quality_events (deal_id);

-- Seeds of these modules (§7.7), inserted once with the tables.
INSERT INTO task_stages (name, index_number, is_default, done, in_progress, active) VALUES
    ('pending', 1, 1, 0, 0, 1),
    ('in progress', 2, 0, 0, 1, 1),
    ('completed', 3, 0, 1, 0, 0),
    ('postponed', 4, 0, 0, 0, 1),
    ('canceled', 5, 0, 0, 0, 1);
INSERT INTO project_stages (name, index_number, is_default, done, in_progress, active) VALUES
    ('pending', 1, 1, 0, 0, 1),
    ('in progress', 2, 0, 0, 1, 1),
    ('completed', 3, 0, 1, 0, 0),
    ('postponed', 4, 0, 0, 0, 1),
    ('canceled', 5, 0, 0, 0, 1);
INSERT INTO resolutions (name, index_number) VALUES
    ('on approval', 1),
    ('for consideration', 2),
    ('to make a decision', 3),
    ('payment of regular expenses', 4),
    ('for information', 5),
    ('for the record', 6);

-- Transaction-quality signals per sales department: Global sales (1), then Local sales (2).
INSERT INTO transaction_quality_signals (department_id, name, weight, notes) VALUES
    (1, 'Missed delivery deadline', -5, 'The promised ship/fulfillment date was not met.'),
    (1, 'Early delivery', 5, 'Shipment/delivery completed ahead of schedule.'),
    (1, 'Incorrect product quality', -10, 'Product arrived damaged, wrong SKU, or failed functional tests.'),
    (1, 'Incompleteness', -10, 'Required items or documentation were not supplied.'),
    (1, 'Non-functional product', -15, 'Product could not be used as intended after delivery.'),
    (1, 'Reputational losses in front of a partner', -15, 'The problematic transaction involving a partner.'),
    (1, 'Late response', -10, 'Delayed response to the client.'),
    (2, 'Missed delivery deadline', -5, 'The promised ship/fulfillment date was not met.'),
    (2, 'Early delivery', 5, 'Shipment/delivery completed ahead of schedule.'),
    (2, 'Incorrect product quality', -10, 'Product arrived damaged, wrong SKU, or failed functional tests.'),
    (2, 'Incompleteness', -10, 'Required items or documentation were not supplied.'),
    (2, 'Non-functional product', -15, 'Product could not be used as intended after delivery.'),
    (2, 'Reputational losses in front of a partner', -15, 'The problematic transaction involving a partner.'),
    (2, 'Late response', -10, 'Delayed response to the client.');
