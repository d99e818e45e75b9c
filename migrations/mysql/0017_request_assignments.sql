-- R-NOTIF-4: "request assigned to user U", one row per assignment, written in the transaction that
-- assigns. The notifier reads the rows after the last one it showed, so an assignment made while
-- the app was closed or offline is still delivered, exactly once.
CREATE TABLE request_assignments (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    as_co_owner    BOOLEAN     NOT NULL DEFAULT FALSE,
    assigned_by_id BIGINT      NULL,
    assigned_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT request_assignments_request_id_fkey FOREIGN KEY (request_id) REFERENCES requests (id) ON DELETE CASCADE,
    CONSTRAINT request_assignments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT request_assignments_assigned_by_id_fkey FOREIGN KEY (assigned_by_id) REFERENCES users (id) ON DELETE SET NULL,
    INDEX request_assignments_user_id_idx (user_id, id),
    INDEX request_assignments_request_id_idx (request_id),
    INDEX request_assignments_assigned_by_id_idx (assigned_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
