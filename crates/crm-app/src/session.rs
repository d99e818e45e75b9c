//! An open database and who is working in it.

use std::path::PathBuf;

use crm_store::{Backend, Db};
use serde::Serialize;

use crate::AppError;

/// Which database to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An SQLite file, created when missing: the embedded default.
    File(PathBuf),
    /// A connection URL; `password`, when given, overrides the URL's.
    Url { url: String, password: Option<String> },
}

/// Where the open database lives, for the user to see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ConnectionInfo {
    pub backend: Backend,
    /// The file path, or the URL without its password.
    pub location: String,
    /// The newest schema migration applied.
    pub schema_version: i32,
}

/// An open, migrated database. Commands take a session so that the acting user can join it
/// without changing their signatures.
#[derive(Debug, Clone)]
pub struct Session {
    db: Db,
}

impl Session {
    /// Opens the target and brings its schema up to date (seeding a new database).
    pub async fn open(target: &Target) -> Result<Session, AppError> {
        let db = match target {
            Target::File(path) => Db::open_sqlite_file(path).await?,
            Target::Url { url, password } => Db::connect(url, password.as_deref()).await?,
        };
        db.migrate().await?;
        Ok(Session { db })
    }

    /// A session on an already open database (tests, tools).
    pub fn from_db(db: Db) -> Session {
        Session { db }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub async fn close(&self) {
        self.db.close().await;
    }
}

/// `connection_info`: what the user is connected to.
pub async fn connection_info(session: &Session) -> Result<ConnectionInfo, AppError> {
    let db = session.db();
    let version = db.schema_version().await?;
    Ok(ConnectionInfo {
        backend: db.backend(),
        location: db.location().to_owned(),
        schema_version: i32::try_from(version).map_err(|e| AppError::Internal(e.to_string()))?,
    })
}
