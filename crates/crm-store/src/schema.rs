//! The schema a database really has, read from its own catalog and normalized, so a test can prove
//! that the three backends' migrations define the same tables, columns, foreign keys and indexes.
//!
//! Each backend has its own catalog reader (one submodule each); normalizing, assembling and
//! comparing are shared.

mod mysql;
mod postgres;
mod sqlite;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::{Db, Pool, StoreError};

/// sqlx's own bookkeeping, not part of the CRM schema.
const MIGRATIONS_TABLE: &str = "_sqlx_migrations";

/// What a column holds, in terms in which the backends can be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Family {
    SmallInt,
    Int,
    BigInt,
    /// SQLite's one integer type.
    Integer,
    /// Bounded (`VARCHAR(n)`, `CHAR(n)`) or unbounded text.
    Text {
        max_len: Option<i64>,
    },
    Decimal {
        precision: i64,
        scale: i64,
    },
    Bool,
    Date,
    Time,
    Timestamp,
    Json,
    /// A type the conventions do not use, as the backend spells it: always a finding.
    Other(String),
}

impl Family {
    /// The storage class SQLite uses for this family (migrations/README.md): integers and booleans
    /// are INTEGER, decimals, dates, times, timestamps and JSON are TEXT.
    #[must_use]
    pub fn stored_on_sqlite(&self) -> Family {
        match self {
            Family::SmallInt | Family::Int | Family::BigInt | Family::Integer | Family::Bool => {
                Family::Integer
            }
            Family::Text { .. }
            | Family::Decimal { .. }
            | Family::Date
            | Family::Time
            | Family::Timestamp
            | Family::Json => Family::Text { max_len: None },
            Family::Other(name) => Family::Other(name.clone()),
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Family::SmallInt => f.write_str("smallint"),
            Family::Int => f.write_str("int"),
            Family::BigInt => f.write_str("bigint"),
            Family::Integer => f.write_str("integer"),
            Family::Text { max_len: Some(n) } => write!(f, "text({n})"),
            Family::Text { max_len: None } => f.write_str("text"),
            Family::Decimal { precision, scale } => write!(f, "decimal({precision},{scale})"),
            Family::Bool => f.write_str("bool"),
            Family::Date => f.write_str("date"),
            Family::Time => f.write_str("time"),
            Family::Timestamp => f.write_str("timestamp"),
            Family::Json => f.write_str("json"),
            Family::Other(name) => write!(f, "other:{name}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub family: Family,
    pub nullable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKey {
    pub column: String,
    pub references_table: String,
    pub references_column: String,
    /// Lowercase: `restrict`, `cascade`, `set null`, `no action`, `set default`.
    pub on_delete: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// Key columns in order. PostgreSQL's `lower(col)` key is reported as `col`: it is how that
    /// backend spells the case-insensitive key the others get from the column's collation.
    pub columns: Vec<String>,
    pub unique: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub columns: BTreeMap<String, Column>,
    pub foreign_keys: BTreeSet<ForeignKey>,
    /// By index name; primary keys are left out (their names are not portable).
    pub indexes: BTreeMap<String, Index>,
}

/// The tables of one database, without sqlx's migration bookkeeping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schema {
    pub tables: BTreeMap<String, Table>,
}

/// One column as a reader found it.
pub(crate) struct RawColumn {
    pub table: String,
    pub column: String,
    pub family: Family,
    pub nullable: bool,
}

/// One foreign key as a reader found it.
pub(crate) struct RawForeignKey {
    pub table: String,
    pub key: ForeignKey,
}

/// One key column of an index as a reader found it, in key order.
pub(crate) struct RawIndexColumn {
    pub table: String,
    pub index: String,
    pub unique: bool,
    pub column: String,
}

/// Reads the schema of the database `db` is connected to.
pub async fn read(db: &Db) -> Result<Schema, StoreError> {
    let (columns, foreign_keys, indexes) = match db.pool() {
        Pool::Postgres(pool) => postgres::read(pool).await?,
        Pool::Mysql(pool) => mysql::read(pool).await?,
        Pool::Sqlite(pool) => sqlite::read(pool).await?,
    };
    Ok(Schema::assemble(columns, foreign_keys, indexes))
}

impl Schema {
    fn assemble(
        columns: Vec<RawColumn>,
        foreign_keys: Vec<RawForeignKey>,
        indexes: Vec<RawIndexColumn>,
    ) -> Schema {
        let mut tables: BTreeMap<String, Table> = BTreeMap::new();
        for c in columns {
            let column = Column {
                family: c.family,
                nullable: c.nullable,
            };
            tables
                .entry(c.table)
                .or_default()
                .columns
                .insert(c.column, column);
        }
        for fk in foreign_keys {
            tables.entry(fk.table).or_default().foreign_keys.insert(fk.key);
        }
        for part in indexes {
            let index = tables
                .entry(part.table)
                .or_default()
                .indexes
                .entry(part.index)
                .or_insert_with(|| Index {
                    columns: Vec::new(),
                    unique: part.unique,
                });
            index.columns.push(part.column);
        }
        tables.remove(MIGRATIONS_TABLE);
        Schema { tables }
    }

    /// This schema as SQLite would store it: every family replaced by its SQLite storage class.
    #[must_use]
    pub fn as_stored_on_sqlite(&self) -> Schema {
        let mut projected = self.clone();
        for table in projected.tables.values_mut() {
            for column in table.columns.values_mut() {
                column.family = column.family.stored_on_sqlite();
            }
        }
        projected
    }

    pub fn column(&self, table: &str, column: &str) -> Option<&Column> {
        self.tables.get(table)?.columns.get(column)
    }

    /// Every fact of the schema as "what" → "how", e.g. `column deals.amount` → `decimal(18,2) null`.
    pub fn facts(&self) -> BTreeMap<String, String> {
        let mut facts = BTreeMap::new();
        for (name, table) in &self.tables {
            facts.insert(format!("table {name}"), "present".to_owned());
            for (column, c) in &table.columns {
                let null = if c.nullable { "null" } else { "not null" };
                facts.insert(format!("column {name}.{column}"), format!("{} {null}", c.family));
            }
            for fk in &table.foreign_keys {
                let target = format!(
                    "{}.{} on delete {}",
                    fk.references_table, fk.references_column, fk.on_delete
                );
                facts
                    .entry(format!("foreign key {name}.{}", fk.column))
                    .and_modify(|existing: &mut String| {
                        existing.push_str("; ");
                        existing.push_str(&target);
                    })
                    .or_insert(target);
            }
            for (index, i) in &table.indexes {
                let kind = if i.unique { "unique " } else { "" };
                facts.insert(
                    format!("index {name}.{index}"),
                    format!("{kind}({})", i.columns.join(", ")),
                );
            }
        }
        facts
    }
}

/// One line per fact on which the named schemas disagree, e.g.
/// `column deals.amount: postgres=decimal(18,2) null, mysql=decimal(18,2) null, sqlite=(missing)`.
pub fn differences(schemas: &[(&str, &Schema)]) -> Vec<String> {
    let facts: Vec<(&str, BTreeMap<String, String>)> = schemas
        .iter()
        .map(|(name, schema)| (*name, schema.facts()))
        .collect();
    let keys: BTreeSet<&String> = facts.iter().flat_map(|(_, f)| f.keys()).collect();
    let mut lines = Vec::new();
    for key in keys {
        let values: Vec<Option<&String>> = facts.iter().map(|(_, f)| f.get(key)).collect();
        if values.windows(2).all(|pair| pair[0] == pair[1]) {
            continue;
        }
        let shown: Vec<String> = facts
            .iter()
            .zip(&values)
            .map(|((name, _), value)| format!("{name}={}", value.map_or("(missing)", String::as_str)))
            .collect();
        lines.push(format!("{key}: {}", shown.join(", ")));
    }
    lines
}

/// `lower(name)` (as PostgreSQL prints an expression key) → `name`; any other key unchanged.
pub(crate) fn case_insensitive_key(key: &str) -> String {
    match key.strip_prefix("lower(") {
        Some(rest) => rest
            .trim_start_matches('(')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect(),
        None => key.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lowercased_key_reads_as_its_column() {
        assert_eq!(case_insensitive_key("lower((name)::text)"), "name");
        assert_eq!(case_insensitive_key("lower(name::text)"), "name");
        assert_eq!(case_insensitive_key("department_id"), "department_id");
    }

    #[test]
    fn a_difference_names_the_fact_and_every_backend() {
        let mut with = Schema::default();
        with.tables.entry("deals".into()).or_default().columns.insert(
            "amount".into(),
            Column {
                family: Family::Decimal {
                    precision: 18,
                    scale: 2,
                },
                nullable: true,
            },
        );
        let mut without = with.clone();
        without.tables.get_mut("deals").expect("table").columns.clear();
        let lines = differences(&[("postgres", &with), ("mysql", &without)]);
        assert_eq!(
            lines,
            ["column deals.amount: postgres=decimal(18,2) null, mysql=(missing)"]
        );
        assert!(differences(&[("postgres", &with), ("mysql", &with.clone())]).is_empty());
    }

    #[test]
    fn sqlite_stores_booleans_as_integers_and_decimals_as_text() {
        assert_eq!(Family::Bool.stored_on_sqlite(), Family::Integer);
        assert_eq!(
            Family::Decimal {
                precision: 18,
                scale: 8
            }
            .stored_on_sqlite(),
            Family::Text { max_len: None }
        );
    }
}
