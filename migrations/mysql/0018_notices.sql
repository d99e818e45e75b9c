-- R-NOTIF-1 … R-NOTIF-3: the in-app notices of each user and the queue of notification e-mails.
-- A notice needs its own row (read flag, the object it is about, newest-first paging), so it is
-- not kept in the profile's `messages` list; e-mails wait here until a sender delivers them, so
-- a notice raised while the mail server is down still goes out later.
CREATE TABLE notices (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    level       VARCHAR(10)  NOT NULL DEFAULT 'info',
    text        LONGTEXT     NOT NULL DEFAULT (''),
    target_type VARCHAR(30)  NOT NULL DEFAULT '',
    target_id   BIGINT       NULL,
    object_name VARCHAR(250) NOT NULL DEFAULT '',
    is_read     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version     INTEGER      NOT NULL DEFAULT 1,
    CONSTRAINT notices_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX notices_user_id_idx (user_id, created_at),
    INDEX notices_unread_idx (user_id, is_read, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One outgoing notification e-mail: the recipients who share a language get it together (R-NOTIF-2).
CREATE TABLE notice_emails (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    language   VARCHAR(7)  NOT NULL DEFAULT '',
    recipients LONGTEXT    NOT NULL DEFAULT (''),
    subject    LONGTEXT    NOT NULL DEFAULT (''),
    body       LONGTEXT    NOT NULL DEFAULT (''),
    sent_at    DATETIME(6) NULL,
    attempts   INTEGER     NOT NULL DEFAULT 0,
    last_error LONGTEXT    NOT NULL DEFAULT (''),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INTEGER     NOT NULL DEFAULT 1,
    INDEX notice_emails_sent_at_idx (sent_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
