//! Fresh databases for tests: every test gets its own SQLite file, PostgreSQL database or MySQL
//! database, migrated, so tests run in parallel and never see each other's rows.
//!
//! Server URLs come from `CRM_TEST_POSTGRES_URL` and `CRM_TEST_MYSQL_URL` (an account allowed to
//! create databases). Without one, that backend's tests report a skip, except under `CI=true`, where
//! a missing server fails the test: CI must prove every backend.

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::{Backend, Db};

pub const POSTGRES_URL_VAR: &str = "CRM_TEST_POSTGRES_URL";
pub const MYSQL_URL_VAR: &str = "CRM_TEST_MYSQL_URL";

/// Declares a test that runs once per backend: `mod <name> { fn sqlite, fn postgres, fn mysql }`.
/// Test names end in `::sqlite`, `::postgres` or `::mysql`, which is how the test runner counts and
/// filters them per backend.
///
/// ```ignore
/// crm_store::db_test!(async fn settings_round_trip(db) { /* db: crm_store::Db */ });
/// ```
#[macro_export]
macro_rules! db_test {
    ($(#[$attr:meta])* async fn $name:ident($db:ident) $body:block) => {
        $(#[$attr])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn body($db: $crate::Db) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::testing::run($crate::Backend::Sqlite, body).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::testing::run($crate::Backend::Postgres, body).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn mysql() {
                $crate::testing::run($crate::Backend::Mysql, body).await;
            }
        }
    };
}

/// Runs `test` against a fresh, migrated database of `backend`, then drops that database, also when
/// the test panics (the panic is passed on).
pub async fn run<F, Fut>(backend: Backend, test: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(fresh) = FreshDb::create(backend).await else {
        return;
    };
    let outcome = tokio::spawn(test(fresh.db.clone())).await;
    fresh.drop_database().await;
    if let Err(err) = outcome {
        if err.is_panic() {
            std::panic::resume_unwind(err.into_panic());
        }
        panic!("test task failed: {err}");
    }
}

/// A migrated database that exists only for one test.
pub struct FreshDb {
    pub db: Db,
    place: Place,
}

enum Place {
    File(tempfile::TempDir),
    Server { admin_url: String, name: String },
}

impl FreshDb {
    /// Creates and migrates a database, or returns `None` (after saying so) when the backend's
    /// server is not configured outside CI.
    pub async fn create(backend: Backend) -> Option<FreshDb> {
        let fresh = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let db = Db::open_sqlite_file(&dir.path().join("test.db"))
                    .await
                    .expect("open SQLite");
                FreshDb {
                    db,
                    place: Place::File(dir),
                }
            }
            Backend::Postgres | Backend::Mysql => {
                let admin_url = server_url(backend)?;
                let name = unique_name();
                let admin = Db::connect(&admin_url, None).await.unwrap_or_else(|e| {
                    panic!(
                        "cannot reach the {} test server at {}: {e}",
                        backend.name(),
                        crate::db::redact(&admin_url)
                    )
                });
                let create = match backend {
                    Backend::Mysql => {
                        format!("CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
                    }
                    _ => format!("CREATE DATABASE {name}"),
                };
                execute(&admin, &create).await;
                admin.close().await;
                let db = Db::connect(&with_database(&admin_url, &name), None)
                    .await
                    .expect("connect to the fresh test database");
                FreshDb {
                    db,
                    place: Place::Server { admin_url, name },
                }
            }
        };
        fresh.db.migrate().await.expect("migrate the fresh test database");
        Some(fresh)
    }

    /// Closes the pool and removes the database.
    pub async fn drop_database(self) {
        self.db.close().await;
        match self.place {
            Place::File(dir) => drop(dir),
            Place::Server { admin_url, name } => {
                let Ok(admin) = Db::connect(&admin_url, None).await else {
                    return;
                };
                let drop_sql = match admin.backend() {
                    Backend::Postgres => format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                    _ => format!("DROP DATABASE IF EXISTS {name}"),
                };
                execute(&admin, &drop_sql).await;
                admin.close().await;
            }
        }
    }
}

fn server_url(backend: Backend) -> Option<String> {
    let var = if backend == Backend::Postgres {
        POSTGRES_URL_VAR
    } else {
        MYSQL_URL_VAR
    };
    match std::env::var(var) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{var} is not set: under CI=true every backend must be tested")
        }
        _ => {
            eprintln!("SKIPPED on {}: {var} is not set", backend.name());
            None
        }
    }
}

fn unique_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "crm_t_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

fn with_database(url: &str, name: &str) -> String {
    let mut parsed = url::Url::parse(url).expect("test server URL");
    parsed.set_path(&format!("/{name}"));
    parsed.to_string()
}

/// Runs one SQL statement as written, on any backend: for a test that must set up what no
/// command writes, such as a row received yesterday.
///
/// # Panics
/// When the statement fails: the test's setup is wrong.
pub async fn execute(db: &Db, sql: &str) {
    let result = crate::dispatch!(db, |pool, _backend| sqlx::query(sqlx::AssertSqlSafe(
        sql.to_owned()
    ))
    .execute(pool)
    .await
    .map(|_| ()));
    result.unwrap_or_else(|e| panic!("`{sql}` failed: {e}"));
}

/// Cuts every connection to the test's database except the one doing it, as a server restart or a
/// network drop would: pools and listeners must notice and connect again. Nothing to cut for an
/// SQLite file.
///
/// # Panics
/// When the server refuses: the test cannot go on without the cut.
pub async fn cut_connections(db: &Db) {
    match db.pool() {
        crate::Pool::Postgres(pool) => {
            sqlx::query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
            )
            .execute(pool)
            .await
            .unwrap_or_else(|e| panic!("cutting PostgreSQL connections failed: {e}"));
        }
        crate::Pool::Mysql(pool) => {
            let mut conn = pool
                .acquire()
                .await
                .unwrap_or_else(|e| panic!("no MySQL connection: {e}"));
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()",
            )
            .fetch_all(&mut *conn)
            .await
            .unwrap_or_else(|e| panic!("listing MySQL connections failed: {e}"));
            for id in ids {
                // A connection may end on its own meanwhile; what is left is cut.
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!("KILL {id}")))
                    .execute(&mut *conn)
                    .await;
            }
        }
        crate::Pool::Sqlite(_) => {}
    }
}
