//! What the deal and request lists show beside each row (R-DEAL-19, R-REQ-22): the marks and the
//! counterparty of the rows on screen, as typed data the list draws.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;

/// The rows on screen whose marks the list asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MarksQuery {
    pub ids: Vec<Id>,
    /// The moment the marks are judged at; now when absent.
    pub as_of: Option<DateTime<Utc>>,
}

/// How long an inquiry has waited for its answer (R-DEAL-19).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum InquiryWait {
    /// 2 days: a neutral face.
    Neutral,
    /// 3–4 days.
    Unhappy,
    /// 5–6 days.
    VeryUnhappy,
    /// 7 days and more.
    Alarm,
}

/// R-DEAL-19: the face an unanswered inquiry received `days` days ago gets; none before 2 days.
pub fn inquiry_wait(days: i64) -> Option<InquiryWait> {
    match days {
        i64::MIN..=1 => None,
        2 => Some(InquiryWait::Neutral),
        3..=4 => Some(InquiryWait::Unhappy),
        5..=6 => Some(InquiryWait::VeryUnhappy),
        _ => Some(InquiryWait::Alarm),
    }
}

/// Whole days from the day of `received` to the day of `as_of` (UTC).
pub fn days_waited(received: DateTime<Utc>, as_of: DateTime<Utc>) -> i64 {
    (as_of.date_naive() - received.date_naive()).num_days()
}

/// Who a row is about: its lead or its company, else (requests only) the company name typed in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Counterparty {
    pub lead_id: Option<Id>,
    pub company_id: Option<Id>,
    pub name: String,
    /// Shown on deals of departments that work globally (R-DEAL-19).
    pub country_id: Option<Id>,
    pub country_name: Option<String>,
}

/// The newest e-mail of a deal that is not in the trash, as far as the marks need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewestEmail {
    pub received: DateTime<Utc>,
    pub incoming: bool,
    pub inquiry: bool,
}

/// R-DEAL-19's e-mail marks: the inquiry's wait (not for subsequent requests) and whether the
/// newest e-mail is an incoming one nobody has answered.
pub fn email_marks(
    newest: Option<NewestEmail>,
    subsequent: bool,
    as_of: DateTime<Utc>,
) -> (Option<InquiryWait>, bool) {
    let Some(newest) = newest else {
        return (None, false);
    };
    let wait = if newest.inquiry && !subsequent {
        inquiry_wait(days_waited(newest.received, as_of))
    } else {
        None
    };
    (wait, newest.incoming)
}

/// One deal row's indicators (R-DEAL-19).
#[allow(
    clippy::struct_excessive_bools,
    reason = "each mark is a yes/no the list draws on its own"
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DealMarks {
    pub deal_id: Id,
    /// The next step's date has passed while the deal is active: shown in the error colour.
    pub next_step_overdue: bool,
    /// The deal is new: its next step is shown in bold.
    pub new_deal: bool,
    /// The newest e-mail is an unanswered inquiry, by how long it has waited.
    pub unanswered_inquiry: Option<InquiryWait>,
    /// The newest e-mail came in.
    pub unanswered_email: bool,
    /// A payment of the deal is received.
    pub payment_received: bool,
    /// Received, but some product has no contract shipping date.
    pub received_without_shipping_date: bool,
    /// Received, but the deal has no products.
    pub received_without_products: bool,
    /// A contract shipping date has passed and the deal is not in a goods-shipped stage.
    pub shipping_date_expired: bool,
    pub counterparty: Option<Counterparty>,
    /// The deals the user may see with the same lead, else the same company (this one included).
    pub deals_with_counterparty: u32,
    /// A chat message about the deal the user has not read (§6.4).
    pub unread_chat: bool,
    /// The composite transaction-quality score, 100 + the events' weights; none without events
    /// (§6.4). The list colours it in bands: ≥95, 85–94, 70–84, <70.
    pub quality_score: Option<i32>,
}

/// A deal's products as the payment and shipping marks need them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputFacts {
    pub shipping_date: Option<NaiveDate>,
}

/// R-DEAL-19's payment and shipping marks: (received, received without shipping date, received
/// without products, contract shipping date expired).
pub fn shipping_marks(
    received: bool,
    outputs: &[OutputFacts],
    goods_shipped_stage: bool,
    today: NaiveDate,
) -> [bool; 4] {
    let undated = outputs.iter().any(|o| o.shipping_date.is_none());
    let expired = !goods_shipped_stage
        && outputs
            .iter()
            .any(|o| o.shipping_date.is_some_and(|date| date < today));
    [
        received,
        received && !outputs.is_empty() && undated,
        received && outputs.is_empty(),
        expired,
    ]
}

/// One request row's marks (R-REQ-22).
#[allow(
    clippy::struct_excessive_bools,
    reason = "each mark is a yes/no the list draws on its own"
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RequestMarks {
    pub request_id: Id,
    pub duplicate: bool,
    /// A support incident: its subject is prefixed "(Case/Incident)".
    pub case: bool,
    /// A case still pending: highlighted (R-REQ-17).
    pub open_case: bool,
    /// Loyalty: from a client we already work with (true) or a primary request (false).
    pub subsequent: bool,
    /// The request names no product.
    pub no_products: bool,
    pub counterparty: Option<Counterparty>,
    /// The requests the user may see from the same lead, else the same company (this one included).
    pub requests_with_counterparty: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_inquiry_grows_unhappier_by_the_days_it_waits() {
        let waits: Vec<Option<InquiryWait>> = (0..=8).map(inquiry_wait).collect();
        assert_eq!(
            waits,
            vec![
                None,
                None,
                Some(InquiryWait::Neutral),
                Some(InquiryWait::Unhappy),
                Some(InquiryWait::Unhappy),
                Some(InquiryWait::VeryUnhappy),
                Some(InquiryWait::VeryUnhappy),
                Some(InquiryWait::Alarm),
                Some(InquiryWait::Alarm),
            ],
            "R-DEAL-19"
        );
    }

    #[test]
    fn subsequent_requests_show_no_inquiry_face_but_the_unanswered_mail() {
        let received = Utc.with_ymd_and_hms(2026, 3, 1, 23, 0, 0).unwrap();
        let as_of = Utc.with_ymd_and_hms(2026, 3, 4, 1, 0, 0).unwrap();
        let newest = Some(NewestEmail {
            received,
            incoming: true,
            inquiry: true,
        });
        assert_eq!(
            email_marks(newest, false, as_of),
            (Some(InquiryWait::Unhappy), true),
            "R-DEAL-19: by calendar days"
        );
        assert_eq!(
            email_marks(newest, true, as_of),
            (None, true),
            "R-DEAL-19: not for subsequent requests"
        );
        assert_eq!(email_marks(None, false, as_of), (None, false));
    }

    #[test]
    fn shipping_marks_follow_the_received_payment_and_the_stage() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        let past = OutputFacts {
            shipping_date: NaiveDate::from_ymd_opt(2026, 3, 3),
        };
        let undated = OutputFacts { shipping_date: None };
        assert_eq!(
            shipping_marks(true, &[], false, today),
            [true, false, true, false]
        );
        assert_eq!(
            shipping_marks(true, &[past, undated], false, today),
            [true, true, false, true]
        );
        assert_eq!(
            shipping_marks(false, &[past], true, today),
            [false, false, false, false]
        );
    }
}
