//! `analytics_sales` (R-ANL-8).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use crm_core::Id;
use crm_core::access::Resource;
use crm_core::analytics::ReportQuery;
use crm_core::analytics::money::money;
use crm_core::analytics::reports::{SALES_PAGE_SIZE, SaleLine, SalesReport};
use crm_core::deal::Deal;
use crm_core::output::Output;
use crm_core::payment::{Payment, PaymentStatus};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{Context, product_name};
use crate::entities::{OUTPUT, typed};
use crate::fields::{all_rows, object};
use crate::{AppError, Session};

/// `analytics_sales`: the report's scope, its filters and the page (from 1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct SalesQuery {
    pub scope: ReportQuery,
    /// The payment date (the deal's first received payment) from this day …
    pub payment_from: Option<NaiveDate>,
    /// … until before this day.
    pub payment_until: Option<NaiveDate>,
    pub product_id: Option<Id>,
    /// The deal's country (for departments that work globally).
    pub country_id: Option<Id>,
    /// 1 = the newest 100 lines.
    pub page: u32,
}

/// The first received payment of each of `deals` (up to the report's day), where its date
/// passes the query's payment-date filter.
async fn first_received(
    ctx: &Context<'_>,
    deals: &HashSet<Id>,
    query: &SalesQuery,
) -> Result<HashMap<Id, Payment>, AppError> {
    let mut first_payment: HashMap<Id, Payment> = HashMap::new();
    for payment in ctx.payments(deals).await? {
        if payment.status != PaymentStatus::Received || payment.payment_date > ctx.as_of {
            continue;
        }
        let earlier = first_payment
            .get(&payment.deal_id)
            .is_none_or(|p| (payment.payment_date, payment.id) < (p.payment_date, p.id));
        if earlier {
            first_payment.insert(payment.deal_id, payment);
        }
    }
    first_payment.retain(|_, p| {
        query.payment_from.is_none_or(|from| p.payment_date >= from)
            && query.payment_until.is_none_or(|until| p.payment_date < until)
    });
    Ok(first_payment)
}

/// `analytics_sales`: "Sold products summary (by date of payment receipt)": the product lines of
/// deals with a received payment, newest payment first, 100 a page, each priced in the report's
/// currency at the date of its deal's first received payment; totals over every matching line
/// (R-ANL-8). **Decision:** a deal's payment date and order number are those of its first
/// received payment (up to the report's day).
pub async fn analytics_sales(session: &Session, query: SalesQuery) -> Result<SalesReport, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query.scope)?;
    let deals: HashMap<Id, Deal> = ctx
        .deals()
        .await?
        .into_iter()
        .filter(|d| query.country_id.is_none_or(|c| d.country_id == Some(c)))
        .map(|d| (d.id, d))
        .collect();
    let ids: HashSet<Id> = deals.keys().copied().collect();
    let first_payment = first_received(&ctx, &ids, &query).await?;
    let outputs = all_rows(
        session,
        OUTPUT.entity,
        &object(json!({ "product_id": query.product_id.map(|p| p.0) })),
    )
    .await?;
    let mut outputs: Vec<(Output, &Payment)> = outputs
        .into_iter()
        .map(typed::<Output>)
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter_map(|o| first_payment.get(&o.deal_id).map(|p| (o, p)))
        .collect();
    outputs.sort_by(|(a, pa), (b, pb)| {
        pb.payment_date
            .cmp(&pa.payment_date)
            .then_with(|| b.id.cmp(&a.id))
    });
    let (converter, report_money) = ctx.converter().await?;
    let priced: Vec<(Output, &Payment, Decimal)> = outputs
        .into_iter()
        .map(|(o, p)| {
            let amount = converter.dated(o.amount, o.currency_id, p.payment_date);
            (o, p, amount)
        })
        .collect();
    let total_quantity = priced.iter().map(|(o, _, _)| i64::from(o.quantity)).sum();
    let total_amount = money(priced.iter().map(|(_, _, a)| *a).sum());
    let pages = u32::try_from(priced.len().div_ceil(SALES_PAGE_SIZE)).unwrap_or(u32::MAX);
    let page = query.page.max(1);
    let skip = usize::try_from(page - 1)
        .unwrap_or(usize::MAX)
        .saturating_mul(SALES_PAGE_SIZE);
    let mut names: HashMap<Id, String> = HashMap::new();
    let mut lines = Vec::new();
    for (output, payment, amount) in priced.into_iter().skip(skip).take(SALES_PAGE_SIZE) {
        let Some(deal) = deals.get(&output.deal_id) else {
            continue;
        };
        let product_name = product_name(session, output.product_id, &mut names).await?;
        let quantity = i64::from(output.quantity);
        lines.push(SaleLine {
            output_id: output.id,
            deal_id: deal.id,
            deal_name: deal.name.clone(),
            product_id: output.product_id,
            product_name,
            quantity,
            unit_price: if quantity == 0 {
                Decimal::ZERO
            } else {
                money(amount / Decimal::from(quantity))
            },
            amount: money(amount),
            company_id: deal.company_id,
            lead_id: deal.lead_id,
            contact_id: deal.contact_id,
            owner_id: deal.owner_id,
            co_owner_id: deal.co_owner_id,
            order_number: payment.order_number.clone(),
            payment_date: payment.payment_date,
        });
    }
    Ok(SalesReport {
        as_of: ctx.as_of,
        money: report_money,
        lines,
        page,
        pages,
        total_quantity,
        total_amount,
    })
}
