//! Bulk owner change of companies (R-COMP-6, R-OWN-2), in one transaction.
//!
//! The companies and their contacts are read, changed and given their history rows up to a
//! thousand at a time in multi-row statements (`record::patch_many_in`), not a record at a time:
//! a thousand companies move in a handful of statements.

use std::collections::{HashMap, HashSet};

use crm_core::Id;
use crm_core::massmail::RecipientType;
use crm_core::role::FixedRole;
use crm_store::record;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{COMPANY, CONTACT};
use crate::fields::{id_of, object};
use crate::{AppError, Session, actor};

/// `company_transfer_owner`: which companies go to which sales manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OwnerTransfer {
    pub company_ids: Vec<Id>,
    pub owner_id: Id,
}

/// What a transfer changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Transferred {
    pub companies: u32,
    pub contacts: u32,
}

fn invalid(field: &'static str) -> AppError {
    AppError::Validation(crm_core::validation::Violations::one(
        field,
        crm_core::validation::Rule::NotAChoice,
    ))
}

fn count(records: &[record::Fields]) -> u32 {
    u32::try_from(records.len()).unwrap_or(u32::MAX)
}

/// `company_transfer_owner` (administrators only): the companies and all their contacts take the
/// new owner and the owner's department (R-COMP-6); contacts in the trash too, so that one
/// restored later belongs with its company. The owner must be an active staff sales manager.
/// All or nothing: a company that is missing or in the trash, or a record someone else saved
/// meanwhile, fails the whole transfer.
pub async fn company_transfer_owner(
    session: &Session,
    input: OwnerTransfer,
) -> Result<Transferred, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let owner = actor::load(session.db(), input.owner_id, None)
        .await
        .map_err(|_| invalid("owner_id"))?;
    if !owner.may_use_crm() || !owner.has_role(FixedRole::Managers) {
        return Err(invalid("owner_id"));
    }
    let changes =
        object(json!({ "owner_id": owner.user_id.0, "department_id": owner.department_of().map(|d| d.0) }));
    let user = Some(session.user_id().0);
    let mut ids: Vec<i64> = input.company_ids.iter().map(|id| id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut tx = session.db().begin().await?;
    let companies = record::get_many_in(&mut tx, COMPANY.entity, "id", &ids).await?;
    let live: HashSet<Id> = companies
        .iter()
        .filter(|company| company.get("deleted_at").is_none_or(serde_json::Value::is_null))
        .filter_map(|company| id_of(company, "id"))
        .collect();
    if let Some(missing) = ids.iter().find(|id| !live.contains(&Id(**id))) {
        return Err(AppError::NotFound {
            entity: COMPANY.entity.key,
            id: *missing,
        });
    }
    let contacts = record::get_many_in(&mut tx, CONTACT.entity, "company_id", &ids).await?;
    record::patch_many_in(&mut tx, COMPANY.entity, user, &companies, &changes).await?;
    record::patch_many_in(&mut tx, CONTACT.entity, user, &contacts, &changes).await?;
    // R-MM-8: the mass-mail rows of the companies that change hands and of their contacts, a
    // company's own row before its contacts', as one company at a time would take them.
    let mut contacts_of: HashMap<Id, Vec<Id>> = HashMap::new();
    for contact in &contacts {
        if let (Some(company), Some(id)) = (id_of(contact, "company_id"), id_of(contact, "id")) {
            contacts_of.entry(company).or_default().push(id);
        }
    }
    let mut targets = Vec::new();
    for company in companies
        .iter()
        .filter(|company| id_of(company, "owner_id") != Some(owner.user_id))
        .filter_map(|company| id_of(company, "id"))
    {
        targets.push((RecipientType::Company, company));
        let contacts = contacts_of.remove(&company).unwrap_or_default();
        targets.extend(contacts.into_iter().map(|id| (RecipientType::Contact, id)));
    }
    crate::massmail::recipients::owners_changed(&mut tx, &targets, Some(owner.user_id), user).await?;
    tx.commit().await?;
    Ok(Transferred {
        companies: count(&companies),
        contacts: count(&contacts),
    })
}
