//! Request: a commercial inquiry (DOMAIN.md §4.6, R-REQ).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::person_name::{self, PersonName};
use crate::validation::{self, Rule, Violations};

/// Longest subject (`str(250)`).
pub const REQUEST_FOR_MAX: usize = 250;
/// Longest e-mail, display name included (`str(250)`).
pub const EMAIL_MAX: usize = 250;
/// Longest phone, website and company name (`str(200)`).
pub const PHONE_MAX: usize = 200;
/// Longest typed city (`str(100)`).
pub const CITY_NAME_MAX: usize = 100;
/// Fewest digits an acceptable phone number has (R-GEN-6).
pub const PHONE_MIN_DIGITS: usize = 7;

/// A request as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct Request {
    pub id: Id,
    /// The subject of the inquiry.
    pub request_for: String,
    pub first_name: String,
    pub middle_name: String,
    pub last_name: String,
    /// One address, possibly with a display name: `"Name" <addr>`.
    pub email: String,
    pub phone: String,
    pub website: String,
    pub lead_source_id: Option<Id>,
    /// The company as the requester named it.
    pub company_name: String,
    pub receipt_date: Option<NaiveDate>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub company_id: Option<Id>,
    /// The deal created from this request (R-REQ-18).
    pub deal_id: Option<Id>,
    /// Link table `request_products`.
    pub product_ids: Vec<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    pub city_name: String,
    /// The inquiry text.
    pub description: String,
    pub translation: String,
    /// Internal remark; becomes the deal description.
    pub remark: String,
    /// Awaiting processing; false = processed (R-REQ-5).
    pub pending: bool,
    /// Came from a client we already work with.
    pub subsequent: bool,
    /// Duplicate of another request: no deal, no analytics (R-REQ-16).
    pub duplicate: bool,
    /// Links were set automatically and should be checked (R-MATCH-5..7).
    pub verification_required: bool,
    /// A support incident that involves no payment (R-REQ-17); column `is_case`.
    pub r#case: bool,
    /// Correlation token shared with the deal and e-mails (not unique).
    pub ticket: String,
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update. The ticket is the store's and the deal
/// link is set by creating the deal (R-REQ-18).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct RequestInput {
    pub request_for: String,
    pub first_name: String,
    pub middle_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    pub lead_source_id: Option<Id>,
    pub company_name: String,
    /// The form pre-fills today.
    pub receipt_date: Option<NaiveDate>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub company_id: Option<Id>,
    pub product_ids: Vec<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    pub city_name: String,
    pub description: String,
    pub translation: String,
    pub remark: String,
    /// Default true.
    pub pending: Option<bool>,
    pub subsequent: bool,
    pub duplicate: bool,
    pub verification_required: bool,
    pub r#case: bool,
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl RequestInput {
    /// Re-splits the name (R-GEN-4), trims every text, enforces the subject, the first name
    /// unless a contact or lead is linked, column lengths, the address, the phone (R-GEN-6) and
    /// the exclusive links of R-REQ-3, and fills the defaults. Whether a linked contact belongs to
    /// the linked company needs the database and is the store's.
    pub fn validate(mut self) -> Result<RequestInput, Violations> {
        let mut v = Violations::default();
        self.request_for = validation::text(&mut v, "request_for", &self.request_for, REQUEST_FOR_MAX, true);
        let linked_person = self.contact_id.is_some() || self.lead_id.is_some();
        let PersonName { first, middle, last } = person_name::checked(
            &mut v,
            [&self.first_name, &self.middle_name, &self.last_name],
            !linked_person,
        );
        (self.first_name, self.middle_name, self.last_name) = (first, middle, last);
        self.email = validation::text(&mut v, "email", &self.email, EMAIL_MAX, false);
        if !self.email.is_empty() && !validation::is_email_address(validation::address_part(&self.email)) {
            v.push("email", Rule::InvalidEmail);
        }
        self.phone = phone(&mut v, "phone", &self.phone, PHONE_MAX);
        self.website = validation::text(&mut v, "website", &self.website, PHONE_MAX, false);
        self.company_name = validation::text(&mut v, "company_name", &self.company_name, PHONE_MAX, false);
        self.city_name = validation::text(&mut v, "city_name", &self.city_name, CITY_NAME_MAX, false);
        self.description = validation::trimmed(&self.description);
        self.translation = validation::trimmed(&self.translation);
        self.remark = validation::trimmed(&self.remark);
        if self.lead_id.is_some() {
            if self.contact_id.is_some() {
                v.push("contact_id", Rule::ContactOrLead);
                v.push("lead_id", Rule::ContactOrLead);
            }
            if self.company_id.is_some() {
                v.push("company_id", Rule::CompanyOrLead);
                v.push("lead_id", Rule::CompanyOrLead);
            }
        }
        self.pending.get_or_insert(true);
        self.product_ids.sort_unstable();
        self.product_ids.dedup();
        v.into_result(self)
    }
}

/// A phone number as typed: trimmed, within `max` characters and, when given, with at least
/// [`PHONE_MIN_DIGITS`] digits (R-GEN-6). Digits of any script count, as for the reference
/// product.
pub fn phone(v: &mut Violations, field: &'static str, value: &str, max: usize) -> String {
    let before = v.0.len();
    let kept = validation::text(v, field, value, max, false);
    let digits = kept.chars().filter(|c| c.is_numeric()).count();
    if v.0.len() == before && !kept.is_empty() && digits < PHONE_MIN_DIGITS {
        v.push(field, Rule::InvalidPhone);
    }
    kept
}

/// The filters of the request list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct RequestFilter {
    /// Rows this user owns or co-owns: "my" rows (R-DEAL-18, R-PERM-2).
    pub owner_or_co_owner: Option<Id>,
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub pending: Option<bool>,
    pub duplicate: Option<bool>,
    pub r#case: Option<bool>,
    pub subsequent: Option<bool>,
    pub verification_required: Option<bool>,
    pub lead_source_id: Option<Id>,
    pub company_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub deal_id: Option<Id>,
    /// Requests asking for this product.
    pub product_id: Option<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    /// Received on or after this day.
    pub receipt_from: Option<NaiveDate>,
    /// Received before this day.
    pub receipt_until: Option<NaiveDate>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_until: Option<DateTime<Utc>>,
    /// Free text (R-GEN-9): `ID123` finds one id, `ticket:XYZ` the requests with that ticket;
    /// anything else is a case-insensitive substring of the subject, first or last name, e-mail,
    /// company name, description, translation, phone or ticket.
    pub text: Option<String>,
    /// The trash: soft-deleted requests instead of live ones.
    pub deleted: bool,
}

/// The columns the request list can be sorted by (a whitelist: nothing else reaches the SQL).
/// Newest first is the list's default (R-REQ-22).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RequestSort {
    #[default]
    CreatedAt,
    UpdatedAt,
    RequestFor,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn valid() -> RequestInput {
        RequestInput {
            request_for: "Quote for 20 pumps".into(),
            first_name: "Anna".into(),
            ..RequestInput::default()
        }
    }

    fn rules(input: RequestInput) -> Vec<(&'static str, &'static str)> {
        match input.validate() {
            Ok(_) => Vec::new(),
            Err(violations) => violations.iter().map(|v| (v.field, v.rule.code())).collect(),
        }
    }

    #[test]
    fn subject_and_first_name_are_required_together() {
        let violations = RequestInput::default().validate().expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "request_for",
                    rule: Rule::Required
                },
                Violation {
                    field: "first_name",
                    rule: Rule::Required
                },
            ]
        );
    }

    #[test]
    fn a_linked_contact_or_lead_makes_the_first_name_optional() {
        let with_contact = RequestInput {
            first_name: String::new(),
            contact_id: Some(Id(3)),
            ..valid()
        };
        assert_eq!(rules(with_contact), []);
        let with_lead = RequestInput {
            first_name: String::new(),
            lead_id: Some(Id(3)),
            ..valid()
        };
        assert_eq!(rules(with_lead), []);
    }

    #[test]
    fn a_phone_needs_seven_digits() {
        let with_phone = |phone: &str| {
            rules(RequestInput {
                phone: phone.into(),
                ..valid()
            })
        };
        assert_eq!(with_phone("123-456"), [("phone", "invalid_phone")]);
        assert_eq!(with_phone("+1 (23) ab"), [("phone", "invalid_phone")]);
        assert_eq!(with_phone("8(43)123-45-6"), []);
        assert_eq!(with_phone("١٢٣٤٥٦٧"), [], "digits of any script count");
        assert_eq!(with_phone("  "), [], "no phone is fine");
    }

    #[test]
    fn the_email_may_carry_a_display_name() {
        let with_email = |email: &str| {
            rules(RequestInput {
                email: email.into(),
                ..valid()
            })
        };
        assert_eq!(with_email("\"Smith, Anna\" <anna@acme.example>"), []);
        assert_eq!(with_email("anna@acme.example"), []);
        assert_eq!(with_email("Anna <anna@acme>"), [("email", "invalid_email")]);
    }

    #[test]
    fn a_lead_excludes_a_contact_and_a_company() {
        let all_three = RequestInput {
            lead_id: Some(Id(1)),
            contact_id: Some(Id(2)),
            company_id: Some(Id(3)),
            ..valid()
        };
        assert_eq!(
            rules(all_three),
            [
                ("contact_id", "contact_or_lead"),
                ("lead_id", "contact_or_lead"),
                ("company_id", "company_or_lead"),
                ("lead_id", "company_or_lead"),
            ]
        );
        let contact_and_company = RequestInput {
            contact_id: Some(Id(2)),
            company_id: Some(Id(3)),
            ..valid()
        };
        assert_eq!(rules(contact_and_company), []);
    }

    #[test]
    fn names_are_reparsed_and_defaults_filled() {
        let request = RequestInput {
            first_name: "Ms.Jane Ann".into(),
            last_name: "Doe".into(),
            product_ids: vec![Id(9), Id(9)],
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(
            (
                request.first_name.as_str(),
                request.middle_name.as_str(),
                request.last_name.as_str()
            ),
            ("Ms. Jane", "Ann", "Doe")
        );
        assert_eq!(request.pending, Some(true));
        assert_eq!(request.product_ids, vec![Id(9)]);
    }

    #[test]
    fn the_case_flag_crosses_as_case() {
        use serde::de::value::{Error, MapDeserializer};
        let typed = MapDeserializer::<_, Error>::new([("case", true)].into_iter());
        assert!(RequestInput::deserialize(typed).expect("deserializes").r#case);
    }
}
