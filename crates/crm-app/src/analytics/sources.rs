//! `analytics_lead_sources` (R-ANL-6).

use crm_core::Id;
use crm_core::access::{Resource, Scope};
use crm_core::analytics::reports::{LeadSourceSummary, lead_source_rows};
use crm_core::analytics::{ReportQuery, count_by_month};
use crm_core::lead_source::LeadSource;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Context;
use crate::entities::{LEAD_SOURCE, typed};
use crate::fields::{all_rows, object};
use crate::{AppError, Localizer, Session};

/// `analytics_lead_sources`: the report's scope and, optionally, one source to chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct LeadSourceQuery {
    pub scope: ReportQuery,
    pub lead_source_id: Option<Id>,
}

/// `analytics_lead_sources`: the requests of each lead source of the department, of the last 365
/// days and of all time, with their shares; "Not specified" for requests without a source
/// (R-ANL-6).
pub async fn analytics_lead_sources(
    session: &Session,
    query: LeadSourceQuery,
) -> Result<LeadSourceSummary, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query.scope)?;
    let departments = match &ctx.departments {
        Scope::All => None,
        Scope::Departments(ids) => Some(ids.iter().map(|id| id.0).collect::<Vec<_>>()),
    };
    let sources = all_rows(
        session,
        LEAD_SOURCE.entity,
        &object(json!({ "department_in": departments })),
    )
    .await?;
    let sources: Vec<(Id, String)> = sources
        .into_iter()
        .map(typed::<LeadSource>)
        .map(|s| s.map(|s| (s.id, s.name)))
        .collect::<Result<_, _>>()?;
    let requests: Vec<_> = ctx
        .requests()
        .await?
        .into_iter()
        .filter_map(|r| {
            r.receipt_date
                .filter(|day| *day <= ctx.as_of)
                .map(|day| (r.lead_source_id, day))
        })
        .collect();
    let flagged: Vec<(Option<Id>, bool)> = requests
        .iter()
        .map(|(source, day)| (*source, ctx.in_last_year(*day)))
        .collect();
    let not_specified =
        Localizer::embedded().message(&ctx.language().await?, "analytics-not-specified", None);
    let rows = lead_source_rows(&sources, &not_specified, &flagged);
    let monthly = query.lead_source_id.map(|selected| {
        count_by_month(
            ctx.as_of,
            requests
                .iter()
                .filter(|(source, _)| *source == Some(selected))
                .map(|(_, day)| *day),
        )
    });
    Ok(LeadSourceSummary {
        as_of: ctx.as_of,
        year_total: i64::try_from(flagged.iter().filter(|(_, year)| *year).count()).unwrap_or(0),
        all_total: i64::try_from(flagged.len()).unwrap_or(0),
        rows,
        monthly,
    })
}
