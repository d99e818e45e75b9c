//! Notifications (DOMAIN.md §14): each recipient gets an in-app notice in their own language
//! about the object it concerns (R-NOTIF-1, R-NOTIF-2), and an e-mail is queued for those who
//! have an address; recipients who share a language share one e-mail, nobody is e-mailed about
//! their own action (R-NOTIF-3), and administrators hear of recipients without an address.
//! Queued e-mails go out later through a [`Mailer`] ([`deliver_notice_emails`]), so a notice
//! raised while the mail server is away still reaches its reader.

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::list::{Count, Page, PageRequest};
use crm_core::notice::{self, Notice, NoticeLevel, NoticeQuery, NoticeRead};
use crm_core::validation::{Rule, Violations};
use crm_store::notices::{self, NOTICE, NOTICE_EMAIL, Recipient};
use crm_store::record::{self, Entity, Fields};
use crm_store::{Db, Tx};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::typed;
use crate::fields::{id_of, object, text_of, version_of};
use crate::mailer::{MailError, Mailer, OutgoingMail, SmtpAccount};
use crate::registry::NoInput;
use crate::{AppError, Localizer, Session};

/// The object a notification is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// The entity key (§1.3), e.g. `deal`.
    pub target_type: &'static str,
    pub target_id: Id,
    pub name: String,
}

/// How the e-mail of a notification is worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mail {
    /// No e-mail: in-app only (e.g. R-EMAIL-10).
    None,
    /// R-NOTIF-2: subject `"CRM: <message> - <object>"`, the message and the object as body.
    Standard,
    /// The message itself as subject and this text as body (R-TASK-2's reminder e-mail).
    Plain { body: String },
}

/// One notification to raise: a fluent message with its arguments, about an object.
#[derive(Debug, Clone)]
pub struct Notification {
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub about: Option<About>,
    /// R-NOTIF-2: the responsible person the subject names.
    pub responsible: Option<String>,
    pub level: NoticeLevel,
    pub mail: Mail,
}

impl Notification {
    /// Message `message` about `about`, with the standard e-mail.
    pub fn new(message: &'static str, about: Option<About>) -> Notification {
        Notification {
            message,
            args: Vec::new(),
            about,
            responsible: None,
            level: NoticeLevel::Info,
            mail: Mail::Standard,
        }
    }

    fn text(&self, language: &str) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        Localizer::embedded().message(language, self.message, Some(&args))
    }

    fn object_name(&self) -> &str {
        self.about.as_ref().map_or("", |a| a.name.as_str())
    }
}

/// The language `recipient` reads (their profile's, negotiated to a shipped one).
fn language_of(recipient: &Recipient) -> String {
    let code = if recipient.language.is_empty() {
        crate::i18n::FALLBACK_LOCALE
    } else {
        &recipient.language
    };
    Localizer::embedded().negotiate(code)
}

/// Files one in-app notice for `recipient`.
async fn file_notice(
    tx: &mut Tx,
    by: Option<Id>,
    recipient: &Recipient,
    level: NoticeLevel,
    text: &str,
    about: Option<&About>,
) -> Result<(), AppError> {
    let name: String = about
        .map(|a| notice::one_line(&a.name))
        .unwrap_or_default()
        .chars()
        .take(notice::OBJECT_NAME_MAX)
        .collect();
    let target_type = about.map_or("", |a| a.target_type);
    let target_id = about.filter(|a| !a.target_type.is_empty()).map(|a| a.target_id.0);
    // One assignment is told once in the list even when R-REQ-20 also tells it (with an e-mail)
    // in the same transaction.
    if let Some(target) = target_id.filter(|_| target_type == "request")
        && notices::has_unread(tx, recipient.id, target_type, target, text).await?
    {
        return Ok(());
    }
    let fields = object(json!({
        "user_id": recipient.id,
        "level": level,
        "text": text,
        "target_type": target_type,
        "target_id": target_id,
        "object_name": name,
        "read": false,
    }));
    record::create_in(tx, &NOTICE, by.map(|b| b.0), &fields).await?;
    Ok(())
}

/// Queues one e-mail to `addresses`.
async fn queue_email(
    tx: &mut Tx,
    by: Option<Id>,
    language: &str,
    addresses: &[String],
    subject: &str,
    body: &str,
) -> Result<(), AppError> {
    let fields = object(json!({
        "language": language,
        "recipients": addresses.join(", "),
        "subject": subject,
        "body": body,
        "sent_at": Value::Null,
        "attempts": 0,
        "last_error": "",
    }));
    record::create_in(tx, &NOTICE_EMAIL, by.map(|b| b.0), &fields).await?;
    Ok(())
}

/// R-NOTIF-1 … R-NOTIF-3: tells `recipients` (each once; inactive users are skipped) of
/// `notification`, as one step of `tx`. `by` is the acting user, who is never e-mailed about
/// their own action.
pub async fn notify(
    tx: &mut Tx,
    by: Option<Id>,
    recipients: &[Id],
    notification: &Notification,
) -> Result<(), AppError> {
    let mut seen: Vec<Id> = Vec::new();
    let mut mailed: Vec<(String, String)> = Vec::new();
    let mut without_address: Vec<Recipient> = Vec::new();
    for &user in recipients {
        if seen.contains(&user) {
            continue;
        }
        seen.push(user);
        let Some(recipient) = notices::recipient(tx, user.0).await?.filter(|r| r.is_active) else {
            continue;
        };
        let language = language_of(&recipient);
        let text = notification.text(&language);
        file_notice(
            tx,
            by,
            &recipient,
            notification.level,
            &text,
            notification.about.as_ref(),
        )
        .await?;
        if notification.mail == Mail::None || Some(user) == by {
            continue;
        }
        if recipient.email.trim().is_empty() {
            without_address.push(recipient);
        } else {
            mailed.push((language, recipient.email.clone()));
        }
    }
    let groups = notice::language_groups(mailed.iter().map(|(l, a)| (l.as_str(), a.as_str())));
    for (language, addresses) in groups {
        let (subject, body) = email_text(notification, &language);
        queue_email(tx, by, &language, &addresses, &subject, &body).await?;
    }
    for recipient in without_address {
        let (subject, _) = email_text(notification, &language_of(&recipient));
        tell_admins_no_address(tx, by, &recipient, &subject).await?;
    }
    Ok(())
}

/// The subject and body of `notification`'s e-mail in `language`.
fn email_text(notification: &Notification, language: &str) -> (String, String) {
    let message = notification.text(language);
    match &notification.mail {
        Mail::Plain { body } => (notice::one_line(&message), body.clone()),
        Mail::None | Mail::Standard => {
            let subject = notice::email_subject(
                &message,
                notification.responsible.as_deref(),
                notification.object_name(),
            );
            let object = notification.object_name();
            let body = if object.is_empty() {
                message
            } else {
                format!("{message}\n\n{object}")
            };
            (subject, body)
        }
    }
}

/// R-NOTIF-1: every administrator is told (in-app) that `recipient` has no address.
async fn tell_admins_no_address(
    tx: &mut Tx,
    by: Option<Id>,
    recipient: &Recipient,
    subject: &str,
) -> Result<(), AppError> {
    for admin in notices::administrators(tx).await? {
        let mut args = FluentArgs::new();
        args.set("username", recipient.username.clone());
        args.set("subject", subject.to_owned());
        let text =
            Localizer::embedded().message(&language_of(&admin), "notice-no-email-address", Some(&args));
        let about = About {
            target_type: "user",
            target_id: Id(recipient.id),
            name: recipient.username.clone(),
        };
        file_notice(tx, by, &admin, NoticeLevel::Warning, &text, Some(&about)).await?;
    }
    Ok(())
}

/// R-NOTIF-5: what administrators are told by e-mail (and in-app).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AdminEvent {
    /// An invalid or unauthorised web-form post.
    InvalidWebForm,
    UnknownCountry,
    RateProvider,
    Mailbox,
    MassmailAccount,
    Import,
}

impl AdminEvent {
    fn message(self) -> &'static str {
        match self {
            AdminEvent::InvalidWebForm => "admin-notice-invalid-web-form",
            AdminEvent::UnknownCountry => "admin-notice-unknown-country",
            AdminEvent::RateProvider => "admin-notice-rate-provider",
            AdminEvent::Mailbox => "admin-notice-mailbox",
            AdminEvent::MassmailAccount => "admin-notice-massmail-account",
            AdminEvent::Import => "admin-notice-import",
        }
    }
}

/// R-NOTIF-5: tells every administrator of `event`; `detail` (the form, the country name, the
/// server's answer …) is named as the object. Runs in a transaction of its own, so it can be
/// raised on the way out of a command that fails.
pub async fn notify_admins(db: &Db, event: AdminEvent, detail: &str) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    let admins: Vec<Id> = notices::administrators(&mut tx)
        .await?
        .into_iter()
        .map(|a| Id(a.id))
        .collect();
    let mut notification = Notification::new(event.message(), None);
    notification.level = NoticeLevel::Warning;
    if !detail.trim().is_empty() {
        notification.about = Some(About {
            target_type: "",
            target_id: Id(0),
            name: detail.to_owned(),
        });
    }
    notify(&mut tx, None, &admins, &notification).await?;
    tx.commit().await?;
    Ok(())
}

/// The name users know the record `target_id` of `target_type` by.
pub async fn about(tx: &mut Tx, target_type: &'static str, target_id: Id) -> Result<About, AppError> {
    let (entity, fields): (&Entity, &[&str]) = match target_type {
        "deal" => (&crm_store::deals::DEAL, &["name"]),
        "request" => (&crm_store::requests::REQUEST, &["request_for"]),
        "company" => (&crm_store::companies::COMPANY, &["full_name"]),
        "contact" => (&crm_store::contacts::CONTACT, &["first_name", "last_name"]),
        "lead" => (&crm_store::leads::LEAD, &["first_name", "last_name"]),
        "task" => (&crm_store::tasks::TASK, &["name"]),
        "project" => (&crm_store::tasks::PROJECT, &["name"]),
        "memo" => (&crm_store::tasks::MEMO, &["name"]),
        _ => {
            return Ok(About {
                target_type,
                target_id,
                name: String::new(),
            });
        }
    };
    let stored = record::get_in(tx, entity, target_id.0).await?;
    let name = fields
        .iter()
        .map(|f| text_of(&stored, f))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(About {
        target_type,
        target_id,
        name,
    })
}

// ---------------------------------------------------------------------------------------------
// The events of R-NOTIF-3 that the CRM raises today

/// Tells the owner and the co-owner of `record` (a request or a deal) `owner_message` and
/// `co_owner_message`, leaving out the acting user when `skip_actor`.
async fn tell_owners(
    tx: &mut Tx,
    session: &Session,
    record: &Fields,
    about: About,
    (owner_message, co_owner_message): (&'static str, &'static str),
    skip_actor: bool,
) -> Result<(), AppError> {
    let by = session.user_id();
    let keep = |user: &Id| !skip_actor || *user != by;
    let owner = id_of(record, "owner_id").filter(keep);
    let co_owner = id_of(record, "co_owner_id")
        .filter(keep)
        .filter(|c| Some(*c) != id_of(record, "owner_id"));
    // One message for both: they are one notification, and share an e-mail (R-NOTIF-2).
    if owner_message == co_owner_message {
        let both: Vec<Id> = owner.into_iter().chain(co_owner).collect();
        return notify(
            tx,
            Some(by),
            &both,
            &Notification::new(owner_message, Some(about)),
        )
        .await;
    }
    if let Some(owner) = owner {
        notify(
            tx,
            Some(by),
            &[owner],
            &Notification::new(owner_message, Some(about.clone())),
        )
        .await?;
    }
    if let Some(co_owner) = co_owner {
        notify(
            tx,
            Some(by),
            &[co_owner],
            &Notification::new(co_owner_message, Some(about)),
        )
        .await?;
    }
    Ok(())
}

/// R-REQ-20 (and R-REQ-13, R-REQ-15): the owner hears "You received the request", the co-owner
/// "You are the co-owner of the request".
pub(crate) async fn request_assigned(
    tx: &mut Tx,
    session: &Session,
    request: &Fields,
) -> Result<(), AppError> {
    let Some(id) = id_of(request, "id") else {
        return Ok(());
    };
    let about = About {
        target_type: "request",
        target_id: id,
        name: text_of(request, "request_for").to_owned(),
    };
    tell_owners(
        tx,
        session,
        request,
        about,
        ("notice-request-received", "notice-request-co-owner"),
        false,
    )
    .await
}

/// R-NOTIF-4: whoever is newly made owner or co-owner of `request` by someone else finds it in
/// their notices, whether or not R-REQ-20 also e-mails them; assigning oneself tells nobody.
pub(crate) async fn assignment_in_app(
    tx: &mut Tx,
    session: &Session,
    request: &Fields,
    user: Id,
    as_co_owner: bool,
) -> Result<(), AppError> {
    let Some(id) = id_of(request, "id").filter(|_| user != session.user_id()) else {
        return Ok(());
    };
    let about = About {
        target_type: "request",
        target_id: id,
        name: text_of(request, "request_for").to_owned(),
    };
    let message = if as_co_owner {
        "notice-request-co-owner"
    } else {
        "notice-request-received"
    };
    let mut notification = Notification::new(message, Some(about));
    notification.mail = Mail::None;
    notify(tx, Some(session.user_id()), &[user], &notification).await
}

/// Deal `deal` as stored (its owners decide who hears of it) and as a notice names it.
async fn deal_named(tx: &mut Tx, deal: Id) -> Result<(Fields, About), AppError> {
    let stored = record::get_in(tx, &crm_store::deals::DEAL, deal.0).await?;
    let about = About {
        target_type: "deal",
        target_id: deal,
        name: text_of(&stored, "name").to_owned(),
    };
    Ok((stored, about))
}

/// R-REQ-18 step 4 and R-REQ-19: the deal's owner hears "You received the deal", its co-owner "You
/// are the co-owner of the deal"; whoever is acting is not told.
pub(crate) async fn deal_received(tx: &mut Tx, session: &Session, deal: Id) -> Result<(), AppError> {
    let (stored, about) = deal_named(tx, deal).await?;
    tell_owners(
        tx,
        session,
        &stored,
        about,
        ("notice-deal-received", "notice-deal-co-owner"),
        true,
    )
    .await
}

/// R-SHIP-2: the deal's owner and co-owner, other than the editor, hear that its product has
/// been shipped.
pub(crate) async fn product_shipped(tx: &mut Tx, session: &Session, deal: Id) -> Result<(), AppError> {
    let (stored, about) = deal_named(tx, deal).await?;
    tell_owners(
        tx,
        session,
        &stored,
        about,
        ("notice-product-shipped", "notice-product-shipped"),
        true,
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// Commands

/// `notice_list`: the acting user's own notices, newest first; `read: false` gives the unread
/// ones only.
pub async fn notice_list(session: &Session, query: NoticeQuery) -> Result<Page<Notice>, AppError> {
    let mut filter = object(json!({ "user_id": session.user_id().0 }));
    if let Some(read) = query.read {
        filter.insert("read".into(), json!(read));
    }
    let page = PageRequest {
        descending: true,
        ..query.page
    };
    let page = record::list(session.db(), &NOTICE, &filter, "created_at", &page).await?;
    Ok(Page {
        items: page.items.into_iter().map(typed).collect::<Result<_, _>>()?,
        next_cursor: page.next_cursor,
    })
}

/// `notice_unread_count`: how many of the acting user's notices are unread.
pub async fn notice_unread_count(session: &Session, _: NoInput) -> Result<Count, AppError> {
    let filter = object(json!({ "user_id": session.user_id().0, "read": false }));
    Ok(Count(record::count(session.db(), &NOTICE, &filter).await?))
}

/// `notice_mark_read`: marks notices of the acting user read; another user's notice is
/// `not_found`. Answers how many were unread.
pub async fn notice_mark_read(session: &Session, input: NoticeRead) -> Result<Count, AppError> {
    let user = session.user_id();
    let mut tx = session.db().begin().await?;
    let ids: Vec<i64> = if input.all {
        notices::unread_ids(&mut tx, user.0).await?
    } else {
        input.ids.iter().map(|id| id.0).collect()
    };
    let mut marked = 0;
    for id in ids {
        let stored = record::get_in(&mut tx, &NOTICE, id).await?;
        if id_of(&stored, "user_id") != Some(user) {
            return Err(AppError::NotFound { entity: "notice", id });
        }
        if stored.get("read").and_then(Value::as_bool).unwrap_or(false) {
            continue;
        }
        record::patch_in(
            &mut tx,
            &NOTICE,
            Some(user.0),
            id,
            version_of(&stored),
            &object(json!({ "read": true })),
        )
        .await?;
        marked += 1;
    }
    tx.commit().await?;
    Ok(Count(marked))
}

/// `profile_language_set`: the language the acting user reads the CRM in (§2.4); their notices
/// and e-mails follow it (R-NOTIF-2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct LanguageChoice {
    /// A shipped locale's code, e.g. `de`.
    pub language: String,
}

/// `profile_language_set`: stores the acting user's UI language; answers the stored code.
pub async fn profile_language_set(session: &Session, input: LanguageChoice) -> Result<String, AppError> {
    let code = input.language.trim();
    if !Localizer::embedded().has_locale(code) {
        return Err(AppError::Validation(Violations::one(
            "language",
            Rule::NotAChoice,
        )));
    }
    let mut tx = session.db().begin().await?;
    notices::set_language(&mut tx, session.user_id().0, code).await?;
    tx.commit().await?;
    Ok(code.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Delivery

/// How many tries a notification e-mail gets before it is given up.
pub const MAX_ATTEMPTS: i64 = 5;

/// What one delivery run did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, specta::Type)]
pub struct Delivery {
    pub sent: u32,
    /// Given up: refused by the server, or out of tries.
    pub failed: u32,
    /// Left for the next run (the server was unavailable or refused the account).
    pub waiting: u32,
    /// Why the run stopped early, if it did.
    pub stopped: Option<String>,
}

/// Sends every queued notification e-mail through `mailer` from `account`, oldest first, stamping
/// the sent ones with `now`. A refused recipient gives the e-mail up; an unavailable server or a
/// refused account ends the run and leaves the rest for the next one.
pub async fn deliver_notice_emails(
    db: &Db,
    mailer: &dyn Mailer,
    account: &SmtpAccount,
    now: DateTime<Utc>,
) -> Result<Delivery, AppError> {
    let mut delivery = Delivery::default();
    let queued = unsent(db).await?;
    for email in queued {
        let attempts = email.get("attempts").and_then(Value::as_i64).unwrap_or_default();
        if attempts >= MAX_ATTEMPTS {
            continue;
        }
        if delivery.stopped.is_some() {
            delivery.waiting += 1;
            continue;
        }
        let mail = OutgoingMail {
            from: account.from.clone(),
            to: text_of(&email, "recipients")
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect(),
            subject: text_of(&email, "subject").to_owned(),
            text: text_of(&email, "body").to_owned(),
            ..OutgoingMail::default()
        };
        let outcome = mailer.send(account, &mail).await;
        let changes = match &outcome {
            Ok(_) => {
                delivery.sent += 1;
                json!({ "sent_at": now, "attempts": attempts + 1, "last_error": "" })
            }
            Err(MailError::RecipientRefused { .. }) => {
                delivery.failed += 1;
                json!({ "attempts": MAX_ATTEMPTS, "last_error": outcome.as_ref().err().map(ToString::to_string) })
            }
            Err(error) => {
                delivery.waiting += 1;
                delivery.stopped = Some(error.to_string());
                let tries = attempts + 1;
                if tries >= MAX_ATTEMPTS {
                    delivery.waiting -= 1;
                    delivery.failed += 1;
                }
                json!({ "attempts": tries, "last_error": error.to_string() })
            }
        };
        let id =
            id_of(&email, "id").ok_or_else(|| AppError::Internal("a queued e-mail without an id".into()))?;
        let mut tx = db.begin().await?;
        record::patch_in(
            &mut tx,
            &NOTICE_EMAIL,
            None,
            id.0,
            version_of(&email),
            &object(changes),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(delivery)
}

/// Every notification e-mail not sent yet, oldest first.
async fn unsent(db: &Db) -> Result<Vec<Fields>, AppError> {
    crate::fields::all_rows_by(db, &NOTICE_EMAIL, &object(json!({ "sent": false })), "created_at").await
}

/// A queued notification e-mail as the outbox shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NoticeEmail {
    pub id: Id,
    pub language: String,
    pub recipients: String,
    pub subject: String,
    pub body: String,
    pub sent_at: Option<DateTime<Utc>>,
    pub attempts: i32,
    pub last_error: String,
    pub created_at: DateTime<Utc>,
}

/// `notice_email_list` (administrators): the notification e-mails not sent yet, oldest first.
pub async fn notice_email_list(session: &Session, _: NoInput) -> Result<Vec<NoticeEmail>, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    unsent(session.db()).await?.into_iter().map(typed).collect()
}
