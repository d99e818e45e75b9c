//! `analytics_closing_reasons` (R-ANL-7).

use std::collections::HashSet;

use crm_core::Id;
use crm_core::access::Resource;
use crm_core::analytics::percent::share;
use crm_core::analytics::reports::{ClosingReasonDetail, ClosingReasonRow, ClosingReasonSummary, by_country};
use crm_core::analytics::{ReportQuery, count_by_month};
use crm_core::deal::Deal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Context;
use crate::entities::OUTPUT;
use crate::fields::{all_rows, id_of, object};
use crate::{AppError, Session};

/// `analytics_closing_reasons`: the report's scope, optionally only deals with one product, and
/// optionally one reason to look into.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ClosingReasonQuery {
    pub scope: ReportQuery,
    pub product_id: Option<Id>,
    pub closing_reason_id: Option<Id>,
}

/// `analytics_closing_reasons`: the closed relevant deals by the reason they were closed with,
/// most first, and by country (R-ANL-7).
pub async fn analytics_closing_reasons(
    session: &Session,
    query: ClosingReasonQuery,
) -> Result<ClosingReasonSummary, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query.scope)?;
    let with_product: Option<HashSet<Id>> = match query.product_id {
        Some(product) => Some(
            all_rows(
                session,
                OUTPUT.entity,
                &object(json!({ "product_id": product.0 })),
            )
            .await?
            .iter()
            .filter_map(|o| id_of(o, "deal_id"))
            .collect(),
        ),
        None => None,
    };
    let closed: Vec<Deal> = ctx
        .deals()
        .await?
        .into_iter()
        .filter(|d| d.relevant && !d.active)
        .filter(|d| with_product.as_ref().is_none_or(|deals| deals.contains(&d.id)))
        .collect();
    let total = i64::try_from(closed.len()).unwrap_or(0);
    let mut reasons: Vec<_> = ctx
        .reasons()
        .await?
        .into_values()
        .filter(|r| ctx.departments.contains(Some(r.department_id)))
        .collect();
    reasons.sort_by_key(|r| (r.index_number, r.id));
    let mut rows: Vec<ClosingReasonRow> = reasons
        .into_iter()
        .map(|reason| {
            let deals = i64::try_from(
                closed
                    .iter()
                    .filter(|d| d.closing_reason_id == Some(reason.id))
                    .count(),
            )
            .unwrap_or(0);
            ClosingReasonRow {
                closing_reason_id: reason.id,
                name: reason.name,
                deals,
                share: share(deals, total, 1),
            }
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.deals));
    let selected = match query.closing_reason_id {
        Some(reason) => {
            let receipts = ctx.receipt_days().await?;
            let received: Vec<(&Deal, chrono::NaiveDate)> = closed
                .iter()
                .filter(|d| d.closing_reason_id == Some(reason))
                .filter_map(|d| {
                    let day = d.request_id.and_then(|r| receipts.get(&r)).copied()?;
                    ctx.in_last_year(day).then_some((d, day))
                })
                .collect();
            Some(ClosingReasonDetail {
                closing_reason_id: reason,
                monthly: count_by_month(ctx.as_of, received.iter().map(|(_, day)| *day)),
                countries: by_country(received.iter().map(|(d, _)| d.country_id)),
            })
        }
        None => None,
    };
    Ok(ClosingReasonSummary {
        as_of: ctx.as_of,
        total,
        countries: by_country(closed.iter().map(|d| d.country_id)),
        rows,
        selected,
    })
}
