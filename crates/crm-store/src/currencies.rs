//! Currencies (DOMAIN.md §3.3). The "at most one state / marketing currency" rules span rows and
//! are checked before saving (R-CUR), not here.

use crate::record::{Column, Entity, Filter, Kind};

pub static CURRENCY: Entity = Entity {
    key: "currency",
    table: "currencies",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("rate_to_state_currency", Kind::Rate),
        Column::new("rate_to_marketing_currency", Kind::Rate),
        Column::new("is_state_currency", Kind::Bool),
        Column::new("is_marketing_currency", Kind::Bool),
        Column::new("auto_update", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("auto_update", Kind::Bool),
        Filter::eq("is_state_currency", Kind::Bool),
        Filter::eq("is_marketing_currency", Kind::Bool),
    ],
};

const STATE: &str = "SELECT id FROM currencies WHERE is_state_currency = ? ORDER BY id LIMIT 1";

/// The id of the state currency (R-CUR-2), when one is marked.
pub async fn state_currency(db: &crate::Db) -> Result<Option<i64>, crate::StoreError> {
    crate::dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(crate::dialect::statement(backend, STATE))
            .bind(true)
            .fetch_optional(pool)
            .await?)
    })
}
