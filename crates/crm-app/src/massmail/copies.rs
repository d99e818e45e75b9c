//! R-MM-10's helpers around messages and accounts: a test message to the user's own accounts, a
//! message copied to another user, an account's configuration as the start of a new one.

use crm_core::Id;
use crm_core::access::{Perm, Resource};
use crm_core::massmail::{EmailAccount, EmailAccountInput, EmlMessage, render};
use crm_core::validation::{Rule, Violations};
use crm_store::massmail::EML_MESSAGE as EML_MESSAGE_TABLE;
use crm_store::record;
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::sending::{Secrets, smtp_account};
use super::{MassmailNotice, accounts_of, language_of};
use crate::entities::{EMAIL_ACCOUNT, EML_MESSAGE, RecordRef, typed};
use crate::fields::{object, text_of};
use crate::mailer::{Mailer, OutgoingMail};
use crate::records::{self, permitted};
use crate::{AppError, Session, actor};

/// `eml_message_copy`: which message goes to whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MessageCopy {
    pub id: Id,
    pub owner_id: Id,
}

/// `eml_message_copy`: a copy of a message the user may see, owned by another user and without
/// the signature, which is the author's own (R-MM-10).
pub async fn eml_message_copy(session: &Session, input: MessageCopy) -> Result<EmlMessage, AppError> {
    if !permitted(session.actor(), Resource::EmlMessage, Perm::Add) {
        return Err(AppError::Forbidden);
    }
    let source: EmlMessage = typed(records::get(session, &EML_MESSAGE, input.id.0).await?)?;
    let owner = actor::load(session.db(), input.owner_id, None)
        .await
        .map_err(|_| AppError::Validation(Violations::one("owner_id", Rule::NotAChoice)))?;
    let mut tx = session.db().begin().await?;
    let copy = record::create_in(
        &mut tx,
        &EML_MESSAGE_TABLE,
        Some(session.user_id().0),
        &object(json!({
            "subject": source.subject,
            "content": source.content,
            "signature_id": null,
            "prev_corr": source.prev_corr,
            "is_html": source.is_html,
            "owner_id": owner.user_id.0,
            "department_id": owner.department_of().map(|d| d.0),
        })),
    )
    .await?;
    tx.commit().await?;
    typed(copy)
}

/// `email_account_copy`: the configuration of an account the user may see, as the form of a new
/// account: no counters, reports or mailbox positions (R-MM-10).
pub async fn email_account_copy(session: &Session, input: RecordRef) -> Result<EmailAccountInput, AppError> {
    let source: EmailAccount = typed(records::get(session, &EMAIL_ACCOUNT, input.id.0).await?)?;
    Ok(EmailAccountInput {
        name: source.name,
        main: source.main,
        massmail: Some(source.massmail),
        do_import: source.do_import,
        email_host: source.email_host,
        imap_host: source.imap_host,
        email_host_user: source.email_host_user,
        email_host_password: source.email_host_password,
        email_app_password: source.email_app_password,
        email_port: Some(source.email_port),
        from_email: source.from_email,
        email_use_tls: source.email_use_tls,
        email_use_ssl: source.email_use_ssl,
        email_imail_ssl_certfile: source.email_imail_ssl_certfile,
        email_imail_ssl_keyfile: source.email_imail_ssl_keyfile,
        start_incoming_uid: None,
        start_sent_uid: None,
        co_owner_id: source.co_owner_id,
        owner_id: source.owner_id,
        department_id: source.department_id,
    })
}

/// "Send test" (R-MM-10): message `message` goes from the user's first account to each of their
/// other accounts. Needs a [`Mailer`], so the shell calls it directly. Returns the notice of how
/// many accounts it reached.
pub async fn send_test(
    session: &Session,
    mailer: &dyn Mailer,
    secrets: Secrets<'_>,
    message: Id,
) -> Result<MassmailNotice, AppError> {
    let message: EmlMessage = typed(records::get(session, &EML_MESSAGE, message.0).await?)?;
    let mut tx = session.db().begin().await?;
    let accounts = accounts_of(&mut tx, session.user_id()).await?;
    tx.commit().await?;
    let Some((first, others)) = accounts.split_first().filter(|(_, others)| !others.is_empty()) else {
        return Err(AppError::Validation(Violations::one(
            "message_id",
            Rule::TwoAccountsNeeded,
        )));
    };
    let smtp = smtp_account(first, secrets);
    let mut reached = 0_u32;
    for other in others {
        let to = match text_of(other, "from_email") {
            "" => text_of(other, "email_host_user"),
            from => from,
        };
        let mail = OutgoingMail {
            from: smtp.from.clone(),
            to: vec![to.to_owned()],
            subject: render(&message.subject, &[]),
            text: if message.is_html {
                String::new()
            } else {
                message.content.clone()
            },
            html: message.is_html.then(|| message.content.clone()),
            ..OutgoingMail::default()
        };
        mailer
            .send(&smtp, &mail)
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        reached += 1;
    }
    let locale = language_of(session.db(), Some(session.user_id())).await?;
    let mut args = FluentArgs::new();
    args.set("count", reached);
    Ok(MassmailNotice::new(&locale, "massmail-test-sent", Some(&args)))
}
