//! Lead sources (DOMAIN.md §3.6), a per-department list.

use crate::record::{Column, Entity, Filter, Kind};

pub static LEAD_SOURCE: Entity = Entity {
    key: "lead_source",
    table: "lead_sources",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("department_id", Kind::I64),
        Column::new("email", Kind::Text),
        Column::new("form_template", Kind::Text),
        Column::new("success_template", Kind::Text),
    ],
    // The public web-form token: a UUID from the column default, never edited, so published
    // forms keep working.
    read_only: &[Column::new("uuid", Kind::Text)],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
    ],
};

/// A lead source found by its web-form token.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TokenOwner {
    pub id: i64,
    pub department_id: Option<i64>,
}

const BY_TOKEN: &str = "SELECT id, department_id FROM lead_sources WHERE uuid = ?";

/// The lead source whose web-form token is `token` (R-REQ-13).
pub async fn by_token(db: &crate::Db, token: &str) -> Result<Option<TokenOwner>, crate::StoreError> {
    crate::dispatch!(db, |pool, backend| {
        Ok(sqlx::query_as(crate::dialect::statement(backend, BY_TOKEN))
            .bind(token.to_lowercase())
            .fetch_optional(pool)
            .await?)
    })
}
