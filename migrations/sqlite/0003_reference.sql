-- Reference data: countries, cities, currencies, rates and the per-department lists (§3).
-- SQLite: money and rates are TEXT holding the exact decimal; dates, times and timestamps are
-- ISO-8601 TEXT (timestamps in UTC); booleans are INTEGER 0/1; see migrations/README.md.

-- Countries (§3.1), seeded in 0007.
CREATE TABLE countries (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 40),
    alternative_names TEXT    NOT NULL DEFAULT '' CHECK (length(alternative_names) <= 100),
    url_name          TEXT    NOT NULL DEFAULT '' CHECK (length(url_name) <= 50),
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX countries_name_key ON countries (name);

-- Cities (§3.2), created on the fly from typed names.
CREATE TABLE cities (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 40),
    alternative_names TEXT    NOT NULL DEFAULT '' CHECK (length(alternative_names) <= 100),
    country_id        INTEGER NOT NULL,
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version           INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT cities_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE CASCADE
);
CREATE INDEX cities_name_idx ON cities (name, country_id);
CREATE INDEX cities_country_id_idx ON cities (country_id);

-- Currencies (§3.3): ISO-4217 code and the current rates.
CREATE TABLE currencies (
    id                         INTEGER PRIMARY KEY AUTOINCREMENT,
    name                       TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 3),
    rate_to_state_currency     TEXT    NOT NULL DEFAULT '1.00000000',
    rate_to_marketing_currency TEXT    NOT NULL DEFAULT '1.00000000',
    is_state_currency          INTEGER NOT NULL DEFAULT 0 CHECK (is_state_currency IN (0, 1)),
    is_marketing_currency      INTEGER NOT NULL DEFAULT 0 CHECK (is_marketing_currency IN (0, 1)),
    auto_update                INTEGER NOT NULL DEFAULT 1 CHECK (auto_update IN (0, 1)),
    created_at                 TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at                 TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX currencies_name_key ON currencies (name);

-- Dated exchange rates (§3.4), one per currency and day.
CREATE TABLE rates (
    id                         INTEGER PRIMARY KEY AUTOINCREMENT,
    currency_id                INTEGER NOT NULL,
    payment_date               TEXT    NOT NULL DEFAULT (date('now')),
    rate_to_state_currency     TEXT    NOT NULL,
    rate_to_marketing_currency TEXT    NOT NULL,
    rate_type                  TEXT    NOT NULL DEFAULT 'A' CHECK (length(rate_type) <= 1),
    created_at                 TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at                 TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                    INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT rates_rate_type_check CHECK (rate_type IN ('A', 'O')),
    CONSTRAINT rates_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX rates_currency_date_key ON rates (currency_id, payment_date);

-- Types of clients (§3.5), per department.
CREATE TABLE client_types (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    department_id INTEGER NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version       INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT client_types_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE INDEX client_types_department_id_idx ON client_types (department_id);

-- Industries of clients (§3.5), per department.
CREATE TABLE industries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    department_id INTEGER NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version       INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT industries_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE INDEX industries_department_id_idx ON industries (department_id);

-- Lead sources (§3.6), per department. uuid is the public token of the source's web form:
-- random, lowercase, unique.
CREATE TABLE lead_sources (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    department_id    INTEGER NOT NULL,
    email            TEXT    NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    uuid             TEXT    NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) CHECK (length(uuid) <= 36),
    form_template    TEXT    NOT NULL DEFAULT '' CHECK (length(form_template) <= 70),
    success_template TEXT    NOT NULL DEFAULT '' CHECK (length(success_template) <= 70),
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version          INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT lead_sources_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX lead_sources_uuid_key ON lead_sources (uuid);
CREATE INDEX lead_sources_department_id_idx ON lead_sources (department_id);

-- Deal stages (§3.7), per department, in index_number order. The per-department invariants
-- (one default, one success stage, …) are checked when stages are saved.
CREATE TABLE stages (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    name                      TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    department_id             INTEGER NOT NULL,
    index_number              INTEGER NOT NULL DEFAULT 1,
    is_default                INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    second_default            INTEGER NOT NULL DEFAULT 0 CHECK (second_default IN (0, 1)),
    success_stage             INTEGER NOT NULL DEFAULT 0 CHECK (success_stage IN (0, 1)),
    conditional_success_stage INTEGER NOT NULL DEFAULT 0 CHECK (conditional_success_stage IN (0, 1)),
    goods_shipped             INTEGER NOT NULL DEFAULT 0 CHECK (goods_shipped IN (0, 1)),
    created_at                TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at                TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                   INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT stages_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE INDEX stages_department_order_idx ON stages (department_id, index_number);

-- Reasons for closing a deal (§3.8), per department, in index_number order.
CREATE TABLE closing_reasons (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    department_id  INTEGER NOT NULL,
    index_number   INTEGER NOT NULL,
    success_reason INTEGER NOT NULL DEFAULT 0 CHECK (success_reason IN (0, 1)),
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT closing_reasons_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE
);
CREATE INDEX closing_reasons_department_order_idx ON closing_reasons (department_id, index_number);

-- Product categories (§3.9).
CREATE TABLE product_categories (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    description   TEXT    NOT NULL DEFAULT '',
    department_id INTEGER NULL,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version       INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT product_categories_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX product_categories_department_name_idx ON product_categories (department_id, name);

-- Products and services (§3.10).
CREATE TABLE products (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    description         TEXT    NOT NULL DEFAULT '',
    price               TEXT    NULL,
    currency_id         INTEGER NULL,
    on_sale             INTEGER NOT NULL DEFAULT 1 CHECK (on_sale IN (0, 1)),
    type                TEXT    NULL     DEFAULT 'G' CHECK (length(type) <= 1),
    product_category_id INTEGER NULL,
    modified_by_id      INTEGER NULL,
    department_id       INTEGER NULL,
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version             INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT products_type_check CHECK (type IN ('G', 'S')),
    CONSTRAINT products_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE SET NULL,
    CONSTRAINT products_product_category_id_fkey FOREIGN KEY (product_category_id) REFERENCES product_categories (id) ON DELETE SET NULL,
    CONSTRAINT products_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT products_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE INDEX products_department_name_idx ON products (department_id, name);
CREATE INDEX products_currency_id_idx ON products (currency_id);
CREATE INDEX products_product_category_id_idx ON products (product_category_id);
CREATE INDEX products_modified_by_id_idx ON products (modified_by_id);

-- CRM tags (§3.11): unique per department ignoring case (R-REF-3). PostgreSQL compares
-- lower(name); MariaDB's utf8mb4_unicode_ci and SQLite's NOCASE compare without case.
CREATE TABLE tags (
    id             INTEGER             PRIMARY KEY AUTOINCREMENT,
    name           TEXT COLLATE NOCASE NOT NULL DEFAULT '' CHECK (length(name) <= 70),
    owner_id       INTEGER             NULL,
    modified_by_id INTEGER             NULL,
    department_id  INTEGER             NULL,
    created_at     TEXT                NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at     TEXT                NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version        INTEGER             NOT NULL DEFAULT 1,
    CONSTRAINT tags_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT tags_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT tags_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX tags_department_name_key ON tags (department_id, name);
CREATE INDEX tags_owner_id_idx ON tags (owner_id);
CREATE INDEX tags_modified_by_id_idx ON tags (modified_by_id);

-- Department defaults (§2.3) refer to tables created in this migration.
ALTER TABLE departments ADD COLUMN default_country_id INTEGER NULL
    CONSTRAINT departments_default_country_id_fkey REFERENCES countries (id) ON DELETE SET NULL;
CREATE INDEX departments_default_country_id_idx ON departments (default_country_id);

ALTER TABLE departments ADD COLUMN default_currency_id INTEGER NULL
    CONSTRAINT departments_default_currency_id_fkey REFERENCES currencies (id) ON DELETE SET NULL;
CREATE INDEX departments_default_currency_id_idx ON departments (default_currency_id);
