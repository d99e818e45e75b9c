//! Handing mail to a mail server. The CRM composes [`OutgoingMail`] and sends it through a
//! [`Mailer`] with the [`SmtpAccount`] of the user's mail account; the desktop shell and the CLI
//! pass the SMTP implementation, and tests may pass any other.

use std::future::Future;
use std::pin::Pin;

/// Where and as whom a message is sent: an `email_accounts` row with its secret resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpAccount {
    pub host: String,
    pub port: u16,
    pub user: String,
    /// The password or app password, read from the OS keychain by the caller.
    pub password: Option<String>,
    pub use_tls: bool,
    pub use_ssl: bool,
    /// The sender address (`from_email`, else the login).
    pub from: String,
}

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailAttachment {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// A message as the CRM hands it over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutgoingMail {
    pub from: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub attachments: Vec<MailAttachment>,
}

/// Why a message was not sent, in the classes the CRM reacts to differently.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The server refused this recipient; other recipients may still be reached.
    #[error("recipient refused: {recipient}: {reason}")]
    RecipientRefused { recipient: String, reason: String },
    /// The server refused the login or the sender: the account itself is unusable.
    #[error("account refused: {0}")]
    AccountRefused(String),
    /// The server could not be reached or broke off; trying later may work.
    #[error("mail server unavailable: {0}")]
    Unavailable(String),
}

/// The future a [`Mailer`] returns: the Message-ID the message was sent with.
pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<String, MailError>> + Send + 'a>>;

/// Sends one message through one account.
pub trait Mailer: Send + Sync {
    fn send<'a>(&'a self, account: &'a SmtpAccount, mail: &'a OutgoingMail) -> SendFuture<'a>;
}
