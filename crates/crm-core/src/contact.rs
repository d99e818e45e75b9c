//! Contact person of a company (DOMAIN.md §4.1 counterparty block, §4.2 person block, §4.4).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::person_name::{self, PersonName};
use crate::validation::{self, Rule, Violations};

/// Longest counterparty e-mail list (`str(200)`).
pub const EMAIL_MAX: usize = 200;
/// Longest single address (`str(254)`).
pub const SECONDARY_EMAIL_MAX: usize = 254;
/// Longest title, region, district and phone number (`str(100)`).
pub const SHORT_TEXT_MAX: usize = 100;
/// Longest typed city of a person (`str(50)`).
pub const CITY_NAME_MAX: usize = 50;

/// Sex of a person, stored as one letter. New contacts and leads start as [`Sex::Male`], the
/// reference product's default that §16 keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum Sex {
    #[default]
    #[serde(rename = "M")]
    Male,
    #[serde(rename = "F")]
    Female,
    #[serde(rename = "O")]
    Other,
}

/// A contact as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Contact {
    pub id: Id,
    /// One or more addresses separated by commas (R-GEN-5).
    pub email: String,
    pub address: String,
    pub region: String,
    pub district: String,
    pub description: String,
    pub disqualified: bool,
    pub lead_source_id: Option<Id>,
    /// Mailing-list recipient; false = unsubscribed.
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
    pub company_id: Id,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub tag_ids: Vec<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ContactInput {
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
    /// Required; optional here so that a missing company is a field error.
    pub company_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub tag_ids: Vec<Id>,
}

impl ContactInput {
    /// Re-splits the name (R-GEN-4), refuses a bare prefix as first name (R-GEN-8), trims every
    /// text, enforces the required first name and company, column lengths and the address rules
    /// (R-GEN-5), and fills the defaults. Owner and department follow the company (R-CONT-1) and
    /// duplicates are looked up (R-CONT-2) in the store.
    pub fn validate(mut self) -> Result<ContactInput, Violations> {
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
        if self.company_id.is_none() {
            v.push("company_id", Rule::Required);
        }
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
        self.massmail.get_or_insert(true);
        self.tag_ids.sort_unstable();
        self.tag_ids.dedup();
        validation::token(&mut v, "token", self.token.as_deref());
        v.into_result(self)
    }
}

/// The filters of the contact list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ContactFilter {
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    /// Contacts of this company.
    pub company_id: Option<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    pub lead_source_id: Option<Id>,
    /// Contacts carrying this tag.
    pub tag_id: Option<Id>,
    pub disqualified: Option<bool>,
    pub massmail: Option<bool>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_until: Option<DateTime<Utc>>,
    pub updated_from: Option<DateTime<Utc>>,
    pub updated_until: Option<DateTime<Utc>>,
    /// Free text (R-GEN-9): `ID123` finds one id; anything else is a case-insensitive substring
    /// of the first or last name, either e-mail, the description, the three phones, the city,
    /// the address, or the company's name, website, city, address, e-mail or description.
    pub text: Option<String>,
    /// The trash: soft-deleted contacts instead of live ones.
    pub deleted: bool,
}

/// The columns the contact list can be sorted by (a whitelist: nothing else reaches the SQL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ContactSort {
    FirstName,
    LastName,
    CreatedAt,
    #[default]
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn valid() -> ContactInput {
        ContactInput {
            first_name: "Anna".into(),
            company_id: Some(Id(7)),
            ..ContactInput::default()
        }
    }

    #[test]
    fn a_contact_needs_a_first_name_and_a_company() {
        let violations = ContactInput::default().validate().expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "first_name",
                    rule: Rule::Required
                },
                Violation {
                    field: "company_id",
                    rule: Rule::Required
                },
            ]
        );
    }

    #[test]
    fn the_name_is_split_again_on_every_save() {
        let contact = ContactInput {
            first_name: " dr. Anna Maria ".into(),
            last_name: "Schmidt".into(),
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(
            (
                contact.first_name.as_str(),
                contact.middle_name.as_str(),
                contact.last_name.as_str()
            ),
            ("Dr. Anna", "Maria", "Schmidt")
        );
    }

    #[test]
    fn a_bare_prefix_is_not_a_first_name() {
        for typed in ["Dr.", "mr", "PhD"] {
            let violations = ContactInput {
                first_name: typed.into(),
                ..valid()
            }
            .validate()
            .expect_err(typed);
            assert_eq!(
                violations.0,
                vec![Violation {
                    field: "first_name",
                    rule: Rule::NameIsPrefix
                }],
                "{typed}"
            );
        }
    }

    #[test]
    fn addresses_lengths_and_defaults() {
        let violations = ContactInput {
            email: "anna@acme.example, anna@".into(),
            secondary_email: "a@acme.example, b@acme.example".into(),
            city_name: "x".repeat(CITY_NAME_MAX + 1),
            ..valid()
        }
        .validate()
        .expect_err("invalid");
        let fields: Vec<_> = violations.iter().map(|v| (v.field, v.rule.code())).collect();
        assert_eq!(
            fields,
            [
                ("email", "invalid_email"),
                ("secondary_email", "invalid_email"),
                ("city_name", "too_long")
            ]
        );
        let contact = ContactInput {
            title: Some("   ".into()),
            tag_ids: vec![Id(2), Id(2), Id(1)],
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(contact.title, None);
        assert_eq!(contact.massmail, Some(true));
        assert_eq!(contact.tag_ids, vec![Id(1), Id(2)]);
    }

    #[test]
    fn sex_is_stored_as_one_letter() {
        use serde::de::{IntoDeserializer, value::Error};
        let read = |code: &str| Sex::deserialize(IntoDeserializer::<Error>::into_deserializer(code));
        assert_eq!(read("M"), Ok(Sex::Male));
        assert_eq!(read("F"), Ok(Sex::Female));
        assert_eq!(read("O"), Ok(Sex::Other));
        assert!(read("Male").is_err());
    }
}
