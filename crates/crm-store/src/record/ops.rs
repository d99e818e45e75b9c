//! The generic operations on any [`Entity`].

use std::collections::HashMap;

use crm_core::list::{Page, PageRequest};
use serde::de::DeserializeOwned;
use serde_json::Value;
use sqlx::QueryBuilder;

use super::codec::{self, decode_value, push_value};
use super::rows::{Cell, Decoded, decode_cell};
use super::{Column, Entity, Fields, FilterOp, Kind, Link};
use crate::Moment;
use crate::history::{self, Action};
use crate::inserted_id::InsertedId as _;
use crate::keyset::{Cursor, SortValue, random_token};
use crate::search::{self, LIKE_ESCAPE, Term};
use crate::{Backend, Db, StoreError, Tx, dispatch, dispatch_tx, record_history};

/// The SELECT list of an entity on `backend` (public so that the benchmarks' bare SQL reads
/// exactly what the record layer reads).
pub fn select_list(entity: &Entity, backend: Backend) -> String {
    selected_fields(entity)
        .iter()
        .map(|(_, column, kind)| codec::select_expr(backend, column, *kind))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value of a field of the input, `Null` when absent.
fn input_value<'a>(input: &'a Fields, field: &str) -> &'a Value {
    input.get(field).unwrap_or(&Value::Null)
}

/// The folded search text of a record: each searched field from the input, or else from the
/// stored record (fields a form does not send, such as the token).
fn search_text(entity: &Entity, input: &Fields, stored: &Fields) -> String {
    let texts: Vec<&str> = entity
        .search
        .iter()
        .filter_map(|field| input.get(*field).or_else(|| stored.get(*field))?.as_str())
        .collect();
    search::search_text(&texts)
}

fn link_ids(entity: &Entity, input: &Fields, field: &str) -> Result<Vec<i64>, StoreError> {
    match input.get(field) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(ids)) => {
            let mut ids = ids
                .iter()
                .map(|id| codec::int(field, id)?.ok_or_else(|| null_id(entity, field)))
                .collect::<Result<Vec<_>, _>>()?;
            ids.sort_unstable();
            ids.dedup();
            Ok(ids)
        }
        Some(other) => Err(StoreError::Corrupt(format!(
            "{}.{field} is {other}, expected ids",
            entity.key
        ))),
    }
}

fn null_id(entity: &Entity, field: &str) -> StoreError {
    StoreError::Corrupt(format!("{}.{field} holds an empty id", entity.key))
}

/// The fields a record's SELECT reads, in order: field, column and kind. [`select_list`] is made
/// from it and `load_records!` decodes by its positions, so the two cannot drift apart.
fn selected_fields(entity: &Entity) -> Vec<(&'static str, &'static str, Kind)> {
    let mut fields = vec![("id", "id", Kind::I64)];
    fields.extend(
        entity
            .columns
            .iter()
            .chain(entity.read_only)
            .map(|c| (c.field, c.column, c.kind)),
    );
    if entity.modified_by {
        fields.push(("modified_by_id", "modified_by_id", Kind::I64));
    }
    fields.extend([
        ("created_at", "created_at", Kind::Time),
        ("updated_at", "updated_at", Kind::Time),
        ("version", "version", Kind::I32),
    ]);
    if entity.soft_delete {
        fields.push(("deleted_at", "deleted_at", Kind::Time));
    }
    fields
}

/// Decodes rows of `$entity` into [`Decoded`] and loads their links on `$conn`, keeping the
/// rows' order.
macro_rules! decode_records {
    ($conn:expr, $entity:expr, $rows:expr) => {{
        let entity: &Entity = $entity;
        let selected = selected_fields(entity);
        let mut cells: Vec<Vec<Cell>> = Vec::with_capacity($rows.len());
        for row in &$rows {
            // Positions follow `select_list`: decoding by position spares a look-up of the name
            // per value.
            let mut values = Vec::with_capacity(selected.len());
            for (at, (_, _, kind)) in selected.iter().enumerate() {
                values.push(decode_cell!(row, at, *kind));
            }
            cells.push(values);
        }
        let mut decoded = Decoded::new(selected.iter().map(|(field, _, _)| *field).collect(), cells);
        let ids = decoded.ids();
        for link in entity.links {
            let mut linked: HashMap<i64, Vec<i64>> = HashMap::new();
            if !ids.is_empty() {
                let mut qb = QueryBuilder::new(format!(
                    "SELECT {own}, {other} FROM {table} WHERE {own} IN (",
                    own = link.own,
                    other = link.other,
                    table = link.table
                ));
                push_ids(&mut qb, &ids);
                qb.push(format!(") ORDER BY {}, {}", link.own, link.other));
                let pairs: Vec<(i64, i64)> = qb.build_query_as().fetch_all(&mut *$conn).await?;
                for (own, other) in pairs {
                    linked.entry(own).or_default().push(other);
                }
            }
            decoded.add_link(link.field, linked);
        }
        decoded
    }};
}

/// Decodes rows of `$entity` as [`Fields`] and loads their links on `$conn`, keeping the rows'
/// order.
macro_rules! load_records {
    ($conn:expr, $entity:expr, $rows:expr) => {
        decode_records!($conn, $entity, $rows).into_fields()
    };
}

/// Reads one record (live or trashed) on `$conn`; `$lock` (such as " FOR UPDATE") ends the
/// SELECT.
macro_rules! fetch_record {
    ($conn:expr, $backend:expr, $entity:expr, $id:expr) => {
        fetch_record!($conn, $backend, $entity, $id, "")
    };
    ($conn:expr, $backend:expr, $entity:expr, $id:expr, $lock:expr) => {{
        let entity: &Entity = $entity;
        let mut qb = QueryBuilder::new(format!(
            "SELECT {} FROM {} WHERE id = ",
            select_list(entity, $backend),
            entity.table
        ));
        qb.push_bind($id).push($lock);
        let rows = qb.build().fetch_all(&mut *$conn).await?;
        load_records!($conn, entity, rows).pop()
    }};
}

/// The start of an UPDATE of `$entity` on `$backend`: `columns = value, ` for each of `$columns`
/// from `$input`, then the editor `$user`; the caller adds the rest and the WHERE.
macro_rules! update_set {
    ($backend:expr, $entity:expr, $columns:expr, $input:expr, $user:expr) => {{
        let entity: &Entity = $entity;
        let mut qb = QueryBuilder::new(format!("UPDATE {} SET ", entity.table));
        for column in $columns {
            qb.push(format!("{} = ", column.column));
            push_value!(
                qb,
                $backend,
                column.field,
                column.kind,
                input_value($input, column.field)
            );
            qb.push(", ");
        }
        if entity.modified_by {
            qb.push("modified_by_id = ").push_bind($user).push(", ");
        }
        qb
    }};
}

/// Replaces the link rows of record `$id`.
macro_rules! write_links {
    ($tx:expr, $entity:expr, $id:expr, $input:expr) => {{
        let entity: &Entity = $entity;
        write_links!($tx, entity, $id, $input, entity.links.iter())
    }};
    ($tx:expr, $entity:expr, $id:expr, $input:expr, $links:expr) => {{
        let entity: &Entity = $entity;
        for link in $links {
            let ids = link_ids(entity, $input, link.field)?;
            let mut qb = QueryBuilder::new(format!("DELETE FROM {} WHERE {} = ", link.table, link.own));
            qb.push_bind($id);
            qb.build().execute(&mut *$tx).await?;
            if !ids.is_empty() {
                let mut qb = QueryBuilder::new(format!(
                    "INSERT INTO {} ({}, {}) ",
                    link.table, link.own, link.other
                ));
                qb.push_values(ids.iter(), |mut row, other| {
                    row.push_bind($id).push_bind(*other);
                });
                qb.build().execute(&mut *$tx).await?;
            }
        }
    }};
}

/// Keeps the MySQL trigram words of a searchable record in step with its search text, in the
/// writing transaction (SQLite's FTS5 table follows by trigger; PostgreSQL indexes the column).
macro_rules! write_grams {
    ($tx:expr, $backend:expr, $entity:expr, $id:expr, $text:expr) => {{
        let entity: &Entity = $entity;
        if $backend == Backend::Mysql && !entity.search.is_empty() {
            let mut qb = QueryBuilder::new(format!("INSERT INTO {}_fts (id, grams) VALUES (", entity.table));
            qb.push_bind($id)
                .push(", ")
                .push_bind(search::gram_words($text))
                .push(") ON DUPLICATE KEY UPDATE grams = VALUES(grams)");
            qb.build().execute(&mut *$tx).await?;
        }
    }};
}

fn not_found(entity: &Entity, id: i64) -> StoreError {
    StoreError::NotFound {
        entity: entity.key,
        id,
    }
}

fn conflict(entity: &Entity, current: Fields) -> StoreError {
    let version = current
        .get("version")
        .and_then(Value::as_i64)
        .and_then(|v| i32::try_from(v).ok())
        .unwrap_or_default();
    let id = current.get("id").and_then(Value::as_i64).unwrap_or_default();
    StoreError::Conflict {
        entity: entity.key,
        id,
        version,
        current: Value::Object(current),
    }
}

fn version_of(record: &Fields) -> Option<i64> {
    record.get("version").and_then(Value::as_i64)
}

fn is_deleted(record: &Fields) -> bool {
    record.get("deleted_at").is_some_and(|v| !v.is_null())
}

/// The record with `id`, live or trashed.
pub async fn get(db: &Db, entity: &Entity, id: i64) -> Result<Fields, StoreError> {
    dispatch!(db, |pool, backend| {
        let mut conn = pool.acquire().await?;
        fetch_record!(conn, backend, entity, id).ok_or_else(|| not_found(entity, id))
    })
}

/// [`get`] inside a transaction: what the transaction has written so far is seen.
pub async fn get_in(tx: &mut Tx, entity: &Entity, id: i64) -> Result<Fields, StoreError> {
    dispatch_tx!(tx, |conn, backend| {
        fetch_record!(conn, backend, entity, id).ok_or_else(|| not_found(entity, id))
    })
}

/// Creates a record from validated `input` on behalf of `user`.
pub async fn create(
    db: &Db,
    entity: &Entity,
    user: Option<i64>,
    input: &Fields,
) -> Result<Fields, StoreError> {
    let mut tx = db.begin().await?;
    let record = create_in(&mut tx, entity, user, input).await?;
    tx.commit().await?;
    Ok(record)
}

/// [`create`] as one step of a larger transaction.
pub async fn create_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    input: &Fields,
) -> Result<Fields, StoreError> {
    // A token handed over (a deal's ticket copied from its request) is kept; otherwise a fresh one.
    let given = entity
        .token
        .and_then(|field| input.get(field)?.as_str())
        .filter(|t| !t.is_empty());
    let token = match (entity.token, given) {
        (Some(_), Some(given)) => Some(given.to_owned()),
        (Some(_), None) => Some(random_token()?),
        (None, _) => None,
    };
    let mut stored = Fields::new();
    if let (Some(field), Some(token)) = (entity.token, &token) {
        stored.insert(field.into(), Value::String(token.clone()));
    }
    let now = crate::now();
    // A workflow that files a record hands over the logs it starts with (a new deal's workflow
    // and stage lines); forms never carry read-only fields.
    let given = given_columns(entity, input);
    dispatch_tx!(tx, |tx, backend| {
        let mut columns: Vec<&str> = given.iter().map(|c| c.column).collect();
        columns.extend(entity.token);
        if entity.modified_by {
            columns.push("modified_by_id");
        }
        if !entity.search.is_empty() {
            columns.push("search_text");
        }
        columns.extend(["created_at", "updated_at"]);
        let mut qb = QueryBuilder::new(format!(
            "INSERT INTO {} ({}) VALUES (",
            entity.table,
            columns.join(", ")
        ));
        for (i, column) in given.iter().enumerate() {
            if i > 0 {
                qb.push(", ");
            }
            push_value!(
                qb,
                backend,
                column.field,
                column.kind,
                input_value(input, column.field)
            );
        }
        if let Some(token) = &token {
            qb.push(", ").push_bind(token.clone());
        }
        if entity.modified_by {
            qb.push(", ").push_bind(user);
        }
        let text = search_text(entity, input, &stored);
        if !entity.search.is_empty() {
            qb.push(", ").push_bind(text.clone());
        }
        qb.push(", ")
            .push_bind(Moment(now))
            .push(", ")
            .push_bind(Moment(now))
            .push(")");
        let id = if backend == Backend::Postgres {
            qb.push(" RETURNING id");
            qb.build_query_scalar::<i64>().fetch_one(&mut *tx).await?
        } else {
            let result = qb.build().execute(&mut *tx).await?;
            result
                .inserted_id()
                .ok_or_else(|| StoreError::Corrupt(format!("no id for the new {}", entity.key)))?
        };
        write_links!(tx, entity, id, input);
        write_grams!(tx, backend, entity, id, &text);
        let record = fetch_record!(tx, backend, entity, id).ok_or_else(|| not_found(entity, id))?;
        record_history!(
            tx,
            backend,
            entity.key,
            id,
            Action::Create,
            user,
            history::created(&record)
        );
        Ok(record)
    })
}

/// Saves `input` over the record if it is still at `expected_version`; otherwise nothing is
/// written and the stored record comes back in [`StoreError::Conflict`]. Every editable column and
/// link is replaced: a field missing from `input` is emptied, as a form that sends the whole
/// record expects.
pub async fn update(
    db: &Db,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
    input: &Fields,
) -> Result<Fields, StoreError> {
    let mut tx = db.begin().await?;
    let record = update_in(&mut tx, entity, user, id, expected_version, input).await?;
    tx.commit().await?;
    Ok(record)
}

/// [`update`] as one step of a larger transaction.
pub async fn update_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
    input: &Fields,
) -> Result<Fields, StoreError> {
    write_in(tx, entity, user, id, expected_version, input, Write::Full).await
}

/// Writes only the fields present in `changes`, editable or read-only (the logs and flags a
/// workflow keeps), leaving every other column as stored; the version check and the history are
/// those of [`update`].
pub async fn patch_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
    changes: &Fields,
) -> Result<Fields, StoreError> {
    write_in(tx, entity, user, id, expected_version, changes, Write::Patch).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Write {
    Full,
    Patch,
}

async fn write_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
    input: &Fields,
    write: Write,
) -> Result<Fields, StoreError> {
    let columns: Vec<&Column> = match write {
        Write::Full => entity.columns.iter().collect(),
        Write::Patch => entity
            .columns
            .iter()
            .chain(entity.read_only)
            .filter(|c| input.contains_key(c.field))
            .collect(),
    };
    let links: Vec<&Link> = match write {
        Write::Full => entity.links.iter().collect(),
        Write::Patch => entity
            .links
            .iter()
            .filter(|l| input.contains_key(l.field))
            .collect(),
    };
    let now = crate::now();
    dispatch_tx!(tx, |tx, backend| {
        let Some(before) = fetch_record!(tx, backend, entity, id).filter(|r| !is_deleted(r)) else {
            return Err(not_found(entity, id));
        };
        if version_of(&before) != Some(i64::from(expected_version)) {
            return Err(conflict(entity, before));
        }
        let mut qb = update_set!(backend, entity, &columns, input, user);
        let text = search_text(entity, input, &before);
        if !entity.search.is_empty() {
            qb.push("search_text = ").push_bind(text.clone()).push(", ");
        }
        qb.push("updated_at = ").push_bind(Moment(now));
        qb.push(", version = version + 1 WHERE id = ").push_bind(id);
        qb.push(" AND version = ").push_bind(expected_version);
        if qb.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(conflict(entity, before));
        }
        write_links!(tx, entity, id, input, links);
        write_grams!(tx, backend, entity, id, &text);
        let after = fetch_record!(tx, backend, entity, id).ok_or_else(|| not_found(entity, id))?;
        record_history!(
            tx,
            backend,
            entity.key,
            id,
            Action::Update,
            user,
            history::diff(&before, &after)
        );
        Ok(after)
    })
}

/// Moves a soft-deletable record to the trash (`deleted`) or restores it.
pub async fn set_deleted(
    db: &Db,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
    deleted: bool,
) -> Result<Fields, StoreError> {
    if !entity.soft_delete {
        return Err(StoreError::Corrupt(format!("{} has no trash", entity.key)));
    }
    let mut tx = db.begin().await?;
    let record = set_deleted_in(&mut tx, entity, user, id, expected_version, deleted).await?;
    tx.commit().await?;
    Ok(record)
}

/// [`set_deleted`] as one step of a larger transaction.
pub async fn set_deleted_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
    deleted: bool,
) -> Result<Fields, StoreError> {
    if !entity.soft_delete {
        return Err(StoreError::Corrupt(format!("{} has no trash", entity.key)));
    }
    let now = crate::now();
    let action = if deleted { Action::Delete } else { Action::Restore };
    dispatch_tx!(tx, |tx, backend| {
        let Some(before) = fetch_record!(tx, backend, entity, id) else {
            return Err(not_found(entity, id));
        };
        if version_of(&before) != Some(i64::from(expected_version)) || is_deleted(&before) == deleted {
            return Err(conflict(entity, before));
        }
        let mut qb = QueryBuilder::new(format!("UPDATE {} SET deleted_at = ", entity.table));
        qb.push_bind(deleted.then_some(Moment(now)));
        if entity.modified_by {
            qb.push(", modified_by_id = ").push_bind(user);
        }
        qb.push(", updated_at = ").push_bind(Moment(now));
        qb.push(", version = version + 1 WHERE id = ").push_bind(id);
        qb.push(" AND version = ").push_bind(expected_version);
        if qb.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(conflict(entity, before));
        }
        let after = fetch_record!(tx, backend, entity, id).ok_or_else(|| not_found(entity, id))?;
        record_history!(
            tx,
            backend,
            entity.key,
            id,
            action,
            user,
            history::diff(&before, &after)
        );
        Ok(after)
    })
}

/// Deletes a record for good (entities without a trash), if it is still at `expected_version`;
/// its link rows go with it and the history keeps what it held.
pub async fn purge_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    id: i64,
    expected_version: i32,
) -> Result<Fields, StoreError> {
    dispatch_tx!(tx, |tx, backend| {
        let Some(before) = fetch_record!(tx, backend, entity, id) else {
            return Err(not_found(entity, id));
        };
        if version_of(&before) != Some(i64::from(expected_version)) {
            return Err(conflict(entity, before));
        }
        for link in entity.links {
            let mut qb = QueryBuilder::new(format!("DELETE FROM {} WHERE {} = ", link.table, link.own));
            qb.push_bind(id);
            qb.build().execute(&mut *tx).await?;
        }
        let mut qb = QueryBuilder::new(format!("DELETE FROM {} WHERE id = ", entity.table));
        qb.push_bind(id)
            .push(" AND version = ")
            .push_bind(expected_version);
        if qb.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(conflict(entity, before));
        }
        record_history!(
            tx,
            backend,
            entity.key,
            id,
            Action::Purge,
            user,
            history::created(&before)
        );
        Ok(before)
    })
}

/// The columns a new record is written with: every column, and the read-only ones `input`
/// carries (a workflow filing a record hands over the logs it starts with), never the token.
fn given_columns<'e>(entity: &'e Entity, input: &Fields) -> Vec<&'e Column> {
    entity
        .columns
        .iter()
        .chain(
            entity
                .read_only
                .iter()
                .filter(|c| Some(c.field) != entity.token && input.contains_key(c.field)),
        )
        .collect()
}

/// The record of `entity` carrying create-once token `token`, live or trashed (R-GEN-3).
pub async fn id_by_token_in(tx: &mut Tx, entity: &Entity, token: &str) -> Result<Option<i64>, StoreError> {
    let Some(column) = entity.token else {
        return Ok(None);
    };
    dispatch_tx!(tx, |tx, _backend| {
        let mut qb = QueryBuilder::new(format!("SELECT id FROM {} WHERE {column} = ", entity.table));
        qb.push_bind(token.to_owned());
        Ok(qb.build_query_scalar::<i64>().fetch_optional(&mut *tx).await?)
    })
}

/// How a list answers the free-text part of its filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextMode {
    /// Leave the text out (the inner window of a probe).
    Skip,
    /// Narrow through the backend's trigram index where the store names one, then `LIKE`.
    Indexed,
}

/// The trigram index query of `term` on `backend`, where the store must name the index itself:
/// SQLite's FTS5 table and MySQL's gram words. PostgreSQL's planner uses its trigram indexes
/// for the `LIKE` on its own.
fn index_query(backend: Backend, term: &str) -> Option<String> {
    match backend {
        Backend::Sqlite => search::fts_phrase(term),
        Backend::Mysql => search::gram_query(term),
        Backend::Postgres => None,
    }
}

/// How many rows of the ordered list a search probes before it turns to the trigram index.
const PROBE_WINDOW: i64 = 2000;

/// Whether `text` is common enough among `entity`'s records that probing the first rows of the
/// ordered list ([`PROBE_WINDOW`]) should come before the index. SQLite's FTS5 hands over matching
/// rowids lazily, so counting the first `PROBE_WINDOW + 1` of them costs about one index look-up
/// and spares a rare term the probe; MySQL's full-text search computes every match before it
/// answers, so there the probe always comes first.
macro_rules! common_term {
    ($conn:expr, $backend:expr, $entity:expr, $text:expr) => {{
        match ($backend, search::fts_phrase($text)) {
            (Backend::Sqlite, Some(phrase)) => {
                let mut qb = QueryBuilder::new(format!(
                    "SELECT COUNT(*) FROM (SELECT rowid FROM {0}_fts WHERE {0}_fts MATCH ",
                    $entity.table
                ));
                qb.push_bind(phrase)
                    .push(" LIMIT ")
                    .push_bind(PROBE_WINDOW + 1)
                    .push(")");
                let matches: i64 = qb.build_query_scalar().fetch_one(&mut *$conn).await?;
                matches > PROBE_WINDOW
            }
            _ => true,
        }
    }};
}

/// Appends `WHERE` conditions for `filter` (the JSON of a typed filter) to `$qb`.
macro_rules! push_where {
    ($qb:expr, $backend:expr, $entity:expr, $filter:expr, $text_mode:expr) => {{
        let entity: &Entity = $entity;
        let filter: &Fields = $filter;
        $qb.push(" WHERE 1 = 1");
        if entity.soft_delete {
            let trash = filter.get("deleted").and_then(Value::as_bool).unwrap_or(false);
            $qb.push(if trash {
                " AND deleted_at IS NOT NULL"
            } else {
                " AND deleted_at IS NULL"
            });
        }
        for (key, value) in filter {
            if value.is_null() || key == "deleted" || key == "text" {
                continue;
            }
            let Some(declared) = entity.filters.iter().find(|f| f.key == key) else {
                return Err(StoreError::Corrupt(format!(
                    "{} has no filter `{key}`",
                    entity.key
                )));
            };
            match declared.op {
                FilterOp::Eq => {
                    $qb.push(format!(" AND {} = ", declared.column));
                }
                FilterOp::From => {
                    $qb.push(format!(" AND {} >= ", declared.column));
                }
                FilterOp::Until => {
                    $qb.push(format!(" AND {} < ", declared.column));
                }
                FilterOp::Either(other) => {
                    $qb.push(format!(" AND ({} = ", declared.column));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(format!(" OR {other} = "));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(")");
                    continue;
                }
                FilterOp::In => {
                    $qb.push(format!(" AND {}", declared.column));
                    push_id_set!($qb, entity, key, value);
                    continue;
                }
                FilterOp::ParentEq { table, parent_column } => {
                    $qb.push(format!(
                        " AND {} IN (SELECT id FROM {table} WHERE {parent_column} = ",
                        declared.column
                    ));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(")");
                    continue;
                }
                FilterOp::ParentEither {
                    table,
                    parent_column,
                    other,
                } => {
                    $qb.push(format!(
                        " AND {} IN (SELECT id FROM {table} WHERE {parent_column} = ",
                        declared.column
                    ));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(format!(" OR {other} = "));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(")");
                    continue;
                }
                FilterOp::Related {
                    table,
                    key: related_key,
                    column,
                } => {
                    $qb.push(format!(
                        " AND {} IN (SELECT {related_key} FROM {table} WHERE {column} = ",
                        declared.column
                    ));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(")");
                    continue;
                }
                FilterOp::Present => {
                    let present = value
                        .as_bool()
                        .ok_or_else(|| StoreError::Corrupt(format!("filter `{key}` takes true or false")))?;
                    $qb.push(format!(
                        " AND {} IS {}NULL",
                        declared.column,
                        if present { "NOT " } else { "" }
                    ));
                    continue;
                }
                FilterOp::ParentIn { table, parent_column } => {
                    $qb.push(format!(
                        " AND {} IN (SELECT id FROM {table} WHERE {parent_column}",
                        declared.column
                    ));
                    push_id_set!($qb, entity, key, value);
                    $qb.push(")");
                    continue;
                }
                FilterOp::HasLink(field) => {
                    let link = entity
                        .link(field)
                        .ok_or_else(|| StoreError::Corrupt(format!("no link {field}")))?;
                    $qb.push(format!(
                        " AND EXISTS (SELECT 1 FROM {table} l WHERE l.{own} = {main}.id AND l.{other} = ",
                        table = link.table,
                        own = link.own,
                        other = link.other,
                        main = entity.table
                    ));
                    push_value!($qb, $backend, key, declared.kind, value);
                    $qb.push(")");
                    continue;
                }
            }
            push_value!($qb, $backend, key, declared.kind, value);
        }
        let tickets = entity.token == Some("ticket");
        match filter
            .get("text")
            .and_then(Value::as_str)
            .and_then(|t| Term::parse(t, tickets))
        {
            Some(Term::Id(id)) => {
                $qb.push(" AND id = ").push_bind(id);
            }
            Some(Term::Ticket(ticket)) => {
                $qb.push(" AND ticket = ").push_bind(ticket);
            }
            Some(Term::Text(text)) if !entity.search.is_empty() && $text_mode != TextMode::Skip => {
                if $text_mode == TextMode::Indexed {
                    push_index_match!($qb, $backend, entity, &text);
                }
                // The LIKE decides: the index only narrows, so the answer is the same everywhere.
                push_like!($qb, &text);
            }
            _ => {}
        }
    }};
}

/// ` IN (ids)` for a JSON array of ids, or a condition that is never true for an empty one.
macro_rules! push_id_set {
    ($qb:expr, $entity:expr, $key:expr, $value:expr) => {{
        let entity: &Entity = $entity;
        let key: &str = $key;
        let Value::Array(items) = $value else {
            return Err(StoreError::Corrupt(format!(
                "{}.{key} is not a list of ids",
                entity.key
            )));
        };
        let ids = items
            .iter()
            .map(|id| codec::int(key, id)?.ok_or_else(|| null_id(entity, key)))
            .collect::<Result<Vec<i64>, StoreError>>()?;
        if ids.is_empty() {
            $qb.push(" IS NOT NULL AND 1 = 0");
        } else {
            $qb.push(" IN (");
            push_ids(&mut $qb, &ids);
            $qb.push(")");
        }
    }};
}

/// ` AND search_text LIKE '%term%'`, the term taken literally.
macro_rules! push_like {
    ($qb:expr, $text:expr) => {{
        $qb.push(" AND search_text LIKE ")
            .push_bind(search::like_pattern($text));
        $qb.push(format!(" ESCAPE '{LIKE_ESCAPE}'"));
    }};
}

/// ` AND id IN (rows whose trigram index holds every trigram of the term)`, where the backend has
/// such a query and the term is long enough.
macro_rules! push_index_match {
    ($qb:expr, $backend:expr, $entity:expr, $text:expr) => {{
        let entity: &Entity = $entity;
        match ($backend, index_query($backend, $text)) {
            (Backend::Sqlite, Some(phrase)) => {
                $qb.push(format!(
                    " AND id IN (SELECT rowid FROM {0}_fts WHERE {0}_fts MATCH ",
                    entity.table
                ));
                $qb.push_bind(phrase).push(")");
            }
            (Backend::Mysql, Some(words)) => {
                $qb.push(format!(
                    " AND id IN (SELECT id FROM {}_fts WHERE MATCH (grams) AGAINST (",
                    entity.table
                ));
                $qb.push_bind(words).push(" IN BOOLEAN MODE))");
            }
            _ => {}
        }
    }};
}

/// ` AND (sort, id)` beyond the cursor. The plain range on the sort column lets every backend seek
/// into its index instead of scanning up to the cursor; the OR then only sorts out the few rows
/// that share the cursor's sort value.
macro_rules! push_after {
    ($qb:expr, $after:expr, $sort_column:expr, $beyond:expr, $reached:expr) => {{
        if let Some(cursor) = $after {
            $qb.push(format!(" AND {} {} ", $sort_column, $reached));
            push_sort_value!($qb, &cursor.value);
            $qb.push(format!(" AND ({} {} ", $sort_column, $beyond));
            push_sort_value!($qb, &cursor.value);
            $qb.push(format!(" OR id {} ", $beyond))
                .push_bind(cursor.id)
                .push(")");
        }
    }};
}

/// The rows of a list's indexed query `indexed`, given the rows `probed` its probe window
/// matched (none without a probe). Normally the index finds every probed row too, and its rows
/// are the answer. But InnoDB's full-text index can miss rows committed a moment before (its
/// cache is synced in the background); the probe read the window's rows themselves, so then
/// its rows stand, followed by the index's rows beyond the window, which come after them in
/// list order. `wanted` rows at most.
fn with_probed<R>(mut probed: Vec<R>, indexed: Vec<R>, wanted: i64) -> Result<Vec<R>, StoreError>
where
    R: sqlx::Row,
    usize: sqlx::ColumnIndex<R>,
    i64: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    if probed.is_empty() {
        return Ok(indexed);
    }
    let seen = ids_of(&probed)?;
    if seen.is_subset(&ids_of(&indexed)?) {
        return Ok(indexed);
    }
    for row in indexed {
        if i64::try_from(probed.len()).unwrap_or(i64::MAX) >= wanted {
            break;
        }
        if !seen.contains(&row.try_get::<i64, _>(0)?) {
            probed.push(row);
        }
    }
    Ok(probed)
}

/// The ids of rows whose SELECT list starts with the id.
fn ids_of<R>(rows: &[R]) -> Result<std::collections::HashSet<i64>, sqlx::Error>
where
    R: sqlx::Row,
    usize: sqlx::ColumnIndex<R>,
    i64: for<'r> sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    rows.iter().map(|row| row.try_get::<i64, _>(0)).collect()
}

/// Binds a cursor's sort value.
macro_rules! push_sort_value {
    ($qb:expr, $value:expr) => {
        match $value {
            SortValue::Text(text) => $qb.push_bind(text.clone()),
            SortValue::Time(time) => $qb.push_bind($crate::Moment(*time)),
            SortValue::Date(date) => $qb.push_bind(*date),
            SortValue::Int(int) => $qb.push_bind(*int),
        }
    };
}

/// One page of records matching `filter`, sorted by the whitelisted field `sort` (the entity's
/// default when empty) then id, after `page.after`.
pub async fn list(
    db: &Db,
    entity: &Entity,
    filter: &Fields,
    sort: &str,
    page: &PageRequest,
) -> Result<Page<Fields>, StoreError> {
    let (rows, next_cursor) = list_rows(db, entity, filter, sort, page).await?;
    Ok(Page {
        items: rows.into_fields(),
        next_cursor,
    })
}

/// [`list`] with each record read straight into `R` (see [`Decoded::into_typed`]): the same
/// records, without the JSON map in between.
pub async fn list_as<R: DeserializeOwned>(
    db: &Db,
    entity: &Entity,
    filter: &Fields,
    sort: &str,
    page: &PageRequest,
) -> Result<Page<R>, StoreError> {
    let (rows, next_cursor) = list_rows(db, entity, filter, sort, page).await?;
    Ok(Page {
        items: rows.into_typed(entity.key)?,
        next_cursor,
    })
}

/// The rows of [`list`]'s page, and the cursor of the page after it.
async fn list_rows(
    db: &Db,
    entity: &Entity,
    filter: &Fields,
    sort: &str,
    page: &PageRequest,
) -> Result<(Decoded, Option<String>), StoreError> {
    let (sort_field, sort_kind) = if sort.is_empty() {
        entity.sorts.first().copied()
    } else {
        entity.sort(sort)
    }
    .ok_or(StoreError::BadSort)?;
    let sort_column = entity
        .columns
        .iter()
        .find(|c| c.field == sort_field)
        .map_or(sort_field, |c| c.column);
    let after = page.after.as_deref().map(Cursor::decode).transpose()?;
    let limit = page.limit();
    let (order, beyond, reached) = if page.descending {
        ("DESC", "<", "<=")
    } else {
        ("ASC", ">", ">=")
    };
    let tickets = entity.token == Some("ticket");
    let text = match filter
        .get("text")
        .and_then(Value::as_str)
        .and_then(|t| Term::parse(t, tickets))
    {
        Some(Term::Text(text)) if !entity.search.is_empty() => Some(text),
        _ => None,
    };
    let wanted = i64::from(limit) + 1;
    let mut items = dispatch!(db, |pool, backend| {
        let mut conn = pool.acquire().await?;
        let indexed = text.as_deref().and_then(|t| index_query(backend, t)).is_some();
        let mut rows = Vec::new();
        let probe = match (indexed, &text) {
            (true, Some(text)) => common_term!(conn, backend, entity, text),
            _ => false,
        };
        if let (true, Some(text)) = (probe, &text) {
            // A common term fills a page within the first rows of the ordered list, while the
            // index would hand over every match to be sorted; a rare one does not, and then only
            // the index finds it without reading the table. So: probe a window first.
            let mut qb = QueryBuilder::new(format!(
                "SELECT {} FROM (SELECT id AS probe_id FROM {}",
                select_list(entity, backend),
                entity.table
            ));
            push_where!(qb, backend, entity, filter, TextMode::Skip);
            push_after!(qb, &after, sort_column, beyond, reached);
            qb.push(format!(" ORDER BY {sort_column} {order}, id {order} LIMIT "));
            qb.push_bind(PROBE_WINDOW);
            qb.push(format!(
                ") probe JOIN {0} ON {0}.id = probe.probe_id WHERE 1 = 1",
                entity.table
            ));
            push_like!(qb, text);
            qb.push(format!(" ORDER BY {sort_column} {order}, id {order} LIMIT "));
            qb.push_bind(wanted);
            rows = qb.build().fetch_all(&mut *conn).await?;
        }
        if !probe || i64::try_from(rows.len()).unwrap_or(i64::MAX) < wanted {
            let mut qb = QueryBuilder::new(format!(
                "SELECT {} FROM {}",
                select_list(entity, backend),
                entity.table
            ));
            push_where!(qb, backend, entity, filter, TextMode::Indexed);
            push_after!(qb, &after, sort_column, beyond, reached);
            qb.push(format!(" ORDER BY {sort_column} {order}, id {order} LIMIT "));
            qb.push_bind(wanted);
            let indexed = qb.build().fetch_all(&mut *conn).await?;
            rows = with_probed(rows, indexed, wanted)?;
        }
        decode_records!(conn, entity, rows)
    });
    let has_more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let next_cursor = if has_more {
        items
            .last_sort_value(sort_field, sort_kind)?
            .map(|(value, id)| Cursor { value, id }.encode())
    } else {
        None
    };
    Ok((items, next_cursor))
}

/// How many records match `filter`: a separate query, asked for only when a total is shown.
pub async fn count(db: &Db, entity: &Entity, filter: &Fields) -> Result<i64, StoreError> {
    dispatch!(db, |pool, backend| {
        let mut qb = QueryBuilder::new(format!("SELECT COUNT(*) FROM {}", entity.table));
        push_where!(qb, backend, entity, filter, TextMode::Indexed);
        Ok(qb.build_query_scalar::<i64>().fetch_one(pool).await?)
    })
}

/// One group of [`sum_by`]: the values of its grouping fields, how many rows it has and what
/// their money field adds up to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The grouping fields' values, in the order they were asked for.
    pub keys: Vec<Option<i64>>,
    pub rows: i64,
    /// Exact; none when no row of the group has an amount.
    pub sum: Option<rust_decimal::Decimal>,
}

/// The column of `field` when it is one of `entity`'s columns of `kind`: only those reach the
/// SQL of [`sum_by`].
fn column_of(entity: &Entity, field: &str, kind: Kind) -> Result<&'static str, StoreError> {
    entity
        .columns
        .iter()
        .find(|c| c.field == field && c.kind == kind)
        .map(|c| c.column)
        .ok_or_else(|| {
            StoreError::Corrupt(format!(
                "{} cannot be grouped by or summed over `{field}`",
                entity.key
            ))
        })
}

/// The records matching `filter` grouped by the id fields `keys`: per group, how many there are
/// and the exact sum of the money field `money`, in one query. PostgreSQL and MySQL add the
/// amounts themselves; SQLite keeps money as text and would add it as floats, so there the
/// group hands its amounts over as text and they are added here.
pub async fn sum_by(
    db: &Db,
    entity: &Entity,
    filter: &Fields,
    keys: &[&str],
    money: &str,
) -> Result<Vec<Group>, StoreError> {
    let key_columns = keys
        .iter()
        .map(|key| column_of(entity, key, Kind::I64))
        .collect::<Result<Vec<_>, _>>()?;
    let money_column = column_of(entity, money, Kind::Money)?;
    let selected: Vec<String> = key_columns
        .iter()
        .enumerate()
        .map(|(i, column)| format!("{column} AS group_key_{i}"))
        .collect();
    let grouped = key_columns.join(", ");
    dispatch!(db, |pool, backend| {
        let total = if backend == Backend::Sqlite {
            format!("group_concat({money_column}, ' ')")
        } else {
            format!("SUM({money_column})")
        };
        let mut qb = QueryBuilder::new(format!(
            "SELECT {}, COUNT(*) AS group_rows, {total} AS group_total FROM {}",
            selected.join(", "),
            entity.table
        ));
        push_where!(qb, backend, entity, filter, TextMode::Indexed);
        qb.push(format!(" GROUP BY {grouped}"));
        let rows = qb.build().fetch_all(pool).await?;
        let mut groups = Vec::with_capacity(rows.len());
        for row in rows {
            use sqlx::Row as _;
            let mut values = Vec::with_capacity(keys.len());
            for i in 0..keys.len() {
                values.push(row.try_get::<Option<i64>, _>(format!("group_key_{i}").as_str())?);
            }
            let sum = if backend == Backend::Sqlite {
                row.try_get::<Option<String>, _>("group_total")?
                    .map(|amounts| sum_of_texts(money, &amounts))
                    .transpose()?
            } else {
                row.try_get::<Option<crate::Exact>, _>("group_total")?
                    .map(|sum| sum.0)
            };
            groups.push(Group {
                keys: values,
                rows: row.try_get("group_rows")?,
                sum,
            });
        }
        Ok(groups)
    })
}

/// The exact sum of the space-separated decimal texts `amounts` of `field`.
fn sum_of_texts(field: &str, amounts: &str) -> Result<rust_decimal::Decimal, StoreError> {
    amounts
        .split_whitespace()
        .try_fold(rust_decimal::Decimal::ZERO, |sum, amount| {
            let amount: rust_decimal::Decimal = amount
                .parse()
                .map_err(|_| StoreError::Corrupt(format!("{field} holds `{amount}`, not a decimal")))?;
            sum.checked_add(amount)
                .ok_or_else(|| StoreError::Corrupt(format!("the sum of {field} overflows")))
        })
}

// Many new records at once: the rows of [`create_in`], written in multi-row statements.

/// Bound values per statement: under SQLite's limit (32,766) and far under PostgreSQL's and
/// MySQL's (65,535).
const MANY_VALUES: usize = 30_000;
/// Rows per statement at most.
const MANY_ROWS: usize = 1_000;
/// Bytes of bound text per statement at most: a statement travels as one packet, and MySQL and
/// MariaDB refuse packets beyond `max_allowed_packet` (16 MiB by default on MariaDB).
const MANY_BYTES: usize = 4 << 20;

/// The bounds `(start, end)` of consecutive slices of `sizes` (the bytes of each row) that stay
/// within [`MANY_ROWS`], [`MANY_VALUES`] at `values` values a row, and [`MANY_BYTES`]; a row
/// larger than the byte budget gets a statement of its own.
fn many_slices(sizes: &[usize], values: usize) -> Vec<(usize, usize)> {
    let rows = (MANY_VALUES / values.max(1)).clamp(1, MANY_ROWS);
    let mut slices = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, size) in sizes.iter().enumerate() {
        if i > start && (i - start == rows || bytes + size > MANY_BYTES) {
            slices.push((start, i));
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    if start < sizes.len() {
        slices.push((start, sizes.len()));
    }
    slices
}

/// `ids` as bound parameters separated by commas: the inside of an `IN (…)`.
fn push_ids<DB: sqlx::Database>(qb: &mut QueryBuilder<DB>, ids: &[i64])
where
    for<'t> i64: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
{
    let mut list = qb.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
}

/// The bytes a JSON value adds to a statement, near enough.
fn value_bytes(value: &Value) -> usize {
    match value {
        Value::String(text) => text.len(),
        Value::Null | Value::Bool(_) | Value::Number(_) => 8,
        other => other.to_string().len(),
    }
}

/// One record of [`create_many_in`] as it is about to be written.
struct NewRecord<'a> {
    input: &'a Fields,
    /// The columns written from the input, as [`create_in`] chooses them.
    given: Vec<&'a Column>,
    token: String,
    text: String,
    id: i64,
}

/// The records of `entity` that `inputs` describe, created on behalf of `user` as one step of
/// `tx`: the same rows [`create_in`] writes for each (the record with its token and search text,
/// its link rows, the MySQL gram words, a history row "create" holding the record as read back),
/// but in multi-row statements, and the records read back in the order of `inputs`.
///
/// The new rows are found again by their tokens, which are unique, so no statement depends on
/// the ids the database hands out (MySQL reports only the first id of a multi-row INSERT, and
/// other writers may take ids in between); an entity without a token is created one record at
/// a time. A refused row (a unique value taken, a foreign key gone) fails the whole call, and
/// the caller's transaction with it.
pub async fn create_many_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    inputs: &[Fields],
) -> Result<Vec<Fields>, StoreError> {
    let Some(token_field) = entity.token else {
        let mut records = Vec::with_capacity(inputs.len());
        for input in inputs {
            records.push(create_in(tx, entity, user, input).await?);
        }
        return Ok(records);
    };
    let mut rows = Vec::with_capacity(inputs.len());
    for input in inputs {
        let given_token = input
            .get(token_field)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty());
        let token = match given_token {
            Some(given) => given.to_owned(),
            None => random_token()?,
        };
        let mut stored = Fields::new();
        stored.insert(token_field.into(), Value::String(token.clone()));
        let given = given_columns(entity, input);
        rows.push(NewRecord {
            input,
            given,
            token,
            text: search_text(entity, input, &stored),
            id: 0,
        });
    }
    let now = crate::now();
    let mut stored = HashMap::with_capacity(rows.len());
    // Runs of rows that write the same columns share their INSERT statements.
    let mut start = 0;
    while start < rows.len() {
        let same = |row: &NewRecord<'_>| {
            row.given.len() == rows[start].given.len()
                && row
                    .given
                    .iter()
                    .zip(&rows[start].given)
                    .all(|(a, b)| a.field == b.field)
        };
        let end = start + rows[start..].iter().take_while(|row| same(row)).count();
        insert_many(tx, entity, user, token_field, &rows[start..end], now, &mut stored).await?;
        start = end;
    }
    if tx.backend() == Backend::Mysql {
        read_unbound(tx, entity, token_field, &rows, &mut stored).await?;
    }
    for row in &mut rows {
        row.id = stored
            .get(&row.token)
            .and_then(|fields| fields.get("id"))
            .and_then(Value::as_i64)
            .ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "the new {} with token {} is missing",
                    entity.key, row.token
                ))
            })?;
    }
    insert_many_links(tx, entity, &rows).await?;
    if tx.backend() == Backend::Mysql && !entity.search.is_empty() {
        insert_many_grams(tx, entity, &rows).await?;
    }
    let created = rows
        .iter()
        .map(|row| {
            let unbound = stored.remove(&row.token).unwrap_or_default();
            record_of(entity, row, unbound, user, now)
        })
        .collect::<Result<Vec<_>, _>>()?;
    insert_many_history(tx, entity, user, &rows, &created).await?;
    Ok(created)
}

/// Whether a column of `kind` reads back exactly as the JSON value it was written from, so that
/// a new record need not be read again to know it: integers, text, flags and dates do; decimals
/// (rounded to the column's scale), JSON (normalised) and timestamps (cut to microseconds) may
/// not.
fn reads_back_as_written(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::I16 | Kind::I32 | Kind::I64 | Kind::Text | Kind::Bool | Kind::Date
    )
}

/// The JSON value a column of `kind` written from `value` reads back as (see
/// [`reads_back_as_written`]), as `decode_value!` makes it.
fn as_read_back(field: &str, kind: Kind, value: &Value) -> Result<Value, StoreError> {
    Ok(match kind {
        Kind::I16 => Value::from(codec::narrow::<i16>(field, value)?),
        Kind::I32 => Value::from(codec::narrow::<i32>(field, value)?),
        Kind::I64 => Value::from(codec::int(field, value)?),
        Kind::Text => Value::from(codec::text(field, value)?),
        Kind::Bool => Value::from(codec::boolean(field, value)?),
        Kind::Date => codec::date_json(codec::date(field, value)?),
        other => {
            return Err(StoreError::Corrupt(format!(
                "{field} of kind {other:?} is read back, not rebuilt"
            )));
        }
    })
}

/// The columns of a new record its INSERT may not determine: those left to their defaults or
/// that may be stored otherwise than written (see [`reads_back_as_written`]), besides the id
/// and the version.
fn unbound_columns(entity: &Entity) -> Vec<&Column> {
    entity
        .columns
        .iter()
        .filter(|c| !reads_back_as_written(c.kind))
        .chain(entity.read_only.iter().filter(|c| Some(c.field) != entity.token))
        .collect()
}

/// The SELECT (or RETURNING) list of [`unbound_columns`], with the id, token and version.
fn unbound_list(entity: &Entity, backend: Backend, token_field: &str) -> String {
    let mut list = vec!["id".to_owned(), token_field.to_owned(), "version".to_owned()];
    list.extend(
        unbound_columns(entity)
            .iter()
            .map(|c| codec::select_expr(backend, c.column, c.kind)),
    );
    if entity.soft_delete {
        list.push("deleted_at".into());
    }
    list.join(", ")
}

/// Decodes the rows `$rows` of [`unbound_list`] into the map `$found`, by token.
macro_rules! decode_unbound {
    ($found:expr, $entity:expr, $token_field:expr, $rows:expr) => {{
        let entity: &Entity = $entity;
        let unbound = unbound_columns(entity);
        for row in $rows {
            use sqlx::Row as _;
            let token: String = row.try_get($token_field)?;
            let mut fields = Fields::new();
            fields.insert("id".into(), decode_value!(row, "id", Kind::I64));
            fields.insert("version".into(), decode_value!(row, "version", Kind::I32));
            for column in &unbound {
                fields.insert(
                    column.field.into(),
                    decode_value!(row, column.column, column.kind),
                );
            }
            if entity.soft_delete {
                fields.insert("deleted_at".into(), decode_value!(row, "deleted_at", Kind::Time));
            }
            $found.insert(token, fields);
        }
    }};
}

/// The INSERTs of `rows`, which all write the same columns; on PostgreSQL and SQLite what they
/// did not determine comes back into `found` (see [`read_unbound`]).
async fn insert_many(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    token_field: &str,
    rows: &[NewRecord<'_>],
    now: chrono::DateTime<chrono::Utc>,
    found: &mut HashMap<String, Fields>,
) -> Result<(), StoreError> {
    let Some(first) = rows.first() else {
        return Ok(());
    };
    let mut columns: Vec<&str> = first.given.iter().map(|c| c.column).collect();
    columns.push(token_field);
    if entity.modified_by {
        columns.push("modified_by_id");
    }
    if !entity.search.is_empty() {
        columns.push("search_text");
    }
    columns.extend(["created_at", "updated_at"]);
    let sizes: Vec<usize> = rows
        .iter()
        .map(|row| {
            row.given
                .iter()
                .map(|c| value_bytes(input_value(row.input, c.field)))
                .sum::<usize>()
                + row.text.len()
                + 64
        })
        .collect();
    dispatch_tx!(tx, |tx, backend| {
        for (from, to) in many_slices(&sizes, columns.len()) {
            let mut qb = QueryBuilder::new(format!(
                "INSERT INTO {} ({}) VALUES ",
                entity.table,
                columns.join(", ")
            ));
            for (n, row) in rows[from..to].iter().enumerate() {
                qb.push(if n == 0 { "(" } else { ", (" });
                for column in &row.given {
                    push_value!(
                        qb,
                        backend,
                        column.field,
                        column.kind,
                        input_value(row.input, column.field)
                    );
                    qb.push(", ");
                }
                qb.push_bind(row.token.clone());
                if entity.modified_by {
                    qb.push(", ").push_bind(user);
                }
                if !entity.search.is_empty() {
                    qb.push(", ").push_bind(row.text.clone());
                }
                qb.push(", ")
                    .push_bind(Moment(now))
                    .push(", ")
                    .push_bind(Moment(now))
                    .push(")");
            }
            if backend == Backend::Mysql {
                qb.build().execute(&mut *tx).await?;
            } else {
                qb.push(" RETURNING ")
                    .push(unbound_list(entity, backend, token_field));
                decode_unbound!(found, entity, token_field, qb.build().fetch_all(&mut *tx).await?);
            }
        }
        Ok(())
    })
}

/// What of the new `rows` their INSERTs did not determine (see [`unbound_columns`]), by token,
/// read again: MySQL has no `INSERT … RETURNING` (MariaDB only since 10.5).
async fn read_unbound(
    tx: &mut Tx,
    entity: &Entity,
    token_field: &str,
    rows: &[NewRecord<'_>],
    found: &mut HashMap<String, Fields>,
) -> Result<(), StoreError> {
    let sizes: Vec<usize> = rows.iter().map(|row| row.token.len() + 8).collect();
    dispatch_tx!(tx, |tx, backend| {
        for (from, to) in many_slices(&sizes, 1) {
            let mut qb = QueryBuilder::new(format!(
                "SELECT {} FROM {} WHERE {token_field} IN (",
                unbound_list(entity, backend, token_field),
                entity.table
            ));
            let mut tokens = qb.separated(", ");
            for row in &rows[from..to] {
                tokens.push_bind(row.token.clone());
            }
            qb.push(")");
            decode_unbound!(found, entity, token_field, qb.build().fetch_all(&mut *tx).await?);
        }
        Ok(())
    })
}

/// A new record as `load_records!` would read it back, in the same field order: what `row` wrote,
/// and from `unbound` (see [`read_unbound`]) what it did not.
fn record_of(
    entity: &Entity,
    row: &NewRecord<'_>,
    mut unbound: Fields,
    user: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Fields, StoreError> {
    let mut take = |field: &str| unbound.remove(field).unwrap_or(Value::Null);
    let mut record = Fields::new();
    record.insert("id".into(), Value::from(row.id));
    // Every editable column is written; a read-only one when the input holds it (see
    // [`create_many_in`]).
    let written = entity.columns.iter().map(|column| (column, true)).chain(
        entity
            .read_only
            .iter()
            .map(|column| (column, row.input.contains_key(column.field))),
    );
    for (column, given) in written {
        let value = if Some(column.field) == entity.token {
            Value::String(row.token.clone())
        } else if given && reads_back_as_written(column.kind) {
            as_read_back(column.field, column.kind, input_value(row.input, column.field))?
        } else {
            take(column.field)
        };
        record.insert(column.field.into(), value);
    }
    if entity.modified_by {
        record.insert("modified_by_id".into(), Value::from(user));
    }
    record.insert("created_at".into(), codec::time_json(Some(now)));
    record.insert("updated_at".into(), codec::time_json(Some(now)));
    record.insert("version".into(), take("version"));
    if entity.soft_delete {
        record.insert("deleted_at".into(), take("deleted_at"));
    }
    for link in entity.links {
        let ids = link_ids(entity, row.input, link.field)?;
        record.insert(
            link.field.into(),
            Value::Array(ids.into_iter().map(Value::from).collect()),
        );
    }
    Ok(record)
}

/// The link rows of the new `rows`.
async fn insert_many_links(tx: &mut Tx, entity: &Entity, rows: &[NewRecord<'_>]) -> Result<(), StoreError> {
    for link in entity.links {
        let mut pairs = Vec::new();
        for row in rows {
            for other in link_ids(entity, row.input, link.field)? {
                pairs.push((row.id, other));
            }
        }
        let sizes = vec![16; pairs.len()];
        dispatch_tx!(tx, |tx, _backend| {
            for (from, to) in many_slices(&sizes, 2) {
                let mut qb = QueryBuilder::new(format!(
                    "INSERT INTO {} ({}, {}) ",
                    link.table, link.own, link.other
                ));
                qb.push_values(&pairs[from..to], |mut values, (own, other)| {
                    values.push_bind(*own).push_bind(*other);
                });
                qb.build().execute(&mut *tx).await?;
            }
        });
    }
    Ok(())
}

/// The MySQL gram words of the new `rows` (see `write_grams!`).
async fn insert_many_grams(tx: &mut Tx, entity: &Entity, rows: &[NewRecord<'_>]) -> Result<(), StoreError> {
    let grams: Vec<(i64, String)> = rows
        .iter()
        .map(|row| (row.id, search::gram_words(&row.text)))
        .collect();
    let sizes: Vec<usize> = grams.iter().map(|(_, words)| words.len() + 16).collect();
    dispatch_tx!(tx, |tx, _backend| {
        for (from, to) in many_slices(&sizes, 2) {
            let mut qb = QueryBuilder::new(format!("INSERT INTO {}_fts (id, grams) ", entity.table));
            qb.push_values(&grams[from..to], |mut values, (id, words)| {
                values.push_bind(*id).push_bind(words.clone());
            });
            qb.push(" ON DUPLICATE KEY UPDATE grams = VALUES(grams)");
            qb.build().execute(&mut *tx).await?;
        }
        Ok(())
    })
}

/// The text of `history::created(record)`, written straight from the record: the same JSON, at a
/// fraction of the cost of building it as a value first.
fn created_changes(record: &Fields) -> Result<String, StoreError> {
    let mut text: Vec<u8> = Vec::with_capacity(1024);
    text.push(b'{');
    for (field, value) in record {
        if history::NOT_HISTORY.contains(&field.as_str()) || history::is_blank(value) {
            continue;
        }
        if text.len() > 1 {
            text.push(b',');
        }
        serde_json::to_writer(&mut text, field).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        text.extend_from_slice(b":[null,");
        serde_json::to_writer(&mut text, value).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        text.push(b']');
    }
    text.push(b'}');
    String::from_utf8(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The history rows "create" of the new `rows`, each holding its record as read back.
async fn insert_many_history(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    rows: &[NewRecord<'_>],
    created: &[Fields],
) -> Result<(), StoreError> {
    let changes = created
        .iter()
        .map(created_changes)
        .collect::<Result<Vec<_>, _>>()?;
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    insert_history_rows(tx, entity, user, Action::Create, &ids, &changes).await
}

/// History rows of `action`, one for each record `ids[i]` with the JSON text `changes[i]`, in
/// multi-row statements.
async fn insert_history_rows(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    action: Action,
    ids: &[i64],
    changes: &[String],
) -> Result<(), StoreError> {
    let sizes: Vec<usize> = changes.iter().map(|c| c.len() + 64).collect();
    let changed_at = crate::now();
    dispatch_tx!(tx, |tx, backend| {
        for (from, to) in many_slices(&sizes, 6) {
            let mut qb = QueryBuilder::new(
                "INSERT INTO change_log (entity, entity_id, action, user_id, changed_at, changes) VALUES ",
            );
            for (n, (id, changes)) in ids[from..to].iter().zip(&changes[from..to]).enumerate() {
                qb.push(if n == 0 { "(" } else { ", (" });
                qb.push_bind(entity.key)
                    .push(", ")
                    .push_bind(*id)
                    .push(", ")
                    .push_bind(action.code())
                    .push(", ")
                    .push_bind(user)
                    .push(", ")
                    .push_bind(Moment(changed_at))
                    .push(", ");
                // PostgreSQL's JSONB takes no text parameter without a cast; the others store
                // JSON text.
                if backend == Backend::Postgres {
                    qb.push("CAST(").push_bind(changes.clone()).push(" AS JSONB))");
                } else {
                    qb.push_bind(changes.clone()).push(")");
                }
            }
            qb.build().execute(&mut *tx).await?;
        }
        Ok(())
    })
}

// Many stored records at once: the same change written over each.

/// The records of `entity` (live or trashed) whose `column` holds one of `values`, ordered by
/// `column` then id, as one step of `tx`: what the transaction has written so far is seen. With
/// `column` = "id" these are the records of the ids `values` that exist.
pub async fn get_many_in(
    tx: &mut Tx,
    entity: &Entity,
    column: &'static str,
    values: &[i64],
) -> Result<Vec<Fields>, StoreError> {
    let mut records = Vec::with_capacity(values.len());
    let sizes = vec![8; values.len()];
    dispatch_tx!(tx, |conn, backend| {
        for (from, to) in many_slices(&sizes, 1) {
            let mut qb = QueryBuilder::new(format!(
                "SELECT {} FROM {} WHERE {column} IN (",
                select_list(entity, backend),
                entity.table
            ));
            push_ids(&mut qb, &values[from..to]);
            qb.push(if column == "id" {
                ") ORDER BY id".to_owned()
            } else {
                format!(") ORDER BY {column}, id")
            });
            let rows = qb.build().fetch_all(&mut *conn).await?;
            records.extend(load_records!(conn, entity, rows));
        }
        Ok::<(), StoreError>(())
    })?;
    if values.len() > MANY_ROWS {
        // Each slice came back ordered; the slices of values need not be.
        records.sort_by_key(|r| {
            (
                r.get(column).and_then(Value::as_i64),
                r.get("id").and_then(Value::as_i64),
            )
        });
    }
    Ok(records)
}

/// Writes the same `changes` over each of `records` (as read earlier in this transaction, by
/// [`get_many_in`] say), with what [`patch_in`] writes for one record: the changed columns, the
/// editor, `updated_at`, the version raised by one, and a history row "update" for each record
/// the change alters. A record written by someone else since it was read fails the whole call
/// with [`StoreError::Conflict`] holding that record as it is now.
///
/// The changes may only set columns that read back as written (ids, text, flags, dates) and
/// that no search text is made of, so that neither the records nor their search texts need
/// reading again: a bulk reassignment, not a form.
pub async fn patch_many_in(
    tx: &mut Tx,
    entity: &Entity,
    user: Option<i64>,
    records: &[Fields],
    changes: &Fields,
) -> Result<(), StoreError> {
    let columns = columns_for_many(entity, changes)?;
    let ids: Vec<i64> = records
        .iter()
        .map(|r| r.get("id").and_then(Value::as_i64).unwrap_or_default())
        .collect();
    let now = crate::now();
    let sizes = vec![8; ids.len()];
    let slices = many_slices(&sizes, 1);
    dispatch_tx!(tx, |tx, backend| {
        // PostgreSQL and MySQL lock the rows until the commit and read them as last committed;
        // SQLite has one writer at a time, and a transaction that read before another's write
        // may not write after it.
        let lock = if backend == Backend::Sqlite {
            ""
        } else {
            " FOR UPDATE"
        };
        for &(from, to) in &slices {
            // Each record must still be at the version it was read at: one saved or deleted
            // since is not overwritten.
            let mut qb = QueryBuilder::new(format!("SELECT id, version FROM {} WHERE id IN (", entity.table));
            push_ids(&mut qb, &ids[from..to]);
            qb.push(format!("){lock}"));
            let versions: HashMap<i64, i32> = qb
                .build_query_as::<(i64, i32)>()
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .collect();
            for (id, record) in ids[from..to].iter().zip(&records[from..to]) {
                if versions.get(id).map(|v| i64::from(*v)) != version_of(record) {
                    return Err(match fetch_record!(tx, backend, entity, *id, lock) {
                        Some(current) => conflict(entity, current),
                        None => not_found(entity, *id),
                    });
                }
            }
            let mut qb = update_set!(backend, entity, &columns, changes, user);
            qb.push("updated_at = ").push_bind(Moment(now));
            qb.push(", version = version + 1 WHERE id IN (");
            push_ids(&mut qb, &ids[from..to]);
            qb.push(")");
            qb.build().execute(&mut *tx).await?;
        }
        Ok::<(), StoreError>(())
    })?;
    let (changed_ids, texts) = patched_history(&columns, changes, &ids, records)?;
    insert_history_rows(tx, entity, user, Action::Update, &changed_ids, &texts).await
}

/// The columns `changes` sets, if [`patch_many_in`] may write them (see there).
fn columns_for_many<'e>(entity: &'e Entity, changes: &Fields) -> Result<Vec<&'e Column>, StoreError> {
    let columns: Vec<&Column> = entity
        .columns
        .iter()
        .chain(entity.read_only)
        .filter(|c| changes.contains_key(c.field))
        .collect();
    let unfit = changes.keys().find(|field| {
        let column = columns.iter().find(|c| c.field == field.as_str());
        column.is_none_or(|c| !reads_back_as_written(c.kind)) || entity.search.contains(&field.as_str())
    });
    match unfit {
        Some(field) => Err(StoreError::Corrupt(format!(
            "{}.{field} cannot be written to many records at once",
            entity.key
        ))),
        None => Ok(columns),
    }
}

/// The history rows of [`patch_many_in`]: the ids of the records `changes` alters, and for each
/// the JSON text of `{field: [old, new]}`.
fn patched_history(
    columns: &[&Column],
    changes: &Fields,
    ids: &[i64],
    records: &[Fields],
) -> Result<(Vec<i64>, Vec<String>), StoreError> {
    let mut after = Vec::with_capacity(columns.len());
    for column in columns {
        after.push(as_read_back(
            column.field,
            column.kind,
            input_value(changes, column.field),
        )?);
    }
    let mut changed_ids = Vec::new();
    let mut texts = Vec::new();
    for (id, record) in ids.iter().zip(records) {
        let mut diff = serde_json::Map::new();
        for (column, new) in columns.iter().zip(&after) {
            let old = input_value(record, column.field);
            if old != new {
                diff.insert(column.field.into(), Value::Array(vec![old.clone(), new.clone()]));
            }
        }
        if !diff.is_empty() {
            changed_ids.push(*id);
            texts.push(Value::Object(diff).to_string());
        }
    }
    Ok((changed_ids, texts))
}

#[cfg(test)]
mod many_tests {
    use super::*;

    #[test]
    fn the_history_text_is_that_of_history_created() {
        let record = serde_json::json!({
            "id": 7, "full_name": "\"Ärger\" & Söhne\n", "version": 1, "updated_at": "2026-01-01T00:00:00Z",
            "modified_by_id": 3, "tag_ids": [1, 2], "deleted_at": null, "massmail": true,
            "website": "", "industry_ids": [], "disqualified": false,
        });
        let Value::Object(record) = record else {
            panic!("an object");
        };
        let text = created_changes(&record).expect("JSON");
        assert_eq!(text, Value::Object(history::created(&record)).to_string());
        let kept: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            kept,
            serde_json::json!({
                "id": [null, 7], "full_name": [null, "\"Ärger\" & Söhne\n"], "tag_ids": [null, [1, 2]],
                "massmail": [null, true], "disqualified": [null, false],
            }),
            "what the record holds, without the bookkeeping and the empty fields"
        );
    }

    #[test]
    fn slices_keep_to_the_row_value_and_byte_budgets() {
        assert_eq!(many_slices(&[], 10), vec![]);
        assert_eq!(
            many_slices(&vec![1; 2500], 2),
            vec![(0, 1000), (1000, 2000), (2000, 2500)]
        );
        // 30 values a row: 1,000 rows would be 30,000 values; 40 a row: 750 rows.
        assert_eq!(
            many_slices(&vec![1; 1600], 40),
            vec![(0, 750), (750, 1500), (1500, 1600)]
        );
        let big = MANY_BYTES / 2 + 1;
        assert_eq!(
            many_slices(&[big, big, 1, MANY_BYTES * 2], 3),
            vec![(0, 1), (1, 3), (3, 4)]
        );
    }
}
