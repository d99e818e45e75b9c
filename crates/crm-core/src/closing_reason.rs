//! ClosingReason (DOMAIN.md §3.8): why a department's deal was closed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest name (`str(70)`).
pub const NAME_MAX: usize = 70;
/// Ratings start at 1 like the seeds; the column is a SMALLINT.
pub const INDEX_NUMBER_MIN: i32 = 1;
pub const INDEX_NUMBER_MAX: i32 = i16::MAX as i32;

/// A closing reason as stored. A department that owns deals has exactly one success reason; the
/// store checks that against the department's other reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ClosingReason {
    pub id: Id,
    /// Seeded names are message ids the UI translates (§7).
    pub name: String,
    pub department_id: Id,
    /// The order ("rating"); saving a changed one renumbers the others (R-REF-1).
    pub index_number: i16,
    /// Choosing it means the deal was won.
    pub success_reason: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ClosingReasonInput {
    pub name: String,
    pub department_id: Option<Id>,
    /// Required: unlike stages, reasons have no default position.
    pub index_number: Option<i32>,
    pub success_reason: bool,
}

impl ClosingReasonInput {
    /// Trims the name and enforces the required fields, the column length and the rating range.
    pub fn validate(mut self) -> Result<ClosingReasonInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        if self.department_id.is_none() {
            v.push("department_id", Rule::Required);
        }
        match self.index_number {
            None => v.push("index_number", Rule::Required),
            Some(index_number) => validation::integer(
                &mut v,
                "index_number",
                i64::from(index_number),
                i64::from(INDEX_NUMBER_MIN),
                i64::from(INDEX_NUMBER_MAX),
            ),
        }
        v.into_result(self)
    }
}

/// The filters of the closing-reason list; pickers show one department's reasons (R-REF-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ClosingReasonFilter {
    pub department_id: Option<Id>,
    pub success_reason: Option<bool>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the closing-reason list can be sorted by; the spec's order is `index_number`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ClosingReasonSort {
    #[default]
    IndexNumber,
    Name,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn rules(input: ClosingReasonInput) -> Vec<(&'static str, Rule)> {
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

    fn reason(name: &str, index_number: Option<i32>) -> ClosingReasonInput {
        ClosingReasonInput {
            name: name.into(),
            department_id: Some(Id(1)),
            index_number,
            success_reason: false,
        }
    }

    #[test]
    fn name_department_and_rating_are_required() {
        assert_eq!(
            rules(ClosingReasonInput::default()),
            [
                ("name", Rule::Required),
                ("department_id", Rule::Required),
                ("index_number", Rule::Required),
            ]
        );
    }

    #[test]
    fn name_and_rating_are_bounded() {
        assert_eq!(rules(reason(&"ğ".repeat(NAME_MAX), Some(3))), []);
        assert_eq!(
            rules(reason(&"ğ".repeat(NAME_MAX + 1), Some(3))),
            [("name", Rule::TooLong { max: NAME_MAX })]
        );
        assert_eq!(
            rules(reason("Purchase postponed", Some(-1))),
            [(
                "index_number",
                Rule::OutOfRange {
                    min: "1".into(),
                    max: "32767".into()
                }
            )]
        );
    }
}
