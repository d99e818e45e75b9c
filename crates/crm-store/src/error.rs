//! Storage errors, classified so the command layer can tell "the server is gone" from "that row
//! changed" from "that row does not exist".

/// A failed storage operation.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL names no backend Oriel supports.
    #[error("unsupported database URL `{0}`: use postgres://, mysql://, mariadb:// or sqlite://")]
    UnsupportedUrl(String),
    /// The server could not be reached or the connection broke.
    #[error("the database is unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// The schema could not be brought up to date.
    #[error("the database schema could not be migrated: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// The row does not exist (or is not visible).
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: i64 },
    /// The row was changed since the caller read it; `current` is what is stored now.
    #[error("{entity} {id} was changed by someone else (now at version {version})")]
    Conflict {
        entity: &'static str,
        id: i64,
        version: i32,
        current: serde_json::Value,
    },
    /// A unique key already holds the written value (a second tag of the same name, a taken
    /// username); nothing was written.
    #[error("the value is taken: {0}")]
    Duplicate(#[source] sqlx::Error),
    /// A row the write points at does not exist (a foreign key found nothing); nothing was
    /// written.
    #[error("a linked record does not exist: {0}")]
    MissingLink(#[source] sqlx::Error),
    /// Any other database failure.
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    /// A list cursor that this build did not hand out.
    #[error("the list position is not valid; start from the first page")]
    BadCursor,
    /// A sort field that the list does not offer.
    #[error("the list cannot be sorted that way")]
    BadSort,
    /// A stored value could not be turned into its domain type.
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => StoreError::Unavailable(err),
            sqlx::Error::Database(ref db) if db.is_unique_violation() => StoreError::Duplicate(err),
            sqlx::Error::Database(ref db) if db.is_foreign_key_violation() => StoreError::MissingLink(err),
            other => StoreError::Database(other),
        }
    }
}
