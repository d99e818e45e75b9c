//! LeadSource (DOMAIN.md §3.6): where inquiries of a department come from.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest name and template names (`str(70)`).
pub const NAME_MAX: usize = 70;
/// Longest e-mail address (`str(254)`).
pub const EMAIL_MAX: usize = 254;

/// A lead source as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LeadSource {
    pub id: Id,
    /// Seeded names are message ids the UI translates (§7).
    pub name: String,
    pub department_id: Id,
    /// The company mailbox where this source's inquiries arrive: mail sent to it is attributed to
    /// this source.
    pub email: String,
    /// Public token of the source's web form: lowercase UUID text, random, never edited.
    pub uuid: String,
    /// Name of the embeddable form template, when the source has a hosted form.
    pub form_template: String,
    /// Name of the "thank you" page template.
    pub success_template: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits; the UUID is generated, never typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct LeadSourceInput {
    pub name: String,
    pub department_id: Option<Id>,
    pub email: String,
    pub form_template: String,
    pub success_template: String,
}

impl LeadSourceInput {
    /// Trims every text and enforces the required fields, column lengths and the address form.
    pub fn validate(mut self) -> Result<LeadSourceInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        if self.department_id.is_none() {
            v.push("department_id", Rule::Required);
        }
        self.email = validation::email(&mut v, "email", &self.email, EMAIL_MAX);
        self.form_template = validation::text(&mut v, "form_template", &self.form_template, NAME_MAX, false);
        self.success_template = validation::text(
            &mut v,
            "success_template",
            &self.success_template,
            NAME_MAX,
            false,
        );
        v.into_result(self)
    }
}

/// The filters of the lead-source list; pickers show one department's sources (R-REF-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct LeadSourceFilter {
    pub department_id: Option<Id>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name or the e-mail.
    pub text: Option<String>,
}

/// The columns the lead-source list can be sorted by. The picker lists names descending, an
/// upstream quirk kept (§3.6); that is the page's direction, not another column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum LeadSourceSort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn rules(input: LeadSourceInput) -> Vec<(&'static str, Rule)> {
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
    fn name_and_department_are_required() {
        assert_eq!(
            rules(LeadSourceInput::default()),
            [("name", Rule::Required), ("department_id", Rule::Required)]
        );
    }

    #[test]
    fn lengths_are_counted_in_characters_and_the_address_is_checked() {
        let input = LeadSourceInput {
            name: "website form".into(),
            department_id: Some(Id(1)),
            email: "inquiries@acme".into(),
            form_template: "ф".repeat(NAME_MAX),
            success_template: "ф".repeat(NAME_MAX + 1),
        };
        assert_eq!(
            rules(input),
            [
                ("email", Rule::InvalidEmail),
                ("success_template", Rule::TooLong { max: NAME_MAX }),
            ]
        );
        let valid = LeadSourceInput {
            name: " exhibition ".into(),
            department_id: Some(Id(1)),
            email: " fair@acme.example ".into(),
            ..LeadSourceInput::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(
            (valid.name.as_str(), valid.email.as_str()),
            ("exhibition", "fair@acme.example")
        );
    }
}
