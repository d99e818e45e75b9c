//! Field-level validation results shared by every entity.
//!
//! A violation names the field (the spec's snake_case field name, the same in JSON and in the UI
//! form) and a stable rule code; the command layer turns the code into a translated message.

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
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !address.chars().any(char::is_whitespace)
        && !domain.contains('@')
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
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
}
