//! Sending an e-mail of the outbox (R-EMAIL-4) through the main account of its owner.
//!
//! The checks and the reading happen in one transaction, the handover to the mail server after
//! it (a slow server must not hold the database), and the result is written in a second one.

use std::path::Path;

use chrono::Utc;
use crm_core::access;
use crm_core::crm_email::CrmEmail;
use crm_core::deal_flow::with_workflow_line;
use crm_core::email_flow;
use crm_core::validation::{Rule, Violations};
use crm_store::record::{self, Fields};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::{ATTACHMENT, CRM_EMAIL, DEAL, RecordRef, typed};
use crate::fields::{all_rows, flag_of, id_of, object, text_of, version_of};
use crate::mail_accounts::{
    is_html_signature, language_of, required_main_account, sender_address, signature, smtp_account,
};
use crate::mailer::{MailAttachment, OutgoingMail};
use crate::records::facts;
use crate::workflows::patch_current;
use crate::{AppError, Localizer, Session, emails};

/// What became of an e-mail handed to the mail server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SendOutcome {
    /// The e-mail as stored now: in the sent box, or still in the outbox.
    pub email: CrmEmail,
    pub sent: bool,
    /// What the user is told: 'The Email has been sent to "<recipient>"', or "Failed: <error>".
    pub message: String,
}

fn invalid(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// The text and the HTML of a letter: its body, then the signature, then the previous
/// correspondence.
fn bodies(email: &CrmEmail, signature: Option<&Fields>) -> (String, Option<String>) {
    let signature_text = signature.map(|s| text_of(s, "content")).unwrap_or_default();
    let signature_is_html = signature.is_some_and(is_html_signature);
    if email.is_html {
        let mut html = email.content.clone();
        if !signature_text.is_empty() {
            html.push_str("<br>");
            if signature_is_html {
                html.push_str(signature_text);
            } else {
                html.push_str(&email_flow::text_to_html(signature_text));
            }
        }
        if !email.prev_corr.is_empty() {
            html.push_str("<blockquote>");
            html.push_str(&email_flow::text_to_html(&email.prev_corr));
            html.push_str("</blockquote>");
        }
        (email_flow::html_to_text(&html), Some(html))
    } else {
        let signature = if signature_is_html {
            email_flow::html_to_text(signature_text)
        } else {
            signature_text.to_owned()
        };
        let parts = [
            email.content.as_str(),
            signature.as_str(),
            email.prev_corr.as_str(),
        ];
        let text = parts
            .into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        (text, None)
    }
}

/// A file's media type, guessed from its name.
fn content_type(file: &str) -> &'static str {
    let extension = file
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "txt" => "text/plain",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "zip" => "application/zip",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

/// The e-mail's attached files, read from the file store at `root`.
async fn files_of(session: &Session, email: &CrmEmail, root: &Path) -> Result<Vec<MailAttachment>, AppError> {
    let rows = all_rows(
        session,
        ATTACHMENT.entity,
        &object(json!({ "target_type": "crm_email", "target_id": email.id.0 })),
    )
    .await?;
    let mut files = Vec::new();
    for row in rows {
        let path = text_of(&row, "file");
        if !crm_core::attachment::is_store_path(path) {
            continue;
        }
        let bytes = std::fs::read(root.join(path)).map_err(|e| AppError::Internal(format!("{path}: {e}")))?;
        files.push(MailAttachment {
            file_name: path.rsplit('/').next().unwrap_or(path).to_owned(),
            content_type: content_type(path).to_owned(),
            bytes,
        });
    }
    Ok(files)
}

/// R-EMAIL-4: the name the sender is told the e-mail went to: the display name of the first
/// address, else the name of the first contact, lead or company with that address, else the
/// address itself.
async fn recipient_name(tx: &mut crm_store::Tx, to: &str) -> Result<String, AppError> {
    let Some(first) = email_flow::address_entries(to).into_iter().next() else {
        return Ok(String::new());
    };
    if let Some(name) = email_flow::display_name(first) {
        return Ok(name.to_owned());
    }
    let address = crm_core::validation::address_part(first);
    Ok(crm_store::crm_emails::name_of_address(tx, address)
        .await?
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| address.to_owned()))
}

/// The checks of R-EMAIL-4 and R-EMAIL-8 on e-mail `input`, read at its version: the e-mail, the
/// main account of its owner, and the name of its recipient.
async fn ready_to_send(session: &Session, input: RecordRef) -> Result<(CrmEmail, Fields, String), AppError> {
    let actor = session.actor();
    let mut tx = session.db().begin().await?;
    let stored = record::get_in(&mut tx, CRM_EMAIL.entity, input.id.0).await?;
    let row = facts(&stored);
    if !access::list_scope(actor, access::Resource::CrmEmail).contains(row.department_id) {
        return Err(AppError::NotFound {
            entity: "crm_email",
            id: input.id.0,
        });
    }
    let deal = match id_of(&stored, "deal_id") {
        Some(deal) => Some(record::get_in(&mut tx, DEAL.entity, deal.0).await?),
        None => None,
    };
    let imported = stored.get("uid").is_some_and(|uid| !uid.is_null());
    if !access::may_edit_email(actor, &row, deal.as_ref().map(facts).as_ref(), imported) {
        return Err(AppError::Forbidden);
    }
    if version_of(&stored) != input.version {
        return Err(crm_store::StoreError::Conflict {
            entity: "crm_email",
            id: input.id.0,
            version: version_of(&stored),
            current: Value::Object(stored),
        }
        .into());
    }
    if flag_of(&stored, "sent") || flag_of(&stored, "incoming") {
        return Err(invalid("id", Rule::NotAChoice));
    }
    let email: CrmEmail = typed(stored)?;
    let text = if email.is_html {
        email_flow::html_to_text(&email.content)
    } else {
        email.content.clone()
    };
    if email.subject.trim().is_empty() || text.trim().is_empty() {
        return Err(invalid("content", Rule::EmptyLetter));
    }
    let to = email.to.clone().unwrap_or_default();
    if email_flow::address_entries(&to).is_empty() {
        return Err(invalid("to", Rule::Required));
    }
    emails::check_not_allowed(&mut tx, Some(&to), email.cc.as_deref()).await?;
    let account = required_main_account(session, email.owner_id).await?;
    let recipient = recipient_name(&mut tx, &to).await?;
    tx.commit().await?;
    Ok((email, account, recipient))
}

/// `crm_email_send`: sends e-mail `id`, read at `version`, from the outbox (R-EMAIL-4). It needs
/// a subject, a text and a main account of the e-mail's owner; addresses of the "not allowed"
/// list are refused (R-EMAIL-8). Once the server accepted it, the e-mail is in the sent box and
/// its deal's workflow says whom it went to; when the server refuses, the user is told why and
/// the e-mail stays in the outbox.
pub async fn crm_email_send(session: &Session, input: RecordRef) -> Result<SendOutcome, AppError> {
    let actor = session.actor();
    let (email, account, recipient) = ready_to_send(session, input).await?;
    let to = email.to.clone().unwrap_or_default();
    let transport = session
        .mail()
        .ok_or_else(|| AppError::Internal("this session sends no e-mail".into()))?;
    let smtp = smtp_account(&account, transport.secrets()).map_err(AppError::Keychain)?;
    let signature = signature(session, email.signature_id).await?;
    let (text, html) = bodies(&email, signature.as_ref());
    let attachments = match transport.files() {
        Some(root) => files_of(session, &email, root).await?,
        None => Vec::new(),
    };
    let list = |value: Option<&String>| -> Vec<String> {
        value
            .map(|v| {
                email_flow::address_entries(v)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    };
    let mail = OutgoingMail {
        from: sender_address(&account),
        to: list(Some(&to)),
        cc: list(email.cc.as_ref()),
        bcc: list(email.bcc.as_ref()),
        subject: email.subject.clone(),
        text,
        html,
        attachments,
    };
    let language = language_of(session, Some(actor.user_id)).await?;
    let i18n = Localizer::embedded();
    let message_id = match transport.mailer().send(&smtp, &mail).await {
        Ok(message_id) => message_id,
        Err(error) => {
            let mut args = FluentArgs::new();
            args.set("error", error.to_string());
            return Ok(SendOutcome {
                email,
                sent: false,
                message: i18n.message(&language, "email-send-failed", Some(&args)),
            });
        }
    };

    let mut args = FluentArgs::new();
    args.set("recipient", recipient);
    let message = match email.cc.as_deref().filter(|cc| !cc.trim().is_empty()) {
        Some(cc) => {
            args.set("cc", cc.to_owned());
            i18n.message(&language, "email-sent-to-cc", Some(&args))
        }
        None => i18n.message(&language, "email-sent-to", Some(&args)),
    };
    let mut tx = session.db().begin().await?;
    let changes = object(json!({
        "sent": true,
        "from_field": mail.from,
        "message_id": message_id.chars().take(200).collect::<String>(),
    }));
    let saved = record::patch_in(
        &mut tx,
        CRM_EMAIL.entity,
        Some(actor.user_id.0),
        email.id.0,
        email.version,
        &changes,
    )
    .await?;
    if let Some(deal) = email.deal_id {
        let stored = record::get_in(&mut tx, DEAL.entity, deal.0).await?;
        let workflow = with_workflow_line(text_of(&stored, "workflow"), Utc::now().date_naive(), &message);
        patch_current(
            &mut tx,
            session,
            DEAL.entity,
            deal,
            &object(json!({ "workflow": workflow })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(SendOutcome {
        email: typed(saved)?,
        sent: true,
        message,
    })
}
