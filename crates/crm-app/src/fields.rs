//! Reading the JSON fields of a stored record, and reading every row of a list: the small helpers
//! the workflows share.

use crm_core::Id;
use crm_core::list::{MAX_PAGE_SIZE, PageRequest};
use crm_store::Db;
use crm_store::record::{self, Entity, Fields};
use serde_json::Value;

use crate::{AppError, Session};

/// The id in `field`, if any.
pub(crate) fn id_of(record: &Fields, field: &str) -> Option<Id> {
    record.get(field).and_then(Value::as_i64).map(Id)
}

/// The text in `field`, empty when there is none.
pub(crate) fn text_of<'a>(record: &'a Fields, field: &str) -> &'a str {
    record.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// The flag in `field`, false when there is none.
pub(crate) fn flag_of(record: &Fields, field: &str) -> bool {
    record.get(field).and_then(Value::as_bool).unwrap_or_default()
}

/// The version the record was read at.
pub(crate) fn version_of(record: &Fields) -> i32 {
    record
        .get("version")
        .and_then(Value::as_i64)
        .and_then(|v| i32::try_from(v).ok())
        .unwrap_or_default()
}

/// A JSON object as record fields; anything else as no fields.
pub(crate) fn object(value: Value) -> Fields {
    match value {
        Value::Object(fields) => fields,
        _ => Fields::new(),
    }
}

/// Every row of `entity` matching `filter`, page after page, in the list's default order.
pub(crate) async fn all_rows(
    session: &Session,
    entity: &'static Entity,
    filter: &Fields,
) -> Result<Vec<Fields>, AppError> {
    all_rows_by(session.db(), entity, filter, "").await
}

/// Every row of `entity` matching `filter`, page after page, ascending by `sort` (the list's
/// default order when empty).
pub(crate) async fn all_rows_by(
    db: &Db,
    entity: &'static Entity,
    filter: &Fields,
    sort: &str,
) -> Result<Vec<Fields>, AppError> {
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let page = PageRequest {
            after,
            limit: Some(MAX_PAGE_SIZE),
            descending: false,
        };
        let page = record::list(db, entity, filter, sort, &page).await?;
        rows.extend(page.items);
        match page.next_cursor {
            Some(cursor) => after = Some(cursor),
            None => return Ok(rows),
        }
    }
}
