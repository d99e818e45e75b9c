//! The database handle: opened from a URL (or the embedded file), migrated, shared by every
//! repository.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sqlx::mysql::{MySqlConnectOptions, MySqlPoolOptions};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{MySqlPool, PgPool, SqlitePool};

use crate::StoreError;

static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");
static MYSQL_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/mysql");
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");

/// A server that does not answer within this time is reported as unavailable instead of leaving
/// the user waiting: field sales work on flaky networks.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long an SQLite writer waits for another writer before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Enough for a desktop user's parallel requests without hogging a shared server.
const SERVER_POOL_SIZE: u32 = 8;
const SQLITE_POOL_SIZE: u32 = 4;
/// Prepared statements kept per connection. The generic record layer writes a statement per
/// entity, filter set and sort; with sqlx's default of 100, evicting and re-preparing them costs
/// a network round trip each (about 40 ms on MariaDB).
const STATEMENT_CACHE: usize = 2048;

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    Sqlite,
    Postgres,
    Mysql,
}

impl Backend {
    pub const ALL: [Backend; 3] = [Backend::Sqlite, Backend::Postgres, Backend::Mysql];

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
            Backend::Mysql => "mysql",
        }
    }

    /// The backend a connection URL names, from its scheme.
    pub fn from_url(url: &str) -> Result<Backend, StoreError> {
        let scheme = url
            .split_once(':')
            .map_or("", |(scheme, _)| scheme)
            .to_ascii_lowercase();
        match scheme.as_str() {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            "mysql" | "mariadb" => Ok(Backend::Mysql),
            _ => Err(StoreError::UnsupportedUrl(redact(url))),
        }
    }
}

/// The typed connection pool of one backend.
#[derive(Debug, Clone)]
pub enum Pool {
    Postgres(PgPool),
    Mysql(MySqlPool),
    Sqlite(SqlitePool),
}

/// An open, migrated database. Cheap to clone: every clone shares the pool.
#[derive(Debug, Clone)]
pub struct Db {
    pool: Pool,
    /// Where the data lives, safe to show: a file path or a URL without its password.
    location: Arc<str>,
}

/// The embedded database of this OS user: `<data dir>/org.oriel.crm/oriel.db`, the same folder the
/// desktop app uses for its data.
pub fn default_embedded_path() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("org.oriel.crm").join("oriel.db"))
}

impl Db {
    /// Opens (creating it if needed) an SQLite database file.
    pub async fn open_sqlite_file(path: &Path) -> Result<Db, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Unavailable(sqlx::Error::Io(e)))?;
        }
        let options = SqliteConnectOptions::new().filename(path);
        Self::open_sqlite(options, path.display().to_string()).await
    }

    /// Opens a database from a connection URL. `password`, when given, replaces the URL's one so
    /// that a password kept in the OS keychain never has to be written into a URL on disk.
    pub async fn connect(url: &str, password: Option<&str>) -> Result<Db, StoreError> {
        let location = redact(url);
        let bad_url = |_| StoreError::UnsupportedUrl(location.clone());
        match Backend::from_url(url)? {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url).map_err(bad_url)?;
                Self::open_sqlite(options, location.clone()).await
            }
            Backend::Postgres => {
                let mut options = PgConnectOptions::from_str(url)
                    .map_err(bad_url)?
                    .statement_cache_capacity(STATEMENT_CACHE);
                if let Some(password) = password {
                    options = options.password(password);
                }
                let pool = PgPoolOptions::new()
                    .max_connections(SERVER_POOL_SIZE)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .connect_with(options)
                    .await?;
                Ok(Db {
                    pool: Pool::Postgres(pool),
                    location: location.into(),
                })
            }
            Backend::Mysql => {
                let url = url.replacen("mariadb:", "mysql:", 1);
                let mut options = MySqlConnectOptions::from_str(&url)
                    .map_err(bad_url)?
                    .charset("utf8mb4")
                    .statement_cache_capacity(STATEMENT_CACHE);
                if let Some(password) = password {
                    options = options.password(password);
                }
                let pool = MySqlPoolOptions::new()
                    .max_connections(SERVER_POOL_SIZE)
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .connect_with(options)
                    .await?;
                Ok(Db {
                    pool: Pool::Mysql(pool),
                    location: location.into(),
                })
            }
        }
    }

    async fn open_sqlite(options: SqliteConnectOptions, location: String) -> Result<Db, StoreError> {
        // WAL lets readers go on while one writer writes; foreign keys are off in SQLite unless asked.
        let options = options
            .statement_cache_capacity(STATEMENT_CACHE)
            .create_if_missing(true)
            .foreign_keys(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(SQLITE_BUSY_TIMEOUT);
        // A connection to a local file cannot drop the way a server connection can, so the pool
        // hands it out without first pinging it: that ping is a round trip to the connection's
        // worker thread ahead of every statement.
        let pool = SqlitePoolOptions::new()
            .test_before_acquire(false)
            .max_connections(SQLITE_POOL_SIZE)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await?;
        Ok(Db {
            pool: Pool::Sqlite(pool),
            location: location.into(),
        })
    }

    /// Brings the schema up to date with this backend's migrations. New databases are seeded by
    /// their first migrations, so seeds are inserted exactly once.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.pool {
            Pool::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
            Pool::Mysql(pool) => {
                MYSQL_MIGRATIONS.run(pool).await?;
                crate::search_grams::index_missing(pool).await?;
            }
            Pool::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// The newest migration applied, or 0 on an empty database.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        let sql = "SELECT MAX(version) FROM _sqlx_migrations";
        let version: Option<i64> = crate::dispatch!(self, |pool, _backend| {
            sqlx::query_scalar(sql).fetch_one(pool).await?
        });
        Ok(version.unwrap_or(0))
    }

    /// The newest migration this build knows, per backend (they are kept version for version).
    pub fn latest_known_version(&self) -> i64 {
        let migrator = match &self.pool {
            Pool::Postgres(_) => &POSTGRES_MIGRATIONS,
            Pool::Mysql(_) => &MYSQL_MIGRATIONS,
            Pool::Sqlite(_) => &SQLITE_MIGRATIONS,
        };
        migrator.iter().map(|m| m.version).max().unwrap_or(0)
    }

    pub fn backend(&self) -> Backend {
        match &self.pool {
            Pool::Postgres(_) => Backend::Postgres,
            Pool::Mysql(_) => Backend::Mysql,
            Pool::Sqlite(_) => Backend::Sqlite,
        }
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    pub fn location(&self) -> &str {
        &self.location
    }

    /// Closes every connection; later calls fail with [`StoreError::Unavailable`].
    pub async fn close(&self) {
        match &self.pool {
            Pool::Postgres(pool) => pool.close().await,
            Pool::Mysql(pool) => pool.close().await,
            Pool::Sqlite(pool) => pool.close().await,
        }
    }
}

/// The URL with any password removed, for display and logs.
pub(crate) fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Setting a password fails only for URLs that cannot have one, which has none then.
            let _ = parsed.set_password(None);
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_reaches_the_displayed_location() {
        assert_eq!(
            redact("postgres://anna:s3cret@db.example.com:5432/crm"),
            "postgres://anna@db.example.com:5432/crm"
        );
        assert_eq!(
            redact("mysql://root@127.0.0.1/test"),
            "mysql://root@127.0.0.1/test"
        );
    }

    #[test]
    fn the_scheme_picks_the_backend() {
        assert_eq!(
            Backend::from_url("postgresql://h/db").ok(),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::from_url("MariaDB://h/db").ok(), Some(Backend::Mysql));
        assert_eq!(
            Backend::from_url("sqlite:///tmp/x.db").ok(),
            Some(Backend::Sqlite)
        );
        let err = Backend::from_url("oracle://scott:tiger@h/db").expect_err("unsupported");
        assert!(err.to_string().contains("oracle://scott@h/db"), "{err}");
    }
}
