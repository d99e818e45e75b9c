//! Reference names in the user's language (R-REF-2): a name an administrator gives a stage,
//! closing reason, client type, industry or lead source is registered in the translation
//! catalogue when it is created or renamed, and the interface shows each name through it.

use std::collections::BTreeMap;

use crm_core::translatable_name::{TranslatableName, shown_in};
use crm_store::Tx;
use crm_store::record::{self, Fields};
use crm_store::settings_lists::{TRANSLATABLE_NAME, name_registered};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::typed;
use crate::fields::{all_rows, object, text_of};
use crate::records::Spec;
use crate::workflows::language_of;
use crate::{AppError, Session};

/// The per-department reference items whose names are labels every user of a department reads.
const TRANSLATED: [&str; 5] = [
    "stage",
    "closing_reason",
    "client_type",
    "industry",
    "lead_source",
];

/// Registers the name of `saved`, a record of `spec`, when it is a reference item's and new to
/// the catalogue (R-REF-2); whether it was new.
pub(crate) async fn register_in(
    tx: &mut Tx,
    session: &Session,
    spec: &Spec,
    saved: &Fields,
) -> Result<bool, AppError> {
    if !TRANSLATED.contains(&spec.entity.key) {
        return Ok(false);
    }
    let name = text_of(saved, "name").trim();
    if name.is_empty() || name_registered(tx, name).await? {
        return Ok(false);
    }
    let entry = object(json!({ "name": name, "translations": {} }));
    record::create_in(tx, &TRANSLATABLE_NAME, Some(session.user_id().0), &entry).await?;
    Ok(true)
}

/// Which language the names are wanted in; none = the acting user's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct NamesIn {
    pub language: Option<String>,
}

/// `reference_names`: every registered name with what to show for it in the language.
///
/// # Errors
/// `db_unavailable`.
pub async fn reference_names(
    session: &Session,
    input: NamesIn,
) -> Result<BTreeMap<String, String>, AppError> {
    let language = match input.language {
        Some(language) => language.trim().to_lowercase(),
        None => language_of(session, Some(session.user_id())).await?,
    };
    let names: Vec<TranslatableName> = all_rows(session, &TRANSLATABLE_NAME, &object(json!({})))
        .await?
        .into_iter()
        .map(typed)
        .collect::<Result<_, _>>()?;
    Ok(names
        .iter()
        .map(|name| (name.name.clone(), shown_in(name, &language).to_owned()))
        .collect())
}
