//! Loading many rows at once: multi-row `INSERT`s inside the caller's transaction, for generated
//! demo data and for the bulk-insert rate the benchmarks hold the import against.
//!
//! Nothing here applies a rule of the record layer (no history, no owner defaults, no search text
//! of its own): the caller hands over complete rows, ids included, so rows of several tables can
//! point at each other before any of them is written. After a load with explicit ids,
//! [`sync_ids`] moves PostgreSQL's identity sequences past them; MySQL and SQLite follow by
//! themselves.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sqlx::QueryBuilder;

use crate::{Backend, Db, Exact, StoreError, Tx, dispatch, dispatch_tx, search};

/// Bound parameters per statement: below SQLite's limit of 32,766 (MySQL and PostgreSQL allow
/// 65,535).
const MAX_PARAMETERS: usize = 30_000;
/// Rows per statement at most: longer statements gain nothing and cost parse time.
const MAX_ROWS: usize = 1_000;

/// One value of a row, typed as its column is, so every backend binds it natively.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Int(Option<i64>),
    Text(String),
    NullableText(Option<String>),
    Bool(bool),
    Date(Option<NaiveDate>),
    Time(Option<DateTime<Utc>>),
    /// Exact, at the column's scale.
    Money(Option<Decimal>),
}

impl From<i64> for Val {
    fn from(value: i64) -> Self {
        Val::Int(Some(value))
    }
}

impl From<Option<i64>> for Val {
    fn from(value: Option<i64>) -> Self {
        Val::Int(value)
    }
}

impl From<String> for Val {
    fn from(value: String) -> Self {
        Val::Text(value)
    }
}

impl From<&str> for Val {
    fn from(value: &str) -> Self {
        Val::Text(value.to_owned())
    }
}

impl From<bool> for Val {
    fn from(value: bool) -> Self {
        Val::Bool(value)
    }
}

impl From<NaiveDate> for Val {
    fn from(value: NaiveDate) -> Self {
        Val::Date(Some(value))
    }
}

impl From<Option<NaiveDate>> for Val {
    fn from(value: Option<NaiveDate>) -> Self {
        Val::Date(value)
    }
}

impl From<DateTime<Utc>> for Val {
    fn from(value: DateTime<Utc>) -> Self {
        Val::Time(Some(value))
    }
}

impl From<Decimal> for Val {
    fn from(value: Decimal) -> Self {
        Val::Money(Some(value))
    }
}

impl From<Option<Decimal>> for Val {
    fn from(value: Option<Decimal>) -> Self {
        Val::Money(value)
    }
}

/// Binds a [`Val`] on a `push_values` row.
macro_rules! bind_val {
    ($row:expr, $value:expr) => {
        match $value {
            Val::Int(v) => {
                $row.push_bind(v);
            }
            Val::Text(v) => {
                $row.push_bind(v);
            }
            Val::NullableText(v) => {
                $row.push_bind(v);
            }
            Val::Bool(v) => {
                $row.push_bind(v);
            }
            Val::Date(v) => {
                $row.push_bind(v);
            }
            Val::Time(v) => {
                $row.push_bind(v.map($crate::Moment));
            }
            Val::Money(v) => {
                $row.push_bind(v.map(Exact));
            }
        }
    };
}

/// Rows waiting to be written into one table.
#[derive(Debug, Clone)]
pub struct Rows {
    table: String,
    columns: Vec<&'static str>,
    waiting: Vec<Vec<Val>>,
    written: u64,
}

impl Rows {
    pub fn new(table: impl Into<String>, columns: &[&'static str]) -> Rows {
        Rows {
            table: table.into(),
            columns: columns.to_vec(),
            waiting: Vec::new(),
            written: 0,
        }
    }

    /// The trigram word table of a searchable table on MySQL/MariaDB (`<table>_fts`: id, grams),
    /// which the record layer fills as it writes and a bulk load has to fill itself.
    pub fn grams_of(table: &str) -> Rows {
        Rows::new(format!("{table}_fts"), &["id", "grams"])
    }

    /// Adds a row; its values come in the order of the columns.
    ///
    /// # Panics
    /// In debug builds, when the row has the wrong number of values: a bug of the caller.
    pub fn push(&mut self, row: Vec<Val>) {
        debug_assert_eq!(row.len(), self.columns.len(), "a row of {}", self.table);
        self.waiting.push(row);
    }

    /// The trigram words of `search_text` for row `id` (see [`Rows::grams_of`]).
    pub fn push_grams(&mut self, id: i64, search_text: &str) {
        self.push(vec![
            Val::Int(Some(id)),
            Val::Text(search::gram_words(search_text)),
        ]);
    }

    /// Rows waiting.
    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// Rows written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    /// Writes every waiting row inside `tx`, as few multi-row statements as the parameter limit
    /// allows, and forgets them.
    pub async fn write_in(&mut self, tx: &mut Tx) -> Result<u64, StoreError> {
        if self.waiting.is_empty() {
            return Ok(0);
        }
        let per_statement = (MAX_PARAMETERS / self.columns.len().max(1)).clamp(1, MAX_ROWS);
        let head = format!("INSERT INTO {} ({}) ", self.table, self.columns.join(", "));
        let mut rows = std::mem::take(&mut self.waiting).into_iter().peekable();
        let mut written = 0;
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Val>> = rows.by_ref().take(per_statement).collect();
            written += dispatch_tx!(tx, |conn, _backend| {
                let mut qb = QueryBuilder::new(head.clone());
                qb.push_values(chunk, |mut row, values| {
                    for value in values {
                        bind_val!(row, value);
                    }
                });
                qb.build().execute(&mut *conn).await?.rows_affected()
            });
        }
        self.written += written;
        Ok(written)
    }
}

/// Points requests `first..=last` at their deals, whose ids lie `offset` above their own. A request
/// and its deal refer to each other, so one side can only be written once both rows exist.
pub async fn point_requests_at_deals(
    tx: &mut Tx,
    offset: i64,
    first: i64,
    last: i64,
) -> Result<u64, StoreError> {
    dispatch_tx!(tx, |conn, _backend| {
        let mut qb = QueryBuilder::new("UPDATE requests SET deal_id = id + ");
        qb.push_bind(offset)
            .push(" WHERE id >= ")
            .push_bind(first)
            .push(" AND id <= ")
            .push_bind(last);
        Ok(qb.build().execute(&mut *conn).await?.rows_affected())
    })
}

/// The id the next row of `table` would get: one past the highest stored.
pub async fn next_id(db: &Db, table: &str) -> Result<i64, StoreError> {
    let sql = format!("SELECT COALESCE(MAX(id), 0) + 1 FROM {table}");
    dispatch!(db, |pool, _backend| {
        let next: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_one(pool)
            .await?;
        Ok(next)
    })
}

/// Moves PostgreSQL's identity sequences of `tables` past the highest id stored, after rows were
/// written with explicit ids; the other backends need nothing.
pub async fn sync_ids(db: &Db, tables: &[&str]) -> Result<(), StoreError> {
    if let crate::Pool::Postgres(pool) = db.pool() {
        for table in tables {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(pool).await?;
        }
    }
    Ok(())
}

/// Fresh planner statistics for `tables`, as a database that grew slowly would have them. On
/// PostgreSQL a VACUUM comes first, as autovacuum's would after a load: it merges the trigram
/// indexes' pending lists, which every search would otherwise scan, and marks the pages visible.
pub async fn analyze(db: &Db, tables: &[&str]) -> Result<(), StoreError> {
    let statements: Vec<String> = match db.backend() {
        Backend::Postgres => tables.iter().map(|t| format!("VACUUM ANALYZE {t}")).collect(),
        Backend::Mysql => vec![format!("ANALYZE TABLE {}", tables.join(", "))],
        // SQLite's ANALYZE covers every table in one pass; its FTS5 tables have no statistics.
        Backend::Sqlite => vec!["ANALYZE".to_owned()],
    };
    dispatch!(db, |pool, _backend| {
        for sql in statements {
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(pool).await?;
        }
        Ok(())
    })
}
