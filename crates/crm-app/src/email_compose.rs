//! Writing an e-mail from a record (R-EMAIL-3) and answering or passing on one (R-EMAIL-5).
//!
//! Composing from a record hands back the pre-filled form (as `request_copy` does): nothing is
//! stored until the user saves it with `crm_email_create`, so a letter begun and abandoned leaves
//! no trace. The deal's attachments come along for the user to pick from. A reply or forward, as
//! the spec says, is a new e-mail in the outbox at once: it carries the quoted correspondence and
//! (for a forward) the original's files, which a form could not hold.

use crm_core::Id;
use crm_core::attachment::Attachment;
use crm_core::crm_email::{CrmEmail, CrmEmailInput};
use crm_core::email_flow;
use crm_core::validation::{Rule, Violations};
use crm_store::record::{self, Fields};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{ATTACHMENT, COMPANY, CONTACT, CRM_EMAIL, DEAL, LEAD, fields_of, typed};
use crate::fields::{all_rows, id_of, object, text_of};
use crate::mail_accounts::{
    default_signature, department_of_user, language_of, main_account, record_id, required_main_account,
    sender_address,
};
use crate::{AppError, Localizer, Session, emails, records};

/// R-EMAIL-9: the note asking the client to keep `ticket` in the correspondence, in `language`,
/// as a paragraph of an HTML letter or of a plain one.
pub(crate) fn keep_ticket_note(language: &str, ticket: &str, is_html: bool) -> String {
    let mut args = FluentArgs::new();
    args.set("ticket", ticket.to_owned());
    let note = Localizer::embedded().message(language, "email-keep-ticket", Some(&args));
    if is_html {
        format!("<p>{}</p>", email_flow::text_to_html(&note))
    } else {
        note
    }
}

/// `crm_email_compose`: the record an e-mail is written from. Exactly one of company, contact,
/// lead or deal; from a deal, `recipient` names its contact, lead or partner contact (default:
/// its contact, else its lead, else its partner contact).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ComposeFrom {
    pub company_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub deal_id: Option<Id>,
}

/// A pre-filled e-mail form, and the deal attachments the user may add to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ComposedEmail {
    pub input: CrmEmailInput,
    /// From a deal: its files, which the user may attach once the e-mail is saved.
    pub deal_attachments: Vec<Attachment>,
}

/// Who an e-mail from a deal goes to.
enum Party {
    Contact(Fields),
    Lead(Fields),
}

impl Party {
    fn record(&self) -> &Fields {
        match self {
            Party::Contact(record) | Party::Lead(record) => record,
        }
    }
}

/// The deal's party the user chose, or its first one (contact, lead, partner contact).
async fn deal_party(
    session: &Session,
    deal: &Fields,
    chosen: &ComposeFrom,
) -> Result<Option<Party>, AppError> {
    let contacts = [id_of(deal, "contact_id"), id_of(deal, "partner_contact_id")];
    let lead = id_of(deal, "lead_id");
    let wrong = || AppError::Validation(Violations::one("contact_id", Rule::NotAChoice));
    if let Some(contact) = chosen.contact_id {
        if !contacts.contains(&Some(contact)) {
            return Err(wrong());
        }
        return Ok(Some(Party::Contact(
            records::get(session, &CONTACT, contact.0).await?,
        )));
    }
    if let Some(chosen_lead) = chosen.lead_id {
        if lead != Some(chosen_lead) {
            return Err(AppError::Validation(Violations::one("lead_id", Rule::NotAChoice)));
        }
        return Ok(Some(Party::Lead(
            records::get(session, &LEAD, chosen_lead.0).await?,
        )));
    }
    if let Some(contact) = contacts[0] {
        return Ok(Some(Party::Contact(
            records::get(session, &CONTACT, contact.0).await?,
        )));
    }
    if let Some(lead) = lead {
        return Ok(Some(Party::Lead(records::get(session, &LEAD, lead.0).await?)));
    }
    match contacts[1] {
        Some(partner) => Ok(Some(Party::Contact(
            records::get(session, &CONTACT, partner.0).await?,
        ))),
        None => Ok(None),
    }
}

/// `crm_email_compose`: a new e-mail to a company, contact or lead, or about a deal (R-EMAIL-3):
/// addressed to the record's e-mail and linked to it, written from the user's main account with
/// their default signature, in the department of the recipient's owner (else the user's). About
/// a deal it answers under the deal's ticket: subject `"Re: <deal>"` with the ticket marker, the
/// "keep the ticket" note (R-EMAIL-9), links to the deal, its request and the recipient.
pub async fn crm_email_compose(session: &Session, from: ComposeFrom) -> Result<ComposedEmail, AppError> {
    let actor = session.actor();
    if !records::permitted(
        actor,
        crm_core::access::Resource::CrmEmail,
        crm_core::access::Perm::Add,
    ) {
        return Err(AppError::Forbidden);
    }
    let mut input = CrmEmailInput {
        owner_id: Some(actor.user_id),
        is_html: Some(true),
        ..CrmEmailInput::default()
    };
    let mut deal_attachments = Vec::new();
    let recipient = if let Some(deal_id) = from.deal_id {
        let deal = records::get(session, &DEAL, deal_id.0).await?;
        let party = deal_party(session, &deal, &from).await?;
        let ticket = text_of(&deal, "ticket").to_owned();
        let language = language_of(session, Some(actor.user_id)).await?;
        input.subject =
            email_flow::subject_with_ticket(&email_flow::reply_subject(text_of(&deal, "name")), &ticket);
        input.content = keep_ticket_note(&language, &ticket, true);
        input.deal_id = Some(deal_id);
        input.request_id = id_of(&deal, "request_id");
        input.ticket = ticket;
        match &party {
            Some(Party::Contact(contact)) => {
                input.contact_id = id_of(contact, "id");
                input.company_id = id_of(contact, "company_id");
            }
            Some(Party::Lead(lead)) => input.lead_id = id_of(lead, "id"),
            None => {}
        }
        let files = all_rows(
            session,
            ATTACHMENT.entity,
            &object(json!({ "target_type": "deal", "target_id": deal_id.0 })),
        )
        .await?;
        deal_attachments = files.into_iter().map(typed).collect::<Result<_, _>>()?;
        party.map(|p| p.record().clone())
    } else if let Some(company) = from.company_id {
        input.company_id = Some(company);
        Some(records::get(session, &COMPANY, company.0).await?)
    } else if let Some(contact) = from.contact_id {
        let contact = records::get(session, &CONTACT, contact.0).await?;
        input.contact_id = id_of(&contact, "id");
        input.company_id = id_of(&contact, "company_id");
        Some(contact)
    } else if let Some(lead) = from.lead_id {
        input.lead_id = Some(lead);
        Some(records::get(session, &LEAD, lead.0).await?)
    } else {
        None
    };
    let address = recipient
        .as_ref()
        .map(|r| text_of(r, "email"))
        .unwrap_or_default();
    if address.trim().is_empty() {
        return Err(AppError::Validation(Violations::one("to", Rule::NoRecipient)));
    }
    input.to = Some(address.trim().to_owned());
    input.from_field = main_account(session, actor.user_id)
        .await?
        .map(|account| sender_address(&account));
    input.signature_id = match default_signature(session, actor.user_id).await? {
        Some(signature) => id_of(&signature, "id"),
        None => None,
    };
    input.department_id = department_of_user(session, recipient.as_ref().and_then(|r| id_of(r, "owner_id")))
        .await?
        .or_else(|| actor.current_department());
    Ok(ComposedEmail {
        input,
        deal_attachments,
    })
}

/// How an e-mail is answered or passed on (R-EMAIL-5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// To the sender of an incoming e-mail, else to the original recipients.
    #[default]
    Reply,
    /// As a reply, with the original's copies.
    ReplyAll,
    /// The original's text and files, to a recipient still to be chosen.
    Forward,
}

/// `crm_email_answer`: which e-mail, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AnswerInput {
    pub id: Id,
    #[serde(default)]
    pub answer: Answer,
}

/// The header line over quoted or forwarded correspondence.
fn correspondence_header(language: &str, id: &str, original: &CrmEmail) -> String {
    let mut args = FluentArgs::new();
    args.set("date", original.created_at.format("%Y-%m-%d %H:%M").to_string());
    args.set("sender", original.from_field.clone().unwrap_or_default());
    args.set("subject", original.subject.clone());
    args.set("to", original.to.clone().unwrap_or_default());
    Localizer::embedded().message(language, id, Some(&args))
}

/// The plain text of an e-mail's body.
fn plain_body(email: &CrmEmail) -> String {
    if email.is_html {
        email_flow::html_to_text(&email.content)
    } else {
        email.content.clone()
    }
}

/// `crm_email_answer`: a reply, reply-all or forward of e-mail `id` (R-EMAIL-5), filed in the
/// acting user's outbox: it keeps the original's deal, lead, request, contact, company and ticket
/// and is written from the user's main account with their default signature. A reply quotes the
/// original under a header line; a forward carries it and its files. An e-mail with a ticket
/// gets the "keep the ticket" note and, once, the ticket marker in its subject.
pub async fn crm_email_answer(session: &Session, input: AnswerInput) -> Result<CrmEmail, AppError> {
    let actor = session.actor();
    let original: CrmEmail = typed(records::get(session, &CRM_EMAIL, input.id.0).await?)?;
    let account = required_main_account(session, Some(actor.user_id)).await?;
    let language = language_of(session, Some(actor.user_id)).await?;
    let mut answer = CrmEmailInput {
        deal_id: original.deal_id,
        lead_id: original.lead_id,
        request_id: original.request_id,
        contact_id: original.contact_id,
        company_id: original.company_id,
        ticket: original.ticket.clone(),
        from_field: Some(sender_address(&account)),
        signature_id: default_signature(session, actor.user_id)
            .await?
            .and_then(|s| id_of(&s, "id")),
        is_html: Some(original.is_html),
        owner_id: Some(actor.user_id),
        ..CrmEmailInput::default()
    };
    let body = plain_body(&original);
    match input.answer {
        Answer::Reply | Answer::ReplyAll => {
            answer.subject = email_flow::reply_subject(&original.subject);
            answer.to = if original.incoming {
                original.from_field.clone()
            } else {
                original.to.clone()
            };
            if input.answer == Answer::ReplyAll {
                answer.cc = original.cc.clone();
            }
            let header = correspondence_header(&language, "email-reply-header", &original);
            answer.prev_corr = format!("{header}\n{}", email_flow::quoted(&body));
        }
        Answer::Forward => {
            answer.subject = email_flow::forward_subject(&original.subject);
            let header = correspondence_header(&language, "email-forward-header", &original);
            answer.content = if original.is_html {
                format!("<p>{}</p>{}", email_flow::text_to_html(&header), original.content)
            } else {
                format!("{header}\n\n{}", original.content)
            };
        }
    }
    if !original.ticket.is_empty() {
        let note = keep_ticket_note(&language, &original.ticket, original.is_html);
        answer.content = if answer.content.is_empty() {
            note
        } else if original.is_html {
            format!("{}{note}", answer.content)
        } else {
            format!("{}\n\n{note}", answer.content)
        };
        answer.subject = email_flow::subject_with_ticket(&answer.subject, &original.ticket);
    }
    let answer = answer.validate_draft()?;
    let mut tx = session.db().begin().await?;
    emails::check_not_allowed(&mut tx, answer.to.as_deref(), answer.cc.as_deref()).await?;
    let mut fields = fields_of(&answer)?;
    emails::keep_locked(
        &mut fields,
        &crm_core::access::email_fields_locked_for(actor, false),
        None,
    );
    let created = records::create_in(&mut tx, session, &CRM_EMAIL, fields).await?;
    if input.answer == Answer::Forward {
        let new_id = record_id(&created)?;
        copy_attachments(&mut tx, session, "crm_email", original.id, "crm_email", new_id).await?;
    }
    tx.commit().await?;
    typed(created)
}

/// Copies the attachments of one record to another, by reference to the same stored files
/// (§4.11).
pub(crate) async fn copy_attachments(
    tx: &mut crm_store::Tx,
    session: &Session,
    from_type: &str,
    from: Id,
    to_type: &str,
    to: Id,
) -> Result<Vec<Fields>, AppError> {
    let files = all_rows(
        session,
        ATTACHMENT.entity,
        &object(json!({ "target_type": from_type, "target_id": from.0 })),
    )
    .await?;
    let mut copies = Vec::new();
    for file in files {
        let copy = object(json!({
            "file": text_of(&file, "file"),
            "attached_to_deal": false,
            "target_type": to_type,
            "target_id": to.0,
        }));
        copies.push(record::create_in(tx, ATTACHMENT.entity, Some(session.user_id().0), &copy).await?);
    }
    Ok(copies)
}
