//! The id of a row just inserted: MySQL and SQLite report it with the statement's result;
//! PostgreSQL has no such report and is asked with `RETURNING id` instead.

use sqlx::mysql::MySqlQueryResult;
use sqlx::postgres::PgQueryResult;
use sqlx::sqlite::SqliteQueryResult;

pub(crate) trait InsertedId {
    fn inserted_id(&self) -> Option<i64>;
}

impl InsertedId for PgQueryResult {
    fn inserted_id(&self) -> Option<i64> {
        None
    }
}

impl InsertedId for MySqlQueryResult {
    fn inserted_id(&self) -> Option<i64> {
        i64::try_from(self.last_insert_id()).ok()
    }
}

impl InsertedId for SqliteQueryResult {
    fn inserted_id(&self) -> Option<i64> {
        Some(self.last_insert_rowid())
    }
}
