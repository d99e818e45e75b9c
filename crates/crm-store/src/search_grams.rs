//! The MySQL/MariaDB trigram word tables (`<table>_fts`, see [`search::gram_words`]) for rows the
//! record layer did not write: rows that predate the tables, and rows loaded in bulk.

use sqlx::{MySqlPool, QueryBuilder};

use crate::entities::ALL;
use crate::{StoreError, search};

/// Rows indexed per statement.
const BATCH: i64 = 2000;

/// Indexes every row of every searchable table whose id lies beyond the highest indexed one. The
/// record layer indexes what it writes in the same transaction, so after a migration or a bulk
/// load this is all that can be missing; on an indexed database it costs two lookups per table.
pub async fn index_missing(pool: &MySqlPool) -> Result<u64, StoreError> {
    let mut indexed = 0;
    for entity in ALL.iter().filter(|e| !e.search.is_empty()) {
        let highest: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT MAX(id) FROM {}_fts",
            entity.table
        )))
        .fetch_one(pool)
        .await?;
        let mut after = highest.unwrap_or(0);
        loop {
            let mut qb = QueryBuilder::new(format!(
                "SELECT id, search_text FROM {} WHERE id > ",
                entity.table
            ));
            qb.push_bind(after).push(" ORDER BY id LIMIT ").push_bind(BATCH);
            let rows: Vec<(i64, String)> = qb.build_query_as().fetch_all(pool).await?;
            let Some((last, _)) = rows.last() else {
                break;
            };
            after = *last;
            let mut qb = QueryBuilder::new(format!("INSERT INTO {}_fts (id, grams) ", entity.table));
            qb.push_values(&rows, |mut row, (id, text)| {
                row.push_bind(*id).push_bind(search::gram_words(text));
            });
            qb.build().execute(pool).await?;
            indexed += rows.len() as u64;
        }
    }
    Ok(indexed)
}
