-- The names administrators give per-department reference items (stages, closing reasons, client
-- types, industries, lead sources), registered for translation (R-REF-2): each name once, with its
-- translations by language code as a JSON object.
CREATE TABLE translatable_names (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    translations JSON         NOT NULL DEFAULT ('{}'),
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT          NOT NULL DEFAULT 1,
    UNIQUE KEY translatable_names_name_key (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
