//! Importing the correspondence of a ticket from a mail account's mailboxes (R-EMAIL-10), and
//! taking a message chosen by hand as an inquiry (R-EMAIL-10 with R-REQ-15).
//!
//! Messages come from a [`Mailbox`] (IMAP in the desktop shell, a list in tests) as RFC 5322
//! bytes and are parsed here. The import is a background job of the account, not a form: it runs
//! at most every [`IMPORT_INTERVAL_SECONDS`] and takes at most [`MESSAGES_PER_RUN`] messages per
//! box, continuing after the highest UID it saw.
//!
//! There is no in-app notice store on this branch: the notice the owner of an incoming message
//! is to get ('Received an email from "<name>"', R-NOTIF-3) is handed back in the
//! [`MailboxImportReport`] for the caller to show.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::crm_email::CrmEmail;
use crm_core::deal_flow::with_workflow_line;
use crm_core::email_flow;
use crm_core::validation::{Rule, Violations};
use crm_store::massmail::EMAIL_ACCOUNT;
use crm_store::record::{self, Fields};
use crm_store::{Tx, crm_emails};
use fluent_bundle::FluentArgs;
use mail_parser::{MessageParser, MimeHeaders};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::{ATTACHMENT, CRM_EMAIL, DEAL, REQUEST, typed};
use crate::fields::{id_of, object, text_of};
use crate::mail_accounts::{department_of_user, language_of, record_id};
use crate::workflows::patch_current;
use crate::{AppError, Localizer, Session};

/// The least time between two imports of one account (R-EMAIL-10).
pub const IMPORT_INTERVAL_SECONDS: i64 = 120;
/// The most messages taken from one box in one run (R-EMAIL-10).
pub const MESSAGES_PER_RUN: usize = 50;

/// The boxes the import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Folder {
    /// Received messages: imported as incoming.
    Inbox,
    /// Messages the user sent with another program: imported as sent.
    Sent,
}

/// One message as a mailbox hands it over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedMessage {
    pub uid: u32,
    /// The RFC 5322 message.
    pub raw: Vec<u8>,
}

/// The future a [`Mailbox`] returns, or why the mailbox could not be read.
pub type FetchFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<FetchedMessage>, String>> + Send + 'a>>;

/// The mailboxes of one mail account.
pub trait Mailbox: Send + Sync {
    /// At most `limit` messages of `folder` whose UID is above `after_uid`, lowest UID first.
    fn fetch(&self, folder: Folder, after_uid: u32, limit: usize) -> FetchFuture<'_>;
    /// The message `uid` of `folder`, if it exists.
    fn fetch_uid(&self, folder: Folder, uid: u32) -> FetchFuture<'_>;
}

/// Why a message was not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Skipped {
    /// Not an RFC 5322 message.
    Unreadable,
    /// It names no ticket.
    NoTicket,
    /// It was sent from the CRM itself.
    SentFromCrm,
    /// It is stored already.
    AlreadyStored,
}

/// What the owner of an account is to be told about an incoming message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OwnerNotice {
    pub user_id: Id,
    pub email_id: Id,
    pub deal_id: Option<Id>,
    /// 'Received an email from "<name>"', in the owner's language.
    pub text: String,
}

/// One run of the import of an account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MailboxImportReport {
    /// False when the account does not import, or was imported less than
    /// [`IMPORT_INTERVAL_SECONDS`] ago.
    pub ran: bool,
    pub imported: Vec<Id>,
    /// (folder, UID, why) of each message left out.
    pub skipped: Vec<(Folder, u32, Skipped)>,
    pub notices: Vec<OwnerNotice>,
}

/// A message read for the import.
struct Parsed {
    subject: String,
    text: String,
    message_id: String,
    date: DateTime<Utc>,
    sender_name: Option<String>,
    sender: String,
    to: String,
    cc: String,
    /// The `Received` headers and the Message-ID: where the message has been.
    trail: Vec<String>,
    files: Vec<(String, Vec<u8>)>,
}

fn joined(address: Option<&mail_parser::Address<'_>>) -> String {
    address
        .map(|a| {
            a.iter()
                .filter_map(|a| a.address())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

fn parse(raw: &[u8], now: DateTime<Utc>) -> Option<Parsed> {
    let message = MessageParser::default().parse(raw)?;
    let message_id = message
        .message_id()
        .map(|id| format!("<{id}>"))
        .unwrap_or_default();
    let mut trail: Vec<String> = message
        .headers()
        .iter()
        .filter(|h| h.name().eq_ignore_ascii_case("received"))
        .filter_map(|h| raw.get(h.offset_start as usize..h.offset_end as usize))
        .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
        .collect();
    trail.push(message_id.clone());
    let sender = message.from().and_then(|f| f.first());
    let files = message
        .attachments()
        .filter_map(|part| {
            let name = part.attachment_name()?;
            Some((name.to_owned(), part.contents().to_vec()))
        })
        .collect();
    Some(Parsed {
        subject: email_flow::imported_subject(message.subject().unwrap_or_default()),
        text: message
            .body_text(0)
            .map(std::borrow::Cow::into_owned)
            .unwrap_or_default(),
        message_id,
        date: message
            .date()
            .and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0))
            .unwrap_or(now),
        sender_name: sender.and_then(|s| s.name()).map(str::to_owned),
        sender: sender.and_then(|s| s.address()).unwrap_or_default().to_owned(),
        to: joined(message.to()),
        cc: joined(message.cc()),
        trail,
        files,
    })
}

/// The records a ticket links an imported e-mail to: the deal with that ticket (its lead,
/// request, contact and contact's company), else the request with it (its lead, contact and
/// company).
async fn links_of_ticket(tx: &mut Tx, ticket: &str) -> Result<(Fields, Option<Fields>), AppError> {
    let mut links = Fields::new();
    if let Some(deal) = record::id_by_token_in(tx, DEAL.entity, ticket).await? {
        let deal = record::get_in(tx, DEAL.entity, deal).await?;
        for field in ["lead_id", "request_id", "contact_id"] {
            links.insert(field.into(), deal.get(field).cloned().unwrap_or(Value::Null));
        }
        links.insert("deal_id".into(), deal.get("id").cloned().unwrap_or(Value::Null));
        let company = match id_of(&deal, "contact_id") {
            Some(contact) => id_of(
                &record::get_in(tx, &crm_store::contacts::CONTACT, contact.0).await?,
                "company_id",
            ),
            None => id_of(&deal, "company_id"),
        };
        links.insert("company_id".into(), json!(company.map(|c| c.0)));
        return Ok((links, Some(deal)));
    }
    if let Some(request) = record::id_by_token_in(tx, REQUEST.entity, ticket).await? {
        let request = record::get_in(tx, REQUEST.entity, request).await?;
        for field in ["lead_id", "contact_id", "company_id"] {
            links.insert(field.into(), request.get(field).cloned().unwrap_or(Value::Null));
        }
        links.insert(
            "request_id".into(),
            request.get("id").cloned().unwrap_or(Value::Null),
        );
    }
    Ok((links, None))
}

fn within(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[allow(
    clippy::too_many_arguments,
    reason = "one message and everything its record is made of"
)]
/// Stores a parsed message of `account` as a CRM e-mail with `links`, its date and its files.
async fn store(
    tx: &mut Tx,
    session: &Session,
    account: &Fields,
    folder: Folder,
    uid: u32,
    message: &Parsed,
    ticket: &str,
    links: Fields,
    files: Option<&Path>,
) -> Result<Fields, AppError> {
    let mut fields = object(json!({
        "subject": message.subject,
        "content": message.text,
        "prev_corr": "",
        "is_html": false,
        "to": (!message.to.is_empty()).then(|| message.to.clone()),
        "from_field": (!message.sender.is_empty()).then(|| within(&message.sender, crm_core::crm_email::FROM_MAX)),
        "cc": (!message.cc.is_empty()).then(|| message.cc.clone()),
        "sent": folder == Folder::Sent,
        "incoming": folder == Folder::Inbox,
        "trash": false,
        "inquiry": false,
        "read_receipt": false,
        "ticket": ticket,
        "uid": i64::from(uid),
        "imap_host": text_of(account, "imap_host"),
        "email_host_user": text_of(account, "email_host_user"),
        "message_id": within(&message.message_id, 200),
        "owner_id": account.get("owner_id").cloned().unwrap_or(Value::Null),
        "department_id": account.get("department_id").cloned().unwrap_or(Value::Null),
    }));
    fields.extend(links);
    // An account filed without a department reads as its owner's (R-GEN-2).
    if id_of(account, "department_id").is_none() {
        let department = department_of_user(session, id_of(account, "owner_id")).await?;
        fields.insert("department_id".into(), json!(department.map(|d| d.0)));
    }
    let created = record::create_in(tx, CRM_EMAIL.entity, Some(session.user_id().0), &fields).await?;
    let id = record_id(&created)?;
    crm_emails::set_created_at_in(tx, id.0, message.date).await?;
    if let Some(root) = files {
        for (name, bytes) in &message.files {
            let safe: String = name
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let safe = safe.trim_start_matches('.');
            if safe.is_empty() {
                continue;
            }
            let path = format!("mail/{}/{safe}", id.0);
            let target = root.join(&path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(|e| AppError::Internal(e.to_string()))?;
            }
            std::fs::write(&target, bytes).map_err(|e| AppError::Internal(e.to_string()))?;
            let row = object(
                json!({ "file": path, "attached_to_deal": false, "target_type": "crm_email", "target_id": id.0 }),
            );
            record::create_in(tx, ATTACHMENT.entity, Some(session.user_id().0), &row).await?;
        }
    }
    Ok(record::get_in(tx, CRM_EMAIL.entity, id.0).await?)
}

/// The account `id`, when the acting user owns it or administers the CRM.
async fn own_account(session: &Session, id: Id) -> Result<Fields, AppError> {
    let account = record::get(session.db(), &EMAIL_ACCOUNT, id.0).await?;
    let actor = session.actor();
    if actor.is_superuser || id_of(&account, "owner_id") == Some(actor.user_id) {
        Ok(account)
    } else {
        Err(AppError::Forbidden)
    }
}

fn uid_field(folder: Folder) -> (&'static str, &'static str) {
    match folder {
        Folder::Inbox => ("inbox_uidnext", "start_incoming_uid"),
        Folder::Sent => ("sent_uidnext", "start_sent_uid"),
    }
}

fn number(record: &Fields, field: &str) -> i64 {
    record.get(field).and_then(Value::as_i64).unwrap_or_default()
}

/// The deal's workflow line and the owner's notice for an imported message.
async fn tell(
    tx: &mut Tx,
    session: &Session,
    folder: Folder,
    message: &Parsed,
    email: &Fields,
    deal: Option<&Fields>,
    report: &mut MailboxImportReport,
) -> Result<(), AppError> {
    let name = message
        .sender_name
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| message.sender.clone());
    let line = |language: &str| {
        let mut args = FluentArgs::new();
        match folder {
            Folder::Inbox => {
                args.set("sender", name.clone());
                Localizer::embedded().message(language, "email-received-from", Some(&args))
            }
            Folder::Sent => {
                args.set("recipient", message.to.clone());
                Localizer::embedded().message(language, "email-sent-to", Some(&args))
            }
        }
    };
    if let Some(deal) = deal {
        let language = language_of(session, id_of(deal, "owner_id")).await?;
        let deal_id = record_id(deal)?;
        let current = record::get_in(tx, DEAL.entity, deal_id.0).await?;
        let workflow = with_workflow_line(
            text_of(&current, "workflow"),
            Utc::now().date_naive(),
            &line(&language),
        );
        patch_current(
            tx,
            session,
            DEAL.entity,
            deal_id,
            &object(json!({ "workflow": workflow })),
        )
        .await?;
    }
    if folder == Folder::Inbox
        && let Some(owner) = id_of(email, "owner_id")
    {
        let language = language_of(session, Some(owner)).await?;
        report.notices.push(OwnerNotice {
            user_id: owner,
            email_id: record_id(email)?,
            deal_id: deal.and_then(|d| id_of(d, "id")),
            text: line(&language),
        });
    }
    Ok(())
}

/// Imports the ticketed messages of account `account`, when it imports, from `mailbox`
/// (R-EMAIL-10): from the
/// inbox as incoming, from the sent box as sent, each newer than the last UID seen. A message
/// without a ticket, one whose `Received` or Message-ID header names one of `own_hosts` (it was
/// sent from the CRM), and one stored already are left out. An imported message links the deal
/// of its ticket (else the request), keeps its date, its sender's address, its text as plain
/// text and its files (written below `files`, when given); the deal's workflow records it and
/// the account's owner is to be told of an incoming one.
pub async fn import_mailbox(
    session: &Session,
    account: Id,
    mailbox: &dyn Mailbox,
    own_hosts: &[String],
    files: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<MailboxImportReport, AppError> {
    let stored = own_account(session, account).await?;
    let last = stored
        .get("last_import_dt")
        .and_then(Value::as_str)
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc));
    let mut report = MailboxImportReport::default();
    if !crate::fields::flag_of(&stored, "do_import") {
        return Ok(report);
    }
    if last.is_some_and(|last| (now - last).num_seconds() < IMPORT_INTERVAL_SECONDS && last <= now) {
        return Ok(report);
    }
    report.ran = true;
    let mut progress = object(json!({ "last_import_dt": now }));
    for folder in [Folder::Inbox, Folder::Sent] {
        let (next_field, start_field) = uid_field(folder);
        let after = (number(&stored, next_field) - 1)
            .max(number(&stored, start_field) - 1)
            .max(0);
        let after = u32::try_from(after).unwrap_or(u32::MAX);
        let messages = mailbox
            .fetch(folder, after, MESSAGES_PER_RUN)
            .await
            .map_err(AppError::Internal)?;
        let mut highest = after;
        for fetched in messages.into_iter().take(MESSAGES_PER_RUN) {
            highest = highest.max(fetched.uid);
            let mut tx = session.db().begin().await?;
            let outcome = import_one(
                &mut tx,
                session,
                &stored,
                folder,
                &fetched,
                own_hosts,
                files,
                now,
                &mut report,
            )
            .await?;
            tx.commit().await?;
            match outcome {
                Ok(id) => report.imported.push(id),
                Err(why) => report.skipped.push((folder, fetched.uid, why)),
            }
        }
        progress.insert(next_field.into(), json!(i64::from(highest) + 1));
    }
    let mut tx = session.db().begin().await?;
    patch_current(&mut tx, session, &EMAIL_ACCOUNT, account, &progress).await?;
    tx.commit().await?;
    Ok(report)
}

#[allow(
    clippy::too_many_arguments,
    reason = "one message and everything its import reads"
)]
async fn import_one(
    tx: &mut Tx,
    session: &Session,
    account: &Fields,
    folder: Folder,
    fetched: &FetchedMessage,
    own_hosts: &[String],
    files: Option<&Path>,
    now: DateTime<Utc>,
    report: &mut MailboxImportReport,
) -> Result<Result<Id, Skipped>, AppError> {
    let Some(message) = parse(&fetched.raw, now) else {
        return Ok(Err(Skipped::Unreadable));
    };
    let Some(ticket) = email_flow::ticket_of_message(&message.subject, &message.text).map(str::to_owned)
    else {
        return Ok(Err(Skipped::NoTicket));
    };
    if message
        .trail
        .iter()
        .any(|h| email_flow::names_own_host(h, own_hosts))
    {
        return Ok(Err(Skipped::SentFromCrm));
    }
    let mailbox_user = text_of(account, "email_host_user");
    if crm_emails::is_imported(
        tx,
        mailbox_user,
        &message.message_id,
        i64::from(fetched.uid),
        message.date,
        &message.subject,
    )
    .await?
    {
        return Ok(Err(Skipped::AlreadyStored));
    }
    let (links, deal) = links_of_ticket(tx, &ticket).await?;
    let email = store(
        tx,
        session,
        account,
        folder,
        fetched.uid,
        &message,
        &ticket,
        links,
        files,
    )
    .await?;
    tell(tx, session, folder, &message, &email, deal.as_ref(), report).await?;
    Ok(Ok(record_id(&email)?))
}

/// `import_inquiry`: message `uid` of account `account`'s inbox, chosen by hand as a commercial
/// inquiry: stored as an incoming inquiry e-mail and made into a request (R-EMAIL-10, R-REQ-15).
/// A message sent from the CRM is refused.
pub async fn import_inquiry(
    session: &Session,
    account: Id,
    mailbox: &dyn Mailbox,
    uid: u32,
    own_hosts: &[String],
    files: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<(CrmEmail, crm_core::request::Request), AppError> {
    let stored = own_account(session, account).await?;
    let fetched = mailbox
        .fetch_uid(Folder::Inbox, uid)
        .await
        .map_err(AppError::Internal)?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound {
            entity: "message",
            id: i64::from(uid),
        })?;
    let message = parse(&fetched.raw, now)
        .ok_or_else(|| AppError::Validation(Violations::one("uid", Rule::Malformed)))?;
    if message
        .trail
        .iter()
        .any(|h| email_flow::names_own_host(h, own_hosts))
    {
        return Err(AppError::Validation(Violations::one("uid", Rule::SentFromCrm)));
    }
    let mut tx = session.db().begin().await?;
    let mailbox_user = text_of(&stored, "email_host_user");
    if crm_emails::is_imported(
        &mut tx,
        mailbox_user,
        &message.message_id,
        i64::from(uid),
        message.date,
        &message.subject,
    )
    .await?
    {
        return Err(AppError::Validation(Violations::one("uid", Rule::AlreadyExists)));
    }
    let mut email = store(
        &mut tx,
        session,
        &stored,
        Folder::Inbox,
        uid,
        &message,
        "",
        Fields::new(),
        files,
    )
    .await?;
    let email_id = record_id(&email)?;
    // The sender's display name is what R-REQ-15 reads the requester's name from.
    let sender = match &message.sender_name {
        Some(name) if !name.is_empty() => format!("\"{name}\" <{}>", message.sender),
        _ => message.sender.clone(),
    };
    email = patch_current(
        &mut tx,
        session,
        CRM_EMAIL.entity,
        email_id,
        &object(json!({ "inquiry": true, "from_field": within(&sender, crm_core::crm_email::FROM_MAX) })),
    )
    .await?;
    let typed_email: CrmEmail = typed(email)?;
    let request =
        crate::inquiries::request_from_inquiry_in(&mut tx, session, &typed_email, id_of(&stored, "owner_id"))
            .await?;
    let email = record::get_in(&mut tx, CRM_EMAIL.entity, email_id.0).await?;
    tx.commit().await?;
    Ok((typed(email)?, typed(request)?))
}
