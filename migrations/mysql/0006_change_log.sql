-- The change history of every CRM entity.

-- Change history: who did what to which record, when. changes maps each field to [old, new].
-- Written in the transaction of the change; rows are never updated.
CREATE TABLE change_log (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity         VARCHAR(30) NOT NULL,
    entity_id      BIGINT      NOT NULL,
    action         VARCHAR(10) NOT NULL,
    user_id        BIGINT      NULL,
    changed_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    changes        JSON        NOT NULL DEFAULT ('{}'),
    merged_into_id BIGINT      NULL,
    CONSTRAINT change_log_action_check CHECK (action IN ('create', 'update', 'delete', 'restore', 'merge', 'purge')),
    CONSTRAINT change_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    INDEX change_log_entity_idx (entity, entity_id, changed_at),
    INDEX change_log_changed_at_idx (changed_at),
    INDEX change_log_user_id_idx (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
