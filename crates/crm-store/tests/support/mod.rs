//! What the integration tests share: one valid sample record of every entity, built from its
//! descriptor and the database's own catalog, the widths of text columns, list helpers, and the
//! classic SQL-injection payloads.

#![allow(dead_code, reason = "each test crate uses its own part of the support")]

use std::collections::HashMap;

use crm_core::list::{MAX_PAGE_SIZE, PageRequest};
use crm_store::entities::ALL;
use crm_store::record::{self, Column, Entity, Fields, Kind};
use crm_store::schema::{Family, Schema, Table};
use crm_store::{Db, Pool};
use serde_json::{Value, json};

/// Tables with an id and a version that hold one row saved in place, like the installation
/// settings: they are not records.
pub const SINGLE_ROWS: &[&str] = &["installation_settings", "massmail_settings", "reminder_settings"];

/// Free text for every text column that is not a code: shorter than the narrowest such column
/// (16 characters, which SQLite checks without telling its catalog), and not ASCII, so each
/// backend's character handling is on trial.
pub const TEXT: &str = "Ärger №1";

/// Classic SQL-injection payloads, and the syntax of the engines behind the lists' search (LIKE
/// wildcards and escapes, SQLite FTS5 queries, MariaDB full-text operators): each must be stored
/// and matched as the literal text it is. No two begin with the same two characters, whatever
/// their case, so a unique column of any width takes them all; none starts or ends with a space,
/// which forms trim.
pub const PAYLOADS: &[&str] = &[
    "'; DROP TABLE companies; --",
    "\" OR \"1\"=\"1",
    "' OR '1'='1",
    "1; DELETE FROM change_log",
    "Robert'); DROP TABLE users;--",
    "%' AND 1=1 AND '%'='",
    "\\'; SELECT pg_sleep(1); --",
    "` OR 1=1 #",
    "$1 $2 ? ?",
    "\0nul byte\u{1}",
    "UNION SELECT username FROM users --",
    "50%_off! [a-z]*",
    "\\\\%\\_\\!",
    "/*! SELECT 1 */ x'41'",
    "+gram -word* \"phrase\" (x) ~y <z> @2",
    "NEAR(a b) OR c:d* AND NOT ^e",
    "ʼ OR ʼ1ʼ=ʼ1 -- ＇Ärger＇",
    "'||(SELECT version())||'",
    "line\r\n--\tbreak",
];

/// Columns that hold a code, by CHECK constraint or by meaning: (table, column, sample, another).
pub const CODES: &[(&str, &str, &str, &str)] = &[
    ("currencies", "name", "XAU", "XAG"),
    ("rates", "rate_type", "O", "A"),
    ("products", "type", "S", "G"),
    ("contacts", "sex", "F", "O"),
    ("leads", "sex", "F", "O"),
    ("payments", "status", "g", "h"),
    ("signatures", "type", "Plain text", "HTML"),
    ("memos", "stage", "rev", "pos"),
    ("task_tags", "for_content", "task", "memo"),
    ("mailing_outs", "status", "I", "P"),
    ("mailing_outs", "recipient_type", "contact", "lead"),
];

/// Generic links of the samples point at the sample company.
pub const TARGET_TYPE: &str = "company";

pub fn object(value: Value) -> Fields {
    match value {
        Value::Object(fields) => fields,
        other => panic!("expected a JSON object, got {other}"),
    }
}

pub fn code(table: &str, column: &str) -> Option<(&'static str, &'static str)> {
    CODES
        .iter()
        .find(|(t, c, _, _)| *t == table && *c == column)
        .map(|(_, _, sample, another)| (*sample, *another))
}

pub fn columns(entity: &Entity) -> impl Iterator<Item = &Column> {
    entity.columns.iter().chain(entity.read_only)
}

/// The JSON field of SQL column `column`: they differ only for renamed reserved words.
pub fn field_of(entity: &Entity, column: &str) -> String {
    columns(entity)
        .find(|c| c.column == column)
        .map_or(column, |c| c.field)
        .to_owned()
}

pub fn column_of<'a>(entity: &'a Entity, field: &'a str) -> &'a str {
    columns(entity)
        .find(|c| c.field == field)
        .map_or(field, |c| c.column)
}

pub fn table_of<'a>(schema: &'a Schema, entity: &Entity) -> &'a Table {
    schema
        .tables
        .get(entity.table)
        .unwrap_or_else(|| panic!("no table {}", entity.table))
}

pub fn references<'a>(table: &'a Table, column: &str) -> Option<&'a str> {
    table
        .foreign_keys
        .iter()
        .find(|fk| fk.column == column)
        .map(|fk| fk.references_table.as_str())
}

/// Text a person types: not a code, a foreign key or the entity key of a generic link.
pub fn is_free_text(entity: &Entity, table: &Table, column: &Column) -> bool {
    column.kind == Kind::Text
        && code(entity.table, column.column).is_none()
        && references(table, column.column).is_none()
        && column.column != "target_type"
}

// ---------------------------------------------------------------------------------------------
// Sample records.

/// A valid value of `column` for a new record, pointing at the samples created so far.
pub fn sample_value(entity: &Entity, table: &Table, column: &Column, ids: &HashMap<String, i64>) -> Value {
    if let Some(target) = references(table, column.column) {
        let required = table.columns.get(column.column).is_some_and(|c| !c.nullable);
        return match ids.get(target) {
            Some(id) => json!(id),
            None if required => panic!("{}.{} needs a {target} row first", entity.table, column.column),
            None => Value::Null,
        };
    }
    match column.column {
        "target_type" => return json!(TARGET_TYPE),
        "target_id" => return json!(ids["companies"]),
        _ => {}
    }
    if let Some((sample, _)) = code(entity.table, column.column) {
        return json!(sample);
    }
    match column.kind {
        Kind::I16 | Kind::I32 | Kind::I64 => json!(2),
        Kind::Text => {
            let max_len = match table.columns.get(column.column).map(|c| &c.family) {
                Some(Family::Text { max_len: Some(n) }) => usize::try_from(*n).expect("a length"),
                _ => usize::MAX,
            };
            json!(TEXT.chars().take(max_len).collect::<String>())
        }
        Kind::Bool => json!(true),
        Kind::Money => json!("12.34"),
        Kind::Rate => json!("0.12345678"),
        Kind::Date => json!("2026-03-14"),
        Kind::Time => json!("2026-03-14T09:26:53.589793Z"),
        Kind::Json => json!([3, 1, 2]),
    }
}

/// The input of a new record of `entity`: every editable column and every link filled.
pub fn sample(entity: &Entity, schema: &Schema, ids: &HashMap<String, i64>) -> Fields {
    let table = table_of(schema, entity);
    let mut input = Fields::new();
    for column in entity.columns {
        input.insert(column.field.into(), sample_value(entity, table, column, ids));
    }
    for link in entity.links {
        let linked = schema.tables.get(link.table).expect("the link table");
        let target = references(linked, link.other).expect("the linked table");
        input.insert(
            link.field.into(),
            json!(ids.get(target).into_iter().collect::<Vec<_>>()),
        );
    }
    input
}

pub fn id_of(record: &Fields) -> i64 {
    record["id"].as_i64().expect("an id")
}

/// Creates one sample of every entity in registry order, each referring to the samples before
/// it, and checks that every written field reads back as written.
pub async fn create_samples(db: &Db, schema: &Schema) -> Vec<(&'static Entity, Fields)> {
    let mut ids: HashMap<String, i64> = HashMap::new();
    let mut samples = Vec::new();
    for entity in ALL.iter().copied() {
        let input = sample(entity, schema, &ids);
        let user = ids.get("users").copied();
        let created = record::create(db, entity, user, &input)
            .await
            .unwrap_or_else(|e| panic!("create a {}: {e}", entity.key));
        for (field, value) in &input {
            assert_eq!(
                created.get(field),
                Some(value),
                "{}.{field} reads back as written",
                entity.key
            );
        }
        if entity.modified_by {
            assert_eq!(
                created["modified_by_id"],
                json!(user),
                "{} names its last editor",
                entity.key
            );
        }
        if let Some(token) = entity.token {
            assert_eq!(
                created[token].as_str().map(str::len),
                Some(11),
                "{} gets a token",
                entity.key
            );
        }
        let id = id_of(&created);
        let read = record::get(db, entity, id).await.expect("read back");
        assert_eq!(read, created, "{} reads back whole", entity.key);
        ids.insert(entity.table.to_owned(), id);
        samples.push((entity, created));
    }
    samples
}

// ---------------------------------------------------------------------------------------------
// Lists.

pub fn page(limit: u32, descending: bool, after: Option<String>) -> PageRequest {
    PageRequest {
        after,
        limit: Some(limit),
        descending,
    }
}

pub async fn list_ids(db: &Db, entity: &Entity, filter: &Fields, sort: &str, page: &PageRequest) -> Vec<i64> {
    record::list(db, entity, filter, sort, page)
        .await
        .unwrap_or_else(|e| panic!("list {} by {sort:?} with {filter:?}: {e}", entity.key))
        .items
        .iter()
        .map(id_of)
        .collect()
}

/// Every row of `entity` matching `filter`, default order: the lists of a fresh database fit one
/// page.
pub async fn all_ids(db: &Db, entity: &Entity, filter: Value) -> Vec<i64> {
    list_ids(db, entity, &object(filter), "", &page(MAX_PAGE_SIZE, false, None)).await
}

pub async fn count(db: &Db, entity: &Entity, filter: Value) -> i64 {
    record::count(db, entity, &object(filter)).await.expect("count")
}

// ---------------------------------------------------------------------------------------------
// Widths.

/// The most characters each bounded text column takes, by (table, column): the `VARCHAR(n)` of
/// the catalog on the servers; on SQLite, whose catalog only knows TEXT, the
/// `CHECK (length(column) <= n)` in the table's SQL.
pub async fn text_widths(db: &Db, schema: &Schema) -> HashMap<(String, String), usize> {
    let mut widths = HashMap::new();
    if let Pool::Sqlite(pool) = db.pool() {
        let tables: Vec<(String, String)> =
            sqlx::query_as("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
                .fetch_all(pool)
                .await
                .expect("the tables' SQL");
        for (table, sql) in tables {
            for (column, width) in length_checks(&sql) {
                widths.insert((table.clone(), column), width);
            }
        }
        return widths;
    }
    for (name, table) in &schema.tables {
        for (column, c) in &table.columns {
            if let Family::Text { max_len: Some(n) } = c.family {
                widths.insert(
                    (name.clone(), column.clone()),
                    usize::try_from(n).expect("a width"),
                );
            }
        }
    }
    widths
}

/// The `length(column) <= n` checks of a CREATE TABLE statement.
fn length_checks(sql: &str) -> Vec<(String, usize)> {
    sql.split("length(")
        .skip(1)
        .filter_map(|rest| {
            let (column, rest) = rest.split_once(')')?;
            let digits = rest.trim_start().strip_prefix("<=")?.trim_start();
            let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
            let width = digits[..end].parse().ok()?;
            Some((column.trim().trim_matches('"').to_owned(), width))
        })
        .collect()
}
