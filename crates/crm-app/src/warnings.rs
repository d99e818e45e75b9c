//! Notes a form shows beside a record that saved or opened without error, because something
//! about it needs attention: a request without products or country, or whose counterparty is
//! someone else's (R-REQ-12); a disqualified lead (R-LEAD-1); a currency list without a state or
//! marketing currency (R-CUR-4). They never block a save.

use std::collections::BTreeMap;

use crm_store::companies::COMPANY;
use crm_store::contacts::CONTACT;
use crm_store::currencies::CURRENCY;
use crm_store::departments::DEPARTMENT;
use crm_store::leads::LEAD;
use crm_store::record;
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{self, RecordRef};
use crate::fields::{all_rows, flag_of, id_of, object};
use crate::registry::NoInput;
use crate::workflows::language_of;
use crate::{AppError, Localizer, Session, records};

/// How loudly a note speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warning,
}

/// One note: its fluent message id and arguments (for the UI to render in its locale), and the
/// text rendered in the acting user's language (for the CLI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Warning {
    pub level: Level,
    pub id: String,
    pub args: BTreeMap<String, String>,
    pub message: String,
}

struct Notes {
    language: String,
    notes: Vec<Warning>,
}

impl Notes {
    async fn new(session: &Session) -> Result<Notes, AppError> {
        Ok(Notes {
            language: language_of(session, Some(session.user_id())).await?,
            notes: Vec::new(),
        })
    }

    fn add(&mut self, level: Level, id: &str, args: &[(&str, &str)]) {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, (*value).to_owned());
        }
        let message =
            Localizer::embedded().message(&self.language, id, (!args.is_empty()).then_some(&fluent));
        self.notes.push(Warning {
            level,
            id: id.to_owned(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            message,
        });
    }
}

/// `request_warnings`: the notes of R-REQ-12 for request `id` as the acting user sees it.
///
/// # Errors
/// `not_found` when the user may not see the request.
pub async fn request_warnings(session: &Session, input: RecordRef) -> Result<Vec<Warning>, AppError> {
    let request = records::get(session, &entities::REQUEST, input.id.0).await?;
    let mut notes = Notes::new(session).await?;
    if request
        .get("product_ids")
        .and_then(|p| p.as_array())
        .is_none_or(Vec::is_empty)
    {
        notes.add(Level::Warning, "warning-specify-products", &[]);
    }
    if !flag_of(&request, "pending") && id_of(&request, "country_id").is_none() {
        let global = match id_of(&request, "department_id") {
            Some(department) => flag_of(
                &record::get(session.db(), &DEPARTMENT, department.0).await?,
                "works_globally",
            ),
            None => false,
        };
        if global {
            notes.add(Level::Warning, "warning-country-not-specified", &[]);
        }
    }
    // The counterparty already belongs to someone: news for a request nobody owns, a warning for
    // one owned by somebody else.
    let owner = id_of(&request, "owner_id");
    for (field, entity) in [
        ("contact_id", &CONTACT),
        ("company_id", &COMPANY),
        ("lead_id", &LEAD),
    ] {
        let Some(linked) = id_of(&request, field) else {
            continue;
        };
        let counterparty = record::get(session.db(), entity, linked.0).await?;
        let Some(holder) = id_of(&counterparty, "owner_id") else {
            continue;
        };
        if owner == Some(holder) {
            continue;
        }
        let username = crm_store::users::facts(session.db(), holder.0)
            .await?
            .map(|f| f.username)
            .unwrap_or_default();
        let level = if owner.is_none() {
            Level::Info
        } else {
            Level::Warning
        };
        notes.add(level, "warning-counterparty-assigned", &[("username", &username)]);
        break;
    }
    Ok(notes.notes)
}

/// `lead_warnings`: R-LEAD-1, a disqualified lead asks to read its description first.
///
/// # Errors
/// `not_found` when the user may not see the lead.
pub async fn lead_warnings(session: &Session, input: RecordRef) -> Result<Vec<Warning>, AppError> {
    let lead = records::get(session, &entities::LEAD, input.id.0).await?;
    let mut notes = Notes::new(session).await?;
    if flag_of(&lead, "disqualified") {
        notes.add(Level::Warning, "warning-lead-disqualified", &[]);
    }
    Ok(notes.notes)
}

/// `currency_warnings`: R-CUR-4, shown after any currency is saved or deleted while the list
/// lacks a state or a marketing currency.
///
/// # Errors
/// `db_unavailable`.
pub async fn currency_warnings(session: &Session, _: NoInput) -> Result<Vec<Warning>, AppError> {
    let currencies = all_rows(session, &CURRENCY, &object(json!({}))).await?;
    let mut notes = Notes::new(session).await?;
    if !currencies.iter().any(|c| flag_of(c, "is_state_currency")) {
        notes.add(Level::Warning, "warning-no-state-currency", &[]);
    }
    if !currencies.iter().any(|c| flag_of(c, "is_marketing_currency")) {
        notes.add(Level::Warning, "warning-no-marketing-currency", &[]);
    }
    Ok(notes.notes)
}
