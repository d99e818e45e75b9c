//! The create, get, update, delete, restore, list and count of every entity, guarded by the
//! permission and visibility rules (§9): the role matrix (§9.1) decides whether the user may act
//! on the entity at all, the department scope (R-PERM-1) which rows exist for them, and the row
//! rights (R-PERM-4/5, R-PAY-3) which of those they may change. A row outside the scope is
//! `not_found`, never `forbidden`: its existence is not the user's business.
//!
//! The owner and department defaults of R-GEN-1 and R-GEN-2 are applied here too, so that every
//! entity with an owner gets them from one place.

use crm_core::Id;
use crm_core::access::{self, Actor, Perm, Resource, RowFacts, Scope};
use crm_core::list::{Page, PageRequest};
use crm_core::validation::{Rule, Violations};
use crm_store::deals::DEAL;
use crm_store::record::{self, Entity, Fields};
use crm_store::{Tx, users};
use serde_json::{Value, json};

use crate::fields::id_of;
use crate::{AppError, Session};

/// How the visibility rules reach an entity's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scoping {
    /// Through the row's own department, owner and co-owner.
    Own,
    /// Through the deal the row belongs to (`deal_id`): payments and outputs (R-PERM-4, R-PAY-2).
    Deal,
}

/// One entity as the commands see it: its store descriptor and its place in the rules.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub entity: &'static Entity,
    pub resource: Resource,
    pub scoping: Scoping,
}

impl Spec {
    pub const fn own(entity: &'static Entity, resource: Resource) -> Spec {
        Spec {
            entity,
            resource,
            scoping: Scoping::Own,
        }
    }

    pub const fn of_deal(entity: &'static Entity, resource: Resource) -> Spec {
        Spec {
            entity,
            resource,
            scoping: Scoping::Deal,
        }
    }

    fn has_column(&self, field: &str) -> bool {
        self.entity.columns.iter().any(|c| c.field == field)
    }

    fn has_filter(&self, key: &str) -> bool {
        self.entity.filters.iter().any(|f| f.key == key)
    }
}

/// §9.1, with one widening: the reference lists (stages, countries, lead sources, …) are
/// administered by admins only, but everybody who uses the CRM reads them, or no form could offer
/// a choice.
pub fn permitted(actor: &Actor, resource: Resource, perm: Perm) -> bool {
    if resource == Resource::Reference && perm == Perm::View {
        return actor.may_use_crm();
    }
    access::permitted(actor, resource, perm)
}

fn require(actor: &Actor, resource: Resource, perm: Perm) -> Result<(), AppError> {
    if permitted(actor, resource, perm) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The facts the rights on a record depend on (R-PERM-4).
pub(crate) fn facts(record: &Fields) -> RowFacts {
    RowFacts {
        owner_id: id_of(record, "owner_id"),
        co_owner_id: id_of(record, "co_owner_id"),
        department_id: id_of(record, "department_id"),
    }
}

/// The facts the rights on `record` depend on: its own, or its deal's.
async fn row_facts(session: &Session, spec: &Spec, record: &Fields) -> Result<RowFacts, AppError> {
    match spec.scoping {
        Scoping::Own => Ok(facts(record)),
        Scoping::Deal => match id_of(record, "deal_id") {
            Some(deal) => Ok(facts(&record::get(session.db(), &DEAL, deal.0).await?)),
            None => Ok(RowFacts::default()),
        },
    }
}

async fn row_facts_in(tx: &mut Tx, spec: &Spec, record: &Fields) -> Result<RowFacts, AppError> {
    match spec.scoping {
        Scoping::Own => Ok(facts(record)),
        Scoping::Deal => match id_of(record, "deal_id") {
            Some(deal) => Ok(facts(&record::get_in(tx, &DEAL, deal.0).await?)),
            None => Ok(RowFacts::default()),
        },
    }
}

/// Whether the row is inside the user's scope (R-PERM-1); entities that are not
/// department-scoped are always inside.
fn in_scope(actor: &Actor, spec: &Spec, row: &RowFacts) -> bool {
    // §4.12: each user sees only their own reminders.
    if spec.resource == Resource::Reminder {
        return row.owner_id == Some(actor.user_id);
    }
    if own_rows_only(actor, spec) {
        return row.owner_id == Some(actor.user_id);
    }
    let scoped = spec.scoping == Scoping::Deal || spec.has_column("department_id");
    !scoped || access::list_scope(actor, spec.resource).contains(row.department_id)
}

/// §6.3: mail accounts and signatures are their owner's; administrators see all of them.
fn own_rows_only(actor: &Actor, spec: &Spec) -> bool {
    matches!(spec.resource, Resource::EmailAccount | Resource::Signature) && !actor.is_superuser
}

fn not_found(spec: &Spec, id: i64) -> AppError {
    AppError::NotFound {
        entity: spec.entity.key,
        id,
    }
}

/// Narrows `filter` to the rows the user may see (R-PERM-1, R-PERM-3): a department filter the
/// user chose only narrows further.
pub fn scope_filter(actor: &Actor, spec: &Spec, filter: &mut Fields) {
    if spec.resource == Resource::Reminder {
        filter.insert("owner_id".into(), json!(actor.user_id.0));
        return;
    }
    if own_rows_only(actor, spec) {
        filter.insert("owner_id".into(), json!(actor.user_id.0));
    }
    let key = match spec.scoping {
        Scoping::Own if spec.has_filter("department_in") => "department_in",
        Scoping::Deal if spec.has_filter("deal_department_in") => "deal_department_in",
        _ => return,
    };
    if let Scope::Departments(allowed) = list_scope(actor, spec, filter) {
        let chosen: Option<Vec<i64>> = filter
            .get(key)
            .and_then(Value::as_array)
            .map(|ids| ids.iter().filter_map(Value::as_i64).collect());
        let ids: Vec<i64> = allowed
            .iter()
            .map(|id| id.0)
            .filter(|id| chosen.as_ref().is_none_or(|chosen| chosen.contains(id)))
            .collect();
        filter.insert(key.into(), json!(ids));
    }
}

/// R-PERM-1, with R-COMP-5's one exception: a search in the companies list spans every
/// department, so that duplicates are found before they are made.
fn list_scope(actor: &Actor, spec: &Spec, filter: &Fields) -> Scope {
    let searching = filter
        .get("text")
        .and_then(Value::as_str)
        .is_some_and(|text| !text.trim().is_empty());
    if spec.resource == Resource::Company && searching {
        access::company_search_scope(actor)
    } else {
        access::list_scope(actor, spec.resource)
    }
}

/// The record `id`, when the user may see it.
pub async fn get(session: &Session, spec: &Spec, id: i64) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, spec.resource, Perm::View)?;
    let record = record::get(session.db(), spec.entity, id).await?;
    if !in_scope(actor, spec, &row_facts(session, spec, &record).await?) {
        return Err(not_found(spec, id));
    }
    if spec.resource == Resource::Attachment {
        crate::attachment_rights::require_visible_target(session, &record).await?;
    }
    Ok(record)
}

/// One page of the records the user may see that match `filter`.
pub async fn list(
    session: &Session,
    spec: &Spec,
    filter: Fields,
    sort: &str,
    page: &PageRequest,
) -> Result<Page<Fields>, AppError> {
    let filter = listable(session, spec, filter).await?;
    Ok(record::list(session.db(), spec.entity, &filter, sort, page).await?)
}

/// [`list`] with each record read straight into its typed form `R`.
pub async fn list_as<R: serde::de::DeserializeOwned>(
    session: &Session,
    spec: &Spec,
    filter: Fields,
    sort: &str,
    page: &PageRequest,
) -> Result<Page<R>, AppError> {
    let filter = listable(session, spec, filter).await?;
    Ok(record::list_as(session.db(), spec.entity, &filter, sort, page).await?)
}

/// `filter` narrowed to the records the user may see, once the user may list them at all.
async fn listable(session: &Session, spec: &Spec, mut filter: Fields) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, spec.resource, Perm::View)?;
    if spec.resource == Resource::Attachment {
        crate::attachment_rights::require_listable(session, &filter).await?;
    }
    scope_filter(actor, spec, &mut filter);
    Ok(filter)
}

/// Every record the user may see that matches `filter`, page after page.
pub async fn list_all(session: &Session, spec: &Spec, mut filter: Fields) -> Result<Vec<Fields>, AppError> {
    let actor = session.actor();
    require(actor, spec.resource, Perm::View)?;
    scope_filter(actor, spec, &mut filter);
    crate::fields::all_rows(session, spec.entity, &filter).await
}

/// How many records the user may see match `filter`.
pub async fn count(session: &Session, spec: &Spec, filter: Fields) -> Result<i64, AppError> {
    let filter = listable(session, spec, filter).await?;
    Ok(record::count(session.db(), spec.entity, &filter).await?)
}

/// R-GEN-1 and R-GEN-2 on a record about to be written: no owner → the acting user (on a
/// create); no department → the owner's first department, else the user's current one; an owner
/// and a department that do not belong together are refused.
async fn owner_and_department(
    session: &Session,
    spec: &Spec,
    input: &mut Fields,
    creating: bool,
) -> Result<(), AppError> {
    let owner_departments = match default_owner(session.actor(), spec, input, creating) {
        Some(owner) => Some(owner_departments(users::facts(session.db(), owner.0).await?)?),
        None => None,
    };
    settle_department(session.actor(), spec, input, owner_departments.as_deref());
    check_department(spec, input, owner_departments.as_deref())
}

/// R-GEN-1: a record created without an owner is the acting user's. The owner whose
/// departments R-GEN-2 then needs: none when the entity has no department or the record no owner.
pub(crate) fn default_owner(actor: &Actor, spec: &Spec, input: &mut Fields, creating: bool) -> Option<Id> {
    if creating && spec.has_column("owner_id") && id_of(input, "owner_id").is_none() {
        input.insert("owner_id".into(), json!(actor.user_id.0));
    }
    if !spec.has_column("department_id") {
        return None;
    }
    id_of(input, "owner_id")
}

/// The departments of a record's owner, from the owner's facts: an owner who is no user is
/// refused.
pub(crate) fn owner_departments(facts: Option<users::UserFacts>) -> Result<Vec<Id>, AppError> {
    Ok(facts
        .ok_or_else(|| AppError::Validation(Violations::one("owner_id", Rule::NotAChoice)))?
        .department_ids
        .into_iter()
        .map(Id)
        .collect())
}

/// R-GEN-2: no department → the first of the owner's departments (`owner_departments`, none when
/// the record has no owner), else the user's current one.
fn settle_department(actor: &Actor, spec: &Spec, input: &mut Fields, owner_departments: Option<&[Id]>) {
    if !spec.has_column("department_id") {
        return;
    }
    let department = match id_of(input, "department_id") {
        Some(department) => Some(department),
        None => access::default_department(owner_departments, actor.current_department()),
    };
    input.insert("department_id".into(), json!(department.map(|d| d.0)));
}

/// R-GEN-2: a record's department must be one of its owner's.
fn check_department(spec: &Spec, input: &Fields, owner_departments: Option<&[Id]>) -> Result<(), AppError> {
    if let Some(owners) = owner_departments
        && spec.has_column("department_id")
        && let Some(department) = id_of(input, "department_id")
        && !access::department_matches_owner(owners, Some(department))
    {
        return Err(AppError::Validation(Violations::one(
            "department_id",
            Rule::DepartmentOwnerMismatch,
        )));
    }
    Ok(())
}

/// What [`create_in`] checks before it writes a record of an entity scoped by its own department,
/// with the owner's departments already read (see [`default_owner`]): R-GEN-2, and that the user
/// could see the record afterwards (R-PERM-1). `input` gets its department.
pub(crate) fn check_new_own(
    actor: &Actor,
    spec: &Spec,
    input: &mut Fields,
    owner_departments: Option<&[Id]>,
) -> Result<(), AppError> {
    settle_department(actor, spec, input, owner_departments);
    check_department(spec, input, owner_departments)?;
    if !in_scope(actor, spec, &facts(input)) {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// Creates a record as one step of `tx`, after the checks of [`create`].
pub async fn create_in(
    tx: &mut Tx,
    session: &Session,
    spec: &Spec,
    mut input: Fields,
) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, spec.resource, Perm::Add)?;
    owner_and_department(session, spec, &mut input, true).await?;
    let row = row_facts_in(tx, spec, &input).await?;
    match spec.scoping {
        // A child row is added by whoever may change its deal (R-PERM-4).
        Scoping::Deal if !access::may_edit(actor, spec.resource, &row) => return Err(AppError::Forbidden),
        // Nobody files a record where they could not see it afterwards.
        Scoping::Own if !in_scope(actor, spec, &row) => return Err(AppError::Forbidden),
        _ => {}
    }
    // R-GEN-10: attachments are added by whoever may edit their record.
    if spec.resource == Resource::Attachment {
        crate::attachment_rights::require_editable_target(tx, session, &input).await?;
    }
    crate::reference_scope::check(tx, spec.entity, &input).await?;
    let created = record::create_in(tx, spec.entity, Some(actor.user_id.0), &input)
        .await
        .map_err(|e| on_field(spec, e))?;
    crate::translatable::register_in(tx, session, spec, &created).await?;
    Ok(created)
}

/// A taken unique value as a field error on the field that names the record.
fn on_field(spec: &Spec, err: crm_store::StoreError) -> AppError {
    match err {
        crm_store::StoreError::Duplicate(_) => {
            let field = ["username", "name", "full_name", "domain"]
                .into_iter()
                .find(|f| spec.has_column(f))
                .unwrap_or("input");
            AppError::Validation(Violations::one(field, Rule::AlreadyExists))
        }
        other => other.into(),
    }
}

/// Creates a record from validated `input`.
pub async fn create(session: &Session, spec: &Spec, input: Fields) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    let record = create_in(&mut tx, session, spec, input).await?;
    tx.commit().await?;
    Ok(record)
}

/// The stored record `id` inside `tx`, when the user may change it.
pub async fn editable_in(
    tx: &mut Tx,
    session: &Session,
    spec: &Spec,
    id: i64,
    perm: Perm,
) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, spec.resource, perm)?;
    let before = record::get_in(tx, spec.entity, id).await?;
    let row = row_facts_in(tx, spec, &before).await?;
    if !in_scope(actor, spec, &row) {
        return Err(not_found(spec, id));
    }
    let allowed = match perm {
        Perm::Delete => access::may_delete(actor, spec.resource, &row),
        _ => access::may_edit(actor, spec.resource, &row),
    };
    // R-GEN-10: attachments are replaced and removed by whoever may edit their record.
    if allowed && spec.resource == Resource::Attachment {
        crate::attachment_rights::require_editable_target(tx, session, &before).await?;
    }
    if allowed {
        Ok(before)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Saves a full edit of record `id` made on `version`, as one step of `tx`.
pub async fn update_in(
    tx: &mut Tx,
    session: &Session,
    spec: &Spec,
    id: i64,
    version: i32,
    mut input: Fields,
) -> Result<Fields, AppError> {
    editable_in(tx, session, spec, id, Perm::Change).await?;
    if spec.resource == Resource::Attachment {
        crate::attachment_rights::require_editable_target(tx, session, &input).await?;
    }
    owner_and_department(session, spec, &mut input, false).await?;
    crate::reference_scope::check(tx, spec.entity, &input).await?;
    let saved = record::update_in(tx, spec.entity, Some(session.user_id().0), id, version, &input)
        .await
        .map_err(|e| on_field(spec, e))?;
    crate::translatable::register_in(tx, session, spec, &saved).await?;
    Ok(saved)
}

/// Saves a full edit of record `id` made on `version`; a stale version is a `conflict`.
pub async fn update(
    session: &Session,
    spec: &Spec,
    id: i64,
    version: i32,
    input: Fields,
) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    let record = update_in(&mut tx, session, spec, id, version, input).await?;
    tx.commit().await?;
    Ok(record)
}

/// Deletes record `id` read at `version`: into the trash where the entity has one, else for
/// good.
pub async fn delete(session: &Session, spec: &Spec, id: i64, version: i32) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    editable_in(&mut tx, session, spec, id, Perm::Delete).await?;
    let user = Some(session.user_id().0);
    let record = if spec.entity.soft_delete {
        record::set_deleted_in(&mut tx, spec.entity, user, id, version, true).await?
    } else {
        record::purge_in(&mut tx, spec.entity, user, id, version).await?
    };
    tx.commit().await?;
    Ok(record)
}

/// Brings record `id` back from the trash.
pub async fn restore(session: &Session, spec: &Spec, id: i64, version: i32) -> Result<Fields, AppError> {
    if !spec.entity.soft_delete {
        return Err(AppError::Validation(Violations::one("id", Rule::NotAChoice)));
    }
    let mut tx = session.db().begin().await?;
    editable_in(&mut tx, session, spec, id, Perm::Delete).await?;
    let record = record::set_deleted_in(
        &mut tx,
        spec.entity,
        Some(session.user_id().0),
        id,
        version,
        false,
    )
    .await?;
    tx.commit().await?;
    Ok(record)
}
