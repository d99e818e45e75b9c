//! Installation settings commands.

use crm_core::settings::{Settings, SettingsUpdate};

use crate::{AppError, Localizer, Session};

/// `settings_get`: the installation settings.
pub async fn settings_get(session: &Session) -> Result<Settings, AppError> {
    Ok(crm_store::settings::get(session.db()).await?)
}

/// `settings_update`: saves an edit made on the version the user loaded; a stale version fails
/// with `conflict` carrying the stored settings.
pub async fn settings_update(session: &Session, input: SettingsUpdate) -> Result<Settings, AppError> {
    let languages: Vec<String> = Localizer::embedded()
        .locales()
        .into_iter()
        .map(|l| l.code)
        .collect();
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let change = input.validate(&languages)?;
    Ok(crm_store::settings::update(session.db(), &change).await?)
}
