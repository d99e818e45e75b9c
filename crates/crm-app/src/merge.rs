//! Merging a duplicate company, contact or lead into its original (R-DUP-1), in one transaction:
//! every reference moves to the original, the original's empty fields take the duplicate's
//! values, and the duplicate goes to the trash with a history that names the original.

use crm_core::Id;
use crm_core::access::Perm;
use crm_core::company::Company;
use crm_core::contact::Contact;
use crm_core::lead::Lead;
use crm_core::validation::{Rule, Violations};
use crm_store::record::{self, Fields};
use crm_store::{history, merge};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::entities::{COMPANY, CONTACT, LEAD, typed};
use crate::fields::version_of;
use crate::records::{self, Spec};
use crate::{AppError, Session};

/// `<entity>_merge`: which record is the duplicate and which one lives on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MergeInput {
    pub duplicate_id: Id,
    pub original_id: Id,
}

/// R-DUP-1 step 4: the fields of a company an empty original takes from its duplicate.
const COMPANY_FILLS: &[&str] = &[
    "address",
    "city_name",
    "city_id",
    "country_id",
    "description",
    "email",
    "full_name",
    "lead_source_id",
    "phone",
    "registration_number",
    "type_id",
    "was_in_touch",
    "website",
];

/// R-DUP-1 step 4 for contacts.
const CONTACT_FILLS: &[&str] = &[
    "address",
    "birth_date",
    "city_name",
    "city_id",
    "company_id",
    "country_id",
    "description",
    "email",
    "first_name",
    "last_name",
    "lead_source_id",
    "middle_name",
    "mobile",
    "other_phone",
    "phone",
    "secondary_email",
    "sex",
    "title",
    "was_in_touch",
];

/// R-DUP-1 step 4 for leads.
const LEAD_FILLS: &[&str] = &[
    "address",
    "birth_date",
    "city_name",
    "city_id",
    "company_address",
    "company_email",
    "company_name",
    "company_phone",
    "country_id",
    "description",
    "email",
    "first_name",
    "last_name",
    "lead_source_id",
    "middle_name",
    "mobile",
    "other_phone",
    "phone",
    "secondary_email",
    "sex",
    "title",
    "type_id",
    "was_in_touch",
    "website",
];

fn is_empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(text)) => text.is_empty(),
        Some(_) => false,
    }
}

async fn merge_into(
    session: &Session,
    spec: &Spec,
    fills: &[&str],
    input: MergeInput,
) -> Result<Fields, AppError> {
    if input.duplicate_id == input.original_id {
        return Err(AppError::Validation(Violations::one(
            "original_id",
            Rule::NotAChoice,
        )));
    }
    let references = merge::references_to(session.db(), spec.entity).await?;
    let user = Some(session.user_id().0);
    let mut tx = session.db().begin().await?;
    let duplicate = records::editable_in(&mut tx, session, spec, input.duplicate_id.0, Perm::Delete).await?;
    records::editable_in(&mut tx, session, spec, input.original_id.0, Perm::Change).await?;
    merge::repoint_in(
        &mut tx,
        spec.entity,
        &references,
        input.duplicate_id,
        input.original_id,
    )
    .await?;
    let original = record::get_in(&mut tx, spec.entity, input.original_id.0).await?;
    let filled: Fields = fills
        .iter()
        .filter(|field| is_empty(original.get(**field)) && !is_empty(duplicate.get(**field)))
        .filter_map(|field| Some(((*field).to_owned(), duplicate.get(*field)?.clone())))
        .collect();
    let original = if filled.is_empty() {
        original
    } else {
        record::patch_in(
            &mut tx,
            spec.entity,
            user,
            input.original_id.0,
            version_of(&original),
            &filled,
        )
        .await?
    };
    let duplicate = record::get_in(&mut tx, spec.entity, input.duplicate_id.0).await?;
    record::set_deleted_in(
        &mut tx,
        spec.entity,
        user,
        input.duplicate_id.0,
        version_of(&duplicate),
        true,
    )
    .await?;
    history::record_merge(
        &mut tx,
        spec.entity.key,
        input.duplicate_id.0,
        input.original_id.0,
        user,
    )
    .await?;
    tx.commit().await?;
    Ok(original)
}

/// `company_merge`: the duplicate company's contacts, deals, requests, e-mails, tags, industries
/// and attachments move to the original (R-DUP-1).
pub async fn company_merge(session: &Session, input: MergeInput) -> Result<Company, AppError> {
    typed(merge_into(session, &COMPANY, COMPANY_FILLS, input).await?)
}

/// `contact_merge`: the duplicate contact's deals, requests, e-mails and links move to the
/// original (R-DUP-1).
pub async fn contact_merge(session: &Session, input: MergeInput) -> Result<Contact, AppError> {
    typed(merge_into(session, &CONTACT, CONTACT_FILLS, input).await?)
}

/// `lead_merge`: the duplicate lead's deals, requests, e-mails and links move to the original
/// (R-DUP-1).
pub async fn lead_merge(session: &Session, input: MergeInput) -> Result<Lead, AppError> {
    typed(merge_into(session, &LEAD, LEAD_FILLS, input).await?)
}

/// `history_list`: who changed what of a record, and when, newest first. The record must be one
/// the user may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct HistoryQuery {
    /// The entity's key, e.g. `company`.
    pub entity: String,
    pub id: Id,
}

/// `history_list`: the history of one record the user may see.
pub async fn history_list(
    session: &Session,
    input: HistoryQuery,
) -> Result<Vec<crm_core::event::HistoryEntry>, AppError> {
    let spec = crate::entities::spec_of(&input.entity)
        .ok_or_else(|| AppError::Validation(Violations::one("entity", Rule::NotAChoice)))?;
    records::get(session, spec, input.id.0).await?;
    Ok(history::of(session.db(), spec.entity.key, input.id.0).await?)
}
