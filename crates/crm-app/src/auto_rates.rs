//! The daily pass of automatic rates (R-CUR-7): yesterday's official rates onto the currencies
//! that update themselves, then an official Rate for every (currency, day) of a received payment
//! of an earlier day that has none, stopping at the first quote the provider cannot give.
//!
//! The pass is a function of the moment and a [`RateProvider`]; the scheduler that runs it once
//! a day (default 06:30) and the provider of the state currency's central bank live outside this
//! crate. No command runs it: without a real provider it could only write made-up rates.

use std::collections::{HashMap, HashSet};
use std::future::Future;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use crm_core::Id;
use crm_core::currency::Currency;
use crm_core::payment::{Payment, PaymentStatus};
use crm_core::rate::{Rate, RateType};
use crm_core::rate_update::{CurrencyRole, official_rates};
use crm_store::record::{self, Fields};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{CURRENCY, PAYMENT, RATE, typed};
use crate::fields::{all_rows, object};
use crate::{AppError, Session};

/// A source of official quotes, e.g. the state currency's central bank.
pub trait RateProvider: Sync {
    /// The official value of one unit of each currency of `codes` (ISO-4217) in the state
    /// currency on `date`; a message when the quotes cannot be had.
    fn fetch(
        &self,
        date: NaiveDate,
        codes: &[String],
    ) -> impl Future<Output = Result<HashMap<String, Decimal>, String>> + Send;
}

/// What one pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RateUpdateReport {
    /// The currencies that took yesterday's official rates.
    pub currencies_updated: Vec<Id>,
    /// The (currency, day) pairs of received payments that got an official Rate.
    pub rates_made_official: Vec<(Id, NaiveDate)>,
    /// Why the pass stopped early, for the administrators; none when it ran to the end.
    pub error: Option<String>,
}

/// The currencies as the pass needs them.
struct Book {
    currencies: Vec<Currency>,
    state: Currency,
    marketing: Currency,
}

impl Book {
    fn role(&self, currency: &Currency, quotes: &HashMap<String, Decimal>) -> Result<CurrencyRole, String> {
        if currency.id == self.state.id {
            Ok(CurrencyRole::State)
        } else if currency.id == self.marketing.id {
            Ok(CurrencyRole::Marketing)
        } else {
            quote(quotes, &currency.name).map(|r| CurrencyRole::Other { r })
        }
    }

    /// The codes to ask for so that `wanted` can be priced: each but the state currency (worth
    /// 1), and the marketing currency for m.
    fn codes_for<'a>(&'a self, wanted: impl IntoIterator<Item = &'a Currency>) -> Vec<String> {
        let mut codes: Vec<String> = wanted
            .into_iter()
            .chain(std::iter::once(&self.marketing))
            .filter(|c| c.id != self.state.id)
            .map(|c| c.name.clone())
            .collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// `currency`'s (rate_to_state, rate_to_marketing) from the day's `quotes`.
    fn rates_of(
        &self,
        currency: &Currency,
        quotes: &HashMap<String, Decimal>,
    ) -> Result<(Decimal, Decimal), String> {
        let m = quote(quotes, &self.marketing.name)?;
        official_rates(self.role(currency, quotes)?, m)
            .ok_or_else(|| format!("{}: the quote is not a positive rate", self.marketing.name))
    }
}

fn quote(quotes: &HashMap<String, Decimal>, code: &str) -> Result<Decimal, String> {
    quotes
        .get(code)
        .copied()
        .filter(|value| *value > Decimal::ZERO)
        .ok_or_else(|| format!("{code}: no official rate"))
}

async fn book(session: &Session) -> Result<Result<Book, String>, AppError> {
    let currencies: Vec<Currency> = all_rows(session, CURRENCY.entity, &Fields::new())
        .await?
        .into_iter()
        .map(typed)
        .collect::<Result<_, _>>()?;
    let state = currencies.iter().find(|c| c.is_state_currency).cloned();
    let marketing = currencies.iter().find(|c| c.is_marketing_currency).cloned();
    Ok(match (state, marketing) {
        (Some(state), Some(marketing)) => Ok(Book {
            currencies,
            state,
            marketing,
        }),
        _ => Err("automatic rates need a state and a marketing currency".to_owned()),
    })
}

fn rate_fields(rates: (Decimal, Decimal)) -> Fields {
    object(json!({
        "rate_to_state_currency": rates.0.to_string(),
        "rate_to_marketing_currency": rates.1.to_string(),
    }))
}

/// R-CUR-7 at the moment `now`. Writes are kept up to a provider error, which ends the pass, is
/// reported, and reaches the administrators as a notice (R-NOTIF-5).
///
/// # Errors
/// `db_unavailable`; a provider's failure is not an error of the pass but its report.
pub async fn update_rates<P: RateProvider>(
    session: &Session,
    provider: &P,
    now: DateTime<Utc>,
) -> Result<RateUpdateReport, AppError> {
    let report = pass(session, provider, now).await?;
    if let Some(error) = &report.error {
        crate::notices::notify_admins(session.db(), crate::notices::AdminEvent::RateProvider, error).await?;
    }
    Ok(report)
}

async fn pass<P: RateProvider>(
    session: &Session,
    provider: &P,
    now: DateTime<Utc>,
) -> Result<RateUpdateReport, AppError> {
    let mut report = RateUpdateReport::default();
    let book = match book(session).await? {
        Ok(book) => book,
        Err(message) => {
            report.error = Some(message);
            return Ok(report);
        }
    };
    let today = now.date_naive();
    if let Err(message) = update_currencies(session, provider, &book, today, &mut report).await? {
        report.error = Some(message);
        return Ok(report);
    }
    if let Err(message) = official_payment_rates(session, provider, &book, today, &mut report).await? {
        report.error = Some(message);
    }
    Ok(report)
}

/// The quotes of `day` turned into `currency`'s rates.
async fn priced<P: RateProvider>(
    provider: &P,
    book: &Book,
    currency: &Currency,
    day: NaiveDate,
) -> Result<(Decimal, Decimal), String> {
    let quotes = provider.fetch(day, &book.codes_for([currency])).await?;
    book.rates_of(currency, &quotes)
}

/// Yesterday's official rates onto every currency that updates itself, all or none.
async fn update_currencies<P: RateProvider>(
    session: &Session,
    provider: &P,
    book: &Book,
    today: NaiveDate,
    report: &mut RateUpdateReport,
) -> Result<Result<(), String>, AppError> {
    let updating: Vec<&Currency> = book.currencies.iter().filter(|c| c.auto_update).collect();
    if updating.is_empty() {
        return Ok(Ok(()));
    }
    let yesterday = today - Duration::days(1);
    let quotes = match provider
        .fetch(yesterday, &book.codes_for(updating.iter().copied()))
        .await
    {
        Ok(quotes) => quotes,
        Err(message) => return Ok(Err(message)),
    };
    let mut priced = Vec::with_capacity(updating.len());
    for currency in updating {
        match book.rates_of(currency, &quotes) {
            Ok(rates) => priced.push((currency, rates)),
            Err(message) => return Ok(Err(message)),
        }
    }
    let mut tx = session.db().begin().await?;
    for (currency, rates) in priced {
        record::patch_in(
            &mut tx,
            CURRENCY.entity,
            Some(session.user_id().0),
            currency.id.0,
            currency.version,
            &rate_fields(rates),
        )
        .await?;
        report.currencies_updated.push(currency.id);
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// The (day, currency) pairs of received payments before `today` without an official Rate.
fn missing_official(
    payments: &[Payment],
    stored: &HashMap<(Id, NaiveDate), &Rate>,
    today: NaiveDate,
) -> Vec<(NaiveDate, Id)> {
    let mut wanted: Vec<(NaiveDate, Id)> = payments
        .iter()
        .filter(|p| p.status == PaymentStatus::Received && p.payment_date < today)
        .filter_map(|p| p.currency_id.map(|currency| (p.payment_date, currency)))
        .filter(|(day, currency)| {
            stored
                .get(&(*currency, *day))
                .is_none_or(|r| r.rate_type != RateType::Official)
        })
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    wanted.sort();
    wanted
}

/// An official Rate for each received payment of an earlier day that has none, created or
/// written over the approximate one; today's payments, official rates and rates no payment uses
/// are left alone. Stops at the first quote the provider cannot give.
async fn official_payment_rates<P: RateProvider>(
    session: &Session,
    provider: &P,
    book: &Book,
    today: NaiveDate,
    report: &mut RateUpdateReport,
) -> Result<Result<(), String>, AppError> {
    let rates: Vec<Rate> = all_rows(session, RATE.entity, &Fields::new())
        .await?
        .into_iter()
        .map(typed)
        .collect::<Result<_, _>>()?;
    let stored: HashMap<(Id, NaiveDate), &Rate> = rates
        .iter()
        .map(|r| ((r.currency_id, r.payment_date), r))
        .collect();
    let payments: Vec<Payment> = all_rows(
        session,
        PAYMENT.entity,
        &object(json!({ "payment_until": today })),
    )
    .await?
    .into_iter()
    .map(typed)
    .collect::<Result<_, _>>()?;
    let user = Some(session.user_id().0);
    for (day, currency_id) in missing_official(&payments, &stored, today) {
        let Some(currency) = book.currencies.iter().find(|c| c.id == currency_id) else {
            continue;
        };
        let mut fields = match priced(provider, book, currency, day).await {
            Ok(rates) => rate_fields(rates),
            Err(message) => return Ok(Err(message)),
        };
        fields.insert("rate_type".into(), json!(RateType::Official));
        let mut tx = session.db().begin().await?;
        if let Some(approximate) = stored.get(&(currency_id, day)) {
            record::patch_in(
                &mut tx,
                RATE.entity,
                user,
                approximate.id.0,
                approximate.version,
                &fields,
            )
            .await?;
        } else {
            fields.insert("currency_id".into(), json!(currency_id.0));
            fields.insert("payment_date".into(), json!(day));
            record::create_in(&mut tx, RATE.entity, user, &fields).await?;
        }
        tx.commit().await?;
        report.rates_made_official.push((currency_id, day));
    }
    Ok(Ok(()))
}
