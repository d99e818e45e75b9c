//! `analytics_deal_summary` (R-ANL-3).

use chrono::NaiveDate;
use crm_core::access::Resource;
use crm_core::analytics::reports::DealSummary;
use crm_core::analytics::{ReportQuery, count_by_month};
use crm_core::deal::Deal;

use super::{Context, won_by_reason};
use crate::{AppError, Session};

/// `analytics_deal_summary`: the deals whose request came in during the last 12 months, how
/// many were relevant, and the deals won in the last 12 months with the days they took
/// (R-ANL-3).
pub async fn analytics_deal_summary(session: &Session, query: ReportQuery) -> Result<DealSummary, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query)?;
    let deals = ctx.deals().await?;
    let receipts = ctx.receipt_days().await?;
    let reasons = ctx.reasons().await?;
    let of_year: Vec<(&Deal, NaiveDate)> = deals
        .iter()
        .filter_map(|d| {
            let day = d.request_id.and_then(|r| receipts.get(&r)).copied()?;
            ctx.in_last_year(day).then_some((d, day))
        })
        .collect();
    let won: Vec<&Deal> = deals
        .iter()
        .filter(|d| won_by_reason(d, &reasons) && d.closing_date.is_some_and(|day| ctx.in_last_year(day)))
        .collect();
    let durations: Vec<i64> = won
        .iter()
        .filter_map(|d| d.win_closing_date.map(|win| (win - d.created_at).num_seconds()))
        .collect();
    let average_days_to_win = if durations.is_empty() {
        0
    } else {
        let count = i64::try_from(durations.len()).unwrap_or(1);
        durations.iter().sum::<i64>().div_euclid(count).div_euclid(86_400)
    };
    let count = |deals: &[&(&Deal, NaiveDate)]| i64::try_from(deals.len()).unwrap_or(0);
    let relevant: Vec<&(&Deal, NaiveDate)> = of_year.iter().filter(|(d, _)| d.relevant).collect();
    let irrelevant: Vec<&(&Deal, NaiveDate)> = of_year.iter().filter(|(d, _)| !d.relevant).collect();
    Ok(DealSummary {
        as_of: ctx.as_of,
        total: i64::try_from(of_year.len()).unwrap_or(0),
        relevant: count(&relevant),
        irrelevant: count(&irrelevant),
        won: i64::try_from(won.len()).unwrap_or(0),
        average_days_to_win,
        monthly_total: count_by_month(ctx.as_of, of_year.iter().map(|(_, day)| *day)),
        monthly_irrelevant: count_by_month(ctx.as_of, irrelevant.iter().map(|(_, day)| *day)),
        monthly_relevant: count_by_month(ctx.as_of, relevant.iter().map(|(_, day)| *day)),
        monthly_won: count_by_month(ctx.as_of, won.iter().filter_map(|d| d.closing_date)),
    })
}
