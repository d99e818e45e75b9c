-- Installation constants (DOMAIN.md §5): one row, configured by an administrator.
CREATE TABLE installation_settings (
    id                                   BIGINT       NOT NULL PRIMARY KEY,
    organization_name                    VARCHAR(100) NOT NULL DEFAULT '',
    vat_percent                          NUMERIC(5,2) NOT NULL DEFAULT 0,
    mark_payments_through_representation BOOLEAN      NOT NULL DEFAULT FALSE,
    check_shipment_dates                 BOOLEAN      NOT NULL DEFAULT TRUE,
    default_language                     VARCHAR(7)   NOT NULL DEFAULT 'en',
    created_at                           TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                           TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version                              INTEGER      NOT NULL DEFAULT 1,
    CONSTRAINT installation_settings_single_row CHECK (id = 1),
    CONSTRAINT installation_settings_vat_range CHECK (vat_percent >= 0 AND vat_percent <= 100)
);

INSERT INTO installation_settings (id) VALUES (1);
