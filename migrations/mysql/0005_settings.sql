-- Settings entities (§5).

-- Free-mail domains (§5), stored lowercase: an address there never identifies a company.
CREATE TABLE public_email_domains (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    domain     VARCHAR(20) NOT NULL DEFAULT '',
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INT         NOT NULL DEFAULT 1,
    UNIQUE KEY public_email_domains_domain_key (domain)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Company names that drop a web-form request (§5).
CREATE TABLE banned_company_names (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(50) NOT NULL DEFAULT '',
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INT         NOT NULL DEFAULT 1,
    UNIQUE KEY banned_company_names_name_key (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Phrases that drop a web-form request (§5); the date is refreshed whenever one fires.
CREATE TABLE stop_phrases (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phrase               VARCHAR(100) NOT NULL DEFAULT '',
    last_occurrence_date DATE         NOT NULL DEFAULT (CURRENT_DATE),
    created_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version              INT          NOT NULL DEFAULT 1,
    UNIQUE KEY stop_phrases_phrase_key (phrase)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mass-mail settings (§5): one row, id 1.
CREATE TABLE massmail_settings (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    emails_per_day      INT          NOT NULL DEFAULT 94,
    use_business_time   TINYINT(1)   NOT NULL DEFAULT 0,
    business_time_start TIME         NOT NULL DEFAULT '08:30:00',
    business_time_end   TIME         NOT NULL DEFAULT '17:30:00',
    unsubscribe_url     VARCHAR(200) NOT NULL DEFAULT 'https://www.example.com/unsubscribe',
    created_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version             INT          NOT NULL DEFAULT 1,
    CONSTRAINT massmail_settings_single_row CHECK (id = 1),
    CONSTRAINT massmail_settings_emails_per_day_check CHECK (emails_per_day >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminder settings (§5): one row, id 1; seconds between reminder checks.
CREATE TABLE reminder_settings (
    id             BIGINT      NOT NULL PRIMARY KEY,
    check_interval BIGINT      NOT NULL DEFAULT 300,
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT         NOT NULL DEFAULT 1,
    CONSTRAINT reminder_settings_single_row CHECK (id = 1),
    CONSTRAINT reminder_settings_check_interval_check CHECK (check_interval >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
