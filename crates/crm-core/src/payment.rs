//! Payment of a deal (DOMAIN.md §4.8, R-PAY).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, DecimalSpec, Rule, Violations};

/// Longest contract, invoice and order number (`str(40)`).
pub const NUMBER_MAX: usize = 40;

/// How sure a payment is, stored as one letter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum PaymentStatus {
    /// Money on the account; only received payments count as paid (R-DEAL-16).
    #[default]
    #[serde(rename = "r")]
    Received,
    #[serde(rename = "g")]
    Guaranteed,
    #[serde(rename = "h")]
    HighProbability,
    #[serde(rename = "l")]
    LowProbability,
}

/// A payment as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Payment {
    pub id: Id,
    pub deal_id: Id,
    /// Without VAT.
    pub amount: Decimal,
    pub currency_id: Option<Id>,
    pub payment_date: NaiveDate,
    pub status: PaymentStatus,
    pub contract_number: String,
    pub invoice_number: String,
    pub order_number: String,
    /// Paid through a representative office; offered only when the installation setting is on.
    pub through_representation: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct PaymentInput {
    /// Required; optional here so that a missing deal is a field error.
    pub deal_id: Option<Id>,
    /// As typed, e.g. `1250,50`; blank = 0.
    pub amount: String,
    /// Required in forms (R-PAY-1).
    pub currency_id: Option<Id>,
    /// Required; the form pre-fills today (R-PAY-1), the domain has no clock.
    pub payment_date: Option<NaiveDate>,
    pub status: PaymentStatus,
    pub contract_number: String,
    pub invoice_number: String,
    pub order_number: String,
    pub through_representation: bool,
}

/// A validated payment edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentChange {
    pub deal_id: Id,
    /// At the column's scale, e.g. `1250.50`.
    pub amount: Decimal,
    pub currency_id: Id,
    pub payment_date: NaiveDate,
    pub status: PaymentStatus,
    pub contract_number: String,
    pub invoice_number: String,
    pub order_number: String,
    pub through_representation: bool,
}

impl PaymentInput {
    /// Enforces deal, currency and date, the amount as an exact DECIMAL(18,2) and the lengths of
    /// the numbers. Edit rights (R-PAY-3) and rate conversion (R-CUR-6) are the store's.
    pub fn validate(self) -> Result<PaymentChange, Violations> {
        let mut v = Violations::default();
        if self.deal_id.is_none() {
            v.push("deal_id", Rule::Required);
        }
        let amount = validation::decimal(&mut v, "amount", &self.amount, DecimalSpec::money());
        if self.currency_id.is_none() {
            v.push("currency_id", Rule::Required);
        }
        if self.payment_date.is_none() {
            v.push("payment_date", Rule::Required);
        }
        let contract_number = validation::text(
            &mut v,
            "contract_number",
            &self.contract_number,
            NUMBER_MAX,
            false,
        );
        let invoice_number =
            validation::text(&mut v, "invoice_number", &self.invoice_number, NUMBER_MAX, false);
        let order_number = validation::text(&mut v, "order_number", &self.order_number, NUMBER_MAX, false);
        let (Some(deal_id), Some(currency_id), Some(payment_date)) =
            (self.deal_id, self.currency_id, self.payment_date)
        else {
            return Err(v);
        };
        v.into_result(PaymentChange {
            deal_id,
            amount: amount.unwrap_or_else(zero_money),
            currency_id,
            payment_date,
            status: self.status,
            contract_number,
            invoice_number,
            order_number,
            through_representation: self.through_representation,
        })
    }
}

/// 0 at the money scale, so a blank amount is stored and returned as `0.00` on every backend.
pub(crate) fn zero_money() -> Decimal {
    Decimal::new(0, DecimalSpec::money().scale)
}

/// The filters of the payment list (R-PAY-2); every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct PaymentFilter {
    pub deal_id: Option<Id>,
    /// Payments of deals this user owns or co-owns.
    pub owner_id: Option<Id>,
    /// Payments of deals of this department.
    pub department_id: Option<Id>,
    pub currency_id: Option<Id>,
    pub status: Option<PaymentStatus>,
    pub through_representation: Option<bool>,
    /// Paid on or after this day.
    pub payment_from: Option<NaiveDate>,
    /// Paid before this day.
    pub payment_until: Option<NaiveDate>,
}

/// The columns the payment list can be sorted by (a whitelist: nothing else reaches the SQL).
/// Newest payment date first is the list's default (R-PAY-2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PaymentSort {
    #[default]
    PaymentDate,
    Amount,
    CreatedAt,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn valid() -> PaymentInput {
        PaymentInput {
            deal_id: Some(Id(1)),
            amount: "100".into(),
            currency_id: Some(Id(2)),
            payment_date: NaiveDate::from_ymd_opt(2026, 7, 1),
            ..PaymentInput::default()
        }
    }

    #[test]
    fn deal_currency_and_date_are_all_reported_missing() {
        let violations = PaymentInput::default().validate().expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "deal_id",
                    rule: Rule::Required
                },
                Violation {
                    field: "currency_id",
                    rule: Rule::Required
                },
                Violation {
                    field: "payment_date",
                    rule: Rule::Required
                },
            ]
        );
    }

    #[test]
    fn the_amount_is_exact_money() {
        let amount = |typed: &str| {
            PaymentInput {
                amount: typed.into(),
                ..valid()
            }
            .validate()
            .map(|payment| payment.amount.to_string())
            .map_err(|v| v.0[0].rule.clone())
        };
        assert_eq!(amount("1,5"), Ok("1.50".into()));
        assert_eq!(amount(""), Ok("0.00".into()), "blank is the column default");
        assert_eq!(amount("9999999999999999.99"), Ok("9999999999999999.99".into()));
        assert_eq!(amount("1.234"), Err(Rule::TooManyDecimals { max: 2 }));
        assert_eq!(amount("1e3"), Err(Rule::NotANumber));
        assert!(matches!(
            amount("10000000000000000"),
            Err(Rule::OutOfRange { .. })
        ));
    }

    #[test]
    fn status_defaults_to_received_and_is_stored_as_one_letter() {
        use serde::de::{IntoDeserializer, value::Error};
        let payment = valid().validate().expect("valid");
        assert_eq!(payment.status, PaymentStatus::Received);
        let read =
            |code: &str| PaymentStatus::deserialize(IntoDeserializer::<Error>::into_deserializer(code));
        assert_eq!(read("r"), Ok(PaymentStatus::Received));
        assert_eq!(read("g"), Ok(PaymentStatus::Guaranteed));
        assert_eq!(read("h"), Ok(PaymentStatus::HighProbability));
        assert_eq!(read("l"), Ok(PaymentStatus::LowProbability));
        assert!(read("R").is_err());
    }

    #[test]
    fn numbers_are_trimmed_and_limited() {
        let payment = PaymentInput {
            invoice_number: " RE-2026-17 ".into(),
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(payment.invoice_number, "RE-2026-17");
        let violations = PaymentInput {
            order_number: "9".repeat(NUMBER_MAX + 1),
            ..valid()
        }
        .validate()
        .expect_err("invalid");
        assert_eq!(violations.0[0].field, "order_number");
    }
}
