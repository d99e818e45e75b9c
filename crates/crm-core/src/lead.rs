//! Lead: a prospect whose company is not (yet) in the database (DOMAIN.md §4.1, §4.2, §4.5).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::contact::{CITY_NAME_MAX, EMAIL_MAX, SECONDARY_EMAIL_MAX, SHORT_TEXT_MAX, Sex};
use crate::person_name::{self, PersonName};
use crate::validation::{self, Rule, Violations};

/// Longest company name and website (`str(200)`).
pub const COMPANY_NAME_MAX: usize = 200;
/// Longest company phone (`str(20)`).
pub const COMPANY_PHONE_MAX: usize = 20;

/// A lead as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Lead {
    pub id: Id,
    /// One or more addresses separated by commas (R-GEN-5).
    pub email: String,
    pub address: String,
    pub region: String,
    pub district: String,
    pub description: String,
    /// Not a real prospect: shown with a warning and left out of request statistics (R-LEAD-1).
    pub disqualified: bool,
    pub lead_source_id: Option<Id>,
    pub massmail: bool,
    /// Create-once token (R-GEN-3).
    pub token: String,
    pub was_in_touch: Option<NaiveDate>,
    pub first_name: String,
    pub middle_name: String,
    pub last_name: String,
    pub title: Option<String>,
    pub sex: Option<Sex>,
    pub birth_date: Option<NaiveDate>,
    pub secondary_email: String,
    pub phone: String,
    pub other_phone: String,
    pub mobile: String,
    pub city_name: String,
    pub city_id: Option<Id>,
    pub country_id: Option<Id>,
    /// Path of the photo in the file store; changed by its own action, never by the form.
    pub avatar: Option<String>,
    pub company_name: String,
    pub website: String,
    pub company_phone: String,
    pub company_address: String,
    pub company_email: String,
    pub type_id: Option<Id>,
    /// An existing contact this lead corresponds to.
    pub contact_id: Option<Id>,
    /// An existing company this lead belongs to.
    pub company_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub tag_ids: Vec<Id>,
    pub industry_ids: Vec<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct LeadInput {
    /// The create-once token of the form (R-GEN-3): a second create with it is refused.
    pub token: Option<String>,
    pub email: String,
    pub address: String,
    pub region: String,
    pub district: String,
    pub description: String,
    pub disqualified: bool,
    pub lead_source_id: Option<Id>,
    /// Default true.
    pub massmail: Option<bool>,
    pub was_in_touch: Option<NaiveDate>,
    pub first_name: String,
    pub middle_name: String,
    pub last_name: String,
    pub title: Option<String>,
    /// Nullable: the create form pre-fills [`Sex::default`].
    pub sex: Option<Sex>,
    pub birth_date: Option<NaiveDate>,
    pub secondary_email: String,
    pub phone: String,
    pub other_phone: String,
    pub mobile: String,
    pub city_name: String,
    pub city_id: Option<Id>,
    pub country_id: Option<Id>,
    pub company_name: String,
    pub website: String,
    pub company_phone: String,
    pub company_address: String,
    pub company_email: String,
    pub type_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub company_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub tag_ids: Vec<Id>,
    pub industry_ids: Vec<Id>,
}

impl LeadInput {
    /// Re-splits the name (R-GEN-4), refuses a bare prefix as first name (R-GEN-8), trims every
    /// text, enforces the required first name, column lengths and the address rules, and fills
    /// the defaults. Duplicates (R-CONT-2) and the conversion rules (R-LEAD-2) are the store's.
    pub fn validate(mut self) -> Result<LeadInput, Violations> {
        let mut v = Violations::default();
        let PersonName { first, middle, last } = person_name::checked(
            &mut v,
            [&self.first_name, &self.middle_name, &self.last_name],
            true,
        );
        if person_name::is_prefix_only(&first) {
            v.push("first_name", Rule::NameIsPrefix);
        }
        (self.first_name, self.middle_name, self.last_name) = (first, middle, last);
        self.email = validation::email_list(&mut v, "email", &self.email, EMAIL_MAX);
        self.secondary_email = validation::email(
            &mut v,
            "secondary_email",
            &self.secondary_email,
            SECONDARY_EMAIL_MAX,
        );
        self.address = validation::trimmed(&self.address);
        self.region = validation::text(&mut v, "region", &self.region, SHORT_TEXT_MAX, false);
        self.district = validation::text(&mut v, "district", &self.district, SHORT_TEXT_MAX, false);
        self.description = validation::trimmed(&self.description);
        self.title = validation::optional_text(&mut v, "title", self.title.as_deref(), SHORT_TEXT_MAX);
        self.phone = validation::text(&mut v, "phone", &self.phone, SHORT_TEXT_MAX, false);
        self.other_phone = validation::text(&mut v, "other_phone", &self.other_phone, SHORT_TEXT_MAX, false);
        self.mobile = validation::text(&mut v, "mobile", &self.mobile, SHORT_TEXT_MAX, false);
        self.city_name = validation::text(&mut v, "city_name", &self.city_name, CITY_NAME_MAX, false);
        self.company_name = validation::text(
            &mut v,
            "company_name",
            &self.company_name,
            COMPANY_NAME_MAX,
            false,
        );
        self.website = validation::text(&mut v, "website", &self.website, COMPANY_NAME_MAX, false);
        self.company_phone = validation::text(
            &mut v,
            "company_phone",
            &self.company_phone,
            COMPANY_PHONE_MAX,
            false,
        );
        self.company_address = validation::trimmed(&self.company_address);
        self.company_email =
            validation::email(&mut v, "company_email", &self.company_email, SECONDARY_EMAIL_MAX);
        self.massmail.get_or_insert(true);
        self.tag_ids.sort_unstable();
        self.tag_ids.dedup();
        self.industry_ids.sort_unstable();
        self.industry_ids.dedup();
        validation::token(&mut v, "token", self.token.as_deref());
        v.into_result(self)
    }
}

/// The filters of the lead list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct LeadFilter {
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    /// Leads linked to this company.
    pub company_id: Option<Id>,
    /// Leads linked to this contact.
    pub contact_id: Option<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    pub type_id: Option<Id>,
    pub lead_source_id: Option<Id>,
    /// Leads carrying this tag.
    pub tag_id: Option<Id>,
    pub disqualified: Option<bool>,
    pub massmail: Option<bool>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_until: Option<DateTime<Utc>>,
    pub updated_from: Option<DateTime<Utc>>,
    pub updated_until: Option<DateTime<Utc>>,
    /// Free text (R-GEN-9): `ID123` finds one id; anything else is a case-insensitive substring
    /// of the first or last name, either e-mail, the company name, the description, the three
    /// phones, the city or the address.
    pub text: Option<String>,
    /// The trash: soft-deleted leads instead of live ones.
    pub deleted: bool,
}

/// The columns the lead list can be sorted by (a whitelist: nothing else reaches the SQL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum LeadSort {
    FirstName,
    LastName,
    CompanyName,
    CreatedAt,
    #[default]
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    #[test]
    fn a_lead_needs_a_first_name_that_is_more_than_a_prefix() {
        let missing = LeadInput::default().validate().expect_err("invalid");
        assert_eq!(
            missing.0,
            vec![Violation {
                field: "first_name",
                rule: Rule::Required
            }]
        );
        let prefix = LeadInput {
            first_name: "Prof.".into(),
            ..LeadInput::default()
        }
        .validate()
        .expect_err("invalid");
        assert_eq!(prefix.0[0].rule, Rule::NameIsPrefix);
    }

    #[test]
    fn company_fields_have_their_own_limits() {
        let violations = LeadInput {
            first_name: "Anna".into(),
            company_phone: "+49 30 1234 5678 90 12".into(),
            company_email: "info@acme".into(),
            website: "w".repeat(COMPANY_NAME_MAX + 1),
            ..LeadInput::default()
        }
        .validate()
        .expect_err("invalid");
        let fields: Vec<_> = violations.iter().map(|v| (v.field, v.rule.code())).collect();
        assert_eq!(
            fields,
            [
                ("website", "too_long"),
                ("company_phone", "too_long"),
                ("company_email", "invalid_email")
            ]
        );
    }

    #[test]
    fn names_are_reparsed_and_sets_settled() {
        let lead = LeadInput {
            first_name: "Sir Isaac".into(),
            middle_name: "  ".into(),
            last_name: " Newton ".into(),
            industry_ids: vec![Id(5), Id(4), Id(5)],
            ..LeadInput::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(lead.first_name, "Sir Isaac");
        assert_eq!(lead.middle_name, "");
        assert_eq!(lead.last_name, "Newton");
        assert_eq!(lead.industry_ids, vec![Id(4), Id(5)]);
        assert_eq!(lead.massmail, Some(true));
    }
}
