//! The database a test runs the app on: the embedded SQLite file of the test's own profile, or a
//! PostgreSQL or MariaDB/MySQL database created for that test alone. A second connection to it
//! (`Outside`) plays another user or a script that changes records while the app has them open,
//! and reads back what the app stored.
//!
//! The servers come from `CRM_TEST_POSTGRES_URL` and `CRM_TEST_MYSQL_URL` (accounts allowed to
//! create databases), as for the Rust database tests. Without one, its tests say they are skipped,
//! except under `CI=true`, where they fail: CI must prove every backend.

use std::sync::atomic::{AtomicU32, Ordering};

use anyhow::{Context, Result, bail};
use crm_app::{Session, Target};
use crm_store::Db;
use serde_json::{Value, json};

use crate::AppSession;

pub const POSTGRES_URL_VAR: &str = "CRM_TEST_POSTGRES_URL";
pub const MYSQL_URL_VAR: &str = "CRM_TEST_MYSQL_URL";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Embedded,
    Postgres,
    Mysql,
}

impl Backend {
    /// The variable naming the test server of this backend; none for the embedded file.
    fn server_var(self) -> Option<&'static str> {
        match self {
            Backend::Embedded => None,
            Backend::Postgres => Some(POSTGRES_URL_VAR),
            Backend::Mysql => Some(MYSQL_URL_VAR),
        }
    }
}

pub struct TestDatabase {
    backend: Backend,
    /// For a server: the server account's URL and the name of the database made for the test.
    server: Option<(String, String)>,
}

impl TestDatabase {
    /// A database for one test; `None` when PostgreSQL is not configured outside CI (said on
    /// stderr, so the skip is seen).
    pub async fn create(backend: Backend) -> Result<Option<TestDatabase>> {
        let Some(var) = backend.server_var() else {
            return Ok(Some(TestDatabase {
                backend,
                server: None,
            }));
        };
        let admin_url = match std::env::var(var) {
            Ok(url) if !url.trim().is_empty() => url,
            _ if std::env::var("CI").is_ok_and(|value| value == "true") => {
                bail!("{var} is not set: under CI=true the app must be tested on {backend:?}")
            }
            _ => {
                eprintln!("SKIPPED on {backend:?}: {var} is not set");
                return Ok(None);
            }
        };
        let name = unique_name();
        let admin = Db::connect(&admin_url, None)
            .await
            .with_context(|| format!("reaching the {backend:?} test server ({var})"))?;
        crm_store::testing::execute(&admin, &format!("CREATE DATABASE {name}")).await;
        admin.close().await;
        Ok(Some(TestDatabase {
            backend,
            server: Some((admin_url, name)),
        }))
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The server URL of the test's database; the app opens and migrates it itself.
    fn url(&self) -> Result<Option<String>> {
        let Some((admin_url, name)) = &self.server else {
            return Ok(None);
        };
        let mut url = url::Url::parse(admin_url).with_context(|| format!("{admin_url} is not a URL"))?;
        url.set_path(&format!("/{name}"));
        Ok(Some(url.to_string()))
    }

    /// The command line that makes the app open this database at start.
    pub fn launch_args(&self) -> Result<Vec<String>> {
        Ok(match self.url()? {
            Some(url) => vec!["--database".to_owned(), url],
            None => vec!["--embedded".to_owned()],
        })
    }

    /// A second connection to the database `app` has open, as the same user.
    pub async fn outside(&self, app: &AppSession) -> Result<Outside> {
        let target = match self.url()? {
            Some(url) => Target::Url { url, password: None },
            None => Target::File(app.embedded_database_path()),
        };
        let session = Session::open(&target, None)
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))
            .context("opening a second connection to the app's database")?;
        Ok(Outside { session })
    }

    /// Removes a server's test database (on PostgreSQL also while the app still holds connections
    /// to it).
    pub async fn remove(self) {
        let Some((admin_url, name)) = self.server else {
            return;
        };
        let Ok(admin) = Db::connect(&admin_url, None).await else {
            eprintln!("could not reach the server to drop the test database {name}");
            return;
        };
        let force = if self.backend == Backend::Postgres {
            " WITH (FORCE)"
        } else {
            ""
        };
        crm_store::testing::execute(&admin, &format!("DROP DATABASE IF EXISTS {name}{force}")).await;
        admin.close().await;
    }
}

fn unique_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "crm_e2e_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A connection beside the app's, running the same commands the app runs.
pub struct Outside {
    session: Session,
}

impl Outside {
    /// Runs command `name` (e.g. `company_get`) with JSON input and returns its JSON output.
    pub async fn call(&self, name: &str, input: Value) -> Result<Value> {
        crm_app::registry::call(&self.session, name, input.clone())
            .await
            .map_err(|err| anyhow::anyhow!("{err:?}"))
            .with_context(|| format!("{name} {input}"))
    }

    /// The stored record `id` of `entity`.
    pub async fn get(&self, entity: &str, id: i64) -> Result<Value> {
        self.call(&format!("{entity}_get"), json!({ "id": id })).await
    }

    /// Changes some fields of a stored record, as another user saving the same record would.
    pub async fn update(&self, entity: &str, id: i64, changes: &Value) -> Result<Value> {
        let mut stored = self.get(entity, id).await?;
        let version = stored["version"].clone();
        let (Some(fields), Some(changes)) = (stored.as_object_mut(), changes.as_object()) else {
            bail!("{entity} {id} or the changes are not JSON objects");
        };
        for (field, value) in changes {
            fields.insert(field.clone(), value.clone());
        }
        self.call(
            &format!("{entity}_update"),
            json!({ "id": id, "version": version, "input": stored }),
        )
        .await
    }

    /// Every row of a list command with this filter (the first page, which is all a test makes).
    pub async fn list(&self, entity: &str, filter: Value) -> Result<Vec<Value>> {
        let page = self
            .call(
                &format!("{entity}_list"),
                json!({ "filter": filter, "page": { "limit": 500 } }),
            )
            .await?;
        Ok(page["items"].as_array().cloned().unwrap_or_default())
    }

    /// A new administrator who is also a sales manager of the first department, and a connection
    /// acting as them: someone who may hand requests to anyone.
    pub async fn new_administrator(&self, username: &str) -> Result<Outside> {
        let department = self.named("department", "Local sales").await?;
        let role = self.named("role", "managers").await?;
        let created = self
            .call(
                "user_create",
                json!({ "username": username, "is_staff": true, "is_superuser": true,
                        "department_ids": [department], "role_ids": [role] }),
            )
            .await?;
        let id = created["id"].as_i64().context("the new user has an id")?;
        let session = Session::for_user(self.session.db().clone(), crm_core::Id(id))
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))?;
        Ok(Outside { session })
    }

    /// The id of the `entity` row called `name`.
    async fn named(&self, entity: &str, name: &str) -> Result<i64> {
        self.list(entity, json!({}))
            .await?
            .iter()
            .find(|row| row["name"] == name)
            .and_then(|row| row["id"].as_i64())
            .with_context(|| format!("no {entity} called {name}"))
    }

    /// The signed-in user of this connection.
    pub fn user_id(&self) -> i64 {
        self.session.user_id().0
    }

    /// Cuts every other connection to the database, the app's included, as a network drop would.
    pub async fn cut_other_connections(&self) {
        crm_store::testing::cut_connections(self.session.db()).await;
    }

    pub async fn close(self) {
        self.session.close().await;
    }
}
