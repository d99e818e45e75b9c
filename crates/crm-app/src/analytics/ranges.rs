//! `analytics_date_ranges` (R-ANL-9).

use chrono::NaiveDate;
use crm_core::analytics::{DateRange, date_ranges};
use serde::{Deserialize, Serialize};

use super::{language_of, today};
use crate::{AppError, Localizer, Session};

/// `analytics_date_ranges`: the day the presets are computed for; default today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DateRangesQuery {
    pub as_of: Option<NaiveDate>,
}

/// `analytics_date_ranges`: the date-filter presets of reports and lists, named in the user's
/// language (R-ANL-9).
pub async fn analytics_date_ranges(
    session: &Session,
    query: DateRangesQuery,
) -> Result<Vec<DateRange>, AppError> {
    if !session.actor().may_use_crm() {
        return Err(AppError::Forbidden);
    }
    let language = language_of(session).await?;
    let i18n = Localizer::embedded();
    Ok(date_ranges(query.as_of.unwrap_or_else(today), |preset| {
        i18n.message(&language, preset.message_id(), None)
    }))
}
