//! The change history: every create, update, delete, restore and merge of a CRM record is written
//! to `change_log` in the same transaction as the change itself, so history rows and committed
//! changes can never disagree.

use serde::Serialize;
use serde_json::{Map, Value};

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
    Restore,
    Merge,
    Purge,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Restore => "restore",
            Action::Merge => "merge",
            Action::Purge => "purge",
        }
    }
}

/// Bookkeeping fields that change on every write and say nothing a reader of the history needs.
pub(crate) const NOT_HISTORY: &[&str] = &["updated_at", "version", "modified_by_id"];

/// `{field: [old, new]}` for every field that differs between two serialized records.
pub fn diff<T: Serialize>(before: &T, after: &T) -> Map<String, Value> {
    let (Ok(Value::Object(before)), Ok(Value::Object(after))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Map::new();
    };
    after
        .into_iter()
        .filter(|(field, _)| !NOT_HISTORY.contains(&field.as_str()))
        .filter_map(|(field, new)| {
            let old = before.get(&field).cloned().unwrap_or(Value::Null);
            (old != new).then(|| (field, Value::Array(vec![old, new])))
        })
        .collect()
}

/// Whether a field's value says nothing a snapshot must keep: a field left out of one reads as
/// empty, so a record is rebuilt from its snapshot without them.
pub(crate) fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

/// `{field: [null, value]}` for every field of a new record that holds something (see
/// [`is_blank`]): half of a new record's fields are empty, and its history row would be twice as
/// long with them.
pub fn created<T: Serialize>(record: &T) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(fields)) => fields
            .into_iter()
            .filter(|(field, value)| !NOT_HISTORY.contains(&field.as_str()) && !is_blank(value))
            .map(|(field, value)| (field, Value::Array(vec![Value::Null, value])))
            .collect(),
        _ => Map::new(),
    }
}

/// Inserts one `change_log` row on the transaction `$tx` of backend `$backend`; used inside
/// [`crate::dispatch!`] bodies, so it expands once per driver.
#[macro_export]
#[doc(hidden)]
macro_rules! record_history {
    ($tx:expr, $backend:expr, $entity:expr, $id:expr, $action:expr, $user:expr, $changes:expr) => {{
        let changes = serde_json::Value::Object($changes).to_string();
        let mut qb = sqlx::QueryBuilder::new(
            "INSERT INTO change_log (entity, entity_id, action, user_id, changed_at, changes) VALUES (",
        );
        let mut values = qb.separated(", ");
        values.push_bind($entity);
        values.push_bind($id);
        values.push_bind($action.code());
        values.push_bind($user);
        values.push_bind($crate::Moment($crate::now()));
        // PostgreSQL's JSONB takes no text parameter without a cast; the others store JSON text.
        if $backend == $crate::Backend::Postgres {
            values.push("CAST(");
            values.push_bind_unseparated(changes);
            values.push_unseparated(" AS JSONB)");
        } else {
            values.push_bind(changes);
        }
        qb.push(")");
        qb.build().execute(&mut *$tx).await?;
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_diff_names_only_changed_fields_with_old_and_new_values() {
        let before = json!({"full_name": "Acme", "phone": "1", "version": 1, "updated_at": "a"});
        let after = json!({"full_name": "Acme Ltd", "phone": "1", "version": 2, "updated_at": "b"});
        assert_eq!(
            Value::Object(diff(&before, &after)),
            json!({"full_name": ["Acme", "Acme Ltd"]})
        );
    }
}

/// Records that record `duplicate` of `entity` was merged into `original` (R-DUP-1): the
/// duplicate's history ends with a `merge` row naming the record that lives on.
pub async fn record_merge(
    tx: &mut crate::Tx,
    entity: &'static str,
    duplicate: i64,
    original: i64,
    user: Option<i64>,
) -> Result<(), crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, backend| {
        let mut qb = sqlx::QueryBuilder::new(
            "INSERT INTO change_log (entity, entity_id, action, user_id, changed_at, changes, merged_into_id) VALUES (",
        );
        let mut values = qb.separated(", ");
        values.push_bind(entity);
        values.push_bind(duplicate);
        values.push_bind(Action::Merge.code());
        values.push_bind(user);
        values.push_bind(crate::Moment(crate::now()));
        if backend == crate::Backend::Postgres {
            values.push("CAST('{}' AS JSONB)");
        } else {
            values.push("'{}'");
        }
        values.push_bind(original);
        qb.push(")");
        qb.build().execute(&mut *conn).await?;
        Ok(())
    })
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: i64,
    action: String,
    user_id: Option<i64>,
    changed_at: chrono::DateTime<chrono::Utc>,
    changes: String,
    merged_into_id: Option<i64>,
}

/// The history of record `id` of `entity`, newest first.
pub async fn of(
    db: &crate::Db,
    entity: &str,
    id: i64,
) -> Result<Vec<crm_core::event::HistoryEntry>, crate::StoreError> {
    let rows: Vec<EntryRow> = crate::dispatch!(db, |pool, backend| {
        // JSON reads back as text: PostgreSQL's JSONB and MySQL's JSON through a cast.
        let sql = match backend {
            crate::Backend::Postgres => {
                "SELECT id, action, user_id, changed_at, CAST(changes AS TEXT) AS changes, merged_into_id \
                 FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC"
            }
            crate::Backend::Mysql => {
                "SELECT id, action, user_id, changed_at, CAST(changes AS CHAR) AS changes, merged_into_id \
                 FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC"
            }
            crate::Backend::Sqlite => {
                "SELECT id, action, user_id, changed_at, changes, merged_into_id \
                 FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC"
            }
        };
        sqlx::query_as(crate::dialect::statement(backend, sql))
            .bind(entity)
            .bind(id)
            .fetch_all(pool)
            .await?
    });
    rows.into_iter()
        .map(|row| {
            Ok(crm_core::event::HistoryEntry {
                id: crm_core::Id(row.id),
                action: row.action,
                user_id: row.user_id.map(crm_core::Id),
                changed_at: row.changed_at,
                changes: serde_json::from_str(&row.changes)
                    .map_err(|e| crate::StoreError::Corrupt(e.to_string()))?,
                merged_into_id: row.merged_into_id.map(crm_core::Id),
            })
        })
        .collect()
}
