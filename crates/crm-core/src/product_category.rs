//! ProductCategory (DOMAIN.md §3.9).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Violations};

/// Longest name (`str(70)`).
pub const NAME_MAX: usize = 70;

/// A product category as stored. It belongs to a department but has no owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProductCategory {
    pub id: Id,
    pub name: String,
    pub description: String,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ProductCategoryInput {
    pub name: String,
    pub description: String,
    /// Empty takes the acting user's department (R-USER-4), as the command decides.
    pub department_id: Option<Id>,
}

impl ProductCategoryInput {
    /// Trims the texts and enforces the required name and its column length.
    pub fn validate(mut self) -> Result<ProductCategoryInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        self.description = validation::trimmed(&self.description);
        v.into_result(self)
    }
}

/// The filters of the product-category list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ProductCategoryFilter {
    pub department_id: Option<Id>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name or description.
    pub text: Option<String>,
}

/// The columns the product-category list can be sorted by; the spec's order is the name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ProductCategorySort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    fn rule(name: &str) -> Option<Rule> {
        ProductCategoryInput {
            name: name.into(),
            ..ProductCategoryInput::default()
        }
        .validate()
        .err()
        .map(|v| v.0[0].rule.clone())
    }

    #[test]
    fn the_name_is_required_and_at_most_70_characters() {
        assert_eq!(rule("\t"), Some(Rule::Required));
        assert_eq!(rule(&"ł".repeat(NAME_MAX)), None);
        assert_eq!(
            rule(&"ł".repeat(NAME_MAX + 1)),
            Some(Rule::TooLong { max: NAME_MAX })
        );
    }

    #[test]
    fn the_description_is_unbounded_but_trimmed() {
        let valid = ProductCategoryInput {
            name: "Valves".into(),
            description: format!("  {}  ", "x".repeat(10_000)),
            department_id: Some(Id(2)),
        }
        .validate()
        .expect("valid");
        assert_eq!(valid.description.len(), 10_000);
    }
}
