//! An open database and who is working in it.

use std::path::PathBuf;

use crm_core::Id;
use crm_core::access::Actor;
use crm_store::{Backend, Db};
use serde::Serialize;

use crate::mail_transport::MailTransport;
use crate::{AppError, actor};

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

/// An open, migrated database and the user acting in it. Every command takes a session: what it
/// may see and do follows from [`Session::actor`].
#[derive(Debug, Clone)]
pub struct Session {
    db: Db,
    actor: Actor,
    /// How e-mails leave the CRM; none where nothing is sent (R-EMAIL-4).
    mail: Option<MailTransport>,
}

impl Session {
    /// Opens the target, brings its schema up to date (seeding a new database) and signs in as
    /// the connection's user, or as `as_user` when an administrator asks to act as them.
    pub async fn open(target: &Target, as_user: Option<&str>) -> Result<Session, AppError> {
        let db = match target {
            Target::File(path) => Db::open_sqlite_file(path).await?,
            Target::Url { url, password } => Db::connect(url, password.as_deref()).await?,
        };
        // A staff login may read and write data but not change the schema: only a database that
        // is behind this build is migrated (by an administrator's connection).
        if db.schema_version().await.ok() != Some(db.latest_known_version()) {
            db.migrate().await?;
        }
        Session::sign_in(db, as_user).await
    }

    /// A session on an already open, migrated database, signed in as [`Session::open`] does.
    pub async fn sign_in(db: Db, as_user: Option<&str>) -> Result<Session, AppError> {
        let actor = actor::sign_in(&db, as_user).await?;
        Ok(Session {
            db,
            actor,
            mail: None,
        })
    }

    /// A session of user `user` (tools and tests that act for several users).
    pub async fn for_user(db: Db, user: Id) -> Result<Session, AppError> {
        let actor = actor::load(&db, user, None).await?;
        Ok(Session {
            db,
            actor,
            mail: None,
        })
    }

    /// The same user working in `department` (R-USER-3's switcher; none = "All").
    #[must_use]
    pub fn in_department(&self, department: Option<Id>) -> Session {
        let mut actor = self.actor.clone();
        actor.chosen_department_id = department;
        Session {
            db: self.db.clone(),
            actor,
            mail: self.mail.clone(),
        }
    }

    /// The same session sending e-mail through `mail`.
    #[must_use]
    pub fn with_mail(mut self, mail: MailTransport) -> Session {
        self.mail = Some(mail);
        self
    }

    /// How this session sends e-mail, if it does.
    pub fn mail(&self) -> Option<&MailTransport> {
        self.mail.as_ref()
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    pub fn user_id(&self) -> Id {
        self.actor.user_id
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

/// Who is signed in, and what their lists show by default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct SessionInfo {
    pub user_id: Id,
    pub username: String,
    pub actor: Actor,
    /// R-USER-3: the department the user works in; none = "All".
    pub current_department_id: Option<Id>,
    pub may_switch_department: bool,
    /// R-PERM-2: lists of requests, deals, companies, contacts, leads and e-mails start with the
    /// user's own rows.
    pub own_rows_by_default: bool,
    /// R-COMP-5: a company search spans all departments; tell the user they can only open their
    /// department's companies.
    pub company_search_notice: bool,
}

/// `session_info`: who is signed in.
pub async fn session_info(session: &Session) -> Result<SessionInfo, AppError> {
    let actor = session.actor();
    let username = crm_store::users::facts(session.db(), actor.user_id.0)
        .await?
        .map(|f| f.username)
        .unwrap_or_default();
    Ok(SessionInfo {
        user_id: actor.user_id,
        username,
        actor: actor.clone(),
        current_department_id: actor.current_department(),
        may_switch_department: actor.may_switch_department(),
        own_rows_by_default: crm_core::access::default_owner_filter(actor, crm_core::access::Resource::Deal)
            .is_some(),
        company_search_notice: crm_core::access::shows_company_search_notice(actor),
    })
}
