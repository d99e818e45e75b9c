-- Module entities (§6): analytics snapshots, tasks, projects, memos, mass mail, chat and
-- transaction quality, with their seeds (§7.7).

-- Frozen copies of the income report per department and owner (§6.1, R-ANL-10).
CREATE TABLE income_stat_snapshots (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    webpage        LONGTEXT    NOT NULL DEFAULT (''),
    owner_id       BIGINT      NULL,
    modified_by_id BIGINT      NULL,
    department_id  BIGINT      NULL,
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT         NOT NULL DEFAULT 1,
    CONSTRAINT income_stat_snapshots_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT income_stat_snapshots_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT income_stat_snapshots_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX income_stat_snapshots_owner_id_idx (owner_id),
    INDEX income_stat_snapshots_modified_by_id_idx (modified_by_id),
    INDEX income_stat_snapshots_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Task stages (§6.2), not per department.
CREATE TABLE task_stages (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(70) NOT NULL DEFAULT '',
    is_default   TINYINT(1)  NOT NULL DEFAULT 0,
    done         TINYINT(1)  NOT NULL DEFAULT 0,
    in_progress  TINYINT(1)  NOT NULL DEFAULT 0,
    index_number SMALLINT    NOT NULL DEFAULT 1,
    active       TINYINT(1)  NOT NULL DEFAULT 1,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT         NOT NULL DEFAULT 1,
    INDEX task_stages_order_idx (index_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Project stages (§6.2), not per department.
CREATE TABLE project_stages (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(70) NOT NULL DEFAULT '',
    is_default   TINYINT(1)  NOT NULL DEFAULT 0,
    done         TINYINT(1)  NOT NULL DEFAULT 0,
    in_progress  TINYINT(1)  NOT NULL DEFAULT 0,
    index_number SMALLINT    NOT NULL DEFAULT 1,
    active       TINYINT(1)  NOT NULL DEFAULT 1,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT         NOT NULL DEFAULT 1,
    INDEX project_stages_order_idx (index_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Purposes of office memos (§6.2).
CREATE TABLE resolutions (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(70) NOT NULL DEFAULT '',
    index_number SMALLINT    NOT NULL DEFAULT 1,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT         NOT NULL DEFAULT 1,
    INDEX resolutions_order_idx (index_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tags of tasks, projects and memos (§6.2), separate from CRM tags.
CREATE TABLE task_tags (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(70) NOT NULL DEFAULT '',
    for_content VARCHAR(7)  NOT NULL,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version     INT         NOT NULL DEFAULT 1,
    CONSTRAINT task_tags_for_content_check CHECK (for_content IN ('memo', 'project', 'task'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Projects (§6.2).
CREATE TABLE projects (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    priority       SMALLINT     NOT NULL DEFAULT 2,
    name           VARCHAR(250) NOT NULL DEFAULT '',
    description    LONGTEXT     NOT NULL DEFAULT (''),
    note           LONGTEXT     NOT NULL DEFAULT (''),
    due_date       DATE         NULL,
    start_date     DATE         NULL,
    closing_date   DATE         NULL,
    workflow       LONGTEXT     NOT NULL DEFAULT (''),
    next_step      VARCHAR(250) NOT NULL DEFAULT '',
    next_step_date DATE         NOT NULL,
    active         TINYINT(1)   NOT NULL DEFAULT 1,
    remind_me      TINYINT(1)   NOT NULL DEFAULT 0,
    co_owner_id    BIGINT       NULL,
    token          VARCHAR(11)  NOT NULL,
    stage_id       BIGINT       NULL,
    owner_id       BIGINT       NULL,
    modified_by_id BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 1,
    CONSTRAINT projects_priority_check CHECK (priority IN (1, 2, 3)),
    CONSTRAINT projects_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT projects_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES project_stages (id) ON DELETE SET NULL,
    CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT projects_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE KEY projects_token_key (token),
    INDEX projects_list_idx (active, next_step_date, id),
    INDEX projects_co_owner_id_idx (co_owner_id),
    INDEX projects_stage_id_idx (stage_id),
    INDEX projects_owner_id_idx (owner_id),
    INDEX projects_modified_by_id_idx (modified_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- projects.responsible: users.
CREATE TABLE project_responsible (
    project_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_responsible_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX project_responsible_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- projects.notified_responsible: users.
CREATE TABLE project_notified_responsible (
    project_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_notified_responsible_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_notified_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX project_notified_responsible_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- projects.subscribers: users.
CREATE TABLE project_subscribers (
    project_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_subscribers_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX project_subscribers_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- projects.notified_subscribers: users.
CREATE TABLE project_notified_subscribers (
    project_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_notified_subscribers_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_notified_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX project_notified_subscribers_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A project's tags.
CREATE TABLE project_task_tags (
    project_id  BIGINT NOT NULL,
    task_tag_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, task_tag_id),
    CONSTRAINT project_task_tags_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT project_task_tags_task_tag_id_fkey FOREIGN KEY (task_tag_id) REFERENCES task_tags (id) ON DELETE CASCADE,
    INDEX project_task_tags_task_tag_id_idx (task_tag_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tasks (§6.2); task_id is the parent task. lead_time is in whole seconds.
CREATE TABLE tasks (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    priority       SMALLINT     NOT NULL DEFAULT 2,
    name           VARCHAR(250) NOT NULL DEFAULT '',
    description    LONGTEXT     NOT NULL DEFAULT (''),
    note           LONGTEXT     NOT NULL DEFAULT (''),
    due_date       DATE         NULL,
    start_date     DATE         NULL,
    closing_date   DATE         NULL,
    workflow       LONGTEXT     NOT NULL DEFAULT (''),
    next_step      VARCHAR(250) NOT NULL DEFAULT '',
    next_step_date DATE         NOT NULL,
    active         TINYINT(1)   NOT NULL DEFAULT 1,
    remind_me      TINYINT(1)   NOT NULL DEFAULT 0,
    co_owner_id    BIGINT       NULL,
    token          VARCHAR(11)  NOT NULL,
    task_id        BIGINT       NULL,
    project_id     BIGINT       NULL,
    stage_id       BIGINT       NOT NULL,
    hide_main_task TINYINT(1)   NOT NULL DEFAULT 0,
    lead_time      BIGINT       NOT NULL DEFAULT 0,
    owner_id       BIGINT       NULL,
    modified_by_id BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 1,
    CONSTRAINT tasks_priority_check CHECK (priority IN (1, 2, 3)),
    CONSTRAINT tasks_lead_time_check CHECK (lead_time >= 0),
    CONSTRAINT tasks_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT tasks_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    CONSTRAINT tasks_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES task_stages (id) ON DELETE RESTRICT,
    CONSTRAINT tasks_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT tasks_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE KEY tasks_token_key (token),
    INDEX tasks_list_idx (active, next_step_date, id),
    INDEX tasks_co_owner_id_idx (co_owner_id),
    INDEX tasks_task_id_idx (task_id),
    INDEX tasks_project_id_idx (project_id),
    INDEX tasks_stage_id_idx (stage_id),
    INDEX tasks_owner_id_idx (owner_id),
    INDEX tasks_modified_by_id_idx (modified_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tasks.responsible: users.
CREATE TABLE task_responsible (
    task_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_responsible_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX task_responsible_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tasks.notified_responsible: users.
CREATE TABLE task_notified_responsible (
    task_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_notified_responsible_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_notified_responsible_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX task_notified_responsible_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tasks.subscribers: users.
CREATE TABLE task_subscribers (
    task_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_subscribers_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX task_subscribers_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tasks.notified_subscribers: users.
CREATE TABLE task_notified_subscribers (
    task_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, user_id),
    CONSTRAINT task_notified_subscribers_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_notified_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX task_notified_subscribers_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task's tags.
CREATE TABLE task_task_tags (
    task_id     BIGINT NOT NULL,
    task_tag_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, task_tag_id),
    CONSTRAINT task_task_tags_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT task_task_tags_task_tag_id_fkey FOREIGN KEY (task_tag_id) REFERENCES task_tags (id) ON DELETE CASCADE,
    INDEX task_task_tags_task_tag_id_idx (task_tag_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Office memos (§6.2).
CREATE TABLE memos (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(250) NOT NULL DEFAULT '',
    to_id          BIGINT       NOT NULL,
    task_id        BIGINT       NULL,
    resolution_id  BIGINT       NULL,
    project_id     BIGINT       NULL,
    deal_id        BIGINT       NULL,
    description    LONGTEXT     NOT NULL DEFAULT (''),
    note           LONGTEXT     NOT NULL DEFAULT (''),
    draft          TINYINT(1)   NOT NULL DEFAULT 0,
    notified       TINYINT(1)   NOT NULL DEFAULT 0,
    review_date    DATE         NULL,
    stage          VARCHAR(3)   NOT NULL DEFAULT 'pen',
    owner_id       BIGINT       NULL,
    modified_by_id BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 1,
    CONSTRAINT memos_stage_check CHECK (stage IN ('pen', 'pos', 'rev')),
    CONSTRAINT memos_to_id_fkey FOREIGN KEY (to_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT memos_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE SET NULL,
    CONSTRAINT memos_resolution_id_fkey FOREIGN KEY (resolution_id) REFERENCES resolutions (id) ON DELETE CASCADE,
    CONSTRAINT memos_project_id_fkey FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE SET NULL,
    CONSTRAINT memos_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    CONSTRAINT memos_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT memos_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    INDEX memos_list_idx (stage, id),
    INDEX memos_to_id_idx (to_id),
    INDEX memos_task_id_idx (task_id),
    INDEX memos_resolution_id_idx (resolution_id),
    INDEX memos_project_id_idx (project_id),
    INDEX memos_deal_id_idx (deal_id),
    INDEX memos_owner_id_idx (owner_id),
    INDEX memos_modified_by_id_idx (modified_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- memos.subscribers: users.
CREATE TABLE memo_subscribers (
    memo_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (memo_id, user_id),
    CONSTRAINT memo_subscribers_memo_id_fkey FOREIGN KEY (memo_id) REFERENCES memos (id) ON DELETE CASCADE,
    CONSTRAINT memo_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX memo_subscribers_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- memos.notified_subscribers: users.
CREATE TABLE memo_notified_subscribers (
    memo_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (memo_id, user_id),
    CONSTRAINT memo_notified_subscribers_memo_id_fkey FOREIGN KEY (memo_id) REFERENCES memos (id) ON DELETE CASCADE,
    CONSTRAINT memo_notified_subscribers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX memo_notified_subscribers_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A memo's tags.
CREATE TABLE memo_task_tags (
    memo_id     BIGINT NOT NULL,
    task_tag_id BIGINT NOT NULL,
    PRIMARY KEY (memo_id, task_tag_id),
    CONSTRAINT memo_task_tags_memo_id_fkey FOREIGN KEY (memo_id) REFERENCES memos (id) ON DELETE CASCADE,
    CONSTRAINT memo_task_tags_task_tag_id_fkey FOREIGN KEY (task_tag_id) REFERENCES task_tags (id) ON DELETE CASCADE,
    INDEX memo_task_tags_task_tag_id_idx (task_tag_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mail accounts (§6.3). The password and token columns hold OS keychain references, never
-- secrets. IMAP UIDs are BIGINT: they go up to 2^32 - 1.
CREATE TABLE email_accounts (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                     VARCHAR(100) NOT NULL DEFAULT '',
    main                     TINYINT(1)   NOT NULL DEFAULT 0,
    massmail                 TINYINT(1)   NOT NULL DEFAULT 1,
    do_import                TINYINT(1)   NOT NULL DEFAULT 0,
    email_host               VARCHAR(100) NOT NULL DEFAULT '',
    imap_host                VARCHAR(100) NOT NULL DEFAULT '',
    email_host_user          VARCHAR(100) NOT NULL DEFAULT '',
    email_host_password      VARCHAR(100) NOT NULL DEFAULT '',
    email_app_password       VARCHAR(100) NOT NULL DEFAULT '',
    email_port               INT          NOT NULL DEFAULT 25,
    from_email               VARCHAR(100) NOT NULL DEFAULT '',
    email_use_tls            TINYINT(1)   NOT NULL DEFAULT 0,
    email_use_ssl            TINYINT(1)   NOT NULL DEFAULT 0,
    email_imail_ssl_certfile VARCHAR(200) NOT NULL DEFAULT '',
    email_imail_ssl_keyfile  VARCHAR(200) NOT NULL DEFAULT '',
    refresh_token            VARCHAR(200) NOT NULL DEFAULT '',
    report                   LONGTEXT     NOT NULL DEFAULT (''),
    today_date               DATE         NULL,
    today_count              INT          NOT NULL DEFAULT 0,
    start_incoming_uid       BIGINT       NOT NULL DEFAULT 1,
    start_sent_uid           BIGINT       NOT NULL DEFAULT 1,
    inbox_uidvalidity        BIGINT       NOT NULL DEFAULT 0,
    inbox_uidnext            BIGINT       NOT NULL DEFAULT 0,
    sent_uidvalidity         BIGINT       NOT NULL DEFAULT 0,
    sent_uidnext             BIGINT       NOT NULL DEFAULT 0,
    last_import_dt           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    co_owner_id              BIGINT       NULL,
    owner_id                 BIGINT       NULL,
    modified_by_id           BIGINT       NULL,
    department_id            BIGINT       NULL,
    created_at               DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at               DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                  INT          NOT NULL DEFAULT 1,
    CONSTRAINT email_accounts_email_port_check CHECK (email_port BETWEEN 0 AND 65535),
    CONSTRAINT email_accounts_co_owner_id_fkey FOREIGN KEY (co_owner_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT email_accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT email_accounts_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT email_accounts_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX email_accounts_co_owner_id_idx (co_owner_id),
    INDEX email_accounts_owner_id_idx (owner_id),
    INDEX email_accounts_modified_by_id_idx (modified_by_id),
    INDEX email_accounts_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Newsletter templates (§6.3).
CREATE TABLE eml_messages (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject        VARCHAR(250) NOT NULL DEFAULT '',
    content        LONGTEXT     NOT NULL DEFAULT (''),
    signature_id   BIGINT       NULL,
    prev_corr      LONGTEXT     NOT NULL DEFAULT (''),
    is_html        TINYINT(1)   NOT NULL DEFAULT 1,
    owner_id       BIGINT       NULL,
    modified_by_id BIGINT       NULL,
    department_id  BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 1,
    CONSTRAINT eml_messages_signature_id_fkey FOREIGN KEY (signature_id) REFERENCES signatures (id) ON DELETE SET NULL,
    CONSTRAINT eml_messages_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT eml_messages_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT eml_messages_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX eml_messages_signature_id_idx (signature_id),
    INDEX eml_messages_owner_id_idx (owner_id),
    INDEX eml_messages_modified_by_id_idx (modified_by_id),
    INDEX eml_messages_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mailings (§6.3).
CREATE TABLE mailing_outs (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100) NOT NULL DEFAULT '',
    message_id        BIGINT       NULL,
    status            VARCHAR(1)   NOT NULL DEFAULT 'P',
    recipients_number INT          NOT NULL DEFAULT 0,
    recipient_ids     LONGTEXT     NOT NULL DEFAULT (''),
    successful_ids    LONGTEXT     NOT NULL DEFAULT (''),
    failed_ids        LONGTEXT     NOT NULL DEFAULT (''),
    recipient_type    VARCHAR(30)  NOT NULL,
    report            LONGTEXT     NOT NULL DEFAULT (''),
    today_count       INT          NOT NULL DEFAULT 0,
    sending_date      DATE         NULL,
    owner_id          BIGINT       NULL,
    modified_by_id    BIGINT       NULL,
    department_id     BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version           INT          NOT NULL DEFAULT 1,
    CONSTRAINT mailing_outs_status_check CHECK (status IN ('A', 'E', 'P', 'I', 'D')),
    CONSTRAINT mailing_outs_recipients_number_check CHECK (recipients_number >= 0),
    CONSTRAINT mailing_outs_recipient_type_check CHECK (recipient_type IN ('company', 'contact', 'lead')),
    CONSTRAINT mailing_outs_message_id_fkey FOREIGN KEY (message_id) REFERENCES eml_messages (id) ON DELETE CASCADE,
    CONSTRAINT mailing_outs_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT mailing_outs_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT mailing_outs_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX mailing_outs_message_id_idx (message_id),
    INDEX mailing_outs_owner_id_idx (owner_id),
    INDEX mailing_outs_modified_by_id_idx (modified_by_id),
    INDEX mailing_outs_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mailing recipients (§6.3); uuid is the unsubscribe token.
CREATE TABLE mass_contacts (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_type      VARCHAR(30) NOT NULL,
    target_id        BIGINT      NOT NULL,
    email_account_id BIGINT      NULL,
    massmail         TINYINT(1)  NOT NULL DEFAULT 1,
    uuid             CHAR(36)    NOT NULL DEFAULT (UUID()),
    created_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version          INT         NOT NULL DEFAULT 1,
    CONSTRAINT mass_contacts_email_account_id_fkey FOREIGN KEY (email_account_id) REFERENCES email_accounts (id) ON DELETE CASCADE,
    INDEX mass_contacts_target_idx (target_type, target_id),
    UNIQUE KEY mass_contacts_uuid_key (uuid),
    INDEX mass_contacts_email_account_id_idx (email_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Round-robin order of each user's mailing accounts (§6.3), one row per user.
CREATE TABLE email_account_queues (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_id   BIGINT      NOT NULL,
    queue      JSON        NOT NULL DEFAULT ('[]'),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INT         NOT NULL DEFAULT 1,
    CONSTRAINT email_account_queues_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    UNIQUE KEY email_account_queues_owner_key (owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Chat messages about a record (§6.4).
CREATE TABLE chat_messages (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_type  VARCHAR(30) NOT NULL,
    target_id    BIGINT      NOT NULL,
    content      LONGTEXT    NOT NULL DEFAULT (''),
    owner_id     BIGINT      NULL,
    answer_to_id BIGINT      NULL,
    topic_id     BIGINT      NULL,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT         NOT NULL DEFAULT 1,
    CONSTRAINT chat_messages_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chat_messages_answer_to_id_fkey FOREIGN KEY (answer_to_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    CONSTRAINT chat_messages_topic_id_fkey FOREIGN KEY (topic_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    INDEX chat_messages_target_idx (target_type, target_id, created_at),
    INDEX chat_messages_owner_id_idx (owner_id),
    INDEX chat_messages_answer_to_id_idx (answer_to_id),
    INDEX chat_messages_topic_id_idx (topic_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Users who have not read a chat message yet.
CREATE TABLE chat_message_recipients (
    chat_message_id BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    PRIMARY KEY (chat_message_id, user_id),
    CONSTRAINT chat_message_recipients_chat_message_id_fkey FOREIGN KEY (chat_message_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    CONSTRAINT chat_message_recipients_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX chat_message_recipients_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Addressees of a chat message.
CREATE TABLE chat_message_to (
    chat_message_id BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    PRIMARY KEY (chat_message_id, user_id),
    CONSTRAINT chat_message_to_chat_message_id_fkey FOREIGN KEY (chat_message_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
    CONSTRAINT chat_message_to_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX chat_message_to_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transaction-quality signals (§6.4), per department; weight in percent, + or -.
CREATE TABLE transaction_quality_signals (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(70) NOT NULL DEFAULT '',
    department_id BIGINT      NOT NULL,
    weight        SMALLINT    NOT NULL DEFAULT 0,
    notes         LONGTEXT    NOT NULL DEFAULT (''),
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       INT         NOT NULL DEFAULT 1,
    CONSTRAINT transaction_quality_signals_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX transaction_quality_signals_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transaction-quality events of deals (§6.4); score = 100 + the sum of their weights.
CREATE TABLE transaction_quality_events (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    signal_id  BIGINT      NOT NULL,
    weight     SMALLINT    NOT NULL DEFAULT 0,
    deal_id    BIGINT      NOT NULL,
    details    LONGTEXT    NOT NULL DEFAULT (''),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INT         NOT NULL DEFAULT 1,
    CONSTRAINT transaction_quality_events_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES transaction_quality_signals (id) ON DELETE CASCADE,
    CONSTRAINT transaction_quality_events_deal_id_fkey FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE,
    INDEX transaction_quality_events_signal_id_idx (signal_id),
    INDEX transaction_quality_events_deal_id_idx (deal_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

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
