-- Users, roles, departments and user profiles (DOMAIN.md §2).
-- SQLite: money and rates are TEXT holding the exact decimal; dates, times and timestamps are
-- ISO-8601 TEXT (timestamps in UTC); booleans are INTEGER 0/1; see migrations/README.md.

-- Users (§2.1). Deactivated, never deleted, while they own records (R-USER-6).
CREATE TABLE users (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    username     TEXT    NOT NULL DEFAULT '' CHECK (length(username) <= 150),
    first_name   TEXT    NOT NULL DEFAULT '' CHECK (length(first_name) <= 150),
    last_name    TEXT    NOT NULL DEFAULT '' CHECK (length(last_name) <= 150),
    email        TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    is_active    INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_staff     INTEGER NOT NULL DEFAULT 0 CHECK (is_staff IN (0, 1)),
    is_superuser INTEGER NOT NULL DEFAULT 0 CHECK (is_superuser IN (0, 1)),
    date_joined  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    last_login   TEXT    NULL,
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX users_username_key ON users (username);

-- Roles (§2.2): named permission sets, keyed by name (managers, operators, …).
CREATE TABLE roles (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 150),
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX roles_name_key ON roles (name);

-- The roles a user holds.
CREATE TABLE user_roles (
    user_id INTEGER NOT NULL,
    role_id INTEGER NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_roles_role_id_fkey FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
);
CREATE INDEX user_roles_role_id_idx ON user_roles (role_id);

-- Departments (§2.3). default_country_id and default_currency_id are added with their tables in 0003.
CREATE TABLE departments (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 150),
    works_globally INTEGER NOT NULL DEFAULT 0 CHECK (works_globally IN (0, 1)),
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX departments_name_key ON departments (name);

-- Department membership; a user's own department is the one with the lowest id (R-USER-4).
CREATE TABLE user_departments (
    user_id       INTEGER NOT NULL,
    department_id INTEGER NOT NULL,
    PRIMARY KEY (user_id, department_id),
    CONSTRAINT user_departments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_departments_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE INDEX user_departments_department_id_idx ON user_departments (department_id);

-- One profile per user (§2.4), created with the user.
CREATE TABLE user_profiles (
    user_id           INTEGER NOT NULL PRIMARY KEY,
    pbx_number        TEXT    NOT NULL DEFAULT '' CHECK (length(pbx_number) <= 20),
    utc_timezone      TEXT    NOT NULL DEFAULT '' CHECK (length(utc_timezone) <= 19),
    activate_timezone INTEGER NOT NULL DEFAULT 0 CHECK (activate_timezone IN (0, 1)),
    messages          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(messages)),
    language_code     TEXT    NOT NULL DEFAULT '' CHECK (length(language_code) <= 7),
    avatar            TEXT    NULL     CHECK (length(avatar) <= 250),
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version           INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT user_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
