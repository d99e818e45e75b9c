-- Installation constants (DOMAIN.md §5): one row, configured by an administrator.
-- Decimals are TEXT holding the exact value at the column's scale; timestamps are ISO-8601 UTC text.
CREATE TABLE installation_settings (
    id                                   INTEGER NOT NULL PRIMARY KEY,
    organization_name                    TEXT    NOT NULL DEFAULT '',
    vat_percent                          TEXT    NOT NULL DEFAULT '0.00',
    mark_payments_through_representation INTEGER NOT NULL DEFAULT 0,
    check_shipment_dates                 INTEGER NOT NULL DEFAULT 1,
    default_language                     TEXT    NOT NULL DEFAULT 'en',
    created_at                           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    updated_at                           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')),
    version                              INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT installation_settings_single_row CHECK (id = 1),
    CONSTRAINT installation_settings_name_length CHECK (length(organization_name) <= 100),
    CONSTRAINT installation_settings_language_length CHECK (length(default_language) <= 7),
    CONSTRAINT installation_settings_vat_range CHECK (CAST(vat_percent AS REAL) BETWEEN 0 AND 100),
    CONSTRAINT installation_settings_flags CHECK (
        mark_payments_through_representation IN (0, 1) AND check_shipment_dates IN (0, 1))
);

INSERT INTO installation_settings (id) VALUES (1);
