//! Messages in the user's language, from the same `locales/<code>/*.ftl` files the UI loads.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/ftl_files.rs"));
}

/// The locale every message exists in; others fall back to it message by message.
pub const FALLBACK_LOCALE: &str = "en";

/// A locale the installation ships, as the language switch offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct LocaleInfo {
    pub code: String,
    /// The language's own name, e.g. "Deutsch".
    pub name: String,
    /// Written right to left (Arabic, Hebrew).
    pub rtl: bool,
}

/// Every shipped locale's messages.
pub struct Localizer {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Localizer {
    /// The messages compiled into this build, loaded once.
    pub fn embedded() -> &'static Localizer {
        static EMBEDDED: OnceLock<Localizer> = OnceLock::new();
        EMBEDDED.get_or_init(|| Localizer::from_files(embedded::FTL_FILES))
    }

    /// Builds bundles from (locale code, .ftl text) pairs. A message with a syntax error is left
    /// out (and then falls back to English); a test keeps the shipped files free of such errors.
    pub fn from_files(files: &[(&str, &str)]) -> Localizer {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        for (code, text) in files {
            let bundle = bundles.entry((*code).to_owned()).or_insert_with(|| {
                let langid = code.parse::<LanguageIdentifier>().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Isolation marks would end up inside plain-text fields and comparisons.
                bundle.set_use_isolating(false);
                bundle
            });
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        Localizer { bundles }
    }

    /// The shipped locales, by code.
    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.bundles
            .keys()
            .map(|code| LocaleInfo {
                code: code.clone(),
                name: self.message(code, "locale-endonym", None),
                rtl: self.message(code, "locale-direction", None) == "rtl",
            })
            .collect()
    }

    pub fn has_locale(&self, code: &str) -> bool {
        self.bundles.contains_key(code)
    }

    /// The shipped locale closest to `requested` (a BCP 47 tag or a POSIX locale such as
    /// `de_DE.UTF-8`): the exact tag, else the same language, else English.
    pub fn negotiate(&self, requested: &str) -> String {
        let tag = requested
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let exact = self.bundles.keys().find(|code| code.eq_ignore_ascii_case(&tag));
        let language = tag.split('-').next().unwrap_or_default();
        let same_language = || {
            self.bundles.keys().find(|code| {
                code.split('-')
                    .next()
                    .is_some_and(|l| l.eq_ignore_ascii_case(language))
            })
        };
        exact
            .or_else(same_language)
            .cloned()
            .unwrap_or_else(|| FALLBACK_LOCALE.to_owned())
    }

    /// Formats message `id` in `locale`, falling back to English, then to the id itself so a
    /// missing translation is visible rather than blank.
    pub fn message(&self, locale: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        [locale, FALLBACK_LOCALE]
            .iter()
            .filter_map(|code| self.bundles.get(*code))
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// The ids of every message of `locale`.
    pub fn message_ids(&self, locale: &str) -> Vec<String> {
        embedded::FTL_FILES
            .iter()
            .filter(|(code, _)| *code == locale)
            .flat_map(|(_, text)| message_ids(text))
            .collect()
    }
}

/// Message ids defined in one .ftl text.
fn message_ids(text: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn every_shipped_file_parses_without_errors() {
        for (code, text) in embedded::FTL_FILES {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*text) {
                panic!("locales/{code}: {errors:?}");
            }
        }
    }

    #[test]
    fn every_locale_has_every_english_message() {
        let i18n = Localizer::embedded();
        let english = i18n.message_ids(FALLBACK_LOCALE);
        assert!(!english.is_empty());
        for locale in i18n.locales() {
            let have = i18n.message_ids(&locale.code);
            let missing: Vec<_> = english.iter().filter(|id| !have.contains(id)).collect();
            assert!(missing.is_empty(), "locales/{} misses {missing:?}", locale.code);
        }
    }

    #[test]
    fn every_error_code_has_a_message() {
        let english = Localizer::embedded().message_ids(FALLBACK_LOCALE);
        for code in ErrorCode::ALL {
            assert!(
                english.iter().any(|id| id == code.message_id()),
                "no message for {code:?}"
            );
        }
    }

    #[test]
    fn os_locales_map_to_shipped_ones() {
        let i18n = Localizer::embedded();
        assert_eq!(i18n.negotiate("de_DE.UTF-8"), "de");
        assert_eq!(i18n.negotiate("de-AT"), "de");
        assert_eq!(i18n.negotiate("en-GB"), "en");
        assert_eq!(i18n.negotiate("C"), "en");
        assert_eq!(i18n.negotiate(""), "en");
    }

    #[test]
    fn arguments_are_formatted_and_missing_translations_fall_back() {
        let i18n = Localizer::from_files(&[
            ("en", "a = Hello { $who }\nb = only English"),
            ("de", "a = Hallo { $who }"),
        ]);
        let mut args = FluentArgs::new();
        args.set("who", "Welt");
        assert_eq!(i18n.message("de", "a", Some(&args)), "Hallo Welt");
        assert_eq!(i18n.message("de", "b", None), "only English");
        assert_eq!(i18n.message("de", "nowhere", None), "nowhere");
    }
}
