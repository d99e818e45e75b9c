//! A named per-department reference item (DOMAIN.md §3.5): ClientType ("type of clients", e.g.
//! reseller) and Industry ("industry of clients", e.g. railway) have exactly this shape and rules,
//! so one set of types serves both; `client_type` and `industry` name them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest name (`str(70)`).
pub const NAME_MAX: usize = 70;

/// A client type or industry as stored. Seeded names are message ids the UI translates (§7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DepartmentItem {
    pub id: Id,
    pub name: String,
    pub department_id: Id,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DepartmentItemInput {
    pub name: String,
    pub department_id: Option<Id>,
}

impl DepartmentItemInput {
    /// Trims the name and enforces the required fields and the column length.
    pub fn validate(mut self) -> Result<DepartmentItemInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        if self.department_id.is_none() {
            v.push("department_id", Rule::Required);
        }
        v.into_result(self)
    }
}

/// The filters of the list; pickers show one department's items (R-REF-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DepartmentItemFilter {
    pub department_id: Option<Id>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DepartmentItemSort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn rules(name: &str, department_id: Option<Id>) -> Vec<(&'static str, Rule)> {
        DepartmentItemInput {
            name: name.into(),
            department_id,
        }
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
    fn name_and_department_are_required() {
        assert_eq!(
            rules(" ", None),
            [("name", Rule::Required), ("department_id", Rule::Required)]
        );
    }

    #[test]
    fn the_name_is_at_most_70_characters() {
        assert_eq!(rules(&"ş".repeat(NAME_MAX), Some(Id(1))), []);
        assert_eq!(
            rules(&"ş".repeat(NAME_MAX + 1), Some(Id(1))),
            [("name", Rule::TooLong { max: NAME_MAX })]
        );
    }
}
