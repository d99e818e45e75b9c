//! `analytics_income` (R-ANL-2).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use crm_core::Id;
use crm_core::access::Resource;
use crm_core::analytics::money::money;
use crm_core::analytics::months::shift_month;
use crm_core::analytics::percent::{monthly_average, rounded};
use crm_core::analytics::reports::{
    Forecast, ForecastRow, IncomeReport, ReceivedPayment, forecast_column, rolling_year, signed,
};
use crm_core::analytics::scope::single_department;
use crm_core::analytics::{Converter, MonthValue, ReportQuery, month_start, sum_by_month};
use crm_core::deal::Deal;
use crm_core::payment::{Payment, PaymentStatus};
use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;

use super::{Context, product_names, won_by_reason};
use crate::{AppError, Localizer, Session};

/// `analytics_income`: the income summary (R-ANL-2).
pub async fn analytics_income(session: &Session, query: ReportQuery) -> Result<IncomeReport, AppError> {
    let ctx = Context::open(session, Resource::IncomeReport, &query)?;
    income_report(&ctx).await
}

/// R-ANL-2 for the rows of `ctx`.
pub(crate) async fn income_report(ctx: &Context<'_>) -> Result<IncomeReport, AppError> {
    let as_of = ctx.as_of;
    let deals: HashMap<Id, Deal> = ctx.deals().await?.into_iter().map(|d| (d.id, d)).collect();
    let ids: HashSet<Id> = deals.keys().copied().collect();
    let payments = ctx.payments(&ids).await?;
    let (converter, report_money) = ctx.converter().await?;
    let received: Vec<(&Payment, Decimal)> = payments
        .iter()
        .filter(|p| p.status == PaymentStatus::Received && p.payment_date <= as_of)
        .map(|p| (p, converter.dated(p.amount, p.currency_id, p.payment_date)))
        .collect();
    let dated: Vec<(NaiveDate, Decimal)> = received.iter().map(|(p, v)| (p.payment_date, *v)).collect();

    let monthly = in_money(sum_by_month(as_of, dated.iter().copied()));
    let total = money(monthly.iter().map(|p| p.value).sum());
    let previous_monthly = in_money(sum_by_month(shift_month(as_of, -12), dated.iter().copied()));
    let previous_total = money(previous_monthly.iter().map(|p| p.value).sum());
    let delta = total - previous_total;

    let mut names = HashMap::new();
    let received_this_month = received_in_month(ctx, &deals, &received, &mut names).await?;
    let received_this_month_total = money(received_this_month.iter().map(|p| p.amount).sum());

    let mut forecasts = Vec::new();
    for status in [
        PaymentStatus::Guaranteed,
        PaymentStatus::HighProbability,
        PaymentStatus::LowProbability,
    ] {
        forecasts.push(forecast(ctx, as_of, &deals, &payments, status, &converter, &mut names).await?);
    }
    let [guaranteed, high_probability, low_probability]: [Forecast; 3] = forecasts
        .try_into()
        .map_err(|_| AppError::Internal("three forecasts".into()))?;

    let averaged_over_year = in_money(rolling_year(as_of, &dated));
    let reasons = ctx.reasons().await?;
    let won_deals = i64::try_from(
        deals
            .values()
            .filter(|d| won_by_reason(d, &reasons) && d.closing_date.is_some_and(|day| ctx.in_last_year(day)))
            .count(),
    )
    .unwrap_or(0);

    let mut args = FluentArgs::new();
    args.set("total", total.to_string());
    args.set("currency", report_money.currency.clone());
    args.set("delta", signed(delta));
    let title = Localizer::embedded().message(&ctx.language().await?, "analytics-income-title", Some(&args));
    Ok(IncomeReport {
        as_of,
        money: report_money,
        department_id: single_department(&ctx.departments),
        owner_id: ctx.owner,
        title,
        monthly,
        total,
        delta,
        previous_monthly,
        previous_total,
        received_this_month,
        received_this_month_total,
        guaranteed,
        high_probability,
        low_probability,
        averaged_over_year,
        won_deals,
        won_deals_a_month: monthly_average(won_deals),
        income_a_month: rounded(total / Decimal::from(12), 0),
    })
}

/// Every point of a series as money.
fn in_money(series: Vec<MonthValue>) -> Vec<MonthValue> {
    series
        .into_iter()
        .map(|mut p| {
            p.value = money(p.value);
            p
        })
        .collect()
}

/// R-ANL-2 (c): the payments of `received` (with their converted values) dated in the current
/// month, oldest first.
async fn received_in_month(
    ctx: &Context<'_>,
    deals: &HashMap<Id, Deal>,
    received: &[(&Payment, Decimal)],
    names: &mut HashMap<Id, String>,
) -> Result<Vec<ReceivedPayment>, AppError> {
    let this_month = month_start(ctx.as_of);
    let mut this_month_payments: Vec<&(&Payment, Decimal)> = received
        .iter()
        .filter(|(p, _)| month_start(p.payment_date) == this_month)
        .collect();
    this_month_payments.sort_by_key(|(p, _)| (p.payment_date, p.id));
    let mut received_this_month = Vec::new();
    for (payment, value) in this_month_payments {
        let Some(deal) = deals.get(&payment.deal_id) else {
            continue;
        };
        received_this_month.push(ReceivedPayment {
            payment_id: payment.id,
            deal_id: deal.id,
            deal_name: deal.name.clone(),
            company_id: deal.company_id,
            lead_id: deal.lead_id,
            products: product_names(ctx.session, deal.id, names).await?,
            amount: money(*value),
            through_representation: payment.through_representation,
            payment_date: payment.payment_date,
            order_number: payment.order_number.clone(),
            owner_id: deal.owner_id,
            co_owner_id: deal.co_owner_id,
        });
    }
    Ok(received_this_month)
}

/// R-ANL-2 (d): per deal with `status` payments dated before the third month from now, the sums
/// for this month (overdue included, at dated rates), next month and the month after (at the
/// currencies' current rates), with column totals.
async fn forecast(
    ctx: &Context<'_>,
    as_of: NaiveDate,
    deals: &HashMap<Id, Deal>,
    payments: &[Payment],
    status: PaymentStatus,
    converter: &Converter,
    names: &mut HashMap<Id, String>,
) -> Result<Forecast, AppError> {
    let mut rows: Vec<ForecastRow> = Vec::new();
    let mut expected: Vec<&Payment> = payments.iter().filter(|p| p.status == status).collect();
    expected.sort_by_key(|p| (p.deal_id, p.payment_date, p.id));
    for payment in expected {
        let Some(column) = forecast_column(as_of, payment.payment_date) else {
            continue;
        };
        let Some(deal) = deals.get(&payment.deal_id) else {
            continue;
        };
        if rows.last().is_none_or(|r| r.deal_id != deal.id) {
            rows.push(ForecastRow {
                deal_id: deal.id,
                deal_name: deal.name.clone(),
                company_id: deal.company_id,
                lead_id: deal.lead_id,
                products: product_names(ctx.session, deal.id, names).await?,
                current_month: Decimal::ZERO,
                next_month: Decimal::ZERO,
                month_after: Decimal::ZERO,
                order_numbers: Vec::new(),
                owner_id: deal.owner_id,
                co_owner_id: deal.co_owner_id,
            });
        }
        let Some(row) = rows.last_mut() else {
            continue;
        };
        match column {
            0 => {
                row.current_month +=
                    converter.dated(payment.amount, payment.currency_id, payment.payment_date);
            }
            1 => row.next_month += converter.current(payment.amount, payment.currency_id),
            _ => row.month_after += converter.current(payment.amount, payment.currency_id),
        }
        if !payment.order_number.is_empty() && !row.order_numbers.contains(&payment.order_number) {
            row.order_numbers.push(payment.order_number.clone());
        }
    }
    let mut table = Forecast::default();
    for row in &mut rows {
        row.current_month = money(row.current_month);
        row.next_month = money(row.next_month);
        row.month_after = money(row.month_after);
        table.current_month += row.current_month;
        table.next_month += row.next_month;
        table.month_after += row.month_after;
    }
    table.current_month = money(table.current_month);
    table.next_month = money(table.next_month);
    table.month_after = money(table.month_after);
    table.total = money(table.current_month + table.next_month + table.month_after);
    table.rows = rows;
    Ok(table)
}
