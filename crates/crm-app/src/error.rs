//! Command errors: a stable machine code for programs, field details for forms, and a message in
//! the user's language.

use crm_core::validation::{Rule, Violations};
use crm_store::StoreError;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::Localizer;

/// A failed command, before translation.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("validation failed: {0:?}")]
    Validation(Violations),
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: i64 },
    #[error("{entity} {id} changed since it was read")]
    Conflict {
        entity: &'static str,
        id: i64,
        current: serde_json::Value,
    },
    #[error("forbidden")]
    Forbidden,
    /// A database login, or a user to act as, that has no CRM user.
    #[error("no CRM user {0}")]
    UnknownUser(String),
    #[error("database unavailable: {0}")]
    DbUnavailable(String),
    #[error("no database is open")]
    NotConnected,
    #[error("keychain: {0}")]
    Keychain(String),
    #[error("migration failed: {0}")]
    MigrationFailed(String),
    /// The release server could not be asked for a newer version.
    #[error("update server unreachable: {0}")]
    UpdateUnreachable(String),
    /// An update package whose signature is not from the release key, or not for the version
    /// offered.
    #[error("update refused: {0}")]
    UpdateRefused(String),
    /// The download of an update stopped before its end.
    #[error("update download interrupted: {0}")]
    UpdateInterrupted(String),
    /// A verified update could not be put in place.
    #[error("update not installed: {0}")]
    UpdateInstallFailed(String),
    #[error("internal error: {0}")]
    Internal(String),
}

/// The stable code of an error; programs and tests branch on it, never on the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    UnknownUser,
    DbUnavailable,
    NotConnected,
    Keychain,
    MigrationFailed,
    UpdateUnreachable,
    UpdateRefused,
    UpdateInterrupted,
    UpdateInstallFailed,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 14] = [
        ErrorCode::Validation,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::Forbidden,
        ErrorCode::UnknownUser,
        ErrorCode::DbUnavailable,
        ErrorCode::NotConnected,
        ErrorCode::Keychain,
        ErrorCode::MigrationFailed,
        ErrorCode::UpdateUnreachable,
        ErrorCode::UpdateRefused,
        ErrorCode::UpdateInterrupted,
        ErrorCode::UpdateInstallFailed,
        ErrorCode::Internal,
    ];

    /// The fluent message id of the error's user-facing text.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorCode::Validation => "error-validation",
            ErrorCode::NotFound => "error-not-found",
            ErrorCode::Conflict => "error-conflict",
            ErrorCode::Forbidden => "error-forbidden",
            ErrorCode::UnknownUser => "error-unknown-user",
            ErrorCode::DbUnavailable => "error-db-unavailable",
            ErrorCode::NotConnected => "error-not-connected",
            ErrorCode::Keychain => "error-keychain",
            ErrorCode::MigrationFailed => "error-migration-failed",
            ErrorCode::UpdateUnreachable => "error-update-unreachable",
            ErrorCode::UpdateRefused => "error-update-refused",
            ErrorCode::UpdateInterrupted => "error-update-interrupted",
            ErrorCode::UpdateInstallFailed => "error-update-install-failed",
            ErrorCode::Internal => "error-internal",
        }
    }
}

/// One refused field, translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FieldMessage {
    /// The spec's field name, as in the input JSON.
    pub field: String,
    /// The rule's stable code, e.g. `required`.
    pub code: String,
    pub message: String,
}

/// An error as the UI and the CLI receive it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    pub fields: Vec<FieldMessage>,
    /// On `conflict`: the record as stored now, so the UI can show what changed. Its shape is the
    /// entity's own, so TypeScript sees `unknown` and narrows it per form.
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub current: Option<serde_json::Value>,
}

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::Validation(_) => ErrorCode::Validation,
            AppError::NotFound { .. } => ErrorCode::NotFound,
            AppError::Conflict { .. } => ErrorCode::Conflict,
            AppError::Forbidden => ErrorCode::Forbidden,
            AppError::UnknownUser(_) => ErrorCode::UnknownUser,
            AppError::DbUnavailable(_) => ErrorCode::DbUnavailable,
            AppError::NotConnected => ErrorCode::NotConnected,
            AppError::Keychain(_) => ErrorCode::Keychain,
            AppError::MigrationFailed(_) => ErrorCode::MigrationFailed,
            AppError::UpdateUnreachable(_) => ErrorCode::UpdateUnreachable,
            AppError::UpdateRefused(_) => ErrorCode::UpdateRefused,
            AppError::UpdateInterrupted(_) => ErrorCode::UpdateInterrupted,
            AppError::UpdateInstallFailed(_) => ErrorCode::UpdateInstallFailed,
            AppError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The error in `locale`, ready to cross to the UI or to print.
    pub fn localize(&self, i18n: &Localizer, locale: &str) -> CommandError {
        let code = self.code();
        let mut args = FluentArgs::new();
        match self {
            AppError::DbUnavailable(detail)
            | AppError::Keychain(detail)
            | AppError::MigrationFailed(detail)
            | AppError::UpdateUnreachable(detail)
            | AppError::UpdateInterrupted(detail)
            | AppError::UpdateInstallFailed(detail)
            | AppError::Internal(detail) => args.set("detail", detail.clone()),
            AppError::UnknownUser(name) => args.set("user", name.clone()),
            _ => {}
        }
        let fields = match self {
            AppError::Validation(violations) => violations
                .iter()
                .map(|v| FieldMessage {
                    field: v.field.to_owned(),
                    code: v.rule.code().to_owned(),
                    message: i18n.message(
                        locale,
                        &format!("field-{}", v.rule.code()),
                        Some(&rule_args(&v.rule)),
                    ),
                })
                .collect(),
            _ => Vec::new(),
        };
        let current = match self {
            AppError::Conflict { current, .. } => Some(current.clone()),
            _ => None,
        };
        CommandError {
            code,
            message: i18n.message(locale, code.message_id(), Some(&args)),
            fields,
            current,
        }
    }
}

/// The values a rule's message shows, e.g. the maximum length.
fn rule_args(rule: &Rule) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    match rule {
        Rule::TooLong { max } => args.set("max", FluentValue::from(*max)),
        Rule::TooShort { min } => args.set("min", FluentValue::from(*min)),
        Rule::TooManyDecimals { max } => args.set("max", FluentValue::from(*max)),
        Rule::OutOfRange { min, max } => {
            args.set("min", min.clone());
            args.set("max", max.clone());
        }
        Rule::NotAllowedAddress { address } => args.set("address", address.clone()),
        Rule::Required
        | Rule::NotANumber
        | Rule::NotAChoice
        | Rule::UnsupportedUrl
        | Rule::Malformed
        | Rule::InvalidEmail
        | Rule::InvalidCurrencyCode
        | Rule::StateAndMarketingCurrency
        | Rule::DuplicateName
        | Rule::InvalidSlug
        | Rule::InvalidDomain
        | Rule::InvalidUrl
        | Rule::InvalidPhone
        | Rule::NameIsPrefix
        | Rule::ContactOrLead
        | Rule::CompanyOrLead
        | Rule::DepartmentOwnerMismatch
        | Rule::ContactNotOfCompany
        | Rule::CityNotOfCountry
        | Rule::DateInPast
        | Rule::AmountRequired
        | Rule::CountryRequired
        | Rule::ProductsRequired
        | Rule::NoDealFromRequest
        | Rule::CurrencyRequired
        | Rule::AmbiguousMatch
        | Rule::AlreadyExists
        | Rule::AlreadyAdded
        | Rule::StateCurrencyExists
        | Rule::MarketingCurrencyExists
        | Rule::NoMailingAccount
        | Rule::MixedOwners
        | Rule::NoRecipients
        | Rule::NoMainAccount
        | Rule::TwoAccountsNeeded
        | Rule::MailingsDiffer
        | Rule::AfterLaterThanBefore
        | Rule::SubtaskOneResponsible
        | Rule::ActiveSubtask
        | Rule::NoRecipient
        | Rule::EmptyLetter
        | Rule::NoSendingAccount
        | Rule::SentFromCrm
        | Rule::NotAnInquiry => {}
    }
    args
}

impl From<Violations> for AppError {
    fn from(violations: Violations) -> Self {
        AppError::Validation(violations)
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::UnsupportedUrl(_) => {
                AppError::Validation(Violations::one("url", Rule::UnsupportedUrl))
            }
            StoreError::Unavailable(e) => AppError::DbUnavailable(e.to_string()),
            StoreError::Migration(e) => AppError::MigrationFailed(e.to_string()),
            StoreError::NotFound { entity, id } => AppError::NotFound { entity, id },
            StoreError::Conflict {
                entity, id, current, ..
            } => AppError::Conflict { entity, id, current },
            StoreError::Duplicate(_) => AppError::Validation(Violations::one("input", Rule::AlreadyExists)),
            StoreError::MissingLink(_) => AppError::Validation(Violations::one("input", Rule::NotAChoice)),
            StoreError::Database(e) => AppError::Internal(e.to_string()),
            StoreError::BadCursor => AppError::Validation(Violations::one("after", Rule::Malformed)),
            StoreError::BadSort => AppError::Validation(Violations::one("sort", Rule::NotAChoice)),
            StoreError::Corrupt(detail) => AppError::Internal(detail),
        }
    }
}
