//! Country (DOMAIN.md §3.1).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest country name (`str(40)`).
pub const NAME_MAX: usize = 40;
/// Longest list of alternative names (`str(100)`).
pub const ALTERNATIVE_NAMES_MAX: usize = 100;
/// Longest URL name (`str(50)`).
pub const URL_NAME_MAX: usize = 50;

/// A country as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Country {
    pub id: Id,
    pub name: String,
    /// Comma-separated other names, e.g. "Turkey" for "Turkiye".
    pub alternative_names: String,
    /// Stable slug key, e.g. `Cote_dIvoire`.
    pub url_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CountryInput {
    pub name: String,
    pub alternative_names: String,
    pub url_name: String,
}

impl CountryInput {
    /// Trims every text and enforces the required fields, column lengths and the slug form of
    /// `url_name`. Uniqueness of the name is the store's.
    pub fn validate(mut self) -> Result<CountryInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        self.alternative_names = validation::text(
            &mut v,
            "alternative_names",
            &self.alternative_names,
            ALTERNATIVE_NAMES_MAX,
            false,
        );
        let before = v.0.len();
        self.url_name = validation::text(&mut v, "url_name", &self.url_name, URL_NAME_MAX, true);
        if v.0.len() == before && !is_slug(&self.url_name) {
            v.push("url_name", Rule::InvalidSlug);
        }
        v.into_result(self)
    }
}

/// ASCII letters, digits, `-` and `_` only: the key appears in URLs and file names.
fn is_slug(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The filters of the country list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CountryFilter {
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name, the alternative
    /// names or the URL name.
    pub text: Option<String>,
}

/// The columns the country list can be sorted by; pickers order by name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CountrySort {
    #[default]
    Name,
    UrlName,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn input(name: &str, url_name: &str) -> CountryInput {
        CountryInput {
            name: name.into(),
            url_name: url_name.into(),
            ..CountryInput::default()
        }
    }

    #[test]
    fn seeded_url_names_are_slugs() {
        for url_name in [
            "Cote_dIvoire",
            "North-Korea",
            "not_set",
            "Congo_CF",
            "United_States",
        ] {
            assert!(input("Somewhere", url_name).validate().is_ok(), "{url_name}");
        }
    }

    #[test]
    fn name_and_url_name_are_required_and_bounded() {
        let fields = |result: Result<CountryInput, Violations>| {
            result
                .expect_err("invalid")
                .0
                .into_iter()
                .map(|Violation { field, rule }| (field, rule))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fields(input(" ", "").validate()),
            [("name", Rule::Required), ("url_name", Rule::Required)]
        );
        assert_eq!(
            fields(input(&"Ö".repeat(NAME_MAX + 1), "Côte d'Ivoire").validate()),
            [
                ("name", Rule::TooLong { max: NAME_MAX }),
                ("url_name", Rule::InvalidSlug)
            ]
        );
        assert!(input(&"Ö".repeat(NAME_MAX), "ok").validate().is_ok());
        assert_eq!(
            fields(input("Chad", &"x".repeat(URL_NAME_MAX + 1)).validate()),
            [("url_name", Rule::TooLong { max: URL_NAME_MAX })]
        );
    }
}
