//! Department (DOMAIN.md §2.3): the unit records belong to and visibility is scoped by.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Violations};

/// Longest department name (`str(150)`).
pub const NAME_MAX: usize = 150;

/// A department as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Department {
    pub id: Id,
    pub name: String,
    pub default_country_id: Option<Id>,
    pub default_currency_id: Option<Id>,
    /// "Sells abroad": deals need a country and reports break down by country.
    pub works_globally: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DepartmentInput {
    pub name: String,
    pub default_country_id: Option<Id>,
    pub default_currency_id: Option<Id>,
    pub works_globally: bool,
}

impl DepartmentInput {
    /// Trims the name and enforces "required" and the column length; uniqueness is the store's.
    pub fn validate(mut self) -> Result<DepartmentInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        v.into_result(self)
    }
}

/// The filters of the department list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DepartmentFilter {
    pub works_globally: Option<bool>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the department list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DepartmentSort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    #[test]
    fn a_department_needs_a_name_of_at_most_150_characters() {
        let rule = |name: &str| {
            DepartmentInput {
                name: name.into(),
                ..DepartmentInput::default()
            }
            .validate()
            .err()
            .map(|v| v.0[0].rule.clone())
        };
        assert_eq!(rule(""), Some(Rule::Required));
        assert_eq!(rule(&"é".repeat(NAME_MAX)), None);
        assert_eq!(
            rule(&"é".repeat(NAME_MAX + 1)),
            Some(Rule::TooLong { max: NAME_MAX })
        );
    }

    #[test]
    fn the_name_is_stored_trimmed() {
        let valid = DepartmentInput {
            name: "  Global sales ".into(),
            works_globally: true,
            ..DepartmentInput::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(valid.name, "Global sales");
        assert!(valid.works_globally);
    }
}
