-- Installation constants (DOMAIN.md §5): one row, configured by an administrator.
CREATE TABLE installation_settings (
    id                                   BIGINT       NOT NULL PRIMARY KEY,
    organization_name                    VARCHAR(100) NOT NULL DEFAULT '',
    vat_percent                          DECIMAL(5,2) NOT NULL DEFAULT 0,
    mark_payments_through_representation TINYINT(1)   NOT NULL DEFAULT 0,
    check_shipment_dates                 TINYINT(1)   NOT NULL DEFAULT 1,
    default_language                     VARCHAR(7)   NOT NULL DEFAULT 'en',
    created_at                           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                              INT          NOT NULL DEFAULT 1,
    CONSTRAINT installation_settings_single_row CHECK (id = 1),
    CONSTRAINT installation_settings_vat_range CHECK (vat_percent >= 0 AND vat_percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO installation_settings (id) VALUES (1);
