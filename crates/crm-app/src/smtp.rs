//! The SMTP [`Mailer`]: one connection per message, implicit TLS (`use_ssl`) or STARTTLS
//! (`use_tls`) through rustls, a login when the account has a password, then MAIL, one RCPT per
//! recipient and DATA. The conversation is driven step by step so that a refusal is known by
//! its step: a refused login or sender makes the account unusable, a refused recipient does not.

use std::time::Duration;

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::ClientId;

use crate::mailer::{MailError, Mailer, OutgoingMail, SendFuture, SmtpAccount};

/// How long one step of the conversation may take before the server counts as unavailable.
const STEP_TIMEOUT: Duration = Duration::from_mins(1);

/// Sends through the account's SMTP server.
#[derive(Debug, Clone, Default)]
pub struct SmtpMailer {
    /// The name the client greets with (EHLO); default `localhost`.
    pub hello_name: Option<String>,
}

impl Mailer for SmtpMailer {
    fn send<'a>(&'a self, account: &'a SmtpAccount, mail: &'a OutgoingMail) -> SendFuture<'a> {
        Box::pin(async move { self.deliver(account, mail).await })
    }
}

fn unavailable(err: impl std::fmt::Display) -> MailError {
    MailError::Unavailable(err.to_string())
}

fn account_refused(err: impl std::fmt::Display) -> MailError {
    MailError::AccountRefused(err.to_string())
}

fn mailbox(entry: &str) -> Result<Mailbox, MailError> {
    entry
        .trim()
        .parse::<Mailbox>()
        .map_err(|e| MailError::RecipientRefused {
            recipient: entry.trim().to_owned(),
            reason: e.to_string(),
        })
}

/// A Message-ID in the sender's domain, so replies can be recognised as answers to it.
fn new_message_id(from: &str) -> Result<String, MailError> {
    let domain = crm_core::validation::address_part(from)
        .rsplit_once('@')
        .map_or("localhost", |(_, domain)| domain);
    let token = |_| crm_store::keyset::random_token().map_err(unavailable);
    let local = [0, 1].map(token);
    let [a, b] = local;
    Ok(format!("<{}{}@{domain}>", a?, b?))
}

/// The RFC 5322 message of `mail`, with `message_id`.
fn message(mail: &OutgoingMail, message_id: &str) -> Result<Message, MailError> {
    let mut builder = Message::builder()
        .from(mailbox(&mail.from).map_err(|e| account_refused(format!("{e:?}")))?)
        .subject(mail.subject.clone())
        .message_id(Some(message_id.to_owned()));
    for entry in &mail.to {
        builder = builder.to(mailbox(entry)?);
    }
    for entry in &mail.cc {
        builder = builder.cc(mailbox(entry)?);
    }
    for entry in &mail.bcc {
        builder = builder.bcc(mailbox(entry)?);
    }
    let octets = || ContentType::parse("application/octet-stream").map_err(unavailable);
    let built = match (&mail.html, mail.attachments.is_empty()) {
        (None, true) => builder.singlepart(SinglePart::plain(mail.text.clone())),
        (Some(html), true) => {
            builder.multipart(MultiPart::alternative_plain_html(mail.text.clone(), html.clone()))
        }
        (html, false) => {
            let mut parts = match html {
                Some(html) => MultiPart::mixed()
                    .multipart(MultiPart::alternative_plain_html(mail.text.clone(), html.clone())),
                None => MultiPart::mixed().singlepart(SinglePart::plain(mail.text.clone())),
            };
            for file in &mail.attachments {
                let kind = match ContentType::parse(&file.content_type) {
                    Ok(kind) => kind,
                    Err(_) => octets()?,
                };
                parts =
                    parts.singlepart(Attachment::new(file.file_name.clone()).body(file.bytes.clone(), kind));
            }
            builder.multipart(parts)
        }
    };
    built.map_err(unavailable)
}

impl SmtpMailer {
    async fn deliver(&self, account: &SmtpAccount, mail: &OutgoingMail) -> Result<String, MailError> {
        let message_id = new_message_id(&mail.from)?;
        let message = message(mail, &message_id)?;
        let envelope = message.envelope().clone();
        let hello = self
            .hello_name
            .clone()
            .map_or_else(ClientId::default, ClientId::Domain);
        let tls = || TlsParameters::new(account.host.clone()).map_err(unavailable);
        let implicit = if account.use_ssl { Some(tls()?) } else { None };
        let mut conn = AsyncSmtpConnection::connect_tokio1(
            (account.host.as_str(), account.port),
            Some(STEP_TIMEOUT),
            &hello,
            implicit,
            None,
        )
        .await
        .map_err(unavailable)?;
        let result = converse(&mut conn, account, &envelope, &message, &hello, tls).await;
        // The message is delivered or refused either way; a failing goodbye changes nothing.
        let _ = conn.quit().await;
        result.map(|()| message_id)
    }
}

async fn converse(
    conn: &mut AsyncSmtpConnection,
    account: &SmtpAccount,
    envelope: &lettre::address::Envelope,
    message: &Message,
    hello: &ClientId,
    tls: impl Fn() -> Result<TlsParameters, MailError>,
) -> Result<(), MailError> {
    if account.use_tls && !account.use_ssl {
        conn.starttls(tls()?, hello).await.map_err(unavailable)?;
    }
    if let Some(password) = account.password.as_ref().filter(|p| !p.is_empty()) {
        let credentials = Credentials::new(account.user.clone(), password.clone());
        conn.auth(&[Mechanism::Plain, Mechanism::Login], &credentials)
            .await
            .map_err(account_refused)?;
    }
    conn.command(Mail::new(envelope.from().cloned(), Vec::new()))
        .await
        .map_err(account_refused)?;
    for recipient in envelope.to() {
        conn.command(Rcpt::new(recipient.clone(), Vec::new()))
            .await
            .map_err(|e| MailError::RecipientRefused {
                recipient: recipient.to_string(),
                reason: e.to_string(),
            })?;
    }
    conn.command(Data).await.map_err(unavailable)?;
    conn.message(&message.formatted()).await.map_err(unavailable)?;
    Ok(())
}
