//! Currency (DOMAIN.md §3.3) and the rules R-CUR-1 to R-CUR-3.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, DecimalSpec, Rule, Violations};

/// The ISO-4217 alphabetic codes accepted as currency names (R-CUR-1): upstream's list of 179,
/// sorted for binary search.
pub const ISO_4217_CODES: [&str; 179] = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF",
    "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
    "HNL", "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS",
    "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL",
    "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN",
    "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLL", "SOS", "SRD", "SSP", "STN", "SVC",
    "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN",
    "UYI", "UYU", "UYW", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD",
    "XCD", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW", "ZWL",
];

/// Whether `code` is one of [`ISO_4217_CODES`].
pub fn is_iso_4217(code: &str) -> bool {
    ISO_4217_CODES.binary_search(&code).is_ok()
}

/// A currency as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Currency {
    pub id: Id,
    /// The ISO-4217 code, also its display.
    pub name: String,
    /// Value of one unit in the state (national) currency.
    pub rate_to_state_currency: Decimal,
    /// Value of one unit in the marketing currency.
    pub rate_to_marketing_currency: Decimal,
    pub is_state_currency: bool,
    pub is_marketing_currency: bool,
    /// Included in the automatic daily rate update (R-CUR-7).
    pub auto_update: bool,
    pub created_at: DateTime<Utc>,
    /// Shown as "Update date".
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A currency edit as a form sends it: rates arrive as typed text and are parsed here, so a typo
/// becomes a field error instead of a transport failure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CurrencyInput {
    pub name: String,
    /// Blank means the default, 1.
    pub rate_to_state_currency: String,
    /// Blank means the default, 1.
    pub rate_to_marketing_currency: String,
    pub is_state_currency: bool,
    pub is_marketing_currency: bool,
    /// Default true.
    pub auto_update: Option<bool>,
}

/// A validated currency edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CurrencyValid {
    pub name: String,
    pub rate_to_state_currency: Decimal,
    pub rate_to_marketing_currency: Decimal,
    pub is_state_currency: bool,
    pub is_marketing_currency: bool,
    pub auto_update: bool,
}

impl CurrencyInput {
    /// Checks the code (R-CUR-1), the rates and that one currency is not both the state and the
    /// marketing currency (R-CUR-2); pins the own-currency rate to 1 (R-CUR-3). That at most one
    /// currency holds each flag is checked by the store, against the other rows.
    pub fn validate(self) -> Result<CurrencyValid, Violations> {
        let mut v = Violations::default();
        // Codes are upper case; accepting "eur" as typed costs nothing.
        let name = self.name.trim().to_ascii_uppercase();
        if name.is_empty() {
            v.push("name", Rule::Required);
        } else if !is_iso_4217(&name) {
            v.push("name", Rule::InvalidCurrencyCode);
        }
        let rate = |v: &mut Violations, field, raw: &str| {
            validation::decimal(v, field, raw, DecimalSpec::rate()).unwrap_or(Decimal::ONE)
        };
        let mut rate_to_state_currency = rate(&mut v, "rate_to_state_currency", &self.rate_to_state_currency);
        let mut rate_to_marketing_currency = rate(
            &mut v,
            "rate_to_marketing_currency",
            &self.rate_to_marketing_currency,
        );
        if self.is_state_currency && self.is_marketing_currency {
            v.push("is_marketing_currency", Rule::StateAndMarketingCurrency);
        }
        if self.is_state_currency {
            rate_to_state_currency = Decimal::ONE;
        }
        if self.is_marketing_currency {
            rate_to_marketing_currency = Decimal::ONE;
        }
        // The same text from every backend, e.g. "1.00000000".
        rate_to_state_currency.rescale(DecimalSpec::rate().scale);
        rate_to_marketing_currency.rescale(DecimalSpec::rate().scale);
        v.into_result(CurrencyValid {
            name,
            rate_to_state_currency,
            rate_to_marketing_currency,
            is_state_currency: self.is_state_currency,
            is_marketing_currency: self.is_marketing_currency,
            auto_update: self.auto_update.unwrap_or(true),
        })
    }
}

/// The filters of the currency list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CurrencyFilter {
    pub auto_update: Option<bool>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the code.
    pub text: Option<String>,
}

/// The columns the currency list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CurrencySort {
    #[default]
    Name,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn currency(name: &str, to_state: &str, to_marketing: &str) -> CurrencyInput {
        CurrencyInput {
            name: name.into(),
            rate_to_state_currency: to_state.into(),
            rate_to_marketing_currency: to_marketing.into(),
            ..CurrencyInput::default()
        }
    }

    fn rules(input: CurrencyInput) -> Vec<(&'static str, Rule)> {
        input
            .validate()
            .err()
            .map(|v| {
                v.0.into_iter()
                    .map(|Violation { field, rule }| (field, rule))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn the_code_list_is_upstreams_sorted_and_well_formed() {
        assert!(
            ISO_4217_CODES.windows(2).all(|pair| pair[0] < pair[1]),
            "sorted, no duplicates"
        );
        assert!(
            ISO_4217_CODES
                .iter()
                .all(|code| code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()))
        );
        assert!(is_iso_4217("EUR") && is_iso_4217("USD") && is_iso_4217("XXX"));
        assert!(!is_iso_4217("DEM") && !is_iso_4217("eur"));
    }

    #[test]
    fn the_name_must_be_an_iso_code() {
        assert_eq!(rules(currency("", "", "")), [("name", Rule::Required)]);
        assert_eq!(
            rules(currency("ABC", "", "")),
            [("name", Rule::InvalidCurrencyCode)]
        );
        assert_eq!(
            rules(currency("EURO", "", "")),
            [("name", Rule::InvalidCurrencyCode)]
        );
        assert_eq!(
            rules(currency("€", "", "")),
            [("name", Rule::InvalidCurrencyCode)]
        );
        let valid = currency(" chf ", "", "").validate().expect("valid");
        assert_eq!(valid.name, "CHF");
    }

    #[test]
    fn rates_are_exact_positive_decimals_of_scale_eight() {
        let valid = currency("USD", "0,83", "").validate().expect("valid");
        assert_eq!(valid.rate_to_state_currency.to_string(), "0.83000000");
        assert_eq!(
            valid.rate_to_marketing_currency.to_string(),
            "1.00000000",
            "blank is the default"
        );
        assert!(valid.auto_update);
        assert_eq!(
            rules(currency("USD", "1.123456789", "x")),
            [
                ("rate_to_state_currency", Rule::TooManyDecimals { max: 8 }),
                ("rate_to_marketing_currency", Rule::NotANumber),
            ]
        );
        assert_eq!(
            rules(currency("USD", "0", "")),
            [(
                "rate_to_state_currency",
                Rule::OutOfRange {
                    min: "0.00000001".into(),
                    max: "9999999999.99999999".into()
                }
            )]
        );
    }

    #[test]
    fn one_currency_cannot_be_both_state_and_marketing() {
        let both = CurrencyInput {
            is_state_currency: true,
            is_marketing_currency: true,
            ..currency("EUR", "", "")
        };
        assert_eq!(
            rules(both),
            [("is_marketing_currency", Rule::StateAndMarketingCurrency)]
        );
    }

    #[test]
    fn the_own_rate_of_the_state_and_the_marketing_currency_is_one() {
        let state = CurrencyInput {
            is_state_currency: true,
            ..currency("EUR", "0.9", "1.2")
        }
        .validate()
        .expect("valid");
        assert_eq!(state.rate_to_state_currency, Decimal::ONE);
        assert_eq!(state.rate_to_marketing_currency.to_string(), "1.20000000");
        let marketing = CurrencyInput {
            is_marketing_currency: true,
            ..currency("USD", "0.83", "3")
        }
        .validate()
        .expect("valid");
        assert_eq!(marketing.rate_to_state_currency.to_string(), "0.83000000");
        assert_eq!(marketing.rate_to_marketing_currency.to_string(), "1.00000000");
    }
}
