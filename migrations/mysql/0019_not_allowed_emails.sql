-- Addresses the CRM never writes to (R-EMAIL-8): an e-mail naming one in `to` or `cc` is refused.
-- Stored lowercase.
CREATE TABLE not_allowed_emails (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(250) NOT NULL DEFAULT '',
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    INT          NOT NULL DEFAULT 1,
    UNIQUE KEY not_allowed_emails_email_key (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
