//! What the menu counts, what a form offers to pick and where a list starts: the pending-request
//! counter of the menu (R-REQ-21), the owners an owner picker offers (R-USER-5) and the deal list's
//! starting filter (R-DEAL-18).

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::access::{Actor, department_of};
use crm_core::deal::{DealFilter, DealSort};
use crm_core::deal_list::{DealListContext, PAGE_SIZE, default_filter, default_order};
use crm_core::list::PageRequest;
use crm_core::role::FixedRole;
use crm_core::user::User;
use crm_store::roles::ROLE;
use crm_store::users::USER;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{ListQuery, typed};
use crate::fields::{all_rows, id_of, object};
use crate::registry::NoInput;
use crate::{AppError, Session};

/// The menu's pending requests, `(<older> + <today>)` (R-REQ-21).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PendingCounts {
    /// Received before today: shown highlighted, they are waiting.
    pub older: u32,
    pub today: u32,
}

/// `request_pending_counts`: the pending requests waiting for the acting user (R-REQ-21).
///
/// # Errors
/// `forbidden` when the user may not view requests; `db_unavailable`.
pub async fn request_pending_counts(session: &Session, _: NoInput) -> Result<PendingCounts, AppError> {
    pending_counts_at(session, Utc::now()).await
}

/// R-REQ-21 at the moment `now`: managers count the pending requests they own or co-own; the
/// operators, superoperators, chiefs and administrators who are not managers count those of their
/// current department that nobody owns or that an operator owns (they distribute them).
pub(crate) async fn pending_counts_at(
    session: &Session,
    now: DateTime<Utc>,
) -> Result<PendingCounts, AppError> {
    let actor = session.actor();
    let mut filter = object(json!({ "pending": true }));
    if actor.is_manager() {
        filter.insert("owner_or_co_owner".into(), json!(actor.user_id.0));
    } else if let Some(department) = actor.current_department() {
        filter.insert("department_id".into(), json!(department.0));
    }
    let page = crate::records::list_all(session, &crate::entities::REQUEST, filter).await?;
    let distributors = if actor.is_manager() {
        Vec::new()
    } else {
        users_holding(session, &[FixedRole::Operators, FixedRole::Superoperators]).await?
    };
    let midnight = now.date_naive().and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    let mut counts = PendingCounts::default();
    for request in page {
        let owner = id_of(&request, "owner_id");
        let counted =
            actor.is_manager() || owner.is_none_or(|owner| distributors.iter().any(|u| u.id == owner));
        if !counted {
            continue;
        }
        let created: Option<DateTime<Utc>> = request
            .get("created_at")
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        if created.is_some_and(|created| midnight.is_some_and(|midnight| created < midnight)) {
            counts.older += 1;
        } else {
            counts.today += 1;
        }
    }
    Ok(counts)
}

/// `deal_list_defaults`: the query the deal list opens with from `context` (R-DEAL-18): its
/// filter, order and page size.
///
/// # Errors
/// None; the signature is every command's.
#[allow(clippy::unused_async, reason = "every command is async")]
pub async fn deal_list_defaults(
    session: &Session,
    context: DealListContext,
) -> Result<ListQuery<DealFilter, DealSort>, AppError> {
    let (sort, descending) = default_order(context);
    Ok(ListQuery {
        filter: default_filter(session.actor(), context),
        sort,
        page: PageRequest {
            after: None,
            limit: Some(PAGE_SIZE),
            descending,
        },
    })
}

/// Who an owner picker offers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct OwnerChoicesInput {
    /// The department chosen in the form, if any.
    pub department_id: Option<Id>,
}

/// One user an owner picker offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OwnerOption {
    pub id: Id,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    /// The user's own department (R-USER-4).
    pub department_id: Option<Id>,
}

/// `owner_choices`: the users an owner picker offers (R-USER-5), by username.
///
/// # Errors
/// `db_unavailable`.
pub async fn owner_choices(
    session: &Session,
    input: OwnerChoicesInput,
) -> Result<Vec<OwnerOption>, AppError> {
    let actor = session.actor();
    let owners = users_holding(
        session,
        &[
            FixedRole::Managers,
            FixedRole::Operators,
            FixedRole::Superoperators,
        ],
    )
    .await?;
    let everyone = all_users(session).await?;
    let wide = actor.is_superuser || actor.is_superoperator();
    let department = if wide {
        input.department_id
    } else {
        input.department_id.or_else(|| actor.current_department())
    };
    let mut choices: Vec<OwnerOption> = everyone
        .into_iter()
        .filter(|user| user.is_active && user.is_staff)
        .filter(|user| owners.iter().any(|o| o.id == user.id) || (wide && user.is_superuser))
        .filter(|user| offered_in(actor, user, department, wide))
        .map(|user| OwnerOption {
            id: user.id,
            department_id: department_of(&user.department_ids),
            username: user.username,
            first_name: user.first_name,
            last_name: user.last_name,
        })
        .collect();
    choices.sort_by(|a, b| a.username.cmp(&b.username));
    Ok(choices)
}

/// R-USER-5: a user belongs to the department in question; superusers and superoperators see
/// every department until one is chosen, and superusers are offered wherever they act.
fn offered_in(actor: &Actor, user: &User, department: Option<Id>, wide: bool) -> bool {
    match department {
        Some(department) => user.department_ids.contains(&department) || (wide && user.is_superuser),
        None => {
            wide || actor
                .department_ids
                .iter()
                .any(|d| user.department_ids.contains(d))
        }
    }
}

async fn all_users(session: &Session) -> Result<Vec<User>, AppError> {
    all_rows(session, &USER, &object(json!({})))
        .await?
        .into_iter()
        .map(typed)
        .collect()
}

/// The users holding any of `roles`.
async fn users_holding(session: &Session, roles: &[FixedRole]) -> Result<Vec<User>, AppError> {
    let role_ids: Vec<Id> = all_rows(session, &ROLE, &object(json!({})))
        .await?
        .iter()
        .filter(|role| {
            role.get("name")
                .and_then(|n| n.as_str())
                .and_then(FixedRole::from_name)
                .is_some_and(|r| roles.contains(&r))
        })
        .filter_map(|role| id_of(role, "id"))
        .collect();
    Ok(all_users(session)
        .await?
        .into_iter()
        .filter(|user| user.role_ids.iter().any(|r| role_ids.contains(r)))
        .collect())
}
