//! Payments of a deal and what they add up to (R-PAY-1, R-CUR-5, R-CUR-6, R-DEAL-16).

use chrono::{Duration, NaiveDate};
use crm_core::Id;
use crm_core::currency::Currency;
use crm_core::deal::Deal;
use crm_core::payment::{Payment, PaymentInput, PaymentStatus};
use crm_core::rate::{Rate, RateInput, RateType};
use crm_store::Tx;
use crm_store::record;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{CURRENCY, DEAL, Edit, PAYMENT, RATE, RecordRef, Validate, fields_of, typed};
use crate::fields::{all_rows, object};
use crate::{AppError, Session, records};

/// The rate stored for (`currency`, `day`), if any.
async fn rate_of(session: &Session, currency: Id, day: NaiveDate) -> Result<Option<Rate>, AppError> {
    let filter = object(json!({
        "currency_id": currency.0,
        "payment_from": day,
        "payment_until": day + Duration::days(1),
    }));
    all_rows(session, RATE.entity, &filter)
        .await?
        .into_iter()
        .next()
        .map(typed)
        .transpose()
}

/// R-CUR-6: a received payment without a rate for its currency and day gets the currency's
/// current rates, kept as an approximate rate of that day.
async fn snapshot_rate(tx: &mut Tx, session: &Session, payment: &Payment) -> Result<(), AppError> {
    let Some(currency_id) = payment.currency_id else {
        return Ok(());
    };
    if payment.status != PaymentStatus::Received
        || rate_of(session, currency_id, payment.payment_date)
            .await?
            .is_some()
    {
        return Ok(());
    }
    let currency: Currency = typed(record::get_in(tx, CURRENCY.entity, currency_id.0).await?)?;
    let rate = RateInput {
        currency_id: Some(currency_id),
        payment_date: Some(payment.payment_date),
        rate_to_state_currency: currency.rate_to_state_currency.to_string(),
        rate_to_marketing_currency: currency.rate_to_marketing_currency.to_string(),
        rate_type: RateType::Approximate,
    }
    .check()?;
    record::create_in(tx, RATE.entity, Some(session.user_id().0), &fields_of(&rate)?).await?;
    Ok(())
}

/// `payment_create`: a payment of a deal the user may change (R-PERM-4, R-PAY-3); a currency is
/// required (R-PAY-1) and a received payment keeps the day's rates (R-CUR-6).
pub async fn payment_create(session: &Session, input: PaymentInput) -> Result<Payment, AppError> {
    let valid = input.check()?;
    let mut tx = session.db().begin().await?;
    let payment: Payment = typed(records::create_in(&mut tx, session, &PAYMENT, fields_of(&valid)?).await?)?;
    snapshot_rate(&mut tx, session, &payment).await?;
    tx.commit().await?;
    Ok(payment)
}

/// `payment_update`: saves an edit of a payment made on the version read, as
/// [`payment_create`] checks it.
pub async fn payment_update(session: &Session, edit: Edit<PaymentInput>) -> Result<Payment, AppError> {
    let valid = edit.input.check()?;
    let mut tx = session.db().begin().await?;
    let payment: Payment = typed(
        records::update_in(
            &mut tx,
            session,
            &PAYMENT,
            edit.id.0,
            edit.version,
            fields_of(&valid)?,
        )
        .await?,
    )?;
    snapshot_rate(&mut tx, session, &payment).await?;
    tx.commit().await?;
    Ok(payment)
}

/// What a deal is worth and what of it came in (R-DEAL-16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DealMoney {
    pub deal_id: Id,
    pub amount: Option<Decimal>,
    pub currency_id: Option<Id>,
    /// The received payments in the deal's currency; none when the deal has no amount.
    pub paid: Option<Decimal>,
    /// `amount − paid`; none when the deal has no amount.
    pub expected: Option<Decimal>,
}

/// R-CUR-5: `amount` of `currency` on `day` in the state currency.
async fn in_state_currency(
    session: &Session,
    amount: Decimal,
    currency: &Currency,
    day: NaiveDate,
) -> Result<Decimal, AppError> {
    let rate = match rate_of(session, currency.id, day).await? {
        Some(rate) => rate.rate_to_state_currency,
        None => currency.rate_to_state_currency,
    };
    Ok(amount * rate)
}

/// `deal_money`: the deal's amount, what its received payments add up to in its currency (each
/// converted through the state currency at its day's rate, R-CUR-5) and what is still expected.
pub async fn deal_money(session: &Session, input: RecordRef) -> Result<DealMoney, AppError> {
    let deal: Deal = typed(records::get(session, &DEAL, input.id.0).await?)?;
    let (Some(amount), Some(deal_currency)) = (deal.amount, deal.currency_id) else {
        return Ok(DealMoney {
            deal_id: deal.id,
            amount: deal.amount,
            currency_id: deal.currency_id,
            paid: None,
            expected: None,
        });
    };
    let deal_currency: Currency = typed(record::get(session.db(), CURRENCY.entity, deal_currency.0).await?)?;
    let payments = all_rows(session, PAYMENT.entity, &object(json!({ "deal_id": deal.id.0 }))).await?;
    let mut paid_in_state = Decimal::ZERO;
    for payment in payments {
        let payment: Payment = typed(payment)?;
        let (PaymentStatus::Received, Some(currency)) = (payment.status, payment.currency_id) else {
            continue;
        };
        let currency: Currency = typed(record::get(session.db(), CURRENCY.entity, currency.0).await?)?;
        paid_in_state += in_state_currency(session, payment.amount, &currency, payment.payment_date).await?;
    }
    let paid = if deal_currency.rate_to_state_currency.is_zero() {
        Decimal::ZERO
    } else {
        (paid_in_state / deal_currency.rate_to_state_currency).round_dp(2)
    };
    Ok(DealMoney {
        deal_id: deal.id,
        amount: Some(amount),
        currency_id: Some(deal_currency.id),
        paid: Some(paid),
        expected: Some(amount - paid),
    })
}

/// R-CUR-2: no other currency may hold the state or marketing flag `valid` takes.
async fn check_single_flags(
    session: &Session,
    valid: &crm_core::currency::CurrencyValid,
    except: Option<Id>,
) -> Result<(), AppError> {
    let mut violations = crm_core::validation::Violations::default();
    for (wanted, field, key, rule) in [
        (
            valid.is_state_currency,
            "is_state_currency",
            "is_state_currency",
            crm_core::validation::Rule::StateCurrencyExists,
        ),
        (
            valid.is_marketing_currency,
            "is_marketing_currency",
            "is_marketing_currency",
            crm_core::validation::Rule::MarketingCurrencyExists,
        ),
    ] {
        if !wanted {
            continue;
        }
        let holders = all_rows(session, CURRENCY.entity, &object(json!({ key: true }))).await?;
        let taken = holders
            .iter()
            .any(|c| c.get("id").and_then(serde_json::Value::as_i64) != except.map(|e| e.0));
        if taken {
            violations.push(field, rule);
        }
    }
    violations.into_result(()).map_err(AppError::Validation)
}

/// `currency_create`: a new currency; at most one is the state and one the marketing currency,
/// and each has the rate 1 to itself (R-CUR-1 … R-CUR-3).
pub async fn currency_create(
    session: &Session,
    input: crm_core::currency::CurrencyInput,
) -> Result<Currency, AppError> {
    let valid = input.check()?;
    check_single_flags(session, &valid, None).await?;
    typed(records::create(session, &CURRENCY, fields_of(&valid)?).await?)
}

/// `currency_update`: saves an edit of a currency made on the version read (R-CUR-1 … R-CUR-3).
pub async fn currency_update(
    session: &Session,
    edit: Edit<crm_core::currency::CurrencyInput>,
) -> Result<Currency, AppError> {
    let valid = edit.input.check()?;
    check_single_flags(session, &valid, Some(edit.id)).await?;
    typed(records::update(session, &CURRENCY, edit.id.0, edit.version, fields_of(&valid)?).await?)
}

/// `shipment_list`: the deals' product lines that have a shipping date, latest first (R-SHIP-1).
/// Shipments are not held to departments; a department filter narrows to one. Sales managers
/// (not superoperators, chiefs or administrators) see only the shipments of deals they own or
/// co-own.
pub async fn shipment_list(
    session: &Session,
    query: crate::entities::ListQuery<crm_core::output::ShipmentFilter, crm_core::output::ShipmentSort>,
) -> Result<crm_core::list::Page<crm_core::output::Output>, AppError> {
    let actor = session.actor();
    if !records::permitted(
        actor,
        crm_core::access::Resource::Shipment,
        crm_core::access::Perm::View,
    ) {
        return Err(AppError::Forbidden);
    }
    let chosen = query.filter;
    let owner = crm_core::access::shipment_owner_restriction(actor).or(chosen.owner_id);
    let filter = object(json!({
        "has_shipping_date": true,
        "deal_department_in": chosen.department_id.map(|d| vec![d.0]),
        "deal_owner_or_co_owner": owner.map(|o| o.0),
        "deal_id": chosen.deal_id.map(|d| d.0),
        "product_id": chosen.product_id.map(|p| p.0),
        "product_is_shipped": chosen.product_is_shipped,
        "actual_from": chosen.actual_from,
        "actual_until": chosen.actual_until,
        "shipping_from": chosen.shipping_from,
        "shipping_until": chosen.shipping_until,
    }));
    let sort = match query.sort {
        crm_core::output::ShipmentSort::ShippingDate => "shipping_date",
        crm_core::output::ShipmentSort::UpdatedAt => "updated_at",
    };
    Ok(record::list_as(
        session.db(),
        &crm_store::outputs::SHIPMENT,
        &filter,
        sort,
        &query.page,
    )
    .await?)
}
