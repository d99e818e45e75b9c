//! Mass mail (DOMAIN.md §12): mailings made from selected companies, contacts or leads
//! ([`mailings`]), sent a message at a time by a pass the scheduler runs ([`sending`]), and the
//! recipients' side: VIP status, unsubscribing, owner changes and what a record has received
//! ([`recipients`]); copies of messages and accounts and the test message ([`copies`]).
//!
//! What the modules share lives here: the mail accounts of a user and their round-robin queue,
//! a recipient's mass-mail row, notices in the user's language and the notices administrators
//! receive.

pub mod copies;
pub mod mailings;
pub mod recipients;
pub mod sending;

use std::collections::BTreeMap;

use crm_core::Id;
use crm_core::massmail::{
    EmailAccountInput, EmlMessageInput, MailingOutInput, MassContactInput, RecipientType, SignatureInput,
    next_in_queue,
};
use crm_core::validation::Violations;
use crm_store::massmail::{EMAIL_ACCOUNT, EMAIL_ACCOUNT_QUEUE, MASS_CONTACT};
use crm_store::matching::referencing;
use crm_store::record::{self, Entity, Fields};
use crm_store::{Db, Tx, users};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::Validate;
use crate::fields::{flag_of, id_of, object, text_of, version_of};
use crate::records::Spec;
use crate::{AppError, Localizer};

macro_rules! validated_by_self {
    ($($input:ty),* $(,)?) => {$(
        impl Validate for $input {
            type Valid = $input;
            fn check(self) -> Result<$input, Violations> {
                self.validate()
            }
        }
    )*};
}

validated_by_self!(
    EmailAccountInput,
    SignatureInput,
    EmlMessageInput,
    MailingOutInput,
    MassContactInput
);

/// A message shown to the user after an action, in their language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MassmailNotice {
    /// The message id, stable for programs and tests.
    pub code: String,
    pub message: String,
}

impl MassmailNotice {
    pub(crate) fn new(locale: &str, code: &str, args: Option<&FluentArgs<'_>>) -> MassmailNotice {
        MassmailNotice {
            code: code.to_owned(),
            message: Localizer::embedded().message(locale, code, args),
        }
    }
}

/// A notice for the administrators (R-NOTIF-5): the notifier renders it in each
/// administrator's language and mails it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AdminNotice {
    /// The message id of the subject; the text's id is the same with `-text` for `-subject`.
    pub subject_code: String,
    pub text_code: String,
    /// The values the two messages show.
    pub args: BTreeMap<String, String>,
    /// Extra lines shown as they are (posted form data, field errors).
    pub details: Vec<String>,
}

impl AdminNotice {
    pub(crate) fn new(subject_code: &str, text_code: &str, args: &[(&str, String)]) -> AdminNotice {
        AdminNotice {
            subject_code: subject_code.to_owned(),
            text_code: text_code.to_owned(),
            args: args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect(),
            details: Vec::new(),
        }
    }

    /// The subject and the text in `locale`.
    pub fn render(&self, locale: &str) -> (String, String) {
        let mut args = FluentArgs::new();
        for (key, value) in &self.args {
            args.set(key.clone(), value.clone());
        }
        let i18n = Localizer::embedded();
        let mut text = i18n.message(locale, &self.text_code, Some(&args));
        for line in &self.details {
            text.push('\n');
            text.push_str(line);
        }
        (i18n.message(locale, &self.subject_code, Some(&args)), text)
    }
}

/// `<command>`: the records of one type a mass-mail action is applied to, in the order chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RecipientSelection {
    pub recipient_type: RecipientType,
    pub ids: Vec<Id>,
}

/// The spec of the records of `kind`.
pub(crate) fn recipient_spec(kind: RecipientType) -> &'static Spec {
    match kind {
        RecipientType::Company => &crate::entities::COMPANY,
        RecipientType::Contact => &crate::entities::CONTACT,
        RecipientType::Lead => &crate::entities::LEAD,
    }
}

/// The language user `user` reads in.
pub(crate) async fn language_of(db: &Db, user: Option<Id>) -> Result<String, AppError> {
    let code = match user {
        Some(user) => users::language(db, user.0).await?,
        None => None,
    };
    Ok(Localizer::embedded().negotiate(code.as_deref().unwrap_or("en")))
}

/// The rows of `entity` (stored in `table`) whose `column` is `id`, read inside `tx`.
pub(crate) async fn rows_in(
    tx: &mut Tx,
    entity: &'static Entity,
    table: &'static str,
    column: &'static str,
    id: Id,
) -> Result<Vec<Fields>, AppError> {
    let mut rows = Vec::new();
    for (row, _) in referencing(tx, table, column, id).await? {
        rows.push(record::get_in(tx, entity, row).await?);
    }
    Ok(rows)
}

/// The mail accounts of `owner`, oldest first.
pub(crate) async fn accounts_of(tx: &mut Tx, owner: Id) -> Result<Vec<Fields>, AppError> {
    rows_in(tx, &EMAIL_ACCOUNT, "email_accounts", "owner_id", owner).await
}

/// The accounts of `owner` that may send mailings, oldest first.
pub(crate) async fn mailing_accounts_of(tx: &mut Tx, owner: Id) -> Result<Vec<Fields>, AppError> {
    Ok(accounts_of(tx, owner)
        .await?
        .into_iter()
        .filter(|a| flag_of(a, "massmail"))
        .collect())
}

/// R-MM-7: the main account of `owner`, if any.
pub(crate) async fn main_account_of(tx: &mut Tx, owner: Id) -> Result<Option<Id>, AppError> {
    Ok(accounts_of(tx, owner)
        .await?
        .iter()
        .find(|a| flag_of(a, "main"))
        .and_then(|a| id_of(a, "id")))
}

/// R-MM-5, R-MM-8, R-MM-10: the next of `owner`'s queued accounts (massmail ∧ ¬main) in turn;
/// the turn moves on. None when the owner has no such account.
pub(crate) async fn next_queued_account(
    tx: &mut Tx,
    owner: Id,
    user: Option<i64>,
) -> Result<Option<Id>, AppError> {
    let qualifying: Vec<Id> = accounts_of(tx, owner)
        .await?
        .iter()
        .filter(|a| flag_of(a, "massmail") && !flag_of(a, "main"))
        .filter_map(|a| id_of(a, "id"))
        .collect();
    let queue_row = rows_in(
        tx,
        &EMAIL_ACCOUNT_QUEUE,
        "email_account_queues",
        "owner_id",
        owner,
    )
    .await?
    .into_iter()
    .next();
    let stored: Vec<Id> = queue_row
        .as_ref()
        .and_then(|row| row.get("queue"))
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_i64).map(Id).collect())
        .unwrap_or_default();
    let Some((turn, queue)) = next_in_queue(&stored, &qualifying) else {
        return Ok(None);
    };
    let queue = json!(queue.iter().map(|id| id.0).collect::<Vec<_>>());
    match queue_row {
        Some(row) => {
            let id = id_of(&row, "id").map_or(0, |id| id.0);
            record::patch_in(
                tx,
                &EMAIL_ACCOUNT_QUEUE,
                user,
                id,
                version_of(&row),
                &object(json!({ "queue": queue })),
            )
            .await?;
        }
        None => {
            record::create_in(
                tx,
                &EMAIL_ACCOUNT_QUEUE,
                user,
                &object(json!({ "owner_id": owner.0, "queue": queue })),
            )
            .await?;
        }
    }
    Ok(Some(turn))
}

/// The mass-mail row of one recipient, if it has one.
pub(crate) async fn mass_contact_of(
    tx: &mut Tx,
    kind: RecipientType,
    target: Id,
) -> Result<Option<Fields>, AppError> {
    Ok(rows_in(tx, &MASS_CONTACT, "mass_contacts", "target_id", target)
        .await?
        .into_iter()
        .find(|row| text_of(row, "target_type") == kind.key()))
}

/// Points the recipient's mass-mail row at `account`, creating the row when it has none.
pub(crate) async fn assign_account(
    tx: &mut Tx,
    kind: RecipientType,
    target: Id,
    account: Id,
    user: Option<i64>,
) -> Result<Fields, AppError> {
    match mass_contact_of(tx, kind, target).await? {
        Some(row) => {
            let id = id_of(&row, "id").map_or(0, |id| id.0);
            Ok(record::patch_in(
                tx,
                &MASS_CONTACT,
                user,
                id,
                version_of(&row),
                &object(json!({ "email_account_id": account.0 })),
            )
            .await?)
        }
        None => Ok(record::create_in(
            tx,
            &MASS_CONTACT,
            user,
            &object(json!({
                "target_type": kind.key(),
                "target_id": target.0,
                "email_account_id": account.0,
                "massmail": true,
            })),
        )
        .await?),
    }
}

/// Whether a stored record is in the trash.
pub(crate) fn is_trashed(record: &Fields) -> bool {
    record.get("deleted_at").is_some_and(|v| !v.is_null())
}

/// R-MM-1 on a stored company, contact or lead.
pub(crate) fn is_eligible(record: &Fields) -> bool {
    !is_trashed(record)
        && crm_core::massmail::is_eligible(
            flag_of(record, "massmail"),
            flag_of(record, "disqualified"),
            text_of(record, "email"),
        )
}
