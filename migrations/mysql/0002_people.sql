-- Users, roles, departments and user profiles (DOMAIN.md §2).

-- Users (§2.1). Deactivated, never deleted, while they own records (R-USER-6).
CREATE TABLE users (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(150) NOT NULL DEFAULT '',
    first_name   VARCHAR(150) NOT NULL DEFAULT '',
    last_name    VARCHAR(150) NOT NULL DEFAULT '',
    email        VARCHAR(254) NOT NULL DEFAULT '',
    is_active    TINYINT(1)   NOT NULL DEFAULT 1,
    is_staff     TINYINT(1)   NOT NULL DEFAULT 0,
    is_superuser TINYINT(1)   NOT NULL DEFAULT 0,
    date_joined  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_login   DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT          NOT NULL DEFAULT 1,
    UNIQUE KEY users_username_key (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles (§2.2): named permission sets, keyed by name (managers, operators, …).
CREATE TABLE roles (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(150) NOT NULL DEFAULT '',
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INT          NOT NULL DEFAULT 1,
    UNIQUE KEY roles_name_key (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roles a user holds.
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_roles_role_id_fkey FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE,
    INDEX user_roles_role_id_idx (role_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Departments (§2.3). default_country_id and default_currency_id are added with their tables in 0003.
CREATE TABLE departments (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(150) NOT NULL DEFAULT '',
    works_globally TINYINT(1)   NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 1,
    UNIQUE KEY departments_name_key (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Department membership; a user's own department is the one with the lowest id (R-USER-4).
CREATE TABLE user_departments (
    user_id       BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, department_id),
    CONSTRAINT user_departments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_departments_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    INDEX user_departments_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One profile per user (§2.4), created with the user.
CREATE TABLE user_profiles (
    user_id           BIGINT       NOT NULL PRIMARY KEY,
    pbx_number        VARCHAR(20)  NOT NULL DEFAULT '',
    utc_timezone      VARCHAR(19)  NOT NULL DEFAULT '',
    activate_timezone TINYINT(1)   NOT NULL DEFAULT 0,
    messages          JSON         NOT NULL DEFAULT ('[]'),
    language_code     VARCHAR(7)   NOT NULL DEFAULT '',
    avatar            VARCHAR(250) NULL,
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version           INT          NOT NULL DEFAULT 1,
    CONSTRAINT user_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
