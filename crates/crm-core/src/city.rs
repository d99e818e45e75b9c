//! City (DOMAIN.md §3.2) and the name rules of R-CITY-1 and R-CITY-2.
//!
//! Names are compared without case, Unicode-aware: the databases fold ASCII only, so the store
//! loads the cities of one country and asks these functions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest city name (`str(40)`).
pub const NAME_MAX: usize = 40;
/// Longest list of alternative names (`str(100)`).
pub const ALTERNATIVE_NAMES_MAX: usize = 100;

/// A city as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct City {
    pub id: Id,
    pub name: String,
    /// Comma-separated other names and spellings.
    pub alternative_names: String,
    pub country_id: Id,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a user edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CityInput {
    pub name: String,
    pub alternative_names: String,
    pub country_id: Option<Id>,
}

impl CityInput {
    /// Trims the texts and enforces the required fields, column lengths and that no alternative
    /// name is given twice. Collisions with other cities (R-CITY-1) are checked by the store
    /// with [`collides`].
    pub fn validate(mut self) -> Result<CityInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        self.alternative_names = validation::text(
            &mut v,
            "alternative_names",
            &self.alternative_names,
            ALTERNATIVE_NAMES_MAX,
            false,
        );
        let mut seen: Vec<String> = Vec::new();
        for alternative in alternative_names(&self.alternative_names) {
            let key = alternative.to_lowercase();
            if seen.contains(&key) {
                v.push("alternative_names", Rule::DuplicateName);
                break;
            }
            seen.push(key);
        }
        if self.country_id.is_none() {
            v.push("country_id", Rule::Required);
        }
        v.into_result(self)
    }
}

/// The entries of a comma-separated list of alternative names, trimmed, blanks skipped.
pub fn alternative_names(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|name| !name.is_empty())
}

/// R-CITY-1: whether `candidate` (a city's name or one of its alternative names) collides with
/// another city of the same country: equal to its name, or found anywhere inside its alternative
/// names, ignoring case.
pub fn collides(candidate: &str, other_name: &str, other_alternative_names: &str) -> bool {
    let candidate = candidate.trim().to_lowercase();
    !candidate.is_empty()
        && (candidate == other_name.trim().to_lowercase()
            || other_alternative_names.to_lowercase().contains(&candidate))
}

/// R-CITY-2: a city name as typed on a record, trimmed and without one trailing `.` or `,`.
pub fn typed_city_name(typed: &str) -> &str {
    let trimmed = typed.trim();
    trimmed.strip_suffix(['.', ',']).map_or(trimmed, str::trim_end)
}

/// R-CITY-2: whether a city answers to `typed` (already cleaned by [`typed_city_name`]): its
/// name equals it, or its alternative names hold it as a whole entry, preceded by the start or a
/// space and followed by a comma or the end. Case is ignored and the text is matched literally.
pub fn answers_to(typed: &str, name: &str, alternative_names: &str) -> bool {
    let typed = typed.to_lowercase();
    if typed.is_empty() {
        return false;
    }
    if typed == name.to_lowercase() {
        return true;
    }
    let list = alternative_names.to_lowercase();
    // Every start, not `match_indices`: that skips overlapping occurrences such as "a a" in "a a a".
    list.char_indices().any(|(start, _)| {
        let end = start + typed.len();
        list[start..].starts_with(&typed)
            && (start == 0 || list[..start].ends_with(' '))
            && (end == list.len() || list[end..].starts_with(','))
    })
}

/// The filters of the city list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct CityFilter {
    pub country_id: Option<Id>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the name or the
    /// alternative names.
    pub text: Option<String>,
}

/// The columns the city list can be sorted by (by name, then country, as the spec orders them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CitySort {
    #[default]
    Name,
    CreatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;

    fn rules(input: CityInput) -> Vec<(&'static str, Rule)> {
        input
            .validate()
            .err()
            .map(|v| {
                v.0.into_iter()
                    .map(|Violation { field, rule }| (field, rule))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn city(name: &str, alternatives: &str) -> CityInput {
        CityInput {
            name: name.into(),
            alternative_names: alternatives.into(),
            country_id: Some(Id(1)),
        }
    }

    #[test]
    fn a_city_needs_a_name_and_a_country() {
        assert_eq!(
            rules(CityInput::default()),
            [("name", Rule::Required), ("country_id", Rule::Required)]
        );
        assert_eq!(rules(city(&"ü".repeat(NAME_MAX), "")), []);
        assert_eq!(
            rules(city(&"ü".repeat(NAME_MAX + 1), "")),
            [("name", Rule::TooLong { max: NAME_MAX })]
        );
        assert_eq!(
            rules(city("Köln", &"ö".repeat(ALTERNATIVE_NAMES_MAX + 1))),
            [(
                "alternative_names",
                Rule::TooLong {
                    max: ALTERNATIVE_NAMES_MAX
                }
            )]
        );
    }

    #[test]
    fn an_alternative_name_may_be_given_only_once() {
        assert_eq!(rules(city("Köln", " Cologne, ,Colonia ,")), []);
        assert_eq!(
            rules(city("München", "Munich, Monaco di Baviera, MUNICH")),
            [("alternative_names", Rule::DuplicateName)]
        );
        let listed: Vec<&str> = alternative_names(" Cologne, ,Colonia ,").collect();
        assert_eq!(listed, ["Cologne", "Colonia"]);
    }

    #[test]
    fn collisions_are_equal_names_or_substrings_of_alternative_names() {
        assert!(collides("köln", "KÖLN", ""));
        assert!(collides("Cologne", "Köln", "Koeln, COLOGNE"));
        assert!(
            collides("Col", "Köln", "Cologne"),
            "a substring counts, as upstream"
        );
        assert!(!collides("Kölner", "Köln", "Cologne"));
        assert!(!collides("  ", "Köln", "Cologne"));
    }

    #[test]
    fn typed_names_are_cleaned_and_matched_literally() {
        assert_eq!(typed_city_name("  St. Petersburg. "), "St. Petersburg");
        assert_eq!(typed_city_name("Paris ,"), "Paris");
        assert_eq!(typed_city_name("Paris.."), "Paris.");
        assert!(answers_to("SAINT PETERSBURG", "Saint Petersburg", ""));
        assert!(answers_to(
            "petersburg",
            "Sankt-Peterburg",
            "Leningrad, Petersburg"
        ));
        assert!(answers_to(
            "leningrad",
            "Sankt-Peterburg",
            "Leningrad, Petersburg"
        ));
        assert!(!answers_to("burg", "Sankt-Peterburg", "Leningrad, Petersburg"));
        assert!(!answers_to("lenin", "Sankt-Peterburg", "Leningrad, Petersburg"));
        assert!(answers_to("s.p.", "Sankt-Peterburg", "St. Petersburg, S.P."));
        assert!(
            !answers_to("s.p", "Sankt-Peterburg", "SXP"),
            "a dot is a dot, not a pattern"
        );
        assert!(
            answers_to("a a", "x", "a a a"),
            "overlapping occurrences are all tried"
        );
        assert!(!answers_to("", "Sankt-Peterburg", ""));
    }
}
