-- Reference data: countries, cities, currencies, rates and the per-department lists (§3).

-- Countries (§3.1), seeded in 0007.
CREATE TABLE countries (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(40)  NOT NULL DEFAULT '',
    alternative_names VARCHAR(100) NOT NULL DEFAULT '',
    url_name          VARCHAR(50)  NOT NULL DEFAULT '',
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version           INT          NOT NULL DEFAULT 1,
    UNIQUE KEY countries_name_key (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cities (§3.2), created on the fly from typed names.
CREATE TABLE cities (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(40)  NOT NULL DEFAULT '',
    alternative_names VARCHAR(100) NOT NULL DEFAULT '',
    country_id        BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version           INT          NOT NULL DEFAULT 1,
    CONSTRAINT cities_country_id_fkey FOREIGN KEY (country_id) REFERENCES countries (id) ON DELETE CASCADE,
    INDEX cities_name_idx (name, country_id),
    INDEX cities_country_id_idx (country_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Currencies (§3.3): ISO-4217 code and the current rates.
CREATE TABLE currencies (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                       VARCHAR(3)    NOT NULL DEFAULT '',
    rate_to_state_currency     DECIMAL(18,8) NOT NULL DEFAULT 1,
    rate_to_marketing_currency DECIMAL(18,8) NOT NULL DEFAULT 1,
    is_state_currency          TINYINT(1)    NOT NULL DEFAULT 0,
    is_marketing_currency      TINYINT(1)    NOT NULL DEFAULT 0,
    auto_update                TINYINT(1)    NOT NULL DEFAULT 1,
    created_at                 DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                 DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                    INT           NOT NULL DEFAULT 1,
    UNIQUE KEY currencies_name_key (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dated exchange rates (§3.4), one per currency and day.
CREATE TABLE rates (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    currency_id                BIGINT        NOT NULL,
    payment_date               DATE          NOT NULL DEFAULT (CURRENT_DATE),
    rate_to_state_currency     DECIMAL(18,8) NOT NULL,
    rate_to_marketing_currency DECIMAL(18,8) NOT NULL,
    rate_type                  VARCHAR(1)    NOT NULL DEFAULT 'A',
    created_at                 DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                 DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                    INT           NOT NULL DEFAULT 1,
    CONSTRAINT rates_rate_type_check CHECK (rate_type IN ('A', 'O')),
    CONSTRAINT rates_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE CASCADE,
    UNIQUE KEY rates_currency_date_key (currency_id, payment_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Types of clients (§3.5), per department.
CREATE TABLE client_types (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(70) NOT NULL DEFAULT '',
    department_id BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       INT         NOT NULL DEFAULT 1,
    CONSTRAINT client_types_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    INDEX client_types_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Industries of clients (§3.5), per department.
CREATE TABLE industries (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(70) NOT NULL DEFAULT '',
    department_id BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       INT         NOT NULL DEFAULT 1,
    CONSTRAINT industries_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    INDEX industries_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lead sources (§3.6), per department. uuid is the public token of the source's web form:
-- random, lowercase, unique.
CREATE TABLE lead_sources (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(70)  NOT NULL DEFAULT '',
    department_id    BIGINT       NOT NULL,
    email            VARCHAR(254) NOT NULL DEFAULT '',
    uuid             CHAR(36)     NOT NULL DEFAULT (UUID()),
    form_template    VARCHAR(70)  NOT NULL DEFAULT '',
    success_template VARCHAR(70)  NOT NULL DEFAULT '',
    created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version          INT          NOT NULL DEFAULT 1,
    CONSTRAINT lead_sources_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    UNIQUE KEY lead_sources_uuid_key (uuid),
    INDEX lead_sources_department_id_idx (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deal stages (§3.7), per department, in index_number order. The per-department invariants
-- (one default, one success stage, …) are checked when stages are saved.
CREATE TABLE stages (
    id                        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                      VARCHAR(70) NOT NULL DEFAULT '',
    department_id             BIGINT      NOT NULL,
    index_number              SMALLINT    NOT NULL DEFAULT 1,
    is_default                TINYINT(1)  NOT NULL DEFAULT 0,
    second_default            TINYINT(1)  NOT NULL DEFAULT 0,
    success_stage             TINYINT(1)  NOT NULL DEFAULT 0,
    conditional_success_stage TINYINT(1)  NOT NULL DEFAULT 0,
    goods_shipped             TINYINT(1)  NOT NULL DEFAULT 0,
    created_at                DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                   INT         NOT NULL DEFAULT 1,
    CONSTRAINT stages_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    INDEX stages_department_order_idx (department_id, index_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reasons for closing a deal (§3.8), per department, in index_number order.
CREATE TABLE closing_reasons (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(70) NOT NULL DEFAULT '',
    department_id  BIGINT      NOT NULL,
    index_number   SMALLINT    NOT NULL,
    success_reason TINYINT(1)  NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT         NOT NULL DEFAULT 1,
    CONSTRAINT closing_reasons_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
    INDEX closing_reasons_department_order_idx (department_id, index_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Product categories (§3.9).
CREATE TABLE product_categories (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(70) NOT NULL DEFAULT '',
    description   LONGTEXT    NOT NULL DEFAULT (''),
    department_id BIGINT      NULL,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       INT         NOT NULL DEFAULT 1,
    CONSTRAINT product_categories_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX product_categories_department_name_idx (department_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Products and services (§3.10).
CREATE TABLE products (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(70)   NOT NULL DEFAULT '',
    description         LONGTEXT      NOT NULL DEFAULT (''),
    price               DECIMAL(18,2) NULL,
    currency_id         BIGINT        NULL,
    on_sale             TINYINT(1)    NOT NULL DEFAULT 1,
    type                VARCHAR(1)    NULL     DEFAULT 'G',
    product_category_id BIGINT        NULL,
    modified_by_id      BIGINT        NULL,
    department_id       BIGINT        NULL,
    created_at          DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version             INT           NOT NULL DEFAULT 1,
    CONSTRAINT products_type_check CHECK (type IN ('G', 'S')),
    CONSTRAINT products_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES currencies (id) ON DELETE SET NULL,
    CONSTRAINT products_product_category_id_fkey FOREIGN KEY (product_category_id) REFERENCES product_categories (id) ON DELETE SET NULL,
    CONSTRAINT products_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT products_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    INDEX products_department_name_idx (department_id, name),
    INDEX products_currency_id_idx (currency_id),
    INDEX products_product_category_id_idx (product_category_id),
    INDEX products_modified_by_id_idx (modified_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- CRM tags (§3.11): unique per department ignoring case (R-REF-3). PostgreSQL compares
-- lower(name); MariaDB's utf8mb4_unicode_ci and SQLite's NOCASE compare without case.
CREATE TABLE tags (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(70) NOT NULL DEFAULT '',
    owner_id       BIGINT      NULL,
    modified_by_id BIGINT      NULL,
    department_id  BIGINT      NULL,
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT         NOT NULL DEFAULT 1,
    CONSTRAINT tags_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT tags_modified_by_id_fkey FOREIGN KEY (modified_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT tags_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    UNIQUE KEY tags_department_name_key (department_id, name),
    INDEX tags_owner_id_idx (owner_id),
    INDEX tags_modified_by_id_idx (modified_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Department defaults (§2.3) refer to tables created in this migration.
ALTER TABLE departments
    ADD COLUMN default_country_id BIGINT NULL,
    ADD INDEX departments_default_country_id_idx (default_country_id),
    ADD CONSTRAINT departments_default_country_id_fkey FOREIGN KEY (default_country_id) REFERENCES countries (id) ON DELETE SET NULL;

ALTER TABLE departments
    ADD COLUMN default_currency_id BIGINT NULL,
    ADD INDEX departments_default_currency_id_idx (default_currency_id),
    ADD CONSTRAINT departments_default_currency_id_fkey FOREIGN KEY (default_currency_id) REFERENCES currencies (id) ON DELETE SET NULL;
