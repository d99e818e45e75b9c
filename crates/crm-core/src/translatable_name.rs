//! Names administrators give reference items, registered for translation (R-REF-2): the
//! catalogue the interface reads a stage's, reason's or source's name from in the user's language.
//! User data elsewhere is never translated (§15); these names are the exception because they are
//! labels every user of the department reads.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest name (`str(100)`, as the reference items' names).
pub const NAME_MAX: usize = 100;
/// Longest language code (`zh-hans`).
pub const LANGUAGE_MAX: usize = 7;

/// A registered name and its translations by language code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TranslatableName {
    pub id: Id,
    pub name: String,
    pub translations: BTreeMap<String, String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// What an administrator edits: the translations (the name is the registered one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TranslatableNameInput {
    pub name: String,
    pub translations: BTreeMap<String, String>,
}

impl TranslatableNameInput {
    /// Trims the name and every translation, drops empty ones, and checks the language codes.
    pub fn validate(self) -> Result<TranslatableNameInput, Violations> {
        let mut v = Violations::default();
        let name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        let mut translations = BTreeMap::new();
        for (language, text) in self.translations {
            let language = language.trim().to_lowercase();
            let valid_code = !language.is_empty()
                && language.len() <= LANGUAGE_MAX
                && language.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if !valid_code {
                v.push("translations", Rule::NotAChoice);
                continue;
            }
            let text = validation::text(&mut v, "translations", &text, NAME_MAX, false);
            if !text.is_empty() {
                translations.insert(language, text);
            }
        }
        v.into_result(TranslatableNameInput { name, translations })
    }
}

/// The filters of the catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TranslatableNameFilter {
    /// Exactly this name.
    pub name: Option<String>,
}

/// The columns the catalogue can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TranslatableNameSort {
    #[default]
    Name,
    CreatedAt,
}

/// The name in `language`: its translation there, else the name as the administrator wrote it.
pub fn shown_in<'a>(name: &'a TranslatableName, language: &str) -> &'a str {
    name.translations
        .get(language)
        .map_or(name.name.as_str(), String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_are_trimmed_and_their_languages_checked() {
        let input = TranslatableNameInput {
            name: " Trade fair ".into(),
            translations: [
                ("DE".to_owned(), " Messe ".to_owned()),
                ("fr".to_owned(), "  ".to_owned()),
            ]
            .into(),
        };
        let valid = input.validate().expect("valid");
        assert_eq!(valid.name, "Trade fair");
        assert_eq!(
            valid.translations,
            BTreeMap::from([("de".to_owned(), "Messe".to_owned())])
        );
        let bad = TranslatableNameInput {
            name: "x".into(),
            translations: [("de_DE!".to_owned(), "x".to_owned())].into(),
        };
        assert!(bad.validate().is_err());
    }
}
