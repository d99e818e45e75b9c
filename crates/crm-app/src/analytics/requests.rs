//! `analytics_request_summary` (R-ANL-4) and `analytics_conversion` (R-ANL-5).

use std::collections::HashMap;

use chrono::NaiveDate;
use crm_core::Id;
use crm_core::access::Resource;
use crm_core::analytics::percent::{monthly_average, share};
use crm_core::analytics::reports::{ConversionSummary, CountryRequests, RequestSummary, monthly_conversion};
use crm_core::analytics::scope::single_department;
use crm_core::analytics::{ReportQuery, conversion, count_by_month};
use crm_core::closing_reason::ClosingReason;
use crm_core::deal::Deal;
use crm_core::department::Department;
use crm_core::request::Request;
use crm_core::stage::Stage;
use crm_store::record;

use super::Context;
use crate::entities::{DEPARTMENT, typed};
use crate::{AppError, Session};

/// A request as these reports see it.
struct Counted {
    request: Request,
    day: NaiveDate,
    /// R-ANL-4: its deal has the success reason or is at a success or conditional-success stage.
    won: bool,
    /// The country table's "won": the success reason or a conditional-success stage.
    won_for_country: bool,
    /// Its deal is relevant.
    relevant: bool,
}

/// The requests received up to `as_of` that R-ANL-4 counts: no duplicates or cases (§10), none
/// of a disqualified lead; with what became of their deals.
async fn counted_requests(ctx: &Context<'_>) -> Result<Vec<Counted>, AppError> {
    let requests = ctx.requests().await?;
    let deals: HashMap<Id, Deal> = ctx.department_deals().await?;
    let stages: HashMap<Id, Stage> = ctx.stages().await?;
    let reasons: HashMap<Id, ClosingReason> = ctx.reasons().await?;
    let disqualified = ctx.disqualified_leads().await?;
    Ok(requests
        .into_iter()
        .filter(|r| r.lead_id.is_none_or(|lead| !disqualified.contains(&lead)))
        .filter_map(|request| {
            let day = request.receipt_date.filter(|day| *day <= ctx.as_of)?;
            let deal = request.deal_id.and_then(|d| deals.get(&d));
            let reason = deal
                .and_then(|d| d.closing_reason_id)
                .and_then(|r| reasons.get(&r));
            let stage = deal.and_then(|d| d.stage_id).and_then(|s| stages.get(&s));
            let by_reason = reason.is_some_and(|r| r.success_reason);
            let conditional = stage.is_some_and(|s| s.conditional_success_stage);
            Some(Counted {
                day,
                won: by_reason || conditional || stage.is_some_and(|s| s.success_stage),
                won_for_country: by_reason || conditional,
                relevant: deal.is_some_and(|d| d.relevant),
                request,
            })
        })
        .collect())
}

fn count<'a>(requests: impl Iterator<Item = &'a &'a Counted>) -> i64 {
    i64::try_from(requests.count()).unwrap_or(0)
}

/// `analytics_request_summary`: the requests of the last 365 days, primary and subsequent, with
/// their conversion into won deals, by month; by country where the department works globally
/// (R-ANL-4).
pub async fn analytics_request_summary(
    session: &Session,
    query: ReportQuery,
) -> Result<RequestSummary, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query)?;
    let all = counted_requests(&ctx).await?;
    let year: Vec<&Counted> = all.iter().filter(|c| ctx.in_last_year(c.day)).collect();
    let total = count(year.iter());
    let primary: Vec<&Counted> = year.iter().copied().filter(|c| !c.request.subsequent).collect();
    let subsequent: Vec<&Counted> = year.iter().copied().filter(|c| c.request.subsequent).collect();
    let relevant: Vec<&Counted> = year.iter().copied().filter(|c| c.relevant).collect();
    let works_globally = match single_department(&ctx.departments) {
        Some(department) => {
            typed::<Department>(record::get(session.db(), DEPARTMENT.entity, department.0).await?)?
                .works_globally
        }
        None => false,
    };
    Ok(RequestSummary {
        as_of: ctx.as_of,
        total,
        primary: count(primary.iter()),
        primary_conversion: conversion(count(primary.iter().filter(|c| c.won)), count(primary.iter())),
        subsequent: count(subsequent.iter()),
        subsequent_conversion: conversion(
            count(subsequent.iter().filter(|c| c.won)),
            count(subsequent.iter()),
        ),
        average_a_month: monthly_average(total),
        monthly: count_by_month(ctx.as_of, year.iter().map(|c| c.day)),
        relevant: count(relevant.iter()),
        monthly_relevant: count_by_month(ctx.as_of, relevant.iter().map(|c| c.day)),
        countries: works_globally.then(|| by_country(&ctx, &all)),
    })
}

/// R-ANL-4: requests per country, of the last 365 days and of all time, with their conversion
/// (1 decimal); most requests first.
fn by_country(ctx: &Context<'_>, all: &[Counted]) -> Vec<CountryRequests> {
    let mut countries: Vec<Option<Id>> = all.iter().map(|c| c.request.country_id).collect();
    countries.sort();
    countries.dedup();
    let mut rows: Vec<CountryRequests> = countries
        .into_iter()
        .map(|country| {
            let of_country: Vec<&Counted> = all.iter().filter(|c| c.request.country_id == country).collect();
            let year: Vec<&Counted> = of_country
                .iter()
                .copied()
                .filter(|c| ctx.in_last_year(c.day))
                .collect();
            CountryRequests {
                country_id: country,
                year_requests: count(year.iter()),
                year_conversion: share(
                    count(year.iter().filter(|c| c.won_for_country)),
                    count(year.iter()),
                    1,
                ),
                all_requests: count(of_country.iter()),
                all_conversion: share(
                    count(of_country.iter().filter(|c| c.won_for_country)),
                    count(of_country.iter()),
                    1,
                ),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.all_requests
            .cmp(&a.all_requests)
            .then_with(|| a.country_id.cmp(&b.country_id))
    });
    rows
}

/// `analytics_conversion`: how many requests of the last 365 days became won deals, all and
/// primary ones, and the conversion of each month (R-ANL-5).
pub async fn analytics_conversion(
    session: &Session,
    query: ReportQuery,
) -> Result<ConversionSummary, AppError> {
    let ctx = Context::open(session, Resource::Analytics, &query)?;
    let all = counted_requests(&ctx).await?;
    let year: Vec<&Counted> = all.iter().filter(|c| ctx.in_last_year(c.day)).collect();
    let primary: Vec<&Counted> = year.iter().copied().filter(|c| !c.request.subsequent).collect();
    let total = count(year.iter());
    let won = count(year.iter().filter(|c| c.won));
    let primary_won = count(primary.iter().filter(|c| c.won));
    let days = |requests: &[&Counted]| requests.iter().map(|c| (c.day, c.won)).collect::<Vec<_>>();
    Ok(ConversionSummary {
        as_of: ctx.as_of,
        total,
        won,
        conversion: conversion(won, total),
        primary: count(primary.iter()),
        primary_won,
        primary_conversion: conversion(primary_won, count(primary.iter())),
        monthly_conversion: monthly_conversion(ctx.as_of, &days(&year)),
        monthly_primary_conversion: monthly_conversion(ctx.as_of, &days(&primary)),
    })
}
