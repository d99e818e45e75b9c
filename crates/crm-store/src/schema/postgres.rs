//! PostgreSQL: columns from information_schema, keys and indexes from pg_catalog (whose constraint
//! and index names are unique per table, not per schema, so information_schema joins by name would
//! be ambiguous).

use sqlx::PgPool;

use super::{Family, ForeignKey, RawColumn, RawForeignKey, RawIndexColumn, case_insensitive_key};
use crate::StoreError;

const COLUMNS: &str = "SELECT c.table_name::text, c.column_name::text, c.is_nullable::text, \
     c.data_type::text, c.character_maximum_length::int4, c.numeric_precision::int4, \
     c.numeric_scale::int4 \
     FROM information_schema.columns c \
     JOIN information_schema.tables t \
       ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'";

const FOREIGN_KEYS: &str = "SELECT t.relname::text, a.attname::text, rt.relname::text, \
     ra.attname::text, c.confdeltype::text \
     FROM pg_constraint c \
     JOIN pg_class t ON t.oid = c.conrelid \
     JOIN pg_class rt ON rt.oid = c.confrelid \
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
     JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] \
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace";

const INDEX_COLUMNS: &str = "SELECT t.relname::text, i.relname::text, ix.indisunique, \
     pg_get_indexdef(ix.indexrelid, k, true) \
     FROM pg_index ix \
     JOIN pg_class i ON i.oid = ix.indexrelid \
     JOIN pg_class t ON t.oid = ix.indrelid \
     CROSS JOIN LATERAL generate_series(1, ix.indnkeyatts::int4) AS k \
     WHERE t.relnamespace = 'public'::regnamespace AND NOT ix.indisprimary \
     ORDER BY t.relname, i.relname, k";

type ColumnRow = (
    String,
    String,
    String,
    String,
    Option<i32>,
    Option<i32>,
    Option<i32>,
);

pub(super) async fn read(
    pool: &PgPool,
) -> Result<(Vec<RawColumn>, Vec<RawForeignKey>, Vec<RawIndexColumn>), StoreError> {
    let columns: Vec<ColumnRow> = sqlx::query_as(COLUMNS).fetch_all(pool).await?;
    let columns = columns
        .into_iter()
        .map(
            |(table, column, nullable, data_type, len, precision, scale)| RawColumn {
                table,
                column,
                family: family(&data_type, len, precision, scale),
                nullable: nullable == "YES",
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
                    on_delete: on_delete(&rule).to_owned(),
                },
            },
        )
        .collect();

    let parts: Vec<(String, String, bool, String)> = sqlx::query_as(INDEX_COLUMNS).fetch_all(pool).await?;
    let indexes = parts
        .into_iter()
        .map(|(table, index, unique, key)| RawIndexColumn {
            table,
            index,
            unique,
            column: case_insensitive_key(&key),
        })
        .collect();
    Ok((columns, foreign_keys, indexes))
}

fn family(data_type: &str, len: Option<i32>, precision: Option<i32>, scale: Option<i32>) -> Family {
    match data_type {
        "smallint" => Family::SmallInt,
        "integer" => Family::Int,
        "bigint" => Family::BigInt,
        "character varying" | "character" | "text" => Family::Text {
            max_len: len.map(i64::from),
        },
        "numeric" => Family::Decimal {
            precision: precision.map_or(0, i64::from),
            scale: scale.map_or(0, i64::from),
        },
        "boolean" => Family::Bool,
        "date" => Family::Date,
        "time without time zone" => Family::Time,
        "timestamp with time zone" => Family::Timestamp,
        "jsonb" | "json" => Family::Json,
        other => Family::Other(other.to_owned()),
    }
}

/// `pg_constraint.confdeltype` codes.
fn on_delete(code: &str) -> &'static str {
    match code {
        "r" => "restrict",
        "c" => "cascade",
        "n" => "set null",
        "d" => "set default",
        _ => "no action",
    }
}
