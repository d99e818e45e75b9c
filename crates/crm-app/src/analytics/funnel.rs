//! `analytics_sales_funnel` (R-ANL-1).

use crm_core::Id;
use crm_core::access::Resource;
use crm_core::analytics::{ReportQuery, SalesFunnel, sales_funnel};

use super::Context;
use crate::{AppError, Localizer, Session};

/// `analytics_sales_funnel`: the deals closed in the last 12 months that were relevant, by the
/// stage they were closed at, in stage order (R-ANL-1).
pub async fn analytics_sales_funnel(session: &Session, query: ReportQuery) -> Result<SalesFunnel, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query)?;
    let closed: Vec<Id> = ctx
        .deals()
        .await?
        .into_iter()
        .filter(|d| d.relevant && !d.active && d.closing_date.is_some_and(|day| ctx.in_last_year(day)))
        .filter_map(|d| d.stage_id)
        .collect();
    let mut stages: Vec<_> = ctx
        .stages()
        .await?
        .into_values()
        .filter(|s| closed.contains(&s.id))
        .collect();
    stages.sort_by_key(|s| (s.index_number, s.id));
    let stages: Vec<(Id, String)> = stages.into_iter().map(|s| (s.id, s.name)).collect();
    let label = Localizer::embedded().message(&ctx.language().await?, "analytics-funnel-total", None);
    Ok(sales_funnel(label, &stages, &closed))
}
