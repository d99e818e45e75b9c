//! Administrators' department actions: copying a department with its lists (R-USER-8) and moving
//! a user with their records to another department (R-USER-7).

use crm_core::Id;
use crm_core::department::Department;
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::record::{self, Entity, Fields};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::{
    CLIENT_TYPE, CLOSING_REASON, DEPARTMENT, INDUSTRY, LEAD_SOURCE, PRODUCT, RecordRef, STAGE, typed,
};
use crate::fields::{all_rows, object, version_of};
use crate::{AppError, Session};

fn admin_only(session: &Session) -> Result<(), AppError> {
    if session.actor().is_superuser {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Every row of `entity` in `department`.
async fn all_of(session: &Session, entity: &'static Entity, department: Id) -> Result<Vec<Fields>, AppError> {
    all_rows(session, entity, &object(json!({ "department_id": department.0 }))).await
}

/// The editable fields of `row` (no id, times, version, tokens or web-form uuid), in `department`.
fn copy_of(entity: &Entity, row: &Fields, department: Id) -> Fields {
    let mut copy: Fields = entity
        .columns
        .iter()
        .filter_map(|c| Some((c.field.to_owned(), row.get(c.field)?.clone())))
        .collect();
    for link in entity.links {
        if let Some(value) = row.get(link.field) {
            copy.insert(link.field.to_owned(), value.clone());
        }
    }
    copy.insert("department_id".into(), json!(department.0));
    copy
}

/// `department_copy` (administrators only): a new department "<name> (copy)" with the same
/// country, currency and reach, and a copy of every product, stage, closing reason, client type,
/// industry and lead source of the source (R-USER-8); copied lead sources get fresh web-form
/// tokens. All or nothing.
pub async fn department_copy(session: &Session, input: RecordRef) -> Result<Department, AppError> {
    admin_only(session)?;
    let source: Department = typed(record::get(session.db(), DEPARTMENT.entity, input.id.0).await?)?;
    let lists = [
        &PRODUCT,
        &STAGE,
        &CLOSING_REASON,
        &CLIENT_TYPE,
        &INDUSTRY,
        &LEAD_SOURCE,
    ];
    let mut rows = Vec::new();
    for spec in lists {
        rows.push((spec.entity, all_of(session, spec.entity, source.id).await?));
    }
    let user = Some(session.user_id().0);
    let mut tx = session.db().begin().await?;
    let copy = json!({
        "name": format!("{} (copy)", source.name),
        "default_country_id": source.default_country_id.map(|i| i.0),
        "default_currency_id": source.default_currency_id.map(|i| i.0),
        "works_globally": source.works_globally,
    });
    let copy = record::create_in(&mut tx, DEPARTMENT.entity, user, &object(copy))
        .await
        .map_err(|e| match e {
            crm_store::StoreError::Duplicate(_) => {
                AppError::Validation(Violations::one("name", Rule::AlreadyExists))
            }
            other => other.into(),
        })?;
    let department: Department = typed(copy)?;
    for (entity, items) in rows {
        for item in items {
            record::create_in(&mut tx, entity, user, &copy_of(entity, &item, department.id)).await?;
        }
    }
    tx.commit().await?;
    Ok(department)
}

/// `user_transfer`: whom to move, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UserTransfer {
    pub user_id: Id,
    pub department_id: Id,
}

/// What a transfer moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TransferReport {
    /// Requests, deals, companies, contacts, leads and e-mails now in the new department.
    pub records: u32,
    pub tags: u32,
}

/// The same-named item of `department` in a per-department list, by the name of item `id`.
async fn same_named(
    tx: &mut Tx,
    session: &Session,
    entity: &'static Entity,
    id: Option<i64>,
    department: Id,
) -> Result<Option<i64>, AppError> {
    let Some(id) = id else { return Ok(None) };
    let item = record::get_in(tx, entity, id).await?;
    let name = item.get("name").and_then(Value::as_str).unwrap_or_default();
    Ok(all_of(session, entity, department)
        .await?
        .iter()
        .find(|other| other.get("name").and_then(Value::as_str) == Some(name))
        .and_then(|other| other.get("id").and_then(Value::as_i64)))
}

/// The same-named items of `department` for a set of items; those without one are dropped.
async fn same_named_set(
    tx: &mut Tx,
    session: &Session,
    entity: &'static Entity,
    ids: Option<&Value>,
    department: Id,
) -> Result<Vec<i64>, AppError> {
    let mut mapped = Vec::new();
    for id in ids
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_i64)
    {
        mapped.extend(same_named(tx, session, entity, Some(id), department).await?);
    }
    mapped.sort_unstable();
    mapped.dedup();
    Ok(mapped)
}

/// R-USER-7: what one record of `table` owned by the moved user becomes in `to`.
async fn moved_fields(
    tx: &mut Tx,
    session: &Session,
    table: &str,
    row: &Fields,
    to: Id,
) -> Result<Fields, AppError> {
    let mut changes = Fields::new();
    changes.insert("department_id".into(), json!(to.0));
    match table {
        "deals" => {
            for (field, list) in [
                ("stage_id", STAGE.entity),
                ("closing_reason_id", CLOSING_REASON.entity),
            ] {
                let current = row.get(field).and_then(Value::as_i64);
                if let Some(mapped) = same_named(tx, session, list, current, to).await? {
                    changes.insert(field.into(), json!(mapped));
                }
            }
        }
        "companies" | "leads" => {
            let current = row.get("type_id").and_then(Value::as_i64);
            if let Some(mapped) = same_named(tx, session, CLIENT_TYPE.entity, current, to).await? {
                changes.insert("type_id".into(), json!(mapped));
            }
            let industries =
                same_named_set(tx, session, INDUSTRY.entity, row.get("industry_ids"), to).await?;
            changes.insert("industry_ids".into(), json!(industries));
        }
        "requests" => {
            let products = same_named_set(tx, session, PRODUCT.entity, row.get("product_ids"), to).await?;
            changes.insert("product_ids".into(), json!(products));
        }
        _ => {}
    }
    Ok(changes)
}

/// `user_transfer` (administrators only): a sales manager or operator leaves their departments
/// for `department_id`, and every request, deal, company, contact, lead and e-mail they own goes
/// with them (R-USER-7). A deal's stage and closing reason and a company's or lead's client type
/// become the same-named items of the new department (unchanged when there is none); industries
/// and request products are replaced by the same-named ones (dropped when none); the tags of the
/// moved records move too. Payments, outputs and products stay. All or nothing.
pub async fn user_transfer(session: &Session, input: UserTransfer) -> Result<TransferReport, AppError> {
    admin_only(session)?;
    let to = input.department_id;
    record::get(session.db(), DEPARTMENT.entity, to.0).await?;
    let user_spec = &crate::entities::USER;
    let moved = crate::actor::load(session.db(), input.user_id, None).await?;
    let sells = moved.has_role(crm_core::role::FixedRole::Managers)
        || moved.has_role(crm_core::role::FixedRole::Operators);
    if !sells {
        return Err(AppError::Validation(Violations::one("user_id", Rule::NotAChoice)));
    }
    let user = Some(session.user_id().0);
    let mut report = TransferReport::default();
    let mut tx = session.db().begin().await?;
    let moved_user = json!({ "department_ids": [to.0] });
    crate::workflows::patch_current(
        &mut tx,
        session,
        user_spec.entity,
        input.user_id,
        &object(moved_user),
    )
    .await?;
    let owned = [
        ("requests", &crm_store::requests::REQUEST),
        ("deals", &crm_store::deals::DEAL),
        ("companies", &crm_store::companies::COMPANY),
        ("contacts", &crm_store::contacts::CONTACT),
        ("leads", &crm_store::leads::LEAD),
        ("crm_emails", &crm_store::crm_emails::CRM_EMAIL),
    ];
    let mut tags = Vec::new();
    for (table, entity) in owned {
        for (id, _) in crm_store::matching::referencing(&mut tx, table, "owner_id", input.user_id).await? {
            let row = record::get_in(&mut tx, entity, id).await?;
            let changes = moved_fields(&mut tx, session, table, &row, to).await?;
            tags.extend(
                row.get("tag_ids")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_i64),
            );
            let version = version_of(&row);
            record::patch_in(&mut tx, entity, user, id, version, &changes).await?;
            report.records += 1;
        }
    }
    tags.sort_unstable();
    tags.dedup();
    let moved_tag = json!({ "department_id": to.0 });
    for tag in tags {
        crate::workflows::patch_current(
            &mut tx,
            session,
            &crm_store::tags::TAG,
            Id(tag),
            &object(moved_tag.clone()),
        )
        .await?;
        report.tags += 1;
    }
    tx.commit().await?;
    Ok(report)
}
