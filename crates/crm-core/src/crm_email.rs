//! An e-mail stored in the CRM (DOMAIN.md §4.10, R-EMAIL).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest subject (`str(250)`).
pub const SUBJECT_MAX: usize = 250;
/// Longest sender (`str(200)`).
pub const FROM_MAX: usize = 200;
/// Longest ticket (`str(16)`).
pub const TICKET_MAX: usize = 16;
/// `to`, `cc` and `bcc` are unbounded text.
const UNBOUNDED: usize = usize::MAX;

/// An e-mail as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct CrmEmail {
    pub id: Id,
    /// May hold `{{first_name}}`, `{{last_name}}`, `{{first_middle_name}}` and `{{full_name}}`.
    pub subject: String,
    pub content: String,
    pub signature_id: Option<Id>,
    /// Previous correspondence, appended after the signature.
    pub prev_corr: String,
    pub is_html: bool,
    /// Comma-separated addresses; column `to_field`.
    pub to: Option<String>,
    /// The sender.
    pub from_field: Option<String>,
    pub cc: Option<String>,
    pub bcc: Option<String>,
    /// Sent from the CRM, or imported from a Sent box.
    pub sent: bool,
    /// Received.
    pub incoming: bool,
    pub trash: bool,
    /// A commercial inquiry: it created a request.
    pub inquiry: bool,
    pub read_receipt: bool,
    pub deal_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    /// Filled from the contact when empty (R-EMAIL-1).
    pub company_id: Option<Id>,
    pub request_id: Option<Id>,
    /// IMAP UID of an imported message (up to 2^32 − 1, hence 64 bits).
    /// An IMAP UID (below 2^32): a plain number in TypeScript.
    #[specta(type = Option<specta_typescript::Number>)]
    pub uid: Option<i64>,
    pub imap_host: String,
    /// The mailbox the message came from.
    pub email_host_user: String,
    pub ticket: String,
    /// RFC 5322 Message-ID.
    pub message_id: String,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    /// For an imported e-mail, the message's date.
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update. The mailbox fields (`uid`, `imap_host`,
/// `email_host_user`, `message_id`) are written by the import, never by a form; owner and ticket
/// are fixed once the e-mail exists (R-EMAIL-6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct CrmEmailInput {
    pub subject: String,
    pub content: String,
    pub signature_id: Option<Id>,
    pub prev_corr: String,
    /// Default true.
    pub is_html: Option<bool>,
    /// Required.
    pub to: Option<String>,
    pub from_field: Option<String>,
    pub cc: Option<String>,
    pub bcc: Option<String>,
    pub sent: bool,
    pub incoming: bool,
    pub trash: bool,
    pub inquiry: bool,
    pub read_receipt: bool,
    pub deal_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub company_id: Option<Id>,
    pub request_id: Option<Id>,
    /// The ticket of the deal or request the e-mail belongs to (R-EMAIL-3, R-EMAIL-5).
    pub ticket: String,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl CrmEmailInput {
    /// Trims every text, enforces subject, body and recipients, the address lists (R-GEN-5) and
    /// column lengths, and fills the defaults; blank optional address fields become NULL. The
    /// "not allowed" addresses (R-EMAIL-8) are installation settings and the store's.
    pub fn validate(self) -> Result<CrmEmailInput, Violations> {
        self.checked(true)
    }

    /// As [`CrmEmailInput::validate`] for a letter begun by the CRM and finished by the user (a
    /// reply or forward, R-EMAIL-5): its text and its recipients may still be empty; sending
    /// checks them (R-EMAIL-4).
    pub fn validate_draft(self) -> Result<CrmEmailInput, Violations> {
        self.checked(false)
    }

    fn checked(mut self, complete: bool) -> Result<CrmEmailInput, Violations> {
        let mut v = Violations::default();
        self.subject = validation::text(&mut v, "subject", &self.subject, SUBJECT_MAX, true);
        if complete && self.content.trim().is_empty() {
            v.push("content", Rule::Required);
        }
        let to = validation::text(
            &mut v,
            "to",
            self.to.as_deref().unwrap_or_default(),
            UNBOUNDED,
            complete,
        );
        self.to = (!to.is_empty()).then(|| addresses(&mut v, "to", &to));
        self.from_field =
            validation::optional_text(&mut v, "from_field", self.from_field.as_deref(), FROM_MAX)
                .map(|from| addresses(&mut v, "from_field", &from));
        self.cc = validation::optional_text(&mut v, "cc", self.cc.as_deref(), UNBOUNDED)
            .map(|cc| addresses(&mut v, "cc", &cc));
        self.bcc = validation::optional_text(&mut v, "bcc", self.bcc.as_deref(), UNBOUNDED)
            .map(|bcc| addresses(&mut v, "bcc", &bcc));
        self.ticket = validation::text(&mut v, "ticket", &self.ticket, TICKET_MAX, false);
        self.is_html.get_or_insert(true);
        v.into_result(self)
    }
}

/// Checks an already trimmed, length-checked address list (R-GEN-5) and hands it back.
fn addresses(v: &mut Violations, field: &'static str, list: &str) -> String {
    validation::email_list(v, field, list, UNBOUNDED)
}

/// Which mailbox of the e-mail list to show (R-EMAIL-11); mailboxes are derived from the flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Mailbox {
    /// Incoming, not in the trash.
    Inbox,
    /// Sent, not in the trash.
    Sent,
    /// Neither sent nor incoming, not in the trash: the unsent e-mails.
    Outbox,
    /// The `trash` flag; unrelated to the soft delete of [`CrmEmailFilter::deleted`].
    Trash,
}

impl Mailbox {
    /// Whether an e-mail with these flags belongs in this mailbox.
    pub fn holds(self, email: &CrmEmail) -> bool {
        match self {
            Mailbox::Inbox => email.incoming && !email.trash,
            Mailbox::Sent => email.sent && !email.trash,
            Mailbox::Outbox => !email.sent && !email.incoming && !email.trash,
            Mailbox::Trash => email.trash,
        }
    }
}

/// The filters of the e-mail list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CrmEmailFilter {
    pub mailbox: Option<Mailbox>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub deal_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub company_id: Option<Id>,
    pub request_id: Option<Id>,
    pub inquiry: Option<bool>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_until: Option<DateTime<Utc>>,
    /// Free text (R-GEN-9): `ID123` finds one id, `ticket:XYZ` the e-mails with that ticket;
    /// anything else is a case-insensitive substring of to, cc, from, subject, content or uid.
    pub text: Option<String>,
    /// The trash of deleted records (soft delete), not the `trash` mailbox.
    pub deleted: bool,
}

/// The columns the e-mail list can be sorted by (a whitelist: nothing else reaches the SQL).
/// Newest first is the list's default (R-EMAIL-11).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CrmEmailSort {
    #[default]
    CreatedAt,
    UpdatedAt,
    Subject,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn valid() -> CrmEmailInput {
        CrmEmailInput {
            subject: "Your offer".into(),
            content: "<p>Hello</p>".into(),
            to: Some("\"Anna\" <anna@acme.example>, bob@acme.example".into()),
            ..CrmEmailInput::default()
        }
    }

    fn rules(input: CrmEmailInput) -> Vec<(&'static str, &'static str)> {
        match input.validate() {
            Ok(_) => Vec::new(),
            Err(violations) => violations.iter().map(|v| (v.field, v.rule.code())).collect(),
        }
    }

    #[test]
    fn subject_body_and_recipients_are_all_reported_missing() {
        let violations = CrmEmailInput {
            content: " \n ".into(),
            to: Some("  ".into()),
            ..CrmEmailInput::default()
        }
        .validate()
        .expect_err("invalid");
        assert_eq!(
            violations.0,
            vec![
                Violation {
                    field: "subject",
                    rule: Rule::Required
                },
                Violation {
                    field: "content",
                    rule: Rule::Required
                },
                Violation {
                    field: "to",
                    rule: Rule::Required
                },
            ]
        );
    }

    #[test]
    fn every_address_list_is_checked() {
        assert_eq!(
            rules(CrmEmailInput {
                to: Some("anna@acme.example, bob@".into()),
                cc: Some("carl@acme".into()),
                bcc: Some("dora@acme.example".into()),
                from_field: Some("Sales <sales@oriel.example>".into()),
                ..valid()
            }),
            [("to", "invalid_email"), ("cc", "invalid_email")]
        );
    }

    #[test]
    fn blanks_become_null_and_the_body_is_kept_as_written() {
        let email = CrmEmailInput {
            cc: Some("  ".into()),
            content: "  indented\n".into(),
            subject: "  Re: offer ".into(),
            ..valid()
        }
        .validate()
        .expect("valid");
        assert_eq!(email.cc, None);
        assert_eq!(email.bcc, None);
        assert_eq!(email.subject, "Re: offer");
        assert_eq!(email.content, "  indented\n", "whitespace may matter in a body");
        assert_eq!(email.is_html, Some(true));
        let ticket = rules(CrmEmailInput {
            ticket: "t".repeat(TICKET_MAX + 1),
            ..valid()
        });
        assert_eq!(ticket, [("ticket", "too_long")]);
    }

    #[test]
    fn mailboxes_follow_the_flags() {
        let base = CrmEmail {
            id: Id(1),
            subject: String::new(),
            content: String::new(),
            signature_id: None,
            prev_corr: String::new(),
            is_html: true,
            to: None,
            from_field: None,
            cc: None,
            bcc: None,
            sent: false,
            incoming: false,
            trash: false,
            inquiry: false,
            read_receipt: false,
            deal_id: None,
            lead_id: None,
            contact_id: None,
            company_id: None,
            request_id: None,
            uid: None,
            imap_host: String::new(),
            email_host_user: String::new(),
            ticket: String::new(),
            message_id: String::new(),
            owner_id: None,
            modified_by_id: None,
            department_id: None,
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
            deleted_at: None,
            version: 1,
        };
        let boxes = |email: &CrmEmail| {
            [Mailbox::Inbox, Mailbox::Sent, Mailbox::Outbox, Mailbox::Trash]
                .into_iter()
                .filter(|mailbox| mailbox.holds(email))
                .collect::<Vec<_>>()
        };
        assert_eq!(boxes(&base), [Mailbox::Outbox]);
        let incoming = CrmEmail {
            incoming: true,
            ..base.clone()
        };
        assert_eq!(boxes(&incoming), [Mailbox::Inbox]);
        let sent = CrmEmail {
            sent: true,
            ..base.clone()
        };
        assert_eq!(boxes(&sent), [Mailbox::Sent]);
        let trashed = CrmEmail { trash: true, ..sent };
        assert_eq!(boxes(&trashed), [Mailbox::Trash]);
    }

    #[test]
    fn a_draft_may_still_lack_its_text_and_recipients() {
        let draft = CrmEmailInput {
            subject: "Re: Offer".into(),
            ..CrmEmailInput::default()
        };
        assert!(draft.clone().validate().is_err());
        let kept = draft.validate_draft().expect("a draft");
        assert_eq!((kept.to, kept.content.as_str()), (None, ""));
        let bad = CrmEmailInput {
            subject: "Re: Offer".into(),
            cc: Some("nobody@".into()),
            ..CrmEmailInput::default()
        };
        assert_eq!(
            bad.validate_draft().expect_err("invalid").0,
            vec![Violation {
                field: "cc",
                rule: Rule::InvalidEmail
            }]
        );
    }
}
