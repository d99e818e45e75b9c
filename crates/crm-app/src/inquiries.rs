//! A request from an inquiry e-mail (R-REQ-15): the sender becomes the requester, the subject
//! the request's subject and the text its description; the request is matched to the people the
//! CRM knows (R-MATCH-5, R-MATCH-8), and the e-mail joins the request under its ticket.

use crm_core::Id;
use crm_core::access::{Perm, Resource};
use crm_core::crm_email::CrmEmail;
use crm_core::department::Department;
use crm_core::email_flow;
use crm_core::person_name::PersonName;
use crm_core::request::{Request, RequestInput};
use crm_core::validation::{Rule, Violations, address_part};
use crm_store::record::{self, Fields};
use crm_store::{Tx, departments};
use serde_json::json;

use crate::email_compose::copy_attachments;
use crate::entities::{CRM_EMAIL, RecordRef, typed};
use crate::fields::{all_rows, id_of, object, text_of};
use crate::mail_accounts::record_id;
use crate::records::permitted;
use crate::workflows::{adopt_counterparty, auto_link, file_request, patch_current};
use crate::{AppError, Session, records};

fn invalid(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// The lead source whose address is one the e-mail was sent to.
async fn lead_source_for(session: &Session, to: &str) -> Result<Option<Id>, AppError> {
    let addresses: Vec<String> = email_flow::addresses(to)
        .iter()
        .map(|a| a.to_lowercase())
        .collect();
    if addresses.is_empty() {
        return Ok(None);
    }
    let sources = all_rows(session, &crm_store::lead_sources::LEAD_SOURCE, &Fields::new()).await?;
    Ok(sources
        .iter()
        .find(|s| {
            let email = text_of(s, "email").trim().to_lowercase();
            !email.is_empty() && addresses.contains(&email)
        })
        .and_then(|s| id_of(s, "id")))
}

/// R-REQ-15 inside `tx`: files the request of inquiry e-mail `email` and links the e-mail to it.
/// `mailbox_owner` is the owner of the account the e-mail was imported from, if it was.
pub(crate) async fn request_from_inquiry_in(
    tx: &mut Tx,
    session: &Session,
    email: &CrmEmail,
    mailbox_owner: Option<Id>,
) -> Result<Fields, AppError> {
    let sender = email.from_field.clone().unwrap_or_default();
    let first_entry = email_flow::address_entries(&sender)
        .into_iter()
        .next()
        .unwrap_or_default();
    let address = address_part(first_entry).to_owned();
    // Without a display name the mailbox name stands in, so that no inquiry is refused for it.
    let name = email_flow::display_name(first_entry).map_or_else(
        || address.split('@').next().unwrap_or_default().to_owned(),
        str::to_owned,
    );
    let PersonName { first, middle, last } = PersonName::parse(&name);
    let description = if email.is_html {
        email_flow::html_to_text(&email.content)
    } else {
        email.content.clone()
    };
    let lead_source = lead_source_for(session, email.to.as_deref().unwrap_or_default()).await?;
    let mut request = RequestInput {
        request_for: email.subject.clone(),
        first_name: first,
        middle_name: middle,
        last_name: last,
        email: address,
        description,
        receipt_date: Some(email.created_at.date_naive()),
        lead_source_id: lead_source,
        owner_id: email.owner_id,
        department_id: email.department_id,
        pending: Some(true),
        ..RequestInput::default()
    }
    .validate()?;
    auto_link(tx, &mut request).await?;
    adopt_counterparty(tx, &mut request).await?;
    if lead_source.is_none() {
        let manager = match mailbox_owner.or(email.owner_id) {
            Some(owner) => crate::actor::load(session.db(), owner, None).await?.is_manager(),
            None => false,
        };
        request.subsequent = manager;
    }
    // Decision (R-REQ-15): the department's country only where the company gave none.
    if request.country_id.is_none()
        && let Some(department) = email.department_id
    {
        let department: Department =
            typed(record::get_in(tx, &departments::DEPARTMENT, department.0).await?)?;
        request.country_id = department.default_country_id;
    }
    let created = file_request(tx, session, request).await?;
    let request_id = record_id(&created)?;
    let contact = id_of(&created, "contact_id");
    let company = match contact {
        Some(contact) => id_of(
            &record::get_in(tx, &crm_store::contacts::CONTACT, contact.0).await?,
            "company_id",
        ),
        None => None,
    };
    let link = object(json!({
        "ticket": text_of(&created, "ticket"),
        "request_id": request_id.0,
        "contact_id": contact.map(|c| c.0),
        "company_id": company.map(|c| c.0),
        "lead_id": id_of(&created, "lead_id").map(|l| l.0),
    }));
    patch_current(tx, session, CRM_EMAIL.entity, email.id, &link).await?;
    copy_attachments(tx, session, "crm_email", email.id, "request", request_id).await?;
    Ok(created)
}

/// `request_from_email`: the request of an incoming e-mail marked as an inquiry (R-REQ-15),
/// made once. No contact or lead is created at this point.
pub async fn request_from_email(session: &Session, input: RecordRef) -> Result<Request, AppError> {
    if !permitted(session.actor(), Resource::Request, Perm::Add) {
        return Err(AppError::Forbidden);
    }
    let email: CrmEmail = typed(records::get(session, &CRM_EMAIL, input.id.0).await?)?;
    if !email.incoming || !email.inquiry || email.trash {
        return Err(invalid("id", Rule::NotAnInquiry));
    }
    if email.request_id.is_some() {
        return Err(invalid("request_id", Rule::NotAChoice));
    }
    let mut tx = session.db().begin().await?;
    let created = request_from_inquiry_in(&mut tx, session, &email, None).await?;
    tx.commit().await?;
    typed(created)
}

/// R-REQ-11 after a request is saved: when it is processed, its incoming inquiry e-mail (not in
/// the trash) takes the request's owner and, while it has no deal, the request's contact, lead
/// and deal.
pub(crate) async fn process_inquiry_email(
    tx: &mut Tx,
    session: &Session,
    request: &Fields,
) -> Result<(), AppError> {
    let (Some(request_id), false) = (id_of(request, "id"), crate::fields::flag_of(request, "pending")) else {
        return Ok(());
    };
    let emails = all_rows(
        session,
        CRM_EMAIL.entity,
        &object(json!({ "request_id": request_id.0, "incoming": true, "inquiry": true, "trash": false })),
    )
    .await?;
    for email in emails {
        let mut changes = object(json!({ "owner_id": request.get("owner_id").cloned() }));
        if id_of(&email, "deal_id").is_none() {
            for field in ["contact_id", "lead_id", "deal_id"] {
                changes.insert(
                    field.into(),
                    request.get(field).cloned().unwrap_or(serde_json::Value::Null),
                );
            }
        }
        patch_current(tx, session, CRM_EMAIL.entity, record_id(&email)?, &changes).await?;
    }
    Ok(())
}
