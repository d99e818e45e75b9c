//! Who is acting: the CRM user behind a connection (ARCHITECTURE.md, "Users, permissions,
//! sessions").
//!
//! On PostgreSQL and MySQL every staff member signs in with their own database login, and the
//! login's name is their CRM `username`. On SQLite there are no logins: the laptop's owner is the
//! installation's first active superuser. An installation with no active superuser yet makes the
//! first person who opens it its administrator, so a new server or file is usable at once.

use crm_core::Id;
use crm_core::access::Actor;
use crm_core::role::FixedRole;
use crm_core::user::UserInput;
use crm_store::users::{self, USER, UserFacts};
use crm_store::{Backend, Db, record};
use serde_json::{Value, json};

use crate::AppError;

/// The username of the administrator an embedded database creates for its owner.
pub const LOCAL_OWNER: &str = "owner";

/// The actor of user `id`, working in `chosen_department` where they may choose (R-USER-3).
pub async fn load(db: &Db, id: Id, chosen_department: Option<Id>) -> Result<Actor, AppError> {
    let facts = users::facts(db, id.0).await?.ok_or(AppError::NotFound {
        entity: "user",
        id: id.0,
    })?;
    Ok(actor_from(facts, chosen_department))
}

fn actor_from(facts: UserFacts, chosen_department: Option<Id>) -> Actor {
    Actor {
        user_id: Id(facts.id),
        is_superuser: facts.is_superuser,
        is_active: facts.is_active,
        is_staff: facts.is_staff,
        roles: facts
            .role_names
            .iter()
            .filter_map(|name| FixedRole::from_name(name))
            .collect(),
        department_ids: facts.department_ids.into_iter().map(Id).collect(),
        chosen_department_id: chosen_department,
        grants: Vec::new(),
    }
}

/// The user the connection belongs to, then, when `as_user` names someone else, that user: only
/// an administrator may act as another user. A login with no CRM user, or an inactive or non-staff
/// user, is refused.
pub async fn sign_in(db: &Db, as_user: Option<&str>) -> Result<Actor, AppError> {
    let own = match users::login_name(db).await? {
        Some(login) => login_user(db, &login).await?,
        None => local_owner(db).await?,
    };
    let own = load(db, own, None).await?;
    if !own.may_use_crm() {
        return Err(AppError::Forbidden);
    }
    let Some(other) = as_user else {
        return Ok(own);
    };
    if !own.is_superuser {
        return Err(AppError::Forbidden);
    }
    let id = users::id_by_username(db, other)
        .await?
        .ok_or(AppError::UnknownUser(other.to_owned()))?;
    let actor = load(db, Id(id), None).await?;
    if actor.may_use_crm() {
        Ok(actor)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The CRM user of a server login; the first login on a server without an administrator becomes
/// its administrator.
async fn login_user(db: &Db, login: &str) -> Result<Id, AppError> {
    if let Some(id) = users::id_by_username(db, login).await? {
        return Ok(Id(id));
    }
    if users::has_active_superuser(db).await? {
        return Err(AppError::UnknownUser(login.to_owned()));
    }
    create_administrator(db, login).await
}

/// The embedded database's owner: the active superuser who joined first, created on first use.
async fn local_owner(db: &Db) -> Result<Id, AppError> {
    debug_assert_eq!(db.backend(), Backend::Sqlite);
    let page = record::list(
        db,
        &USER,
        &json!({ "is_superuser": true, "is_active": true })
            .as_object()
            .cloned()
            .unwrap_or_default(),
        "date_joined",
        &crm_core::list::PageRequest {
            after: None,
            limit: Some(1),
            descending: false,
        },
    )
    .await?;
    if let Some(id) = page
        .items
        .first()
        .and_then(|u| u.get("id"))
        .and_then(Value::as_i64)
    {
        return Ok(Id(id));
    }
    create_administrator(db, LOCAL_OWNER).await
}

/// Creates an active staff superuser (with its profile and the `co-workers` role, R-USER-1).
async fn create_administrator(db: &Db, username: &str) -> Result<Id, AppError> {
    let mut tx = db.begin().await?;
    let role_ids: Vec<Id> = users::role_id(&mut tx, FixedRole::CoWorkers.name())
        .await?
        .into_iter()
        .map(Id)
        .collect();
    let input = UserInput {
        username: username.to_owned(),
        is_active: Some(true),
        is_staff: true,
        is_superuser: true,
        role_ids,
        ..UserInput::default()
    }
    .validate()?;
    let input = crate::entities::fields_of(&input)?;
    let user = record::create_in(&mut tx, &USER, None, &input).await?;
    let id = user
        .get("id")
        .and_then(Value::as_i64)
        .ok_or_else(|| AppError::Internal("a new user without an id".into()))?;
    users::create_profile(&mut tx, id).await?;
    tx.commit().await?;
    Ok(Id(id))
}
