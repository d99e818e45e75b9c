//! MySQL/MariaDB: everything from information_schema of the current database. Integer widths are
//! cast to signed so they decode the same on both servers.

use sqlx::MySqlPool;

use super::{Family, ForeignKey, RawColumn, RawForeignKey, RawIndexColumn};
use crate::StoreError;

const COLUMNS: &str = "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.IS_NULLABLE, c.DATA_TYPE, \
     c.COLUMN_TYPE, CAST(c.CHARACTER_MAXIMUM_LENGTH AS SIGNED), \
     CAST(c.NUMERIC_PRECISION AS SIGNED), CAST(c.NUMERIC_SCALE AS SIGNED) \
     FROM information_schema.COLUMNS c \
     JOIN information_schema.TABLES t \
       ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME \
     WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'";

/// MariaDB's JSON is LONGTEXT with a `json_valid(col)` check named after the column; MySQL's is a
/// real JSON type and has no such checks.
const JSON_CHECKS: &str = "SELECT tc.TABLE_NAME, cc.CHECK_CLAUSE \
     FROM information_schema.TABLE_CONSTRAINTS tc \
     JOIN information_schema.CHECK_CONSTRAINTS cc \
       ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME \
     WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK' \
       AND cc.CHECK_CLAUSE LIKE 'json_valid(%'";

const FOREIGN_KEYS: &str = "SELECT k.TABLE_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, \
     k.REFERENCED_COLUMN_NAME, r.DELETE_RULE \
     FROM information_schema.KEY_COLUMN_USAGE k \
     JOIN information_schema.REFERENTIAL_CONSTRAINTS r \
       ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME \
      AND r.TABLE_NAME = k.TABLE_NAME \
     WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL";

const INDEX_COLUMNS: &str = "SELECT TABLE_NAME, INDEX_NAME, CAST(NON_UNIQUE AS SIGNED), \
     COALESCE(COLUMN_NAME, '') \
     FROM information_schema.STATISTICS \
     WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' \
     ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

type ColumnRow = (
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

pub(super) async fn read(
    pool: &MySqlPool,
) -> Result<(Vec<RawColumn>, Vec<RawForeignKey>, Vec<RawIndexColumn>), StoreError> {
    let checks: Vec<(String, String)> = sqlx::query_as(JSON_CHECKS).fetch_all(pool).await?;
    let json_columns: Vec<(String, String)> = checks
        .into_iter()
        .map(|(table, clause)| (table, clause.replace('`', "")))
        .collect();
    let is_json = |table: &str, column: &str| {
        let clause = format!("json_valid({column})");
        json_columns.iter().any(|(t, c)| t == table && *c == clause)
    };

    let rows: Vec<ColumnRow> = sqlx::query_as(COLUMNS).fetch_all(pool).await?;
    let columns = rows
        .into_iter()
        .map(
            |(table, column, nullable, data_type, column_type, len, precision, scale)| {
                let family = if data_type == "longtext" && is_json(&table, &column) {
                    Family::Json
                } else {
                    family(&data_type, &column_type, len, precision, scale)
                };
                RawColumn {
                    table,
                    column,
                    family,
                    nullable: nullable == "YES",
                }
            },
        )
        .collect();

    let keys: Vec<(String, String, String, String, String)> =
        sqlx::query_as(FOREIGN_KEYS).fetch_all(pool).await?;
    let foreign_keys = keys
        .into_iter()
        .map(
            |(table, column, references_table, references_column, rule)| RawForeignKey {
                table,
                key: ForeignKey {
                    column,
                    references_table,
                    references_column,
                    on_delete: rule.to_ascii_lowercase(),
                },
            },
        )
        .collect();

    let parts: Vec<(String, String, i64, String)> = sqlx::query_as(INDEX_COLUMNS).fetch_all(pool).await?;
    let indexes = parts
        .into_iter()
        .map(|(table, index, non_unique, column)| RawIndexColumn {
            table,
            index,
            unique: non_unique == 0,
            column,
        })
        .collect();
    Ok((columns, foreign_keys, indexes))
}

fn family(
    data_type: &str,
    column_type: &str,
    len: Option<i64>,
    precision: Option<i64>,
    scale: Option<i64>,
) -> Family {
    match data_type {
        "tinyint" if column_type == "tinyint(1)" => Family::Bool,
        "smallint" => Family::SmallInt,
        "int" => Family::Int,
        "bigint" => Family::BigInt,
        "varchar" | "char" => Family::Text { max_len: len },
        "longtext" => Family::Text { max_len: None },
        "decimal" => Family::Decimal {
            precision: precision.unwrap_or(0),
            scale: scale.unwrap_or(0),
        },
        "date" => Family::Date,
        "time" => Family::Time,
        // Only microsecond DATETIME holds what the other backends hold.
        "datetime" if column_type == "datetime(6)" => Family::Timestamp,
        "json" => Family::Json,
        _ => Family::Other(column_type.to_owned()),
    }
}
