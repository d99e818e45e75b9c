//! Output: a product line of a deal; shipments are the outputs with a shipping date (DOMAIN.md
//! §4.9, R-OUT, R-SHIP).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::payment::zero_money;
use crate::validation::{self, DecimalSpec, Rule, Violations};

/// Longest serial number (`str(50)`).
pub const SERIAL_NUMBER_MAX: usize = 50;
/// Quantity is a SMALLINT above zero.
pub const QUANTITY_MAX: i64 = i16::MAX as i64;

/// An output as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Output {
    pub id: Id,
    pub deal_id: Id,
    pub product_id: Id,
    pub quantity: i16,
    /// Without VAT.
    pub amount: Decimal,
    pub currency_id: Option<Id>,
    /// Shipment date per contract; an output with one is a shipment.
    pub shipping_date: Option<NaiveDate>,
    pub planned_shipping_date: Option<NaiveDate>,
    /// When the product was actually shipped.
    pub actual_shipping_date: Option<NaiveDate>,
    pub product_is_shipped: bool,
    pub serial_number: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct OutputInput {
    /// Required; optional here so that a missing deal is a field error.
    pub deal_id: Option<Id>,
    /// Required.
    pub product_id: Option<Id>,
    /// At least 1; default 1.
    pub quantity: Option<i32>,
    /// As typed, e.g. `1250,50`; blank = 0.
    pub amount: String,
    /// Required when the amount is not 0 (R-OUT-1).
    pub currency_id: Option<Id>,
    pub shipping_date: Option<NaiveDate>,
    pub planned_shipping_date: Option<NaiveDate>,
    pub actual_shipping_date: Option<NaiveDate>,
    pub product_is_shipped: bool,
    pub serial_number: String,
}

/// A validated output edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutputChange {
    pub deal_id: Id,
    pub product_id: Id,
    pub quantity: i16,
    /// At the column's scale, e.g. `1250.50`.
    pub amount: Decimal,
    pub currency_id: Option<Id>,
    pub shipping_date: Option<NaiveDate>,
    pub planned_shipping_date: Option<NaiveDate>,
    pub actual_shipping_date: Option<NaiveDate>,
    pub product_is_shipped: bool,
    pub serial_number: String,
}

impl OutputInput {
    /// Enforces deal and product, a quantity of at least one, the amount as an exact
    /// DECIMAL(18,2) with a currency whenever it is not 0 (R-OUT-1), and the serial number's
    /// length. Marking shipped when the actual date changes (R-SHIP-2) needs the stored output
    /// and is the store's.
    pub fn validate(self) -> Result<OutputChange, Violations> {
        let mut v = Violations::default();
        if self.deal_id.is_none() {
            v.push("deal_id", Rule::Required);
        }
        if self.product_id.is_none() {
            v.push("product_id", Rule::Required);
        }
        let quantity = self.quantity.unwrap_or(1);
        validation::integer(&mut v, "quantity", i64::from(quantity), 1, QUANTITY_MAX);
        let amount = validation::decimal(&mut v, "amount", &self.amount, DecimalSpec::money());
        if amount.is_some_and(|a| !a.is_zero()) && self.currency_id.is_none() {
            v.push("currency_id", Rule::Required);
        }
        let serial_number = validation::text(
            &mut v,
            "serial_number",
            &self.serial_number,
            SERIAL_NUMBER_MAX,
            false,
        );
        let (Some(deal_id), Some(product_id), Ok(quantity)) =
            (self.deal_id, self.product_id, i16::try_from(quantity))
        else {
            return Err(v);
        };
        v.into_result(OutputChange {
            deal_id,
            product_id,
            quantity,
            amount: amount.unwrap_or_else(zero_money),
            currency_id: self.currency_id,
            shipping_date: self.shipping_date,
            planned_shipping_date: self.planned_shipping_date,
            actual_shipping_date: self.actual_shipping_date,
            product_is_shipped: self.product_is_shipped,
            serial_number,
        })
    }
}

/// The filters of a deal's product lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct OutputFilter {
    pub deal_id: Option<Id>,
    pub product_id: Option<Id>,
    pub currency_id: Option<Id>,
    pub product_is_shipped: Option<bool>,
}

/// The columns an output list can be sorted by (a whitelist: nothing else reaches the SQL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum OutputSort {
    #[default]
    CreatedAt,
    UpdatedAt,
    Quantity,
    Amount,
}

/// The filters of the Shipments list (R-SHIP-1): it only ever shows outputs with a shipping
/// date; these narrow it further and combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ShipmentFilter {
    /// Shipments of deals of this department.
    pub department_id: Option<Id>,
    /// Shipments of deals this user owns or co-owns (what a sales manager sees).
    pub owner_id: Option<Id>,
    pub deal_id: Option<Id>,
    pub product_id: Option<Id>,
    pub product_is_shipped: Option<bool>,
    /// Actually shipped on or after this day.
    pub actual_from: Option<NaiveDate>,
    /// Actually shipped before this day.
    pub actual_until: Option<NaiveDate>,
    /// Contract shipping date on or after this day.
    pub shipping_from: Option<NaiveDate>,
    /// Contract shipping date before this day.
    pub shipping_until: Option<NaiveDate>,
}

/// The columns the Shipments list can be sorted by. `shipping_date` is nullable on outputs but
/// never empty on a shipment, so it can order this list; latest first is the default (R-SHIP-1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ShipmentSort {
    #[default]
    ShippingDate,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn valid() -> OutputInput {
        OutputInput {
            deal_id: Some(Id(1)),
            product_id: Some(Id(2)),
            ..OutputInput::default()
        }
    }

    fn rules(input: OutputInput) -> Vec<(&'static str, Rule)> {
        match input.validate() {
            Ok(_) => Vec::new(),
            Err(violations) => violations.0.into_iter().map(|v| (v.field, v.rule)).collect(),
        }
    }

    #[test]
    fn deal_and_product_are_required_and_quantity_defaults_to_one() {
        let violations = OutputInput::default().validate().expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "deal_id",
                    rule: Rule::Required
                },
                Violation {
                    field: "product_id",
                    rule: Rule::Required
                },
            ]
        );
        let output = valid().validate().expect("valid");
        assert_eq!(output.quantity, 1);
        assert_eq!(output.amount.to_string(), "0.00");
    }

    #[test]
    fn quantity_zero_or_beyond_a_smallint_is_refused() {
        let quantity = |q: i32| {
            rules(OutputInput {
                quantity: Some(q),
                ..valid()
            })
        };
        let out_of_range = Rule::OutOfRange {
            min: "1".into(),
            max: "32767".into(),
        };
        assert_eq!(quantity(0), [("quantity", out_of_range.clone())]);
        assert_eq!(quantity(-3), [("quantity", out_of_range.clone())]);
        assert_eq!(quantity(32_768), [("quantity", out_of_range)]);
        assert_eq!(quantity(1), []);
        assert_eq!(quantity(32_767), []);
    }

    #[test]
    fn an_amount_needs_a_currency() {
        let priced = |amount: &str, currency_id: Option<Id>| {
            rules(OutputInput {
                amount: amount.into(),
                currency_id,
                ..valid()
            })
        };
        assert_eq!(priced("1,5", None), [("currency_id", Rule::Required)]);
        assert_eq!(priced("1,5", Some(Id(4))), []);
        assert_eq!(priced("0,00", None), [], "no amount, no currency needed");
        assert_eq!(priced("", None), []);
        assert_eq!(
            priced("1.234", None),
            [("amount", Rule::TooManyDecimals { max: 2 })],
            "a refused amount does not also ask for a currency"
        );
        let output = OutputInput {
            amount: "1,5".into(),
            currency_id: Some(Id(4)),
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(output.amount.to_string(), "1.50");
    }
}
