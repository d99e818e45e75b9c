//! Rate (DOMAIN.md §3.4): the exchange rates of a currency on one day, used by R-CUR-5.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, DecimalSpec, Rule, Violations};

/// A dated rate as stored; one per currency and day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Rate {
    pub id: Id,
    pub currency_id: Id,
    /// "Currency rate date".
    pub payment_date: NaiveDate,
    pub rate_to_state_currency: Decimal,
    pub rate_to_marketing_currency: Decimal,
    pub rate_type: RateType,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// Where a rate comes from. A total is "official" only when every rate in it is (R-CUR-5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum RateType {
    /// The currency's rates at the time, copied when a payment is received (R-CUR-6).
    #[default]
    #[serde(rename = "A")]
    Approximate,
    /// Published by the central bank (R-CUR-7).
    #[serde(rename = "O")]
    Official,
}

/// A rate edit as a form sends it: rates arrive as typed text and are parsed here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct RateInput {
    pub currency_id: Option<Id>,
    /// Blank means today.
    pub payment_date: Option<NaiveDate>,
    pub rate_to_state_currency: String,
    pub rate_to_marketing_currency: String,
    pub rate_type: RateType,
}

/// A validated rate edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateValid {
    pub currency_id: Id,
    pub payment_date: NaiveDate,
    pub rate_to_state_currency: Decimal,
    pub rate_to_marketing_currency: Decimal,
    pub rate_type: RateType,
}

impl RateInput {
    /// Checks the currency and both rates, which a dated rate must state. `today` is the acting
    /// user's date, the default of `payment_date`. One rate per currency and day is the store's.
    pub fn validate(self, today: NaiveDate) -> Result<RateValid, Violations> {
        let mut v = Violations::default();
        if self.currency_id.is_none() {
            v.push("currency_id", Rule::Required);
        }
        let mut rate = |field, raw: &str| {
            if raw.trim().is_empty() {
                v.push(field, Rule::Required);
            }
            validation::decimal(&mut v, field, raw, DecimalSpec::rate()).unwrap_or_default()
        };
        let rate_to_state_currency = rate("rate_to_state_currency", &self.rate_to_state_currency);
        let rate_to_marketing_currency = rate("rate_to_marketing_currency", &self.rate_to_marketing_currency);
        match self.currency_id {
            Some(currency_id) if v.0.is_empty() => Ok(RateValid {
                currency_id,
                payment_date: self.payment_date.unwrap_or(today),
                rate_to_state_currency,
                rate_to_marketing_currency,
                rate_type: self.rate_type,
            }),
            _ => Err(v),
        }
    }
}

/// The filters of the rate list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct RateFilter {
    pub currency_id: Option<Id>,
    pub rate_type: Option<RateType>,
    /// Rates dated on or after this day.
    pub payment_from: Option<NaiveDate>,
    /// Rates dated before this day.
    pub payment_until: Option<NaiveDate>,
}

/// The columns the rate list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RateSort {
    #[default]
    PaymentDate,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 2).expect("date")
    }

    fn rate(to_state: &str, to_marketing: &str) -> RateInput {
        RateInput {
            currency_id: Some(Id(2)),
            rate_to_state_currency: to_state.into(),
            rate_to_marketing_currency: to_marketing.into(),
            ..RateInput::default()
        }
    }

    fn rules(input: RateInput) -> Vec<(&'static str, Rule)> {
        input
            .validate(today())
            .err()
            .map(|v| {
                v.0.into_iter()
                    .map(|Violation { field, rule }| (field, rule))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_rate_states_its_currency_and_both_rates() {
        assert_eq!(
            rules(RateInput::default()),
            [
                ("currency_id", Rule::Required),
                ("rate_to_state_currency", Rule::Required),
                ("rate_to_marketing_currency", Rule::Required),
            ]
        );
    }

    #[test]
    fn rates_are_parsed_exactly_and_dated_today_by_default() {
        let valid = rate("1,5", "0.83333333").validate(today()).expect("valid");
        assert_eq!(valid.rate_to_state_currency.to_string(), "1.50000000");
        assert_eq!(valid.rate_to_marketing_currency.to_string(), "0.83333333");
        assert_eq!(valid.payment_date, today());
        assert_eq!(valid.rate_type, RateType::Approximate);
        assert_eq!(
            rules(rate("1.123456789", "-1")),
            [
                ("rate_to_state_currency", Rule::TooManyDecimals { max: 8 }),
                (
                    "rate_to_marketing_currency",
                    Rule::OutOfRange {
                        min: "0.00000001".into(),
                        max: "9999999999.99999999".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn rate_types_use_the_stored_codes() {
        let parse = |code: &str| {
            let de: StrDeserializer<Error> = code.into_deserializer();
            RateType::deserialize(de).ok()
        };
        assert_eq!(parse("A"), Some(RateType::Approximate));
        assert_eq!(parse("O"), Some(RateType::Official));
        assert_eq!(parse("a"), None);
        assert_eq!(parse("Official"), None);
    }
}
