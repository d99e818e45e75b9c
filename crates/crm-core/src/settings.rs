//! Installation settings: the constants an administrator configures once per installation
//! (DOMAIN.md §5 "Installation constants"), stored as a single row.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::validation::{self, Rule, Violations};

/// Longest organisation name accepted (the column is `str(100)`).
pub const ORGANIZATION_NAME_MAX: usize = 100;
/// VAT percent is stored as DECIMAL(5,2).
pub const VAT_PERCENT_SCALE: u32 = 2;

/// The installation settings as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Settings {
    pub organization_name: String,
    /// Exact decimal; the UI receives it as text so no digit is lost to floating point.
    pub vat_percent: Decimal,
    pub mark_payments_through_representation: bool,
    pub check_shipment_dates: bool,
    pub default_language: String,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Optimistic-concurrency version: an update names the version it read.
    pub version: i32,
}

/// An edit of the settings as a form sends it: numbers arrive as typed text and are parsed here,
/// so a typo becomes a field error instead of a transport failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SettingsUpdate {
    pub organization_name: String,
    pub vat_percent: String,
    pub mark_payments_through_representation: bool,
    pub check_shipment_dates: bool,
    pub default_language: String,
    /// The version the form was loaded with.
    pub version: i32,
}

/// A validated settings edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsChange {
    pub organization_name: String,
    pub vat_percent: Decimal,
    pub mark_payments_through_representation: bool,
    pub check_shipment_dates: bool,
    pub default_language: String,
    pub expected_version: i32,
}

impl SettingsUpdate {
    /// Validates the edit. `languages` are the locale codes the installation ships.
    pub fn validate(&self, languages: &[&str]) -> Result<SettingsChange, Violations> {
        let mut v = Violations::default();
        let organization_name = validation::text(
            &mut v,
            "organization_name",
            &self.organization_name,
            ORGANIZATION_NAME_MAX,
            false,
        );
        let vat_percent = parse_vat_percent(&mut v, &self.vat_percent);
        let default_language = self.default_language.trim().to_owned();
        if !languages.contains(&default_language.as_str()) {
            v.push("default_language", Rule::NotAChoice);
        }
        v.into_result(SettingsChange {
            organization_name,
            vat_percent,
            mark_payments_through_representation: self.mark_payments_through_representation,
            check_shipment_dates: self.check_shipment_dates,
            default_language,
            expected_version: self.version,
        })
    }
}

/// Parses a VAT percent typed by a user: `0..=100` with at most two decimals. A comma is accepted
/// as the decimal separator because half of the world types one.
fn parse_vat_percent(v: &mut Violations, raw: &str) -> Decimal {
    let text = raw.trim().replace(',', ".");
    let Ok(value) = text.parse::<Decimal>() else {
        v.push("vat_percent", Rule::NotANumber);
        return Decimal::ZERO;
    };
    if value.is_sign_negative() || value > Decimal::ONE_HUNDRED {
        v.push(
            "vat_percent",
            Rule::OutOfRange {
                min: "0".into(),
                max: "100".into(),
            },
        );
    } else if value.normalize().scale() > VAT_PERCENT_SCALE {
        v.push(
            "vat_percent",
            Rule::TooManyDecimals {
                max: VAT_PERCENT_SCALE,
            },
        );
    }
    // Every backend then holds and returns the same text, e.g. "19.50".
    let mut value = value;
    value.rescale(VAT_PERCENT_SCALE);
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn update(vat: &str) -> SettingsUpdate {
        SettingsUpdate {
            organization_name: " Müller & Söhne ".into(),
            vat_percent: vat.into(),
            mark_payments_through_representation: false,
            check_shipment_dates: true,
            default_language: "de".into(),
            version: 3,
        }
    }

    #[test]
    fn a_valid_edit_is_trimmed_and_parsed_exactly() {
        let change = update("19,5").validate(&["en", "de"]).expect("valid");
        assert_eq!(change.organization_name, "Müller & Söhne");
        assert_eq!(change.vat_percent.to_string(), "19.50");
        assert_eq!(change.expected_version, 3);
    }

    #[test]
    fn vat_must_be_a_percentage_with_two_decimals() {
        let rule = |vat: &str| update(vat).validate(&["de"]).err().map(|v| v.0[0].rule.clone());
        assert_eq!(rule("abc"), Some(Rule::NotANumber));
        assert_eq!(
            rule("-1"),
            Some(Rule::OutOfRange {
                min: "0".into(),
                max: "100".into()
            })
        );
        assert_eq!(
            rule("100.01"),
            Some(Rule::OutOfRange {
                min: "0".into(),
                max: "100".into()
            })
        );
        assert_eq!(rule("7.125"), Some(Rule::TooManyDecimals { max: 2 }));
        assert_eq!(rule("7.100"), None, "trailing zeros are not extra digits");
        assert_eq!(rule("100"), None);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let mut bad = update("x");
        bad.organization_name = "n".repeat(ORGANIZATION_NAME_MAX + 1);
        bad.default_language = "xx".into();
        let fields: Vec<_> = bad
            .validate(&["en"])
            .expect_err("invalid")
            .0
            .into_iter()
            .map(|Violation { field, .. }| field)
            .collect();
        assert_eq!(fields, ["organization_name", "vat_percent", "default_language"]);
    }
}
