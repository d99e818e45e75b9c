//! Stage (DOMAIN.md §3.7): a step of a department's deal pipeline.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest name (`str(70)`).
pub const NAME_MAX: usize = 70;
/// Positions start at 1 like the seeds; the column is a SMALLINT.
pub const INDEX_NUMBER_MIN: i32 = 1;
pub const INDEX_NUMBER_MAX: i32 = i16::MAX as i32;

/// A deal stage as stored. The flags have per-department invariants (at most one `default`, one
/// `second_default` and one `goods_shipped`, exactly one `success_stage`) that the store checks
/// against the department's other stages.
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are independent stored columns (§3.7)"
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Stage {
    pub id: Id,
    /// Seeded names are message ids the UI translates (§7).
    pub name: String,
    pub department_id: Id,
    /// Position in the pipeline; saving a changed one renumbers the others (R-REF-1).
    pub index_number: i16,
    /// The stage of a new deal. Stored as `is_default`: `default` is reserved in SQL.
    pub default: bool,
    /// The stage a deal moves to the first time it is edited (R-DEAL-9).
    pub second_default: bool,
    /// Reaching it means the deal is won.
    pub success_stage: bool,
    /// "Won enough to count", e.g. the first payment received.
    pub conditional_success_stage: bool,
    pub goods_shipped: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are independent stored columns (§3.7)"
)]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct StageInput {
    pub name: String,
    pub department_id: Option<Id>,
    /// Default 1.
    pub index_number: Option<i32>,
    pub default: bool,
    pub second_default: bool,
    pub success_stage: bool,
    pub conditional_success_stage: bool,
    pub goods_shipped: bool,
}

impl StageInput {
    /// Trims the name and enforces the required fields, the column length and the position range.
    pub fn validate(mut self) -> Result<StageInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        if self.department_id.is_none() {
            v.push("department_id", Rule::Required);
        }
        let index_number = *self.index_number.get_or_insert(1);
        validation::integer(
            &mut v,
            "index_number",
            i64::from(index_number),
            i64::from(INDEX_NUMBER_MIN),
            i64::from(INDEX_NUMBER_MAX),
        );
        v.into_result(self)
    }
}

/// The filters of the stage list; pickers show one department's stages (R-REF-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct StageFilter {
    pub department_id: Option<Id>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the stage list can be sorted by; the pipeline order is `index_number`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum StageSort {
    #[default]
    IndexNumber,
    Name,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn rules(input: StageInput) -> Vec<(&'static str, Rule)> {
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

    fn stage(name: &str, index_number: Option<i32>) -> StageInput {
        StageInput {
            name: name.into(),
            department_id: Some(Id(1)),
            index_number,
            ..StageInput::default()
        }
    }

    #[test]
    fn name_and_department_are_required_and_the_name_is_bounded() {
        assert_eq!(
            rules(StageInput::default()),
            [("name", Rule::Required), ("department_id", Rule::Required)]
        );
        assert_eq!(rules(stage(&"я".repeat(NAME_MAX), None)), []);
        assert_eq!(
            rules(stage(&"я".repeat(NAME_MAX + 1), None)),
            [("name", Rule::TooLong { max: NAME_MAX })]
        );
    }

    #[test]
    fn the_position_defaults_to_one_and_fits_a_smallint() {
        let valid = stage("request", None).validate().expect("valid");
        assert_eq!(valid.index_number, Some(1));
        assert_eq!(rules(stage("invoice", Some(32_767))), []);
        let range = Rule::OutOfRange {
            min: "1".into(),
            max: "32767".into(),
        };
        assert_eq!(
            rules(stage("invoice", Some(32_768))),
            [("index_number", range.clone())]
        );
        assert_eq!(rules(stage("invoice", Some(0))), [("index_number", range)]);
    }
}
