//! Product (DOMAIN.md §3.10): goods and services a department sells.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, DecimalSpec, Violations};

/// Longest name (`str(70)`).
pub const NAME_MAX: usize = 70;

/// A product as stored. It belongs to a department but has no owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Product {
    pub id: Id,
    pub name: String,
    pub description: String,
    pub price: Option<Decimal>,
    pub currency_id: Option<Id>,
    pub on_sale: bool,
    /// Null only in imported data: the form always offers a choice.
    pub r#type: Option<ProductType>,
    pub product_category_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// Whether a product is goods or a service (the UI translates the label).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum ProductType {
    #[default]
    #[serde(rename = "G")]
    Goods,
    #[serde(rename = "S")]
    Service,
}

/// A product edit as a form sends it: the price arrives as typed text and is parsed here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ProductInput {
    pub name: String,
    pub description: String,
    /// Blank means no price.
    pub price: String,
    pub currency_id: Option<Id>,
    /// Default true.
    pub on_sale: Option<bool>,
    /// Default goods.
    pub r#type: Option<ProductType>,
    pub product_category_id: Option<Id>,
    /// Empty takes the acting user's department (R-USER-4), as the command decides.
    pub department_id: Option<Id>,
}

/// A validated product edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProductValid {
    pub name: String,
    pub description: String,
    pub price: Option<Decimal>,
    pub currency_id: Option<Id>,
    pub on_sale: bool,
    pub r#type: Option<ProductType>,
    pub product_category_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl ProductInput {
    /// Trims the texts, enforces the required name and its length, parses the price exactly (not
    /// negative, two decimals) and fills the defaults.
    pub fn validate(self) -> Result<ProductValid, Violations> {
        let mut v = Violations::default();
        let name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        let price = validation::decimal(&mut v, "price", &self.price, DecimalSpec::money());
        v.into_result(ProductValid {
            name,
            description: validation::trimmed(&self.description),
            price,
            currency_id: self.currency_id,
            on_sale: self.on_sale.unwrap_or(true),
            r#type: Some(self.r#type.unwrap_or_default()),
            product_category_id: self.product_category_id,
            department_id: self.department_id,
        })
    }
}

/// The filters of the product list; pickers show one department's products (R-REF-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ProductFilter {
    pub department_id: Option<Id>,
    pub product_category_id: Option<Id>,
    pub currency_id: Option<Id>,
    pub on_sale: Option<bool>,
    pub r#type: Option<ProductType>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name or description.
    pub text: Option<String>,
}

/// The columns the product list can be sorted by; the spec's order is the name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ProductSort {
    #[default]
    Name,
    CreatedAt,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::{Rule, Violation};
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};

    fn product(name: &str, price: &str) -> ProductInput {
        ProductInput {
            name: name.into(),
            price: price.into(),
            ..ProductInput::default()
        }
    }

    fn rules(input: ProductInput) -> Vec<(&'static str, Rule)> {
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
    fn the_name_is_required_and_at_most_70_characters() {
        assert_eq!(rules(product("", "")), [("name", Rule::Required)]);
        assert_eq!(rules(product(&"ж".repeat(NAME_MAX), "")), []);
        assert_eq!(
            rules(product(&"ж".repeat(NAME_MAX + 1), "")),
            [("name", Rule::TooLong { max: NAME_MAX })]
        );
    }

    #[test]
    fn the_price_is_optional_exact_and_never_negative() {
        let valid = product("Valve", "1,5").validate().expect("valid");
        assert_eq!(valid.price.map(|p| p.to_string()), Some("1.50".into()));
        assert_eq!(product("Valve", " ").validate().expect("valid").price, None);
        assert_eq!(
            rules(product("Valve", "1.234")),
            [("price", Rule::TooManyDecimals { max: 2 })]
        );
        assert_eq!(rules(product("Valve", "1.2.3")), [("price", Rule::NotANumber)]);
        assert_eq!(
            rules(product("Valve", "-0.01")),
            [(
                "price",
                Rule::OutOfRange {
                    min: "0".into(),
                    max: "9999999999999999.99".into()
                }
            )]
        );
    }

    #[test]
    fn a_new_product_is_goods_on_sale() {
        let valid = product("Valve", "").validate().expect("valid");
        assert!(valid.on_sale);
        assert_eq!(valid.r#type, Some(ProductType::Goods));
        let service = ProductInput {
            on_sale: Some(false),
            r#type: Some(ProductType::Service),
            ..product("Installation", "")
        }
        .validate()
        .expect("valid");
        assert!(!service.on_sale);
        assert_eq!(service.r#type, Some(ProductType::Service));
    }

    #[test]
    fn product_types_use_the_stored_codes() {
        let parse = |code: &str| {
            let de: StrDeserializer<Error> = code.into_deserializer();
            ProductType::deserialize(de).ok()
        };
        assert_eq!(parse("G"), Some(ProductType::Goods));
        assert_eq!(parse("S"), Some(ProductType::Service));
        assert_eq!(parse("g"), None);
        assert_eq!(parse("Goods"), None);
    }
}
