//! Settings entities (DOMAIN.md §5): the lists that steer incoming mail and web forms, and the
//! single-row mass-mail and reminder settings.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest public e-mail domain (`str(20)`).
pub const DOMAIN_MAX: usize = 20;
/// Longest banned company name (`str(50)`).
pub const BANNED_NAME_MAX: usize = 50;
/// Longest stop phrase (`str(100)`).
pub const PHRASE_MAX: usize = 100;
/// Longest unsubscribe URL (`str(200)`).
pub const UNSUBSCRIBE_URL_MAX: usize = 200;
/// Largest reminder interval: the column is a BIGINT, but the UI holds numbers as doubles, exact
/// only up to 2^53 − 1 (some 285 million years of seconds).
pub const CHECK_INTERVAL_MAX: i64 = (1 << 53) - 1;

/// A free-mail domain: an address there never identifies a company (R-MATCH-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PublicEmailDomain {
    pub id: Id,
    /// Lower case.
    pub domain: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The field an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct PublicEmailDomainInput {
    pub domain: String,
}

impl PublicEmailDomainInput {
    /// Lower-cases the domain, since addresses are matched against it without case, and checks
    /// its form. A leading `@` as in `@gmail.com` is dropped.
    pub fn validate(self) -> Result<PublicEmailDomainInput, Violations> {
        let mut v = Violations::default();
        let typed = self.domain.trim();
        let lowered = typed.strip_prefix('@').unwrap_or(typed).to_lowercase();
        let domain = validation::text(&mut v, "domain", &lowered, DOMAIN_MAX, true);
        if v.0.is_empty() && !validation::is_domain(&domain) {
            v.push("domain", Rule::InvalidDomain);
        }
        v.into_result(PublicEmailDomainInput { domain })
    }
}

/// The filters of the public-domain list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct PublicEmailDomainFilter {
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the domain.
    pub text: Option<String>,
}

/// The columns the public-domain list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PublicEmailDomainSort {
    #[default]
    Domain,
    CreatedAt,
}

/// A company name that drops a web-form request whose company name contains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BannedCompanyName {
    pub id: Id,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The field an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct BannedCompanyNameInput {
    pub name: String,
}

impl BannedCompanyNameInput {
    /// Trims the name and enforces "required" and the column length.
    pub fn validate(mut self) -> Result<BannedCompanyNameInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, BANNED_NAME_MAX, true);
        v.into_result(self)
    }
}

/// The filters of the banned-name list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct BannedCompanyNameFilter {
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name.
    pub text: Option<String>,
}

/// The columns the banned-name list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum BannedCompanyNameSort {
    #[default]
    Name,
    CreatedAt,
}

/// A phrase that drops a web-form request whose subject or message contains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct StopPhrase {
    pub id: Id,
    pub phrase: String,
    /// Set to today whenever the phrase drops a request, so stale phrases can be spotted.
    pub last_occurrence_date: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The field an administrator edits; the occurrence date is the system's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct StopPhraseInput {
    pub phrase: String,
}

impl StopPhraseInput {
    /// Trims the phrase and enforces "required" and the column length.
    pub fn validate(mut self) -> Result<StopPhraseInput, Violations> {
        let mut v = Violations::default();
        self.phrase = validation::text(&mut v, "phrase", &self.phrase, PHRASE_MAX, true);
        v.into_result(self)
    }
}

/// The filters of the stop-phrase list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct StopPhraseFilter {
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the phrase.
    pub text: Option<String>,
}

/// The columns the stop-phrase list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum StopPhraseSort {
    #[default]
    Phrase,
    LastOccurrenceDate,
}

/// The mass-mail settings as stored: a single row, id 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MassmailSettings {
    pub id: Id,
    pub emails_per_day: i32,
    /// Send only between the two times below.
    pub use_business_time: bool,
    pub business_time_start: NaiveTime,
    pub business_time_end: NaiveTime,
    pub unsubscribe_url: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The mass-mail settings an administrator edits. A missing field takes the spec's default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MassmailSettingsInput {
    /// Wider than the column so that a huge number is a field error; a plain number in
    /// TypeScript, exact far beyond the column's range.
    #[specta(type = specta_typescript::Number)]
    pub emails_per_day: i64,
    pub use_business_time: bool,
    pub business_time_start: NaiveTime,
    pub business_time_end: NaiveTime,
    pub unsubscribe_url: String,
}

impl Default for MassmailSettingsInput {
    fn default() -> Self {
        MassmailSettingsInput {
            emails_per_day: 94,
            use_business_time: false,
            business_time_start: NaiveTime::from_hms_opt(8, 30, 0).unwrap_or_default(),
            business_time_end: NaiveTime::from_hms_opt(17, 30, 0).unwrap_or_default(),
            unsubscribe_url: "https://www.example.com/unsubscribe".into(),
        }
    }
}

impl MassmailSettingsInput {
    /// Enforces a daily limit that fits the column and an unsubscribe address that a recipient
    /// can open: every mailing links to it.
    pub fn validate(mut self) -> Result<MassmailSettingsInput, Violations> {
        let mut v = Violations::default();
        validation::integer(
            &mut v,
            "emails_per_day",
            self.emails_per_day,
            0,
            i64::from(i32::MAX),
        );
        let before = v.0.len();
        self.unsubscribe_url = validation::text(
            &mut v,
            "unsubscribe_url",
            &self.unsubscribe_url,
            UNSUBSCRIBE_URL_MAX,
            true,
        );
        if v.0.len() == before && !is_web_url(&self.unsubscribe_url) {
            v.push("unsubscribe_url", Rule::InvalidUrl);
        }
        v.into_result(self)
    }
}

/// An `http://` or `https://` address with a host and no spaces.
fn is_web_url(url: &str) -> bool {
    let lowered = url.to_ascii_lowercase();
    let Some(rest) = lowered
        .strip_prefix("https://")
        .or_else(|| lowered.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty() && !url.chars().any(char::is_whitespace)
}

/// The reminder settings as stored: a single row, id 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ReminderSettings {
    pub id: Id,
    /// Seconds between two reminder checks; at most [`CHECK_INTERVAL_MAX`].
    #[specta(type = specta_typescript::Number)]
    pub check_interval: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The reminder settings an administrator edits. A missing field takes the spec's default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ReminderSettingsInput {
    #[specta(type = specta_typescript::Number)]
    pub check_interval: i64,
}

impl Default for ReminderSettingsInput {
    fn default() -> Self {
        ReminderSettingsInput { check_interval: 300 }
    }
}

impl ReminderSettingsInput {
    /// The interval must not be negative, nor so large that the UI would round it.
    pub fn validate(self) -> Result<ReminderSettingsInput, Violations> {
        let mut v = Violations::default();
        validation::integer(
            &mut v,
            "check_interval",
            self.check_interval,
            0,
            CHECK_INTERVAL_MAX,
        );
        v.into_result(self)
    }
}

/// Longest "not allowed" address (`str(250)`).
pub const NOT_ALLOWED_EMAIL_MAX: usize = 250;

/// An address the CRM never writes to: e-mails naming it in `to` or `cc` are refused
/// (R-EMAIL-8). Stored lowercase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NotAllowedEmail {
    pub id: Id,
    /// Lower case.
    pub email: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The field an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct NotAllowedEmailInput {
    pub email: String,
}

impl NotAllowedEmailInput {
    /// Lower-cases the address, since e-mails are checked against it without case, and checks
    /// that it is one valid address.
    pub fn validate(self) -> Result<NotAllowedEmailInput, Violations> {
        let mut v = Violations::default();
        let lowered = self.email.trim().to_lowercase();
        let email = validation::text(&mut v, "email", &lowered, NOT_ALLOWED_EMAIL_MAX, true);
        if v.0.is_empty() && !validation::is_email_address(&email) {
            v.push("email", Rule::InvalidEmail);
        }
        v.into_result(NotAllowedEmailInput { email })
    }
}

/// The filters of the "not allowed" list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct NotAllowedEmailFilter {
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the address.
    pub text: Option<String>,
}

/// The columns the "not allowed" list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum NotAllowedEmailSort {
    #[default]
    Email,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn rules<T>(result: Result<T, Violations>) -> Vec<(&'static str, Rule)> {
        result
            .err()
            .map(|v| {
                v.0.into_iter()
                    .map(|Violation { field, rule }| (field, rule))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn domain(typed: &str) -> Result<String, Vec<(&'static str, Rule)>> {
        let result = PublicEmailDomainInput { domain: typed.into() }.validate();
        result.map(|valid| valid.domain).map_err(|v| rules::<()>(Err(v)))
    }

    #[test]
    fn public_domains_are_stored_lowercase_and_checked() {
        assert_eq!(domain(" GMail.COM "), Ok("gmail.com".into()));
        assert_eq!(domain("@Yahoo.co.uk"), Ok("yahoo.co.uk".into()));
        assert_eq!(domain(""), Err(vec![("domain", Rule::Required)]));
        assert_eq!(domain("gmail"), Err(vec![("domain", Rule::InvalidDomain)]));
        assert_eq!(
            domain("user@gmail.com"),
            Err(vec![("domain", Rule::InvalidDomain)])
        );
        assert_eq!(
            domain(&format!("{}.de", "ü".repeat(DOMAIN_MAX - 3))),
            Ok(format!("{}.de", "ü".repeat(17)))
        );
        assert_eq!(
            domain(&format!("{}.de", "ü".repeat(DOMAIN_MAX - 2))),
            Err(vec![("domain", Rule::TooLong { max: DOMAIN_MAX })])
        );
    }

    #[test]
    fn banned_names_and_stop_phrases_are_required_and_bounded() {
        assert_eq!(
            rules(BannedCompanyNameInput { name: " ".into() }.validate()),
            [("name", Rule::Required)]
        );
        assert_eq!(
            rules(
                BannedCompanyNameInput {
                    name: "æ".repeat(BANNED_NAME_MAX)
                }
                .validate()
            ),
            []
        );
        assert_eq!(
            rules(
                BannedCompanyNameInput {
                    name: "æ".repeat(BANNED_NAME_MAX + 1)
                }
                .validate()
            ),
            [("name", Rule::TooLong { max: BANNED_NAME_MAX })]
        );
        assert_eq!(
            rules(
                StopPhraseInput {
                    phrase: String::new()
                }
                .validate()
            ),
            [("phrase", Rule::Required)]
        );
        assert_eq!(
            rules(
                StopPhraseInput {
                    phrase: "æ".repeat(PHRASE_MAX + 1)
                }
                .validate()
            ),
            [("phrase", Rule::TooLong { max: PHRASE_MAX })]
        );
    }

    #[test]
    fn massmail_defaults_are_the_specs_and_valid() {
        let defaults = MassmailSettingsInput::default();
        assert_eq!(defaults.emails_per_day, 94);
        assert_eq!(defaults.business_time_start.to_string(), "08:30:00");
        assert_eq!(defaults.business_time_end.to_string(), "17:30:00");
        assert_eq!(defaults.clone().validate(), Ok(defaults));
        assert_eq!(
            "08:30".parse::<NaiveTime>().ok(),
            NaiveTime::from_hms_opt(8, 30, 0),
            "a time input's value is accepted as sent"
        );
    }

    #[test]
    fn massmail_limits_and_the_unsubscribe_address_are_checked() {
        let with = |emails_per_day: i64, url: &str| MassmailSettingsInput {
            emails_per_day,
            unsubscribe_url: url.into(),
            ..MassmailSettingsInput::default()
        };
        assert_eq!(
            rules(with(-1, "ftp://example.com/u").validate()),
            [
                (
                    "emails_per_day",
                    Rule::OutOfRange {
                        min: "0".into(),
                        max: "2147483647".into()
                    }
                ),
                ("unsubscribe_url", Rule::InvalidUrl),
            ]
        );
        assert_eq!(
            rules(with(i64::from(i32::MAX) + 1, "").validate()),
            [
                (
                    "emails_per_day",
                    Rule::OutOfRange {
                        min: "0".into(),
                        max: "2147483647".into()
                    }
                ),
                ("unsubscribe_url", Rule::Required),
            ]
        );
        assert_eq!(
            rules(with(0, "HTTP://mail.example/unsubscribe?id=1").validate()),
            []
        );
        for bad in [
            "https://",
            "https:///path",
            "https://exa mple.com",
            "www.example.com",
        ] {
            assert_eq!(
                rules(with(1, bad).validate()),
                [("unsubscribe_url", Rule::InvalidUrl)],
                "{bad}"
            );
        }
    }

    #[test]
    fn the_reminder_interval_is_not_negative() {
        assert_eq!(ReminderSettingsInput::default().check_interval, 300);
        assert_eq!(rules(ReminderSettingsInput { check_interval: 0 }.validate()), []);
        assert_eq!(
            rules(ReminderSettingsInput { check_interval: -1 }.validate()),
            [(
                "check_interval",
                Rule::OutOfRange {
                    min: "0".into(),
                    max: "9007199254740991".into()
                }
            )]
        );
        assert_eq!(
            rules(
                ReminderSettingsInput {
                    check_interval: CHECK_INTERVAL_MAX
                }
                .validate()
            ),
            []
        );
        assert!(
            ReminderSettingsInput {
                check_interval: CHECK_INTERVAL_MAX + 1
            }
            .validate()
            .is_err()
        );
    }

    #[test]
    fn not_allowed_addresses_are_single_lowercase_addresses() {
        let kept = NotAllowedEmailInput {
            email: " NoReply@Oriel.Example ".into(),
        }
        .validate()
        .expect("valid");
        assert_eq!(kept.email, "noreply@oriel.example");
        for bad in ["", "a@b.example, c@d.example", "noreply"] {
            assert!(
                NotAllowedEmailInput { email: bad.into() }.validate().is_err(),
                "{bad}"
            );
        }
    }
}
