//! SQLite: sqlite_master joined with the table-valued pragmas. SQLite has only storage classes, so
//! a column's family is INTEGER or TEXT (see [`super::Family::stored_on_sqlite`]).

use sqlx::SqlitePool;

use super::{Family, ForeignKey, RawColumn, RawForeignKey, RawIndexColumn};
use crate::StoreError;

const COLUMNS: &str = "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk \
     FROM sqlite_master m, pragma_table_info(m.name) p \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";

const FOREIGN_KEYS: &str = "SELECT m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete \
     FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";

/// Primary-key indexes (origin `pk`) are left out, as on the other backends.
const INDEX_COLUMNS: &str = "SELECT m.name, il.name, il.\"unique\", COALESCE(ii.name, '') \
     FROM sqlite_master m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND il.origin <> 'pk' \
     ORDER BY m.name, il.name, ii.seqno";

pub(super) async fn read(
    pool: &SqlitePool,
) -> Result<(Vec<RawColumn>, Vec<RawForeignKey>, Vec<RawIndexColumn>), StoreError> {
    let rows: Vec<(String, String, String, i64, i64)> = sqlx::query_as(COLUMNS).fetch_all(pool).await?;
    let columns = rows
        .into_iter()
        .map(|(table, column, declared, not_null, pk)| RawColumn {
            table,
            column,
            family: family(&declared),
            // A rowid alias (INTEGER PRIMARY KEY) is never NULL but is not flagged NOT NULL.
            nullable: not_null == 0 && pk == 0,
        })
        .collect();

    let keys: Vec<(String, String, String, Option<String>, String)> =
        sqlx::query_as(FOREIGN_KEYS).fetch_all(pool).await?;
    let foreign_keys = keys
        .into_iter()
        .map(
            |(table, column, references_table, references_column, rule)| RawForeignKey {
                table,
                key: ForeignKey {
                    column,
                    references_table,
                    // Omitted when the reference names the target's primary key implicitly.
                    references_column: references_column.unwrap_or_else(|| "id".to_owned()),
                    on_delete: rule.to_ascii_lowercase(),
                },
            },
        )
        .collect();

    let parts: Vec<(String, String, i64, String)> = sqlx::query_as(INDEX_COLUMNS).fetch_all(pool).await?;
    let indexes = parts
        .into_iter()
        .map(|(table, index, unique, column)| RawIndexColumn {
            table,
            index,
            unique: unique != 0,
            column,
        })
        .collect();
    Ok((columns, foreign_keys, indexes))
}

fn family(declared: &str) -> Family {
    match declared.to_ascii_uppercase().as_str() {
        "INTEGER" => Family::Integer,
        "TEXT" => Family::Text { max_len: None },
        _ => Family::Other(declared.to_owned()),
    }
}
