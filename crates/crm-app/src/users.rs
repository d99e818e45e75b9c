//! Users (§2): an administrator creates them; each gets a profile and the `co-workers` role
//! (R-USER-1).

use crm_core::Id;
use crm_core::role::FixedRole;
use crm_core::user::{User, UserInput};
use crm_core::validation::{Rule, Violations};
use crm_store::users::{self, USER};
use serde::{Deserialize, Serialize};

use crate::entities::{Edit, USER as USER_SPEC, fields_of, typed};
use crate::{AppError, Session, records};

/// `user_create`: a new CRM user with their profile, holding `co-workers` besides the roles
/// given (R-USER-1). Administrators only.
pub async fn user_create(session: &Session, input: UserInput) -> Result<User, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let mut input = input.validate()?;
    let mut tx = session.db().begin().await?;
    if let Some(co_workers) = users::role_id(&mut tx, FixedRole::CoWorkers.name()).await?
        && !input.role_ids.contains(&Id(co_workers))
    {
        input.role_ids.push(Id(co_workers));
        input.role_ids.sort_unstable();
    }
    let user = crm_store::record::create_in(&mut tx, &USER, Some(session.user_id().0), &fields_of(&input)?)
        .await
        .map_err(|e| match e {
            crm_store::StoreError::Duplicate(_) => {
                AppError::Validation(Violations::one("username", Rule::AlreadyExists))
            }
            other => other.into(),
        })?;
    let id = user
        .get("id")
        .and_then(serde_json::Value::as_i64)
        .ok_or_else(|| AppError::Internal("a new user without an id".into()))?;
    users::create_profile(&mut tx, id).await?;
    tx.commit().await?;
    typed(user)
}

/// `user_update`: an administrator's edit of a user, made on the version read.
pub async fn user_update(session: &Session, edit: Edit<UserInput>) -> Result<User, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let input = edit.input.validate()?;
    typed(records::update(session, &USER_SPEC, edit.id.0, edit.version, fields_of(&input)?).await?)
}

/// `user_set_login`: which user gets a database login, with which password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LoginInput {
    pub user_id: Id,
    pub password: String,
}

/// `user_set_login` (administrators only): on PostgreSQL and MySQL/MariaDB, creates the database
/// login of a CRM user, named as their username, with `password` and the rights to read and write
/// the CRM's data; an existing login gets the new password. The user then signs in with it and
/// acts as themselves. SQLite has no logins: there it changes nothing.
pub async fn user_set_login(session: &Session, input: LoginInput) -> Result<User, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let user: User = typed(crm_store::record::get(session.db(), &USER, input.user_id.0).await?)?;
    let mut violations = Violations::default();
    if !crm_store::logins::is_login_name(&user.username) {
        violations.push("user_id", Rule::InvalidSlug);
    }
    if input.password.chars().count() < MIN_PASSWORD {
        violations.push("password", Rule::TooShort { min: MIN_PASSWORD });
    }
    violations.into_result(()).map_err(AppError::Validation)?;
    crm_store::logins::create_login(session.db(), &user.username, &input.password).await?;
    Ok(user)
}

/// Fewest characters of a login password.
const MIN_PASSWORD: usize = 8;
