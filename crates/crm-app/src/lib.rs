//! Oriel CRM commands: one function per user action. Each validates its input at the boundary,
//! runs in a transaction where it writes, and fails with an [`AppError`] that reaches the user as a
//! stable code plus a message translated through fluent ([`Localizer`]).
//!
//! Nothing here knows about Tauri: the desktop shell and the `crm` CLI both call these functions.

pub mod actor;
pub mod analytics;
pub mod answer;
pub mod assignment_watch;
pub mod attachment_rights;
pub mod auto_rates;
pub mod cities;
mod command_table;
pub mod conversion;
pub mod counterparties;
pub mod demo;
pub mod demo_scale;
pub mod departments;
pub mod email_attachments;
pub mod email_compose;
pub mod email_lists;
pub mod email_send;
pub mod emails;
pub mod entities;
pub mod error;
pub mod export;
mod fields;
pub mod forms;
pub mod i18n;
pub mod imap;
pub mod import;
pub mod inquiries;
pub mod list_marks;
pub mod logo;
mod mail_accounts;
pub mod mail_import;
pub mod mail_transport;
pub mod mailer;
pub mod massmail;
pub mod merge;
mod names;
pub mod notices;
pub mod ordering;
pub mod payments;
pub mod pickers;
pub mod pipeline;
pub mod records;
mod reference_scope;
pub mod registry;
mod remind;
pub mod reminders;
pub mod session;
pub mod settings;
pub mod shapes;
pub mod smtp;
pub mod spreadsheet;
pub mod tasks;
pub mod transfer;
pub mod translatable;
pub mod users;
pub mod warnings;
pub mod web_forms;
pub mod workflows;

pub use error::{AppError, CommandError, ErrorCode, FieldMessage};
pub use i18n::{LocaleInfo, Localizer};
pub use session::{ConnectionInfo, Session, Target};

/// The crates the command table names its types through, for the crates that expand it.
#[doc(hidden)]
pub mod reexport {
    pub use crm_core;
    pub use crm_store;
}
