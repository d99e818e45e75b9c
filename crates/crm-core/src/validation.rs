//! Field-level validation results shared by every entity.
//!
//! A violation names the field (the spec's snake_case field name, the same in JSON and in the UI
//! form) and a stable rule code; the command layer turns the code into a translated message.

use rust_decimal::Decimal;
use serde::Serialize;

/// Why a field value was refused. The serialized code is stable: the UI and the message catalogue
/// key on it (`field-<code>` in `locales/*/errors.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Rule {
    /// The field must not be empty.
    Required,
    /// The text is longer than `max` characters.
    TooLong { max: usize },
    /// The value is not a number.
    NotANumber,
    /// The number lies outside `min..=max` (decimal text, exact).
    OutOfRange { min: String, max: String },
    /// The number has more than `max` digits after the decimal point.
    TooManyDecimals { max: u32 },
    /// The value is not one of the allowed choices.
    NotAChoice,
    /// The connection URL names no supported database.
    UnsupportedUrl,
    /// The input is not in the expected form (wrong JSON shape or type).
    Malformed,
    /// One of the e-mail addresses is not a valid address.
    InvalidEmail,
    /// Not one of the ISO-4217 alphabetic currency codes (R-CUR-1).
    InvalidCurrencyCode,
    /// A currency flagged both as the state and as the marketing currency (R-CUR-2).
    StateAndMarketingCurrency,
    /// The same name appears twice in a comma-separated list of names (R-CITY-1).
    DuplicateName,
    /// Not a slug: only ASCII letters, digits, `-` and `_`.
    InvalidSlug,
    /// Not a domain name such as `example.com`.
    InvalidDomain,
    /// Not an `http://` or `https://` address.
    InvalidUrl,
    /// A phone number with fewer than 7 digits (R-GEN-6).
    InvalidPhone,
    /// A first name that is only a name prefix such as "Dr." (R-GEN-8).
    NameIsPrefix,
    /// A contact and a lead linked at once; a record links one or the other (R-REQ-3).
    ContactOrLead,
    /// A company and a lead linked at once; a record links one or the other (R-REQ-3).
    CompanyOrLead,
    /// The department is not one of the owner's departments (R-GEN-2).
    DepartmentOwnerMismatch,
    /// The linked contact belongs to another company (R-REQ-3).
    ContactNotOfCompany,
    /// The city lies in another country (R-GEN-7).
    CityNotOfCountry,
    /// A date that must not lie in the past (R-DEAL-2).
    DateInPast,
    /// A deal closed as a success needs an amount (R-DEAL-2).
    AmountRequired,
    /// The department sells abroad: a country is required (R-REQ-18).
    CountryRequired,
    /// The department has products: at least one is required (R-REQ-18).
    ProductsRequired,
    /// The request already has a deal, or is a duplicate or a case (R-REQ-16..18).
    NoDealFromRequest,
    /// An amount without a currency (R-PAY-1, R-OUT-1).
    CurrencyRequired,
    /// Several existing records fit where exactly one must be chosen (R-LEAD-3, R-LEAD-4).
    AmbiguousMatch,
    /// The same person is stored already (R-CONT-2).
    AlreadyExists,
    /// The text is shorter than `min` characters.
    TooShort { min: usize },
    /// A form submitted twice: its record was added the first time (R-GEN-3).
    AlreadyAdded,
    /// Another currency is the state currency already (R-CUR-2).
    StateCurrencyExists,
    /// Another currency is the marketing currency already (R-CUR-2).
    MarketingCurrencyExists,
    /// The user has no account that may send mailings (R-MM-2, R-MM-10).
    NoMailingAccount,
    /// Mailing recipients of more than one owner (R-MM-2, R-MM-7).
    MixedOwners,
    /// No selected record may receive a mailing (R-MM-2).
    NoRecipients,
    /// The recipients' owner has no main mail account (R-MM-7).
    NoMainAccount,
    /// A test mailing needs at least two of the user's accounts (R-MM-10).
    TwoAccountsNeeded,
    /// Mailings of different owners, recipient types or messages cannot be merged (R-MM-10).
    MailingsDiffer,
    /// A date range whose start lies after its end (R-MM-3).
    AfterLaterThanBefore,
    /// A sub-task names more than one responsible person (R-TASK-6).
    SubtaskOneResponsible,
    /// A main task closed while one of its sub-tasks is still active (R-TASK-6).
    ActiveSubtask,
    /// An address of the "not allowed" list (R-EMAIL-8).
    NotAllowedAddress { address: String },
    /// An e-mail composed for a record that has no address (R-EMAIL-3).
    NoRecipient,
    /// An e-mail to send without a subject or a text (R-EMAIL-4).
    EmptyLetter,
    /// Sending, replying or forwarding needs a main mail account (R-EMAIL-4, R-EMAIL-5).
    NoSendingAccount,
    /// A message that was sent from the CRM itself cannot be imported (R-EMAIL-10).
    SentFromCrm,
    /// A request is made only from an incoming e-mail marked as an inquiry (R-REQ-15).
    NotAnInquiry,
}

impl Rule {
    /// The stable code of the rule, as serialized.
    pub fn code(&self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TooLong { .. } => "too_long",
            Rule::NotANumber => "not_a_number",
            Rule::OutOfRange { .. } => "out_of_range",
            Rule::TooManyDecimals { .. } => "too_many_decimals",
            Rule::NotAChoice => "not_a_choice",
            Rule::UnsupportedUrl => "unsupported_url",
            Rule::Malformed => "malformed",
            Rule::InvalidEmail => "invalid_email",
            Rule::InvalidCurrencyCode => "invalid_currency_code",
            Rule::StateAndMarketingCurrency => "state_and_marketing_currency",
            Rule::DuplicateName => "duplicate_name",
            Rule::InvalidSlug => "invalid_slug",
            Rule::InvalidDomain => "invalid_domain",
            Rule::InvalidUrl => "invalid_url",
            Rule::InvalidPhone => "invalid_phone",
            Rule::NameIsPrefix => "name_is_prefix",
            Rule::ContactOrLead => "contact_or_lead",
            Rule::CompanyOrLead => "company_or_lead",
            Rule::DepartmentOwnerMismatch => "department_owner_mismatch",
            Rule::ContactNotOfCompany => "contact_not_of_company",
            Rule::CityNotOfCountry => "city_not_of_country",
            Rule::DateInPast => "date_in_past",
            Rule::AmountRequired => "amount_required",
            Rule::CountryRequired => "country_required",
            Rule::ProductsRequired => "products_required",
            Rule::NoDealFromRequest => "no_deal_from_request",
            Rule::CurrencyRequired => "currency_required",
            Rule::AmbiguousMatch => "ambiguous_match",
            Rule::AlreadyExists => "already_exists",
            Rule::TooShort { .. } => "too_short",
            Rule::AlreadyAdded => "already_added",
            Rule::StateCurrencyExists => "state_currency_exists",
            Rule::MarketingCurrencyExists => "marketing_currency_exists",
            Rule::NoMailingAccount => "no_mailing_account",
            Rule::MixedOwners => "mixed_owners",
            Rule::NoRecipients => "no_recipients",
            Rule::NoMainAccount => "no_main_account",
            Rule::TwoAccountsNeeded => "two_accounts_needed",
            Rule::MailingsDiffer => "mailings_differ",
            Rule::AfterLaterThanBefore => "after_later_than_before",
            Rule::SubtaskOneResponsible => "subtask_one_responsible",
            Rule::ActiveSubtask => "active_subtask",
            Rule::NotAllowedAddress { .. } => "not_allowed_address",
            Rule::NoRecipient => "no_recipient",
            Rule::EmptyLetter => "empty_letter",
            Rule::NoSendingAccount => "no_sending_account",
            Rule::SentFromCrm => "sent_from_crm",
            Rule::NotAnInquiry => "not_an_inquiry",
        }
    }
}

/// One refused field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub field: &'static str,
    pub rule: Rule,
}

/// Every violation found in one input. Validation collects them all so a form can mark every bad
/// field at once instead of one per save.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{} field(s) failed validation", .0.len())]
pub struct Violations(pub Vec<Violation>);

impl Violations {
    pub fn push(&mut self, field: &'static str, rule: Rule) {
        self.0.push(Violation { field, rule });
    }

    /// `Ok(value)` when nothing was refused, otherwise every violation.
    pub fn into_result<T>(self, value: T) -> Result<T, Violations> {
        if self.0.is_empty() { Ok(value) } else { Err(self) }
    }

    /// A single violation.
    pub fn one(field: &'static str, rule: Rule) -> Violations {
        Violations(vec![Violation { field, rule }])
    }

    pub fn iter(&self) -> impl Iterator<Item = &Violation> {
        self.0.iter()
    }
}

/// Checks a text field: trims it and enforces "required" and the length limit in Unicode
/// characters (the limit of `str(n)` columns on every backend).
pub fn text(
    violations: &mut Violations,
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> String {
    let trimmed = value.trim();
    if required && trimmed.is_empty() {
        violations.push(field, Rule::Required);
    } else if trimmed.chars().count() > max {
        violations.push(field, Rule::TooLong { max });
    }
    trimmed.to_owned()
}

/// Unbounded text as stored: trimmed.
pub fn trimmed(value: &str) -> String {
    value.trim().to_owned()
}

/// A nullable text column (`str(n) null`): trimmed and length-checked like [`text`]; blank is
/// stored as NULL.
pub fn optional_text(
    violations: &mut Violations,
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Option<String> {
    let kept = text(violations, field, value.unwrap_or_default(), max, false);
    (!kept.is_empty()).then_some(kept)
}

/// Checks a comma-separated list of e-mail addresses (R-GEN-5): each entry, after taking the
/// address out of a `"Name" <addr>` form, must be a valid address. Returns the trimmed list.
pub fn email_list(violations: &mut Violations, field: &'static str, value: &str, max: usize) -> String {
    let trimmed = text(violations, field, value, max, false);
    let all_valid = trimmed
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .all(|entry| is_email_address(address_part(entry)));
    if !all_valid {
        violations.push(field, Rule::InvalidEmail);
    }
    trimmed
}

/// `sales@acme.example` out of `"Acme Sales" <sales@acme.example>`.
pub fn address_part(entry: &str) -> &str {
    match (entry.rfind('<'), entry.rfind('>')) {
        (Some(open), Some(close)) if open < close => entry[open + 1..close].trim(),
        _ => entry.trim(),
    }
}

/// A pragmatic address check: one `@`, a non-empty local part, a dotted domain of letters, digits
/// and hyphens, no spaces. It accepts internationalised domains as typed (non-ASCII letters).
pub fn is_email_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty() && !local.chars().any(char::is_whitespace) && is_domain(domain)
}

/// A dotted domain name of letters, digits and hyphens (at least two labels, none empty or edged
/// with a hyphen). Internationalised names are accepted as typed.
pub fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// Checks one optional e-mail address (a single-address field, unlike [`email_list`]).
pub fn email(violations: &mut Violations, field: &'static str, value: &str, max: usize) -> String {
    let before = violations.0.len();
    let trimmed = text(violations, field, value, max, false);
    if violations.0.len() == before && !trimmed.is_empty() && !is_email_address(&trimmed) {
        violations.push(field, Rule::InvalidEmail);
    }
    trimmed
}

/// The scale and the inclusive bounds of a decimal column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecimalSpec {
    /// Digits after the decimal point the column keeps.
    pub scale: u32,
    pub min: Decimal,
    pub max: Decimal,
}

impl DecimalSpec {
    /// `money`, NUMERIC(18,2), not negative.
    pub fn money() -> DecimalSpec {
        DecimalSpec {
            scale: 2,
            min: Decimal::ZERO,
            max: Decimal::from_i128_with_scale(999_999_999_999_999_999, 2),
        }
    }

    /// `rate`, NUMERIC(18,8), strictly positive: a zero rate would wipe out every converted sum.
    pub fn rate() -> DecimalSpec {
        DecimalSpec {
            scale: 8,
            min: Decimal::from_i128_with_scale(1, 8),
            max: Decimal::from_i128_with_scale(999_999_999_999_999_999, 8),
        }
    }
}

/// Parses a decimal typed by a user, exactly (never through floating point). A comma is accepted
/// as the decimal separator because half of the world types one; grouping separators, exponents
/// and other signs are refused so that what is stored is what the user meant. Blank text gives
/// `None` without a violation: whether a blank is allowed is the caller's rule. A refused value
/// also gives `None`. The result carries the spec's scale, so every backend returns the same text.
pub fn decimal(
    violations: &mut Violations,
    field: &'static str,
    raw: &str,
    spec: DecimalSpec,
) -> Option<Decimal> {
    let typed = raw.trim();
    if typed.is_empty() {
        return None;
    }
    let (negative, unsigned) = match typed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, typed.strip_prefix('+').unwrap_or(typed)),
    };
    let (whole, fraction) = unsigned.split_once(['.', ',']).unwrap_or((unsigned, ""));
    let digits_only = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits_only(whole) || !digits_only(fraction) {
        violations.push(field, Rule::NotANumber);
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let out_of_range = Rule::OutOfRange {
        min: spec.min.to_string(),
        max: spec.max.to_string(),
    };
    // Decimal holds 28 significant digits; anything longer is far outside every column anyway.
    if whole.len() + fraction.len() > 28 {
        let rule = if whole.len() > 20 || fraction.len() <= spec.scale as usize {
            out_of_range
        } else {
            Rule::TooManyDecimals { max: spec.scale }
        };
        violations.push(field, rule);
        return None;
    }
    let sign = if negative { "-" } else { "" };
    let whole = if whole.is_empty() { "0" } else { whole };
    let exact = if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    };
    let Ok(mut value) = exact.parse::<Decimal>() else {
        violations.push(field, Rule::NotANumber);
        return None;
    };
    if value < spec.min || value > spec.max {
        violations.push(field, out_of_range);
        return None;
    }
    if fraction.len() > spec.scale as usize {
        violations.push(field, Rule::TooManyDecimals { max: spec.scale });
        return None;
    }
    value.rescale(spec.scale);
    Some(value)
}

/// An integer field: refused unless within `min..=max`. Inputs carry integers one size wider than
/// their column so that an out-of-range number is a field error, not a malformed form.
pub fn integer(violations: &mut Violations, field: &'static str, value: i64, min: i64, max: i64) {
    if !(min..=max).contains(&value) {
        violations.push(
            field,
            Rule::OutOfRange {
                min: min.to_string(),
                max: max.to_string(),
            },
        );
    }
}

/// §1.4: a create-once token, when given, is 11 URL-safe characters (R-GEN-3).
pub fn token(v: &mut Violations, field: &'static str, value: Option<&str>) {
    let valid = |t: &str| {
        t.len() == 11
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
    };
    if value.is_some_and(|t| !valid(t)) {
        v.push(field, Rule::Malformed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        let mut v = Violations::default();
        let kept = text(&mut v, "name", "  Ørsted Ünïcödé  ", 14, true);
        assert_eq!(kept, "Ørsted Ünïcödé");
        assert!(v.0.is_empty(), "14 characters fit a 14-character field: {v:?}");
        text(&mut v, "name", "Ørsted Ünïcödé!", 14, true);
        assert_eq!(
            v.0,
            vec![Violation {
                field: "name",
                rule: Rule::TooLong { max: 14 }
            }]
        );
    }

    #[test]
    fn email_addresses_are_checked_one_by_one() {
        assert!(is_email_address("anna@müller.example"));
        assert!(!is_email_address("anna@localhost"));
        assert!(!is_email_address("anna smith@acme.example"));
        assert_eq!(
            address_part("\"Acme, Sales\" <sales@acme.example>"),
            "sales@acme.example"
        );
        let mut v = Violations::default();
        email_list(&mut v, "email", "a@acme.example, b@acme.example", 200);
        assert!(v.0.is_empty());
        email_list(&mut v, "email", "a@acme.example, @acme.example", 200);
        assert_eq!(
            v.0,
            vec![Violation {
                field: "email",
                rule: Rule::InvalidEmail
            }]
        );
    }

    #[test]
    fn blank_required_text_is_refused() {
        let mut v = Violations::default();
        text(&mut v, "name", "   ", 10, true);
        text(&mut v, "note", "   ", 10, false);
        assert_eq!(
            v.0,
            vec![Violation {
                field: "name",
                rule: Rule::Required
            }]
        );
    }

    fn parsed(raw: &str, spec: DecimalSpec) -> Result<Option<String>, Rule> {
        let mut v = Violations::default();
        let value = decimal(&mut v, "amount", raw, spec);
        match v.0.pop() {
            Some(violation) => Err(violation.rule),
            None => Ok(value.map(|d| d.to_string())),
        }
    }

    #[test]
    fn typed_decimals_are_parsed_exactly_at_the_column_scale() {
        let money = DecimalSpec::money();
        let rate = DecimalSpec::rate();
        assert_eq!(parsed("1,5", money), Ok(Some("1.50".into())));
        assert_eq!(parsed(" 1,5 ", rate), Ok(Some("1.50000000".into())));
        assert_eq!(parsed(",5", money), Ok(Some("0.50".into())));
        assert_eq!(parsed("+3", money), Ok(Some("3.00".into())));
        assert_eq!(
            parsed("12.500", money),
            Ok(Some("12.50".into())),
            "trailing zeros are no extra digits"
        );
        assert_eq!(
            parsed("0.1", rate),
            Ok(Some("0.10000000".into())),
            "no binary rounding"
        );
        assert_eq!(parsed("1.12345678", rate), Ok(Some("1.12345678".into())));
        assert_eq!(
            parsed("9999999999999999.99", money),
            Ok(Some("9999999999999999.99".into()))
        );
        assert_eq!(parsed("   ", money), Ok(None), "blank is the caller's decision");
    }

    #[test]
    fn malformed_long_or_out_of_range_decimals_are_refused() {
        let money = DecimalSpec::money();
        let rate = DecimalSpec::rate();
        assert_eq!(parsed("1.123456789", rate), Err(Rule::TooManyDecimals { max: 8 }));
        assert_eq!(parsed("1.125", money), Err(Rule::TooManyDecimals { max: 2 }));
        assert_eq!(
            parsed("0.1234567890123456789012345678", rate),
            Err(Rule::TooManyDecimals { max: 8 })
        );
        for bad in [
            "abc", "1e5", "1_000", "1.234,5", "1 000", ".", "-", "--1", "0x10", "١٢",
        ] {
            assert_eq!(parsed(bad, money), Err(Rule::NotANumber), "{bad}");
        }
        let money_range = Rule::OutOfRange {
            min: "0".into(),
            max: "9999999999999999.99".into(),
        };
        assert_eq!(parsed("-1", money), Err(money_range.clone()));
        assert_eq!(parsed("10000000000000000", money), Err(money_range.clone()));
        assert_eq!(parsed(&"9".repeat(40), money), Err(money_range));
        let rate_range = Rule::OutOfRange {
            min: "0.00000001".into(),
            max: "9999999999.99999999".into(),
        };
        assert_eq!(parsed("0", rate), Err(rate_range.clone()));
        assert_eq!(parsed("0,000", rate), Err(rate_range));
    }

    #[test]
    fn integers_outside_their_column_are_refused() {
        let mut v = Violations::default();
        integer(&mut v, "count", 0, 0, 10);
        integer(&mut v, "count", 10, 0, 10);
        assert!(v.0.is_empty());
        integer(&mut v, "count", -1, 0, 10);
        assert_eq!(
            v.0,
            vec![Violation {
                field: "count",
                rule: Rule::OutOfRange {
                    min: "0".into(),
                    max: "10".into()
                }
            }]
        );
    }

    #[test]
    fn a_single_address_field_takes_one_address() {
        let mut v = Violations::default();
        assert_eq!(
            email(&mut v, "email", " anna@acme.example ", 254),
            "anna@acme.example"
        );
        email(&mut v, "email", "", 254);
        assert!(v.0.is_empty());
        email(&mut v, "email", "a@acme.example, b@acme.example", 254);
        assert_eq!(v.0[0].rule, Rule::InvalidEmail);
        assert!(is_domain("mail.müller.example"));
        assert!(!is_domain("localhost"));
        assert!(!is_domain("-acme.example"));
        assert!(!is_domain("acme..example"));
    }
}
