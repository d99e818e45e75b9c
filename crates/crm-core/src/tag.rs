//! Tag (DOMAIN.md §3.11): a CRM tag of a department, put on companies, contacts, leads and deals.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Violations};

/// Longest tag name (`str(70)`).
pub const NAME_MAX: usize = 70;

/// A tag as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Tag {
    pub id: Id,
    pub name: String,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a user edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TagInput {
    pub name: String,
    /// Empty takes the acting user (R-GEN-1), as the command decides.
    pub owner_id: Option<Id>,
    /// Empty takes the owner's or the acting user's department (R-USER-4).
    pub department_id: Option<Id>,
}

impl TagInput {
    /// Trims the name and enforces "required" and the column length. Uniqueness in the
    /// department (R-REF-3) is the store's, comparing [`name_key`]s.
    pub fn validate(mut self) -> Result<TagInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        v.into_result(self)
    }
}

/// What two tag names of one department must not share (R-REF-3): the name without case, folded
/// Unicode-aware because the databases fold ASCII only.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The filters of the tag list; pickers show the current department's tags (R-REF-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TagFilter {
    pub department_id: Option<Id>,
    pub owner_id: Option<Id>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the tag list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TagSort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Rule;

    fn validate(name: &str) -> Result<TagInput, Option<Rule>> {
        TagInput {
            name: name.into(),
            ..TagInput::default()
        }
        .validate()
        .map_err(|v| v.0.first().map(|violation| violation.rule.clone()))
    }

    #[test]
    fn a_tag_name_is_trimmed_non_empty_and_at_most_70_characters() {
        assert_eq!(validate("  \n ").err(), Some(Some(Rule::Required)));
        assert_eq!(validate("  VIP ").map(|tag| tag.name), Ok("VIP".into()));
        assert!(
            validate(&"€".repeat(NAME_MAX)).is_ok(),
            "210 bytes, 70 characters"
        );
        assert_eq!(
            validate(&"€".repeat(NAME_MAX + 1)).err(),
            Some(Some(Rule::TooLong { max: NAME_MAX }))
        );
    }

    #[test]
    fn names_differing_in_case_only_are_the_same_tag() {
        assert_eq!(name_key(" Ärger "), name_key("ÄRGER"));
        assert_eq!(name_key("МОСКВА"), name_key("москва"));
        assert_ne!(name_key("VIP"), name_key("VIP customer"));
    }
}
