//! Company (DOMAIN.md §4.1 counterparty block and §4.3).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Violations};

/// A company as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Company {
    pub id: Id,
    pub full_name: String,
    pub alternative_names: String,
    pub website: String,
    pub active: bool,
    pub phone: String,
    pub city_name: String,
    pub city_id: Option<Id>,
    pub registration_number: String,
    pub country_id: Option<Id>,
    pub type_id: Option<Id>,
    pub logo: Option<String>,
    pub email: String,
    pub address: String,
    pub region: String,
    pub district: String,
    pub description: String,
    pub disqualified: bool,
    pub lead_source_id: Option<Id>,
    pub massmail: bool,
    /// Create-once token (R-GEN-3).
    pub token: String,
    pub was_in_touch: Option<NaiveDate>,
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
pub struct CompanyInput {
    /// The create-once token of the form (R-GEN-3): a second create with it is refused.
    pub token: Option<String>,
    pub full_name: String,
    pub alternative_names: String,
    pub website: String,
    pub active: Option<bool>,
    pub phone: String,
    pub city_name: String,
    pub city_id: Option<Id>,
    pub registration_number: String,
    pub country_id: Option<Id>,
    pub type_id: Option<Id>,
    pub email: String,
    pub address: String,
    pub region: String,
    pub district: String,
    pub description: String,
    pub disqualified: bool,
    pub lead_source_id: Option<Id>,
    pub massmail: Option<bool>,
    pub was_in_touch: Option<NaiveDate>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub tag_ids: Vec<Id>,
    pub industry_ids: Vec<Id>,
}

impl CompanyInput {
    /// Trims every text, enforces required fields, column lengths and the e-mail list rule
    /// (R-GEN-5), and fills the defaults of the spec.
    pub fn validate(mut self) -> Result<CompanyInput, Violations> {
        let mut v = Violations::default();
        self.full_name = validation::text(&mut v, "full_name", &self.full_name, 200, true);
        self.alternative_names =
            validation::text(&mut v, "alternative_names", &self.alternative_names, 100, false);
        self.website = validation::text(&mut v, "website", &self.website, 200, false);
        self.phone = validation::text(&mut v, "phone", &self.phone, 100, false);
        self.city_name = validation::text(&mut v, "city_name", &self.city_name, 100, false);
        self.registration_number = validation::text(
            &mut v,
            "registration_number",
            &self.registration_number,
            30,
            false,
        );
        self.email = validation::email_list(&mut v, "email", &self.email, 200);
        self.address = validation::trimmed(&self.address);
        self.region = validation::text(&mut v, "region", &self.region, 100, false);
        self.district = validation::text(&mut v, "district", &self.district, 100, false);
        self.description = validation::trimmed(&self.description);
        self.active.get_or_insert(true);
        self.massmail.get_or_insert(true);
        self.tag_ids.sort_unstable();
        self.tag_ids.dedup();
        self.industry_ids.sort_unstable();
        self.industry_ids.dedup();
        validation::token(&mut v, "token", self.token.as_deref());
        v.into_result(self)
    }
}

/// The filters of the company list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CompanyFilter {
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    pub type_id: Option<Id>,
    /// Companies carrying this tag.
    pub tag_id: Option<Id>,
    pub disqualified: Option<bool>,
    pub active: Option<bool>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_until: Option<DateTime<Utc>>,
    pub updated_from: Option<DateTime<Utc>>,
    pub updated_until: Option<DateTime<Utc>>,
    /// Free text (R-GEN-9): `ID123` finds one id; anything else is a case-insensitive substring
    /// of the name, alternative names, website, phone, city, address, e-mail, description or
    /// registration number.
    pub text: Option<String>,
    /// The trash: soft-deleted companies instead of live ones.
    pub deleted: bool,
}

/// The columns the company list can be sorted by (a whitelist: nothing else reaches the SQL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CompanySort {
    FullName,
    CreatedAt,
    #[default]
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::{Rule, Violation};

    #[test]
    fn a_company_needs_a_name_and_valid_addresses() {
        let input = CompanyInput {
            email: "sales@acme.example, broken@".into(),
            ..CompanyInput::default()
        };
        let violations = input.validate().expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "full_name",
                    rule: Rule::Required
                },
                Violation {
                    field: "email",
                    rule: Rule::InvalidEmail
                },
            ]
        );
    }

    #[test]
    fn defaults_and_duplicates_are_settled_on_validation() {
        let input = CompanyInput {
            full_name: "  Acme Ltd ".into(),
            email: "\"Sales\" <sales@acme.example>, info@acme.example".into(),
            tag_ids: vec![Id(3), Id(1), Id(3)],
            ..CompanyInput::default()
        };
        let valid = input.validate().expect("valid");
        assert_eq!(valid.full_name, "Acme Ltd");
        assert_eq!(valid.active, Some(true));
        assert_eq!(valid.massmail, Some(true));
        assert_eq!(valid.tag_ids, vec![Id(1), Id(3)]);
    }
}
