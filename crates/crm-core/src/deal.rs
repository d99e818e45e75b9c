//! Deal (DOMAIN.md §4.7, R-DEAL).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, DecimalSpec, Rule, Violations};

/// Longest name and next step (`str(250)`).
pub const NAME_MAX: usize = 250;
/// Probability is a percentage.
pub const PROBABILITY_MAX: i64 = 100;

/// A deal as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct Deal {
    pub id: Id,
    pub name: String,
    /// What has to be done next.
    pub next_step: String,
    /// Deadline of the next step ("Step date").
    pub next_step_date: NaiveDate,
    pub description: String,
    /// Log of next steps and events, newest first (R-DEAL-6).
    pub workflow: String,
    /// Never empty after a save (R-DEAL-4).
    pub stage_id: Option<Id>,
    /// Log of stage changes, oldest first (R-DEAL-8).
    pub stages_dates: String,
    pub closing_date: Option<NaiveDate>,
    /// When the deal reached a success state (R-DEAL-7, R-DEAL-8).
    pub win_closing_date: Option<DateTime<Utc>>,
    /// Total without VAT; none = no deal amount.
    pub amount: Option<Decimal>,
    pub currency_id: Option<Id>,
    pub closing_reason_id: Option<Id>,
    /// Percent.
    pub probability: Option<i16>,
    /// Unique; copied from the request.
    pub ticket: String,
    pub city_id: Option<Id>,
    pub country_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub request_id: Option<Id>,
    pub company_id: Option<Id>,
    /// Contact person at a dealer or distributor involved in the deal.
    pub partner_contact_id: Option<Id>,
    /// False = irrelevant deal.
    pub relevant: bool,
    /// False = closed.
    pub active: bool,
    pub important: bool,
    pub tag_ids: Vec<Id>,
    /// The owner has not saved it yet (R-DEAL-11).
    pub is_new: bool,
    /// Keep a reminder for the next step (R-DEAL-12).
    pub remind_me: bool,
    /// Second responsible manager.
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub version: i32,
}

/// The fields a user edits. The logs, the ticket, `win_closing_date` and `is_new` are written by
/// the deal workflow (R-DEAL-4 … R-DEAL-11), never by a form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DealInput {
    pub name: String,
    pub next_step: String,
    /// Required; optional here so that a missing date is a field error.
    pub next_step_date: Option<NaiveDate>,
    pub description: String,
    pub stage_id: Option<Id>,
    pub closing_date: Option<NaiveDate>,
    /// As typed, e.g. `1250,50`; blank = no amount.
    pub amount: String,
    pub currency_id: Option<Id>,
    pub closing_reason_id: Option<Id>,
    /// Percent, 0 to 100.
    pub probability: Option<i32>,
    pub city_id: Option<Id>,
    pub country_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub request_id: Option<Id>,
    pub company_id: Option<Id>,
    pub partner_contact_id: Option<Id>,
    /// Default true.
    pub relevant: Option<bool>,
    /// Default true.
    pub active: Option<bool>,
    pub important: bool,
    pub remind_me: bool,
    pub tag_ids: Vec<Id>,
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

/// A validated deal edit, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct DealChange {
    pub name: String,
    pub next_step: String,
    pub next_step_date: NaiveDate,
    pub description: String,
    pub stage_id: Option<Id>,
    pub closing_date: Option<NaiveDate>,
    /// At the column's scale, e.g. `1250.50`.
    pub amount: Option<Decimal>,
    pub currency_id: Option<Id>,
    pub closing_reason_id: Option<Id>,
    pub probability: Option<i16>,
    pub city_id: Option<Id>,
    pub country_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub request_id: Option<Id>,
    pub company_id: Option<Id>,
    pub partner_contact_id: Option<Id>,
    pub relevant: bool,
    pub active: bool,
    pub important: bool,
    pub remind_me: bool,
    pub tag_ids: Vec<Id>,
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl DealInput {
    /// Trims every text, enforces name, next step and its date, column lengths, the amount as an
    /// exact DECIMAL(18,2) and the probability as a percentage, and fills the defaults. Rules
    /// that need today, the stored deal or the department (R-DEAL-2's "not in the past" and
    /// "specify the deal amount", R-GEN-7) are the store's.
    pub fn validate(self) -> Result<DealChange, Violations> {
        let mut v = Violations::default();
        let name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        let next_step = validation::text(&mut v, "next_step", &self.next_step, NAME_MAX, true);
        if self.next_step_date.is_none() {
            v.push("next_step_date", Rule::Required);
        }
        let amount = validation::decimal(&mut v, "amount", &self.amount, DecimalSpec::money());
        let probability = self.probability.and_then(|p| {
            validation::integer(&mut v, "probability", i64::from(p), 0, PROBABILITY_MAX);
            i16::try_from(p).ok()
        });
        let mut tag_ids = self.tag_ids;
        tag_ids.sort_unstable();
        tag_ids.dedup();
        let Some(next_step_date) = self.next_step_date else {
            return Err(v);
        };
        v.into_result(DealChange {
            name,
            next_step,
            next_step_date,
            description: validation::trimmed(&self.description),
            stage_id: self.stage_id,
            closing_date: self.closing_date,
            amount,
            currency_id: self.currency_id,
            closing_reason_id: self.closing_reason_id,
            probability,
            city_id: self.city_id,
            country_id: self.country_id,
            lead_id: self.lead_id,
            contact_id: self.contact_id,
            request_id: self.request_id,
            company_id: self.company_id,
            partner_contact_id: self.partner_contact_id,
            relevant: self.relevant.unwrap_or(true),
            active: self.active.unwrap_or(true),
            important: self.important,
            remind_me: self.remind_me,
            tag_ids,
            co_owner_id: self.co_owner_id,
            owner_id: self.owner_id,
            department_id: self.department_id,
        })
    }
}

/// The filters of the deal list (R-DEAL-18, R-DEAL-20); every one is optional and they combine
/// with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DealFilter {
    /// Rows this user owns or co-owns: "my" rows (R-DEAL-18, R-PERM-2).
    pub owner_or_co_owner: Option<Id>,
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub stage_id: Option<Id>,
    pub closing_reason_id: Option<Id>,
    pub company_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub lead_id: Option<Id>,
    /// Deals with this partner contact.
    pub partner_contact_id: Option<Id>,
    pub country_id: Option<Id>,
    pub city_id: Option<Id>,
    pub currency_id: Option<Id>,
    /// Deals carrying this tag.
    pub tag_id: Option<Id>,
    /// The list shows active deals unless told otherwise (R-DEAL-18); none = all.
    pub active: Option<bool>,
    pub relevant: Option<bool>,
    pub important: Option<bool>,
    /// Next step due on or after this day.
    pub next_step_from: Option<NaiveDate>,
    /// Next step due before this day.
    pub next_step_until: Option<NaiveDate>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_until: Option<DateTime<Utc>>,
    pub updated_from: Option<DateTime<Utc>>,
    pub updated_until: Option<DateTime<Utc>>,
    /// Free text (R-GEN-9): `ID123` finds one id, `ticket:XYZ` the deal with that ticket;
    /// anything else is a case-insensitive substring of the name, next step, description or
    /// ticket.
    pub text: Option<String>,
    /// Deals with an output of this product (R-DEAL-20).
    pub product_id: Option<Id>,
    /// Deals whose company is in this industry (R-DEAL-20).
    pub industry_id: Option<Id>,
    /// Deals last changed by a holder of this role; the chiefs' role gives R-DEAL-20's "changed
    /// by chiefs".
    pub modified_by_role_id: Option<Id>,
    /// Deals closed with a success reason (true) or another one (false) (R-DEAL-18's shortcut).
    pub won: Option<bool>,
    /// The trash: soft-deleted deals instead of live ones.
    pub deleted: bool,
}

/// The columns the deal list can be sorted by (a whitelist: nothing else reaches the SQL).
/// Newest first is the list's default; a per-user toggle sorts by the next step's date
/// (R-DEAL-18).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DealSort {
    NextStepDate,
    UpdatedAt,
    #[default]
    CreatedAt,
    Name,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn valid() -> DealInput {
        DealInput {
            name: "20 pumps for Acme".into(),
            next_step: "Send the offer".into(),
            next_step_date: NaiveDate::from_ymd_opt(2026, 8, 3),
            ..DealInput::default()
        }
    }

    fn rules(input: DealInput) -> Vec<(&'static str, Rule)> {
        match input.validate() {
            Ok(_) => Vec::new(),
            Err(violations) => violations.0.into_iter().map(|v| (v.field, v.rule)).collect(),
        }
    }

    #[test]
    fn name_next_step_and_its_date_are_all_reported_missing() {
        let violations = DealInput::default().validate().expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "name",
                    rule: Rule::Required
                },
                Violation {
                    field: "next_step",
                    rule: Rule::Required
                },
                Violation {
                    field: "next_step_date",
                    rule: Rule::Required
                },
            ]
        );
    }

    #[test]
    fn the_amount_is_exact_money() {
        let amount = |typed: &str| {
            DealInput {
                amount: typed.into(),
                ..valid()
            }
            .validate()
            .map(|deal| deal.amount.map(|a| a.to_string()))
            .map_err(|v| v.0[0].rule.clone())
        };
        assert_eq!(amount("1,5"), Ok(Some("1.50".into())));
        assert_eq!(amount(" 1250.5 "), Ok(Some("1250.50".into())));
        assert_eq!(amount(""), Ok(None), "blank is no deal amount");
        assert_eq!(amount("1.234"), Err(Rule::TooManyDecimals { max: 2 }));
        assert_eq!(amount("1.234,50"), Err(Rule::NotANumber));
        assert_eq!(amount("12 EUR"), Err(Rule::NotANumber));
    }

    #[test]
    fn probability_is_a_percentage() {
        let percent = |p: i32| {
            rules(DealInput {
                probability: Some(p),
                ..valid()
            })
        };
        let out_of_range = Rule::OutOfRange {
            min: "0".into(),
            max: "100".into(),
        };
        assert_eq!(percent(0), []);
        assert_eq!(percent(100), []);
        assert_eq!(percent(-1), [("probability", out_of_range.clone())]);
        assert_eq!(percent(101), [("probability", out_of_range.clone())]);
        assert_eq!(percent(70_000), [("probability", out_of_range)]);
    }

    #[test]
    fn texts_are_trimmed_and_defaults_filled() {
        let deal = DealInput {
            name: "  20 pumps ".into(),
            description: " call first \n".into(),
            probability: Some(40),
            tag_ids: vec![Id(3), Id(1), Id(3)],
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(deal.name, "20 pumps");
        assert_eq!(deal.description, "call first");
        assert_eq!(deal.probability, Some(40));
        assert!(deal.active && deal.relevant && !deal.important);
        assert_eq!(deal.tag_ids, vec![Id(1), Id(3)]);
        let long = rules(DealInput {
            next_step: "n".repeat(NAME_MAX + 1),
            ..valid()
        });
        assert_eq!(long, [("next_step", Rule::TooLong { max: NAME_MAX })]);
    }
}
