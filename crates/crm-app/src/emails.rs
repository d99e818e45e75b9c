//! CRM e-mails as users write them (R-EMAIL-1, R-EMAIL-6): an e-mail to a contact belongs to the
//! contact's company; incoming and imported e-mails are read-only; only administrators set the
//! sent, incoming, inquiry and trash flags; owner and ticket are fixed once the e-mail exists;
//! no e-mail names an address of the "not allowed" list (R-EMAIL-8).

use crm_core::access;
use crm_core::crm_email::{CrmEmail, CrmEmailInput};
use crm_core::email_flow;
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::record::{self, Fields};
use serde_json::Value;

use crate::entities::{CONTACT, CRM_EMAIL, DEAL, Edit, fields_of, typed};
use crate::fields::id_of;
use crate::records::facts;
use crate::{AppError, Session, records};

/// R-EMAIL-1: an e-mail with a contact and no company takes the contact's company.
pub(crate) async fn company_of_contact(tx: &mut Tx, input: &mut CrmEmailInput) -> Result<(), AppError> {
    if let (Some(contact), None) = (input.contact_id, input.company_id) {
        let contact = record::get_in(tx, CONTACT.entity, contact.0).await?;
        input.company_id = id_of(&contact, "company_id");
    }
    Ok(())
}

/// R-EMAIL-8: `to` and `cc` name no address of the "not allowed" list.
pub(crate) async fn check_not_allowed(
    tx: &mut Tx,
    to: Option<&str>,
    cc: Option<&str>,
) -> Result<(), AppError> {
    let banned = crm_store::settings_lists::not_allowed_emails(tx).await?;
    let mut violations = Violations::default();
    for (field, list) in [("to", to), ("cc", cc)] {
        if let Some(address) = list.and_then(|list| email_flow::first_not_allowed(list, &banned)) {
            violations.push(
                field,
                Rule::NotAllowedAddress {
                    address: address.to_owned(),
                },
            );
        }
    }
    violations.into_result(()).map_err(AppError::from)
}

/// Sets each of `locked` in `fields` to its value in `stored` (or to false/none for a new e-mail).
pub(crate) fn keep_locked(fields: &mut Fields, locked: &[&str], stored: Option<&Fields>) {
    for field in locked {
        let kept = match stored {
            Some(stored) => stored.get(*field).cloned().unwrap_or(Value::Null),
            None if matches!(*field, "sent" | "incoming" | "inquiry" | "trash") => Value::Bool(false),
            None => continue,
        };
        fields.insert((*field).to_owned(), kept);
    }
}

/// `crm_email_create`: a new e-mail in the CRM (R-EMAIL-1, R-EMAIL-6).
pub async fn crm_email_create(session: &Session, input: CrmEmailInput) -> Result<CrmEmail, AppError> {
    let mut input = input.validate()?;
    let mut tx = session.db().begin().await?;
    check_not_allowed(&mut tx, input.to.as_deref(), input.cc.as_deref()).await?;
    company_of_contact(&mut tx, &mut input).await?;
    let mut fields = fields_of(&input)?;
    keep_locked(
        &mut fields,
        &access::email_fields_locked_for(session.actor(), false),
        None,
    );
    let created = records::create_in(&mut tx, session, &CRM_EMAIL, fields).await?;
    tx.commit().await?;
    typed(created)
}

/// `crm_email_update`: saves an edit of an e-mail made on the version read. Incoming and imported
/// e-mails are read-only; a sales manager who owns or co-owns the e-mail's deal may edit it; the
/// fields a user may not change keep their stored values (R-EMAIL-6).
pub async fn crm_email_update(session: &Session, edit: Edit<CrmEmailInput>) -> Result<CrmEmail, AppError> {
    let actor = session.actor();
    let mut input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let stored = record::get_in(&mut tx, CRM_EMAIL.entity, edit.id.0).await?;
    let row = facts(&stored);
    if !access::list_scope(actor, access::Resource::CrmEmail).contains(row.department_id) {
        return Err(AppError::NotFound {
            entity: "crm_email",
            id: edit.id.0,
        });
    }
    let deal = match id_of(&stored, "deal_id") {
        Some(deal) => Some(facts(&record::get_in(&mut tx, DEAL.entity, deal.0).await?)),
        None => None,
    };
    let read_only = stored.get("incoming").and_then(Value::as_bool).unwrap_or(false)
        || stored.get("uid").is_some_and(|uid| !uid.is_null());
    if !access::may_edit_email(actor, &row, deal.as_ref(), read_only) {
        return Err(AppError::Forbidden);
    }
    check_not_allowed(&mut tx, input.to.as_deref(), input.cc.as_deref()).await?;
    company_of_contact(&mut tx, &mut input).await?;
    let mut fields = fields_of(&input)?;
    keep_locked(
        &mut fields,
        &access::email_fields_locked_for(actor, true),
        Some(&stored),
    );
    let saved = record::update_in(
        &mut tx,
        CRM_EMAIL.entity,
        Some(actor.user_id.0),
        edit.id.0,
        edit.version,
        &fields,
    )
    .await?;
    tx.commit().await?;
    typed(saved)
}
