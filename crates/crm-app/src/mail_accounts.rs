//! What the e-mail workflows read about a user's mail: their main account (the one "used for
//! regular business correspondence", §6.3), their default signature, and the language texts
//! written for them are in.

use crm_core::Id;
use crm_core::validation::{Rule, Violations};
use crm_store::massmail::{EMAIL_ACCOUNT, SIGNATURE};
use crm_store::record::Fields;
use crm_store::users;
use serde_json::json;

use crate::fields::{all_rows, flag_of, id_of, object, text_of};
use crate::mail_transport::Secrets;
use crate::mailer::SmtpAccount;
use crate::{AppError, Localizer, Session};

/// The main mail account of `user`, if they have one.
pub(crate) async fn main_account(session: &Session, user: Id) -> Result<Option<Fields>, AppError> {
    let accounts = all_rows(
        session,
        &EMAIL_ACCOUNT,
        &object(json!({ "owner_id": user.0, "main": true })),
    )
    .await?;
    Ok(accounts.into_iter().next())
}

/// The main account of `user`, which sending, replying and forwarding need (R-EMAIL-4, R-EMAIL-5).
pub(crate) async fn required_main_account(session: &Session, user: Option<Id>) -> Result<Fields, AppError> {
    let account = match user {
        Some(user) => main_account(session, user).await?,
        None => None,
    };
    account.ok_or_else(|| AppError::Validation(Violations::one("from_field", Rule::NoSendingAccount)))
}

/// The address an account writes from: its sender address, else its login.
pub(crate) fn sender_address(account: &Fields) -> String {
    let from = text_of(account, "from_email");
    if from.is_empty() {
        text_of(account, "email_host_user").to_owned()
    } else {
        from.to_owned()
    }
}

/// The SMTP side of an account, its password read through `secrets`: the app password when one
/// is stored, else the account password.
pub(crate) fn smtp_account(account: &Fields, secrets: &dyn Secrets) -> Result<SmtpAccount, String> {
    let reference = [
        text_of(account, "email_app_password"),
        text_of(account, "email_host_password"),
    ]
    .into_iter()
    .find(|r| !r.is_empty());
    let password = reference.map(|r| secrets.resolve(r)).transpose()?;
    let port = account
        .get("email_port")
        .and_then(serde_json::Value::as_i64)
        .and_then(|p| u16::try_from(p).ok())
        .unwrap_or(25);
    Ok(SmtpAccount {
        host: text_of(account, "email_host").to_owned(),
        port,
        user: text_of(account, "email_host_user").to_owned(),
        password,
        use_tls: flag_of(account, "email_use_tls"),
        use_ssl: flag_of(account, "email_use_ssl"),
        from: sender_address(account),
    })
}

/// The signature `user` marked as default, if any.
pub(crate) async fn default_signature(session: &Session, user: Id) -> Result<Option<Fields>, AppError> {
    let signatures = all_rows(session, &SIGNATURE, &object(json!({ "owner_id": user.0 }))).await?;
    Ok(signatures.into_iter().find(|s| flag_of(s, "default")))
}

/// The signature `id`, if it still exists.
pub(crate) async fn signature(session: &Session, id: Option<Id>) -> Result<Option<Fields>, AppError> {
    let Some(id) = id else {
        return Ok(None);
    };
    match crm_store::record::get(session.db(), &SIGNATURE, id.0).await {
        Ok(found) => Ok(Some(found)),
        Err(crm_store::StoreError::NotFound { .. }) => Ok(None),
        Err(other) => Err(other.into()),
    }
}

/// Whether a signature is written in HTML (its type is `HTML`, the default).
pub(crate) fn is_html_signature(signature: &Fields) -> bool {
    text_of(signature, "type") != "Plain text"
}

/// The language `user` reads in, for texts written on their behalf (§15).
pub(crate) async fn language_of(session: &Session, user: Option<Id>) -> Result<String, AppError> {
    let code = match user {
        Some(user) => users::language(session.db(), user.0).await?,
        None => None,
    };
    Ok(Localizer::embedded().negotiate(code.as_deref().unwrap_or("en")))
}

/// The department of `owner` (R-USER-4's `department_of`), if they have one.
pub(crate) async fn department_of_user(session: &Session, owner: Option<Id>) -> Result<Option<Id>, AppError> {
    Ok(match owner {
        Some(owner) => crate::actor::load(session.db(), owner, None)
            .await?
            .department_of(),
        None => None,
    })
}

/// The id of a record, which every stored record has.
pub(crate) fn record_id(record: &Fields) -> Result<Id, AppError> {
    id_of(record, "id").ok_or_else(|| AppError::Internal("a record without an id".into()))
}
