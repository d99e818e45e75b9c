//! The installation settings row (a single row, id 1).

use chrono::{DateTime, Utc};
use crm_core::settings::{Settings, SettingsChange, VAT_PERCENT_SCALE};

use crate::dialect::statement;
use crate::{Db, Exact, StoreError, dispatch};

const ENTITY: &str = "installation_settings";
const ROW_ID: i64 = 1;

const SELECT: &str = "SELECT organization_name, vat_percent, mark_payments_through_representation, \
     check_shipment_dates, default_language, updated_at, version \
     FROM installation_settings WHERE id = ?";

const UPDATE: &str = "UPDATE installation_settings SET organization_name = ?, vat_percent = ?, \
     mark_payments_through_representation = ?, check_shipment_dates = ?, default_language = ?, \
     updated_at = ?, version = version + 1 \
     WHERE id = ? AND version = ?";

#[derive(sqlx::FromRow)]
struct SettingsRow {
    organization_name: String,
    vat_percent: Exact,
    mark_payments_through_representation: bool,
    check_shipment_dates: bool,
    default_language: String,
    updated_at: DateTime<Utc>,
    version: i32,
}

impl From<SettingsRow> for Settings {
    fn from(row: SettingsRow) -> Self {
        // PostgreSQL returns a NUMERIC zero without its scale; show every backend's value as the
        // column holds it, e.g. "0.00".
        let mut vat_percent = row.vat_percent.0;
        vat_percent.rescale(VAT_PERCENT_SCALE);
        Settings {
            organization_name: row.organization_name,
            vat_percent,
            mark_payments_through_representation: row.mark_payments_through_representation,
            check_shipment_dates: row.check_shipment_dates,
            default_language: row.default_language,
            updated_at: row.updated_at,
            version: row.version,
        }
    }
}

/// Reads the settings.
pub async fn get(db: &Db) -> Result<Settings, StoreError> {
    let row: Option<SettingsRow> = dispatch!(db, |pool, backend| {
        sqlx::query_as(statement(backend, SELECT))
            .bind(ROW_ID)
            .fetch_optional(pool)
            .await?
    });
    row.map(Settings::from).ok_or(StoreError::NotFound {
        entity: ENTITY,
        id: ROW_ID,
    })
}

/// Writes a validated edit if the row is still at the version the editor read; otherwise nothing
/// is written and the stored row comes back in [`StoreError::Conflict`].
pub async fn update(db: &Db, change: &SettingsChange) -> Result<Settings, StoreError> {
    let now = crate::now();
    dispatch!(db, |pool, backend| {
        let mut tx = pool.begin_with(crate::dialect::begin_write(backend)).await?;
        let written = sqlx::query(statement(backend, UPDATE))
            .bind(&change.organization_name)
            .bind(Exact(change.vat_percent))
            .bind(change.mark_payments_through_representation)
            .bind(change.check_shipment_dates)
            .bind(&change.default_language)
            .bind(crate::Moment(now))
            .bind(ROW_ID)
            .bind(change.expected_version)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let row: Option<SettingsRow> = sqlx::query_as(statement(backend, SELECT))
            .bind(ROW_ID)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(stored) = row.map(Settings::from) else {
            return Err(StoreError::NotFound {
                entity: ENTITY,
                id: ROW_ID,
            });
        };
        if written == 0 {
            return Err(conflict(&stored));
        }
        tx.commit().await?;
        Ok(stored)
    })
}

fn conflict(current: &Settings) -> StoreError {
    match serde_json::to_value(current) {
        Ok(json) => StoreError::Conflict {
            entity: ENTITY,
            id: ROW_ID,
            version: current.version,
            current: json,
        },
        Err(e) => StoreError::Corrupt(e.to_string()),
    }
}
