//! The sending pass (R-MM-5, R-MM-6): the scheduler calls [`send_pass`] roughly every 30 seconds
//! with the moment, a fresh seed and a [`Mailer`]. One pass sends, for one active mailing of each
//! owner, at most one message through each of the owner's mailing accounts that is under the
//! daily limit. The random pauses of 15–35 s between messages are the scheduler's: the pass itself
//! is deterministic for a given seed.
//!
//! Each step commits on its own: choosing the recipient (and assigning its account), then, after
//! the mail server answered, moving the id to the successful or failed list. A message handed
//! over is therefore never sent twice because a later step failed.

use chrono::NaiveDateTime;
use crm_core::Id;
use crm_core::massmail::{
    EmlMessage, MailingStatus, RecipientType, may_send_at, parse_ids, render, shuffled, under_daily_limit,
};
use crm_core::validation::address_part;
use crm_store::massmail::{EMAIL_ACCOUNT, EML_MESSAGE, MAILING_OUT, SIGNATURE};
use crm_store::record::{self, Entity, Fields};
use crm_store::{Db, Tx};
use fluent_bundle::FluentArgs;
use serde_json::{Value, json};

use super::mailings::{recipient_type_of, settings_of};
use super::{AdminNotice, assign_account, is_eligible, language_of, mass_contact_of, next_queued_account};
use crate::entities::typed;
use crate::fields::{flag_of, id_of, object, text_of, version_of};
use crate::mailer::{MailError, Mailer, OutgoingMail, SmtpAccount};
use crate::{AppError, Localizer};

/// Reads a secret (a password) by its keychain reference.
pub type Secrets<'a> = &'a (dyn Fn(&str) -> Option<String> + Send + Sync);

/// What one pass is run with.
pub struct SendOptions<'a> {
    /// The installation's local time: it decides the sending days and hours (R-MM-6) and dates
    /// the counters and report lines.
    pub at: NaiveDateTime,
    /// Orders the mailings of each owner (R-MM-5's random order).
    pub seed: u64,
    /// The public address of the CRM's unsubscribe page; the recipient's token is appended.
    pub unsubscribe_link: &'a str,
    pub secrets: Secrets<'a>,
}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Messages the mail server accepted.
    pub sent: u32,
    /// Recipients the mail server refused.
    pub failed: u32,
    /// Mailings that became done.
    pub done: Vec<Id>,
    /// Account failures for the administrators (R-NOTIF-5).
    pub admin_notices: Vec<AdminNotice>,
}

/// Every row of `entity` matching `filter`.
async fn all_rows(db: &Db, entity: &'static Entity, filter: &Fields) -> Result<Vec<Fields>, AppError> {
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let page = crm_core::list::PageRequest {
            after,
            limit: Some(crm_core::list::MAX_PAGE_SIZE),
            descending: false,
        };
        let page = record::list(db, entity, filter, "", &page).await?;
        rows.extend(page.items);
        match page.next_cursor {
            Some(cursor) => after = Some(cursor),
            None => return Ok(rows),
        }
    }
}

/// R-MM-5: the mailings of this pass, one per owner, picked in the seed's order.
async fn mailings_of_pass(db: &Db, seed: u64) -> Result<Vec<Fields>, AppError> {
    let mut sending = Vec::new();
    for status in [MailingStatus::Active, MailingStatus::ActiveWithError] {
        sending.extend(all_rows(db, &MAILING_OUT, &object(json!({ "status": status.code() }))).await?);
    }
    sending.sort_by_key(|m| id_of(m, "id"));
    let mut owners = Vec::new();
    let mut chosen = Vec::new();
    for mailing in shuffled(sending, seed) {
        let owner = id_of(&mailing, "owner_id");
        if !owners.contains(&owner) {
            owners.push(owner);
            chosen.push(mailing);
        }
    }
    Ok(chosen)
}

/// `send_pass`: one sending pass at `options.at` (R-MM-5). Nothing is sent outside the sending
/// days and hours (R-MM-6).
pub async fn send_pass(
    db: &Db,
    mailer: &dyn Mailer,
    options: &SendOptions<'_>,
) -> Result<PassReport, AppError> {
    let settings = settings_of(db).await?;
    let mut report = PassReport::default();
    if !may_send_at(options.at, &settings) {
        return Ok(report);
    }
    for mailing in mailings_of_pass(db, options.seed).await? {
        send_mailing(
            db,
            mailer,
            options,
            settings.emails_per_day,
            &mailing,
            &mut report,
        )
        .await?;
    }
    Ok(report)
}

/// What a pass needs to know of one mailing.
struct Mailing {
    id: i64,
    owner: Id,
    kind: RecipientType,
    message: EmlMessage,
    signature: Option<String>,
    locale: String,
}

async fn send_mailing(
    db: &Db,
    mailer: &dyn Mailer,
    options: &SendOptions<'_>,
    limit: i32,
    stored: &Fields,
    report: &mut PassReport,
) -> Result<(), AppError> {
    let (Some(id), Some(owner), Some(kind), Some(message)) = (
        id_of(stored, "id"),
        id_of(stored, "owner_id"),
        recipient_type_of(stored),
        id_of(stored, "message_id"),
    ) else {
        return Ok(());
    };
    let message: EmlMessage = typed(record::get(db, &EML_MESSAGE, message.0).await?)?;
    let signature = match message.signature_id {
        Some(signature) => {
            Some(text_of(&record::get(db, &SIGNATURE, signature.0).await?, "content").to_owned())
        }
        None => None,
    };
    let mailing = Mailing {
        id: id.0,
        owner,
        kind,
        message,
        signature,
        locale: language_of(db, Some(owner)).await?,
    };
    let today = options.at.date();
    let accounts = all_rows(
        db,
        &EMAIL_ACCOUNT,
        &object(json!({ "owner_id": owner.0, "massmail": true })),
    )
    .await?;
    for account in accounts {
        let counted_day = account
            .get("today_date")
            .and_then(Value::as_str)
            .and_then(|d| d.parse().ok());
        let count = account
            .get("today_count")
            .and_then(Value::as_i64)
            .and_then(|c| i32::try_from(c).ok())
            .unwrap_or_default();
        if !under_daily_limit(counted_day, count, today, limit) {
            continue;
        }
        let Some(account_id) = id_of(&account, "id") else {
            continue;
        };
        let Some((target, recipient, uuid)) = pick_recipient(db, &mailing, account_id).await? else {
            continue;
        };
        let mail = compose(&mailing, &account, &recipient, &uuid, options);
        let smtp = smtp_account(&account, options.secrets);
        let outcome = mailer.send(&smtp, &mail).await;
        record_outcome(db, &mailing, &account, target, outcome, options.at, report).await?;
    }
    finish_if_done(db, &mailing, options.at, report).await
}

/// In one transaction: the first pending recipient of `mailing` that `account` writes to.
/// Recipients that no longer exist or may no longer receive mailings (R-MM-1, R-MM-9) leave the
/// pending list; a recipient without an account gets the owner's next queued one.
async fn pick_recipient(
    db: &Db,
    mailing: &Mailing,
    account: Id,
) -> Result<Option<(i64, Fields, String)>, AppError> {
    let mut tx = db.begin().await?;
    let stored = record::get_in(&mut tx, &MAILING_OUT, mailing.id).await?;
    let pending = parse_ids(text_of(&stored, "recipient_ids"));
    let spec = super::recipient_spec(mailing.kind);
    let mut dropped = Vec::new();
    let mut picked = None;
    for target in &pending {
        let mut record = match record::get_in(&mut tx, spec.entity, *target).await {
            Ok(record) if is_eligible(&record) => record,
            Ok(_) | Err(crm_store::StoreError::NotFound { .. }) => {
                dropped.push(*target);
                continue;
            }
            Err(other) => return Err(other.into()),
        };
        if let (RecipientType::Contact, Some(company)) = (mailing.kind, id_of(&record, "company_id")) {
            let company = record::get_in(&mut tx, &crm_store::companies::COMPANY, company.0).await?;
            record.insert(
                "company_name_for_mail".into(),
                json!(text_of(&company, "full_name")),
            );
        }
        let mut row = mass_contact_of(&mut tx, mailing.kind, Id(*target)).await?;
        if row.as_ref().is_some_and(|r| !flag_of(r, "massmail")) {
            dropped.push(*target);
            continue;
        }
        if row.as_ref().and_then(|r| id_of(r, "email_account_id")).is_none()
            && let Some(queued) = next_queued_account(&mut tx, mailing.owner, None).await?
        {
            row = Some(assign_account(&mut tx, mailing.kind, Id(*target), queued, None).await?);
        }
        if let Some(row) = row.filter(|r| id_of(r, "email_account_id") == Some(account)) {
            picked = Some((*target, record, text_of(&row, "uuid").to_owned()));
            break;
        }
    }
    if !dropped.is_empty() {
        let kept: Vec<i64> = pending.into_iter().filter(|id| !dropped.contains(id)).collect();
        record::patch_in(
            &mut tx,
            &MAILING_OUT,
            None,
            mailing.id,
            version_of(&stored),
            &object(json!({ "recipient_ids": crm_core::massmail::join_ids(&kept) })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(picked)
}

/// R-MM-5: the values a message is filled with for one recipient.
fn recipient_values(kind: RecipientType, record: &Fields, link: &str) -> Vec<(&'static str, String)> {
    let text = |field: &str| text_of(record, field).to_owned();
    let mut values = vec![
        ("email", text("email")),
        ("full_name", text("full_name")),
        ("unsubscribe_url", link.to_owned()),
    ];
    if kind != RecipientType::Company {
        let first_middle = [text("first_name"), text("middle_name")]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let full = [text("first_name"), text("middle_name"), text("last_name")]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let company = match kind {
            RecipientType::Lead => text("company_name"),
            _ => text("company_name_for_mail"),
        };
        values.retain(|(k, _)| *k != "full_name");
        values.extend([
            ("first_name", text("first_name")),
            ("first_middle_name", first_middle),
            ("last_name", text("last_name")),
            ("full_name", full),
            ("title", text("title")),
            ("company", company.clone()),
            ("company_name", company),
        ]);
    }
    values
}

fn compose(
    mailing: &Mailing,
    account: &Fields,
    recipient: &Fields,
    uuid: &str,
    options: &SendOptions<'_>,
) -> OutgoingMail {
    let link = format!("{}{uuid}", options.unsubscribe_link);
    let values = recipient_values(mailing.kind, recipient, &link);
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut body = render(&mailing.message.content, &pairs);
    let html = mailing.message.is_html;
    if let Some(signature) = &mailing.signature {
        body.push_str(if html { "<br>" } else { "\n\n" });
        body.push_str(&render(signature, &pairs));
    }
    if !mailing.message.content.contains("unsubscribe_url") {
        let footer = if html {
            format!("<p><a href=\"{link}\">{link}</a></p>")
        } else {
            format!("\n\n{link}")
        };
        body.push_str(&footer);
    }
    let to = text_of(recipient, "email")
        .split(',')
        .map(|a| address_part(a).trim().to_owned())
        .filter(|a| !a.is_empty())
        .collect();
    OutgoingMail {
        from: sender_of(account),
        to,
        subject: render(&mailing.message.subject, &pairs),
        text: if html { String::new() } else { body.clone() },
        html: html.then_some(body),
        ..OutgoingMail::default()
    }
}

fn sender_of(account: &Fields) -> String {
    let from = text_of(account, "from_email");
    if from.is_empty() {
        text_of(account, "email_host_user").to_owned()
    } else {
        from.to_owned()
    }
}

/// The SMTP side of a mail account, its password read through `secrets`.
pub(crate) fn smtp_account(account: &Fields, secrets: Secrets<'_>) -> SmtpAccount {
    let app = text_of(account, "email_app_password");
    let reference = if app.is_empty() {
        text_of(account, "email_host_password")
    } else {
        app
    };
    SmtpAccount {
        host: text_of(account, "email_host").to_owned(),
        port: account
            .get("email_port")
            .and_then(Value::as_u64)
            .and_then(|p| u16::try_from(p).ok())
            .unwrap_or(25),
        user: text_of(account, "email_host_user").to_owned(),
        password: secrets(reference),
        use_tls: flag_of(account, "email_use_tls"),
        use_ssl: flag_of(account, "email_use_ssl"),
        from: sender_of(account),
    }
}

fn report_line(locale: &str, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (key, value) in args {
        fluent.set(*key, value.clone());
    }
    Localizer::embedded().message(locale, id, Some(&fluent))
}

fn appended(report: &str, line: &str) -> String {
    if report.is_empty() {
        line.to_owned()
    } else {
        format!("{report}\n{line}")
    }
}

/// Moves `target` out of the pending ids into the successful or failed ones, or switches the
/// account off when the server refused it (R-MM-5).
async fn record_outcome(
    db: &Db,
    mailing: &Mailing,
    account: &Fields,
    target: i64,
    outcome: Result<String, MailError>,
    at: NaiveDateTime,
    report: &mut PassReport,
) -> Result<(), AppError> {
    let date = at.date().to_string();
    let mut tx = db.begin().await?;
    let stored = record::get_in(&mut tx, &MAILING_OUT, mailing.id).await?;
    let pending = parse_ids(text_of(&stored, "recipient_ids"));
    let without: Vec<i64> = pending.iter().copied().filter(|id| *id != target).collect();
    let mut changes = object(json!({}));
    match outcome {
        Ok(_) => {
            report.sent += 1;
            changes.insert(
                "recipient_ids".into(),
                json!(crm_core::massmail::join_ids(&without)),
            );
            changes.insert(
                "successful_ids".into(),
                json!(with_id(text_of(&stored, "successful_ids"), target)),
            );
            let count = if stored.get("sending_date").and_then(Value::as_str) == Some(date.as_str()) {
                stored
                    .get("today_count")
                    .and_then(Value::as_i64)
                    .unwrap_or_default()
                    + 1
            } else {
                1
            };
            changes.insert("today_count".into(), json!(count));
            changes.insert("sending_date".into(), json!(date));
            count_sent(&mut tx, account, &date).await?;
        }
        Err(MailError::RecipientRefused { recipient, reason }) => {
            report.failed += 1;
            let line = report_line(
                &mailing.locale,
                "massmail-recipient-failed",
                &[
                    ("date", date.clone()),
                    ("recipient", recipient),
                    ("reason", reason),
                ],
            );
            changes.insert(
                "recipient_ids".into(),
                json!(crm_core::massmail::join_ids(&without)),
            );
            changes.insert(
                "failed_ids".into(),
                json!(with_id(text_of(&stored, "failed_ids"), target)),
            );
            changes.insert("status".into(), json!(MailingStatus::ActiveWithError.code()));
            changes.insert(
                "report".into(),
                json!(appended(text_of(&stored, "report"), &line)),
            );
        }
        Err(MailError::AccountRefused(reason)) => {
            let name = text_of(account, "name").to_owned();
            let line = report_line(
                &mailing.locale,
                "massmail-account-failed",
                &[
                    ("date", date.clone()),
                    ("account", name.clone()),
                    ("reason", reason.clone()),
                ],
            );
            changes.insert("status".into(), json!(MailingStatus::ActiveWithError.code()));
            changes.insert(
                "report".into(),
                json!(appended(text_of(&stored, "report"), &line)),
            );
            switch_off(&mut tx, account).await?;
            report.admin_notices.push(AdminNotice::new(
                "massmail-account-refused-subject",
                "massmail-account-refused-text",
                &[
                    ("account", name),
                    ("sender", sender_of(account)),
                    ("reason", reason),
                ],
            ));
        }
        // The server could not be reached: the recipient stays pending for a later pass.
        Err(MailError::Unavailable(_)) => return Ok(()),
    }
    record::patch_in(
        &mut tx,
        &MAILING_OUT,
        None,
        mailing.id,
        version_of(&stored),
        &changes,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// R-MM-5: an account the mail server refused sends no more mailings.
async fn switch_off(tx: &mut Tx, account: &Fields) -> Result<(), AppError> {
    let id = id_of(account, "id").map_or(0, |id| id.0);
    let fresh = record::get_in(tx, &EMAIL_ACCOUNT, id).await?;
    record::patch_in(
        tx,
        &EMAIL_ACCOUNT,
        None,
        id,
        version_of(&fresh),
        &object(json!({ "massmail": false })),
    )
    .await?;
    Ok(())
}

fn with_id(list: &str, id: i64) -> String {
    let mut ids = parse_ids(list);
    ids.push(id);
    crm_core::massmail::join_ids(&ids)
}

/// R-MM-5: the account's count of the day, a new day starting from one.
async fn count_sent(tx: &mut Tx, account: &Fields, date: &str) -> Result<(), AppError> {
    let id = id_of(account, "id").map_or(0, |id| id.0);
    let fresh = record::get_in(tx, &EMAIL_ACCOUNT, id).await?;
    let count = if fresh.get("today_date").and_then(Value::as_str) == Some(date) {
        fresh
            .get("today_count")
            .and_then(Value::as_i64)
            .unwrap_or_default()
            + 1
    } else {
        1
    };
    record::patch_in(
        tx,
        &EMAIL_ACCOUNT,
        None,
        id,
        version_of(&fresh),
        &object(json!({ "today_date": date, "today_count": count })),
    )
    .await?;
    Ok(())
}

/// R-MM-5: a mailing with no pending ids left is done, with the report line saying so.
async fn finish_if_done(
    db: &Db,
    mailing: &Mailing,
    at: NaiveDateTime,
    report: &mut PassReport,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    let stored = record::get_in(&mut tx, &MAILING_OUT, mailing.id).await?;
    if !parse_ids(text_of(&stored, "recipient_ids")).is_empty() {
        return Ok(());
    }
    let line = report_line(
        &mailing.locale,
        "massmail-done",
        &[("date", at.date().to_string())],
    );
    record::patch_in(
        &mut tx,
        &MAILING_OUT,
        None,
        mailing.id,
        version_of(&stored),
        &object(json!({
            "status": MailingStatus::Done.code(),
            "report": appended(text_of(&stored, "report"), &line),
        })),
    )
    .await?;
    tx.commit().await?;
    report.done.push(Id(mailing.id));
    Ok(())
}
