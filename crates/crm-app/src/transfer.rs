//! Bulk owner change of companies (R-COMP-6, R-OWN-2), in one transaction.

use crm_core::Id;
use crm_core::role::FixedRole;
use crm_store::matching::referencing;
use crm_store::record;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{COMPANY, CONTACT};
use crate::fields::object;
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

/// `company_transfer_owner` (administrators only): the companies and all their contacts take the
/// new owner and the owner's department (R-COMP-6). The owner must be an active staff sales
/// manager. All or nothing.
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
    let mut done = Transferred {
        companies: 0,
        contacts: 0,
    };
    let mut tx = session.db().begin().await?;
    for company in input.company_ids {
        let before = record::get_in(&mut tx, COMPANY.entity, company.0).await?;
        crate::workflows::patch_current(&mut tx, session, COMPANY.entity, company, &changes).await?;
        done.companies += 1;
        if crate::fields::id_of(&before, "owner_id") != Some(owner.user_id) {
            crate::massmail::recipients::owner_changed(&mut tx, company, Some(owner.user_id), user).await?;
        }
        for (contact, version) in referencing(&mut tx, "contacts", "company_id", company).await? {
            record::patch_in(&mut tx, CONTACT.entity, user, contact, version, &changes).await?;
            done.contacts += 1;
        }
    }
    tx.commit().await?;
    Ok(done)
}
