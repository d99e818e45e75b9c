//! Mass mail (DOMAIN.md §6.3, §12): mail accounts, signatures, newsletter templates, mailings and
//! their recipients, and the pure rules of R-MM-1 … R-MM-10: who may receive a mailing, when
//! mailings are sent, how a message is filled in for one recipient, and the id lists a mailing
//! keeps.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::Id;
pub use crate::settings_lists::MassmailSettings;
use crate::validation::{self, Rule, Violations};

/// Longest account, signature and mailing name (`str(100)`).
pub const NAME_MAX: usize = 100;
/// Longest host, login, password reference and sender (`str(100)`).
pub const ACCOUNT_TEXT_MAX: usize = 100;
/// Longest certificate and key file path (`str(200)`).
pub const FILE_MAX: usize = 200;
/// Longest newsletter subject (`str(250)`).
pub const SUBJECT_MAX: usize = 250;

/// §6.3: the entity a mailing writes to (upstream's content type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RecipientType {
    Company,
    Contact,
    Lead,
}

impl RecipientType {
    /// The entity key (and generic-link `target_type`) of the recipients.
    pub fn key(self) -> &'static str {
        match self {
            RecipientType::Company => "company",
            RecipientType::Contact => "contact",
            RecipientType::Lead => "lead",
        }
    }

    pub fn from_key(key: &str) -> Option<RecipientType> {
        match key {
            "company" => Some(RecipientType::Company),
            "contact" => Some(RecipientType::Contact),
            "lead" => Some(RecipientType::Lead),
            _ => None,
        }
    }
}

/// §6.3: where a mailing stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum MailingStatus {
    /// Active: sent by the sending pass.
    #[serde(rename = "A")]
    Active,
    /// Active, but a recipient or the account failed; still sent (R-MM-5).
    #[serde(rename = "E")]
    ActiveWithError,
    #[default]
    #[serde(rename = "P")]
    Paused,
    #[serde(rename = "I")]
    Interrupted,
    #[serde(rename = "D")]
    Done,
}

impl MailingStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            MailingStatus::Active => "A",
            MailingStatus::ActiveWithError => "E",
            MailingStatus::Paused => "P",
            MailingStatus::Interrupted => "I",
            MailingStatus::Done => "D",
        }
    }

    /// R-MM-5: only these are processed by the sending pass.
    pub fn is_sending(self) -> bool {
        matches!(self, MailingStatus::Active | MailingStatus::ActiveWithError)
    }
}

/// §6.3: the kind of a signature.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum SignatureType {
    #[default]
    #[serde(rename = "HTML")]
    Html,
    #[serde(rename = "Plain text")]
    PlainText,
}

// ---------------------------------------------------------------------------------------------
// Records and inputs

/// A mail account as stored [O]. The password columns hold OS keychain references, never secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct EmailAccount {
    pub id: Id,
    pub name: String,
    /// The user's account for regular business correspondence; a mailing through it reaches VIP
    /// recipients only (R-MM-7).
    pub main: bool,
    /// May be used for mailings.
    pub massmail: bool,
    pub do_import: bool,
    pub email_host: String,
    pub imap_host: String,
    pub email_host_user: String,
    pub email_host_password: String,
    pub email_app_password: String,
    pub email_port: i32,
    pub from_email: String,
    pub email_use_tls: bool,
    pub email_use_ssl: bool,
    pub email_imail_ssl_certfile: String,
    pub email_imail_ssl_keyfile: String,
    pub refresh_token: String,
    pub report: String,
    /// The day `today_count` counts (R-MM-5's daily limit).
    pub today_date: Option<NaiveDate>,
    pub today_count: i32,
    #[specta(type = specta_typescript::Number)]
    pub start_incoming_uid: i64,
    #[specta(type = specta_typescript::Number)]
    pub start_sent_uid: i64,
    #[specta(type = specta_typescript::Number)]
    pub inbox_uidvalidity: i64,
    #[specta(type = specta_typescript::Number)]
    pub inbox_uidnext: i64,
    #[specta(type = specta_typescript::Number)]
    pub sent_uidvalidity: i64,
    #[specta(type = specta_typescript::Number)]
    pub sent_uidnext: i64,
    pub last_import_dt: DateTime<Utc>,
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The configuration of a mail account as an administrator edits it; the counters, reports and
/// mailbox positions are the sender's and the import's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are the spec's stored columns"
)]
pub struct EmailAccountInput {
    pub name: String,
    pub main: bool,
    /// Default true.
    pub massmail: Option<bool>,
    /// Needs an IMAP host.
    pub do_import: bool,
    pub email_host: String,
    pub imap_host: String,
    pub email_host_user: String,
    /// A keychain reference.
    pub email_host_password: String,
    /// A keychain reference.
    pub email_app_password: String,
    /// Default 25.
    pub email_port: Option<i32>,
    pub from_email: String,
    pub email_use_tls: bool,
    pub email_use_ssl: bool,
    pub email_imail_ssl_certfile: String,
    pub email_imail_ssl_keyfile: String,
    /// Default 1.
    #[specta(type = Option<specta_typescript::Number>)]
    pub start_incoming_uid: Option<i64>,
    /// Default 1.
    #[specta(type = Option<specta_typescript::Number>)]
    pub start_sent_uid: Option<i64>,
    pub co_owner_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl EmailAccountInput {
    /// Trims the texts, enforces the required fields, lengths, the port range, the sender address
    /// and an IMAP host for an importing account, and fills the defaults.
    pub fn validate(mut self) -> Result<EmailAccountInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        self.email_host = validation::text(&mut v, "email_host", &self.email_host, ACCOUNT_TEXT_MAX, true);
        self.imap_host = validation::text(&mut v, "imap_host", &self.imap_host, ACCOUNT_TEXT_MAX, false);
        if self.do_import && self.imap_host.is_empty() {
            v.push("imap_host", Rule::Required);
        }
        self.email_host_user = validation::text(
            &mut v,
            "email_host_user",
            &self.email_host_user,
            ACCOUNT_TEXT_MAX,
            true,
        );
        self.email_host_password = validation::text(
            &mut v,
            "email_host_password",
            &self.email_host_password,
            ACCOUNT_TEXT_MAX,
            true,
        );
        self.email_app_password = validation::text(
            &mut v,
            "email_app_password",
            &self.email_app_password,
            ACCOUNT_TEXT_MAX,
            false,
        );
        let port = *self.email_port.get_or_insert(25);
        validation::integer(&mut v, "email_port", i64::from(port), 0, 65_535);
        self.from_email = validation::text(&mut v, "from_email", &self.from_email, ACCOUNT_TEXT_MAX, true);
        if !self.from_email.is_empty() && !validation::is_email_address(&self.from_email) {
            v.push("from_email", Rule::InvalidEmail);
        }
        self.email_imail_ssl_certfile = validation::text(
            &mut v,
            "email_imail_ssl_certfile",
            &self.email_imail_ssl_certfile,
            FILE_MAX,
            false,
        );
        self.email_imail_ssl_keyfile = validation::text(
            &mut v,
            "email_imail_ssl_keyfile",
            &self.email_imail_ssl_keyfile,
            FILE_MAX,
            false,
        );
        self.massmail.get_or_insert(true);
        self.start_incoming_uid.get_or_insert(1);
        self.start_sent_uid.get_or_insert(1);
        v.into_result(self)
    }
}

/// The filters of the mail-account list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct EmailAccountFilter {
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub main: Option<bool>,
    pub massmail: Option<bool>,
    pub do_import: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum EmailAccountSort {
    #[default]
    Name,
    CreatedAt,
}

/// A signature as stored [O].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Signature {
    pub id: Id,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: SignatureType,
    pub content: String,
    /// The signature new messages start with.
    #[serde(rename = "default")]
    pub is_default: bool,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct SignatureInput {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: SignatureType,
    pub content: String,
    #[serde(rename = "default")]
    pub is_default: bool,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl SignatureInput {
    /// Name and content are required.
    pub fn validate(mut self) -> Result<SignatureInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        if self.content.trim().is_empty() {
            v.push("content", Rule::Required);
        }
        v.into_result(self)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct SignatureFilter {
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SignatureSort {
    #[default]
    Name,
    CreatedAt,
}

/// A newsletter template as stored [O]. Subject and content may hold `{{first_name}}` and the
/// other placeholders of [`render`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct EmlMessage {
    pub id: Id,
    pub subject: String,
    pub content: String,
    pub signature_id: Option<Id>,
    pub prev_corr: String,
    pub is_html: bool,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct EmlMessageInput {
    pub subject: String,
    pub content: String,
    pub signature_id: Option<Id>,
    pub prev_corr: String,
    /// Default true.
    pub is_html: Option<bool>,
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
}

impl EmlMessageInput {
    /// Subject and content are required.
    pub fn validate(mut self) -> Result<EmlMessageInput, Violations> {
        let mut v = Violations::default();
        self.subject = validation::text(&mut v, "subject", &self.subject, SUBJECT_MAX, true);
        if self.content.trim().is_empty() {
            v.push("content", Rule::Required);
        }
        self.is_html.get_or_insert(true);
        v.into_result(self)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct EmlMessageFilter {
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub signature_id: Option<Id>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum EmlMessageSort {
    #[default]
    UpdatedAt,
    CreatedAt,
    Subject,
}

/// A mailing as stored [O]. The id lists are comma-separated record ids of `recipient_type`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MailingOut {
    pub id: Id,
    pub name: String,
    pub message_id: Option<Id>,
    pub status: MailingStatus,
    pub recipients_number: i32,
    /// Still to send.
    pub recipient_ids: String,
    pub successful_ids: String,
    pub failed_ids: String,
    pub recipient_type: RecipientType,
    pub report: String,
    pub today_count: i32,
    pub sending_date: Option<NaiveDate>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub department_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// What a user edits on a mailing: its name, its message and its status (R-MM-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MailingOutInput {
    pub name: String,
    pub message_id: Option<Id>,
    pub status: MailingStatus,
}

impl MailingOutInput {
    /// R-MM-4: an active mailing needs its message.
    pub fn validate(mut self) -> Result<MailingOutInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, false);
        if self.status.is_sending() && self.message_id.is_none() {
            v.push("message_id", Rule::Required);
        }
        v.into_result(self)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MailingOutFilter {
    pub owner_id: Option<Id>,
    pub department_id: Option<Id>,
    pub status: Option<MailingStatus>,
    pub message_id: Option<Id>,
    pub recipient_type: Option<RecipientType>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MailingOutSort {
    #[default]
    CreatedAt,
    UpdatedAt,
    Name,
}

/// A recipient's mass-mail row: which account writes to it and whether it is subscribed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MassContact {
    pub id: Id,
    pub target_type: RecipientType,
    pub target_id: Id,
    pub email_account_id: Option<Id>,
    pub massmail: bool,
    /// The unsubscribe token (R-MM-9).
    pub uuid: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// Mass-mail rows are written by the mailing workflows only; this input exists for the list
/// commands' types.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MassContactInput {}

impl MassContactInput {
    pub fn validate(self) -> Result<MassContactInput, Violations> {
        Ok(self)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MassContactFilter {
    pub target_type: Option<RecipientType>,
    pub target_id: Option<Id>,
    pub email_account_id: Option<Id>,
    pub massmail: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MassContactSort {
    #[default]
    CreatedAt,
    UpdatedAt,
}

// ---------------------------------------------------------------------------------------------
// Rules

/// R-MM-1: a company, contact or lead receives mailings when it is subscribed, not disqualified
/// and has an e-mail address.
pub fn is_eligible(massmail: bool, disqualified: bool, email: &str) -> bool {
    massmail && !disqualified && !email.trim().is_empty()
}

/// The ids of a stored id list (`"3,1,2"`), in order; anything that is no id is skipped.
pub fn parse_ids(text: &str) -> Vec<i64> {
    text.split(',').filter_map(|id| id.trim().parse().ok()).collect()
}

/// An id list as stored.
pub fn join_ids(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// `first` followed by the ids of `second` it does not hold yet, each once.
pub fn union_ids(first: &[i64], second: &[i64]) -> Vec<i64> {
    let mut all: Vec<i64> = Vec::with_capacity(first.len() + second.len());
    for id in first.iter().chain(second) {
        if !all.contains(id) {
            all.push(*id);
        }
    }
    all
}

/// R-MM-10: the name of merged mailings, `"<first name> <suffix>"`, within [`NAME_MAX`]
/// characters (the first name is shortened, the suffix kept).
pub fn united_name(first: &str, suffix: &str) -> String {
    let room = NAME_MAX.saturating_sub(suffix.chars().count() + 1);
    let head: String = first.chars().take(room).collect();
    format!("{} {suffix}", head.trim_end())
}

/// R-MM-6: Friday, Saturday and Sunday are no mailing days; users are told so.
pub fn is_no_mailing_day(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Fri | Weekday::Sat | Weekday::Sun)
}

/// §5: the unsubscribe redirect an installation starts with (R-MM-4 warns while it is kept).
pub const DEFAULT_UNSUBSCRIBE_URL: &str = "https://www.example.com/unsubscribe";

/// R-MM-6: whether mailings are sent at `moment` (the installation's local time): never on
/// Friday to Sunday (**Decision**), and with business time on only between its start and end.
pub fn may_send_at(moment: NaiveDateTime, settings: &MassmailSettings) -> bool {
    if is_no_mailing_day(moment.date()) {
        return false;
    }
    !settings.use_business_time
        || (settings.business_time_start..settings.business_time_end).contains(&moment.time())
}

/// R-MM-5: whether an account that sent `today_count` messages on `counted_day` may send one
/// more on `today`; a new day starts from zero.
pub fn under_daily_limit(
    counted_day: Option<NaiveDate>,
    today_count: i32,
    today: NaiveDate,
    limit: i32,
) -> bool {
    let sent = if counted_day == Some(today) {
        today_count
    } else {
        0
    };
    sent < limit
}

/// R-MM-5: fills a message for one recipient: each `{{ name }}` (spaces optional) of `values` is
/// replaced by its value; unknown placeholders stay as written.
pub fn render(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = after[..end].trim();
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// R-MM-5, R-MM-8: the round-robin turn among a user's queued accounts. `queue` is the stored
/// order, `qualifying` the accounts that belong in it now (massmail ∧ ¬main, ascending): stale
/// entries are dropped and new accounts join at the end. Returns the account whose turn it is
/// and the queue to store (that account moved to the end), or none when no account qualifies.
pub fn next_in_queue(queue: &[Id], qualifying: &[Id]) -> Option<(Id, Vec<Id>)> {
    let mut order: Vec<Id> = queue
        .iter()
        .copied()
        .filter(|id| qualifying.contains(id))
        .collect();
    for id in qualifying {
        if !order.contains(id) {
            order.push(*id);
        }
    }
    if order.is_empty() {
        return None;
    }
    let turn = order.remove(0);
    order.push(turn);
    Some((turn, order))
}

/// A deterministic shuffle of `items` from `seed` (R-MM-5's random order of mailings): the
/// scheduler passes a fresh seed each pass, tests a fixed one.
pub fn shuffled<T>(mut items: Vec<T>, seed: u64) -> Vec<T> {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        // xorshift64: enough to vary the order; nothing here needs to be unpredictable.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    items
}

/// R-MM-3: the criteria a mailing's recipients are chosen by. An empty list does not narrow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct Criteria {
    pub industry_ids: Vec<Id>,
    pub country_ids: Vec<Id>,
    /// Client types.
    pub type_ids: Vec<Id>,
    /// Created on or after this day.
    pub after: Option<NaiveDate>,
    /// Created on or before this day.
    pub before: Option<NaiveDate>,
}

/// R-MM-3: what the criteria look at on one company or contact (a contact's type and industries
/// are its company's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CriteriaFacts<'a> {
    pub country_id: Option<Id>,
    pub type_id: Option<Id>,
    pub industry_ids: &'a [Id],
    pub created: NaiveDate,
}

impl Criteria {
    /// R-MM-3: `after` must not be later than `before`.
    pub fn validate(self) -> Result<Criteria, Violations> {
        match (self.after, self.before) {
            (Some(after), Some(before)) if after > before => {
                Err(Violations::one("after", Rule::AfterLaterThanBefore))
            }
            _ => Ok(self),
        }
    }

    /// R-MM-3: whether a record with `facts` is chosen.
    pub fn admits(&self, facts: &CriteriaFacts<'_>) -> bool {
        let within = |wanted: &[Id], value: Option<Id>| {
            wanted.is_empty() || value.is_some_and(|v| wanted.contains(&v))
        };
        within(&self.country_ids, facts.country_id)
            && within(&self.type_ids, facts.type_id)
            && (self.industry_ids.is_empty()
                || facts.industry_ids.iter().any(|i| self.industry_ids.contains(i)))
            && self.after.is_none_or(|after| facts.created >= after)
            && self.before.is_none_or(|before| facts.created <= before)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use super::*;

    fn settings(use_business_time: bool) -> MassmailSettings {
        MassmailSettings {
            id: Id(1),
            emails_per_day: 94,
            use_business_time,
            business_time_start: NaiveTime::from_hms_opt(8, 30, 0).expect("time"),
            business_time_end: NaiveTime::from_hms_opt(17, 30, 0).expect("time"),
            unsubscribe_url: DEFAULT_UNSUBSCRIBE_URL.into(),
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
            version: 1,
        }
    }

    fn at(day: &str, time: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M").expect("moment")
    }

    #[test]
    fn eligible_recipients_are_subscribed_qualified_and_reachable() {
        assert!(is_eligible(true, false, "a@b.example"), "R-MM-1");
        assert!(!is_eligible(false, false, "a@b.example"), "R-MM-1: unsubscribed");
        assert!(!is_eligible(true, true, "a@b.example"), "R-MM-1: disqualified");
        assert!(!is_eligible(true, false, "  "), "R-MM-1: no e-mail");
    }

    #[test]
    fn nothing_is_sent_friday_to_sunday_even_without_business_time() {
        // 2026-12-03 is a Thursday.
        for (day, open) in [
            ("2026-11-30", true),
            ("2026-12-03", true),
            ("2026-12-04", false),
            ("2026-12-05", false),
            ("2026-12-06", false),
        ] {
            assert_eq!(
                may_send_at(at(day, "03:00"), &settings(false)),
                open,
                "R-MM-6 {day}"
            );
        }
        assert!(
            !may_send_at(at("2026-12-03", "08:29"), &settings(true)),
            "R-MM-6: before start"
        );
        assert!(may_send_at(at("2026-12-03", "08:30"), &settings(true)), "R-MM-6");
        assert!(
            !may_send_at(at("2026-12-03", "17:30"), &settings(true)),
            "R-MM-6: at the end"
        );
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        let values = [("first_name", "Ada"), ("full_name", "Ada Lovelace")];
        assert_eq!(
            render("Dear {{ first_name }}, {{full_name}} {{unknown}} {{", &values),
            "Dear Ada, Ada Lovelace {{unknown}} {{"
        );
    }

    #[test]
    fn the_queue_rotates_and_heals() {
        let (turn, queue) = next_in_queue(&[Id(3), Id(9), Id(2)], &[Id(2), Id(3), Id(5)]).expect("turn");
        assert_eq!(turn, Id(3));
        assert_eq!(queue, [Id(2), Id(5), Id(3)], "the stale 9 left, the new 5 joined");
        assert_eq!(next_in_queue(&[Id(1)], &[]), None);
    }

    #[test]
    fn id_lists_and_united_names() {
        assert_eq!(parse_ids(" 3, 1,x,2"), [3, 1, 2]);
        assert_eq!(join_ids(&[3, 1]), "3,1");
        assert_eq!(union_ids(&[3, 1], &[1, 4, 3, 5]), [3, 1, 4, 5]);
        let long = "x".repeat(120);
        let name = united_name(&long, "(united)");
        assert_eq!(name.chars().count(), NAME_MAX, "R-MM-10");
        assert!(name.ends_with(" (united)"));
        assert!(!under_daily_limit(
            NaiveDate::from_ymd_opt(2026, 12, 1),
            2,
            NaiveDate::from_ymd_opt(2026, 12, 1).expect("day"),
            2
        ));
        assert!(under_daily_limit(
            NaiveDate::from_ymd_opt(2026, 11, 30),
            2,
            NaiveDate::from_ymd_opt(2026, 12, 1).expect("day"),
            2
        ));
    }

    #[test]
    fn a_seeded_shuffle_is_repeatable() {
        let items: Vec<i32> = (0..10).collect();
        assert_eq!(shuffled(items.clone(), 7), shuffled(items.clone(), 7));
        let mut sorted = shuffled(items.clone(), 7);
        sorted.sort_unstable();
        assert_eq!(sorted, items);
    }

    #[test]
    fn criteria_narrow_by_country_type_industry_and_creation_day() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).expect("day");
        let criteria = Criteria {
            industry_ids: vec![Id(5)],
            country_ids: vec![Id(1), Id(2)],
            type_ids: Vec::new(),
            after: Some(day(10)),
            before: Some(day(20)),
        };
        let facts = CriteriaFacts {
            country_id: Some(Id(2)),
            type_id: None,
            industry_ids: &[Id(4), Id(5)],
            created: day(10),
        };
        assert!(criteria.admits(&facts), "R-MM-3");
        assert!(
            !criteria.admits(&CriteriaFacts {
                country_id: None,
                ..facts
            }),
            "R-MM-3: country"
        );
        assert!(
            !criteria.admits(&CriteriaFacts {
                industry_ids: &[Id(4)],
                ..facts
            }),
            "R-MM-3: industry"
        );
        assert!(
            !criteria.admits(&CriteriaFacts {
                created: day(21),
                ..facts
            }),
            "R-MM-3: range"
        );
        let reversed = Criteria {
            after: Some(day(21)),
            ..criteria
        };
        assert_eq!(
            reversed.validate(),
            Err(Violations::one("after", Rule::AfterLaterThanBefore)),
            "R-MM-3"
        );
    }

    #[test]
    fn an_account_needs_its_server_login_sender_and_for_imports_an_imap_host() {
        let refused: Vec<(&str, Rule)> = EmailAccountInput {
            do_import: true,
            email_port: Some(70_000),
            from_email: "not an address".into(),
            ..EmailAccountInput::default()
        }
        .validate()
        .expect_err("refused")
        .0
        .into_iter()
        .map(|v| (v.field, v.rule))
        .collect();
        for field in [
            "name",
            "email_host",
            "imap_host",
            "email_host_user",
            "email_host_password",
        ] {
            assert!(refused.contains(&(field, Rule::Required)), "{field}: {refused:?}");
        }
        assert!(refused.contains(&("from_email", Rule::InvalidEmail)));
        assert!(refused.iter().any(|(f, _)| *f == "email_port"));
        let valid = EmailAccountInput {
            name: "news".into(),
            email_host: "smtp.example".into(),
            email_host_user: "news".into(),
            email_host_password: "keychain:news".into(),
            from_email: "news@oriel.example".into(),
            ..EmailAccountInput::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(
            (valid.massmail, valid.email_port, valid.start_incoming_uid),
            (Some(true), Some(25), Some(1))
        );
        assert!(
            EmlMessageInput::default().validate().is_err(),
            "subject and content are required"
        );
        assert!(
            MailingOutInput {
                status: MailingStatus::Active,
                ..MailingOutInput::default()
            }
            .validate()
            .is_err(),
            "R-MM-4"
        );
    }
}
