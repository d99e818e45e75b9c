//! User and UserProfile (DOMAIN.md §2.1, §2.4). Authentication is not part of the domain.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest user name, first and last name (`str(150)`).
pub const NAME_MAX: usize = 150;
/// Longest e-mail address (`str(254)`, the longest address SMTP carries).
pub const EMAIL_MAX: usize = 254;
/// Longest telephone extension (`str(20)`).
pub const PBX_NUMBER_MAX: usize = 20;
/// Longest language code (`str(7)`, e.g. `zh-hans`).
pub const LANGUAGE_CODE_MAX: usize = 7;

/// A user as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct User {
    pub id: Id,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    /// Where notification e-mails go.
    pub email: String,
    /// Inactive users cannot sign in and are not offered as owners.
    pub is_active: bool,
    /// Needed to use the CRM at all.
    pub is_staff: bool,
    /// CRM administrator: every permission, every department.
    pub is_superuser: bool,
    pub date_joined: DateTime<Utc>,
    pub last_login: Option<DateTime<Utc>>,
    /// Link table `user_roles`.
    pub role_ids: Vec<Id>,
    /// Link table `user_departments`; the lowest id is the user's own department (R-USER-4).
    pub department_ids: Vec<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields an administrator edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct UserInput {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// Default true.
    pub is_active: Option<bool>,
    pub is_staff: bool,
    pub is_superuser: bool,
    pub role_ids: Vec<Id>,
    pub department_ids: Vec<Id>,
}

impl UserInput {
    /// Trims every text, enforces the required user name, column lengths and the address form,
    /// and fills the defaults. Uniqueness of the user name is the store's.
    pub fn validate(mut self) -> Result<UserInput, Violations> {
        let mut v = Violations::default();
        self.username = validation::text(&mut v, "username", &self.username, NAME_MAX, true);
        self.first_name = validation::text(&mut v, "first_name", &self.first_name, NAME_MAX, false);
        self.last_name = validation::text(&mut v, "last_name", &self.last_name, NAME_MAX, false);
        self.email = validation::email(&mut v, "email", &self.email, EMAIL_MAX);
        self.is_active.get_or_insert(true);
        self.role_ids.sort_unstable();
        self.role_ids.dedup();
        self.department_ids.sort_unstable();
        self.department_ids.dedup();
        v.into_result(self)
    }
}

/// The filters of the user list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct UserFilter {
    /// Members of this department.
    pub department_id: Option<Id>,
    /// Holders of this role.
    pub role_id: Option<Id>,
    pub is_active: Option<bool>,
    pub is_staff: Option<bool>,
    /// Free text (R-GEN-9): `ID123`, or a case-insensitive substring of the user name, first
    /// name, last name or e-mail.
    pub text: Option<String>,
}

/// The columns the user list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum UserSort {
    #[default]
    Username,
    FirstName,
    LastName,
    DateJoined,
}

/// A user's profile as stored: one per user, keyed by the user (R-USER-1 creates it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UserProfile {
    pub user_id: Id,
    /// Telephone extension, labelled "Phone".
    pub pbx_number: String,
    /// One of [`UTC_TIMEZONES`], or empty.
    pub utc_timezone: String,
    /// Show dates and times in `utc_timezone` instead of the computer's zone.
    pub activate_timezone: bool,
    /// In-app notices waiting to be shown to the user, oldest first.
    pub messages: Vec<UserMessage>,
    pub language_code: String,
    /// Path of the avatar in the file store.
    pub avatar: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A pending notice: its HTML text and its level. Stored as a JSON pair, as upstream stores it, so
/// imported profiles keep their queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UserMessage(pub String, pub MessageLevel);

/// How a notice is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "UPPERCASE")]
pub enum MessageLevel {
    Info,
    Warning,
    Error,
    Success,
}

/// The time-zone choices (stored value, label) of the profile, in offset order. Fixed offsets
/// (`Etc/GMT+3` is UTC−03:00: the sign is inverted by POSIX convention) except where a named zone
/// is the only one with that offset.
pub const UTC_TIMEZONES: [(&str, &str); 38] = [
    ("Etc/GMT+12", "UTC-12:00"),
    ("Etc/GMT+11", "UTC-11:00"),
    ("Etc/GMT+10", "UTC-10:00"),
    ("Pacific/Marquesas", "UTC-09:30"),
    ("Etc/GMT+9", "UTC-09:00"),
    ("Etc/GMT+8", "UTC-08:00"),
    ("Etc/GMT+7", "UTC-07:00"),
    ("Etc/GMT+6", "UTC-06:00"),
    ("Etc/GMT+5", "UTC-05:00"),
    ("Etc/GMT+4", "UTC-04:00"),
    ("America/St_Johns", "UTC-03:30"),
    ("Etc/GMT+3", "UTC-03:00"),
    ("Etc/GMT+2", "UTC-02:00"),
    ("Etc/GMT+1", "UTC-01:00"),
    ("Etc/GMT0", "UTC 00:00"),
    ("Etc/GMT-1", "UTC+01:00"),
    ("Europe/Kiev", "UTC+02:00"),
    ("Etc/GMT-3", "UTC+03:00"),
    ("Asia/Tehran", "UTC+03:30"),
    ("Etc/GMT-4", "UTC+04:00"),
    ("Asia/Kabul", "UTC+04:30"),
    ("Etc/GMT-5", "UTC+05:00"),
    ("Asia/Kolkata", "UTC+05:30"),
    ("Asia/Kathmandu", "UTC+05:45"),
    ("Etc/GMT-6", "UTC+06:00"),
    ("Asia/Yangon", "UTC+06:30"),
    ("Etc/GMT-7", "UTC+07:00"),
    ("Etc/GMT-8", "UTC+08:00"),
    ("Australia/Eucla", "UTC+08:45"),
    ("Etc/GMT-9", "UTC+09:00"),
    ("Australia/Darwin", "UTC+09:30"),
    ("Etc/GMT-10", "UTC+10:00"),
    ("Australia/Lord_Howe", "UTC+10:30"),
    ("Etc/GMT-11", "UTC+11:00"),
    ("Etc/GMT-12", "UTC+12:00"),
    ("Pacific/Chatham", "UTC+12:45"),
    ("Etc/GMT-13", "UTC+13:00"),
    ("Etc/GMT-14", "UTC+14:00"),
];

/// The profile fields a user edits. The avatar has its own upload command and the message queue
/// is written by the system.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct UserProfileInput {
    pub pbx_number: String,
    pub utc_timezone: String,
    pub activate_timezone: bool,
    pub language_code: String,
}

impl UserProfileInput {
    /// Validates the edit. `languages` are the locale codes the installation ships; an empty
    /// language becomes `default_language`, the installation's (§2.4).
    pub fn validate(
        mut self,
        languages: &[&str],
        default_language: &str,
    ) -> Result<UserProfileInput, Violations> {
        let mut v = Violations::default();
        self.pbx_number = validation::text(&mut v, "pbx_number", &self.pbx_number, PBX_NUMBER_MAX, false);
        self.utc_timezone = validation::trimmed(&self.utc_timezone);
        if self.utc_timezone.is_empty() {
            // A zone switched on without a zone would silently show the computer's time.
            if self.activate_timezone {
                v.push("utc_timezone", Rule::Required);
            }
        } else if !UTC_TIMEZONES.iter().any(|(zone, _)| *zone == self.utc_timezone) {
            v.push("utc_timezone", Rule::NotAChoice);
        }
        self.language_code = validation::trimmed(&self.language_code);
        if self.language_code.is_empty() {
            default_language.clone_into(&mut self.language_code);
        }
        if self.language_code.chars().count() > LANGUAGE_CODE_MAX {
            v.push(
                "language_code",
                Rule::TooLong {
                    max: LANGUAGE_CODE_MAX,
                },
            );
        } else if !languages.contains(&self.language_code.as_str()) {
            v.push("language_code", Rule::NotAChoice);
        }
        v.into_result(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::Violation;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};

    fn rules(result: Result<impl Sized, Violations>) -> Vec<(&'static str, Rule)> {
        result
            .err()
            .map(|v| {
                v.0.into_iter()
                    .map(|Violation { field, rule }| (field, rule))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_user_needs_a_user_name_and_a_valid_address() {
        let input = UserInput {
            first_name: "Ä".repeat(NAME_MAX + 1),
            email: "anna@".into(),
            ..UserInput::default()
        };
        assert_eq!(
            rules(input.validate()),
            [
                ("username", Rule::Required),
                ("first_name", Rule::TooLong { max: NAME_MAX }),
                ("email", Rule::InvalidEmail),
            ]
        );
    }

    #[test]
    fn a_new_user_is_active_and_its_sets_are_deduplicated() {
        let valid = UserInput {
            username: " anna ".into(),
            last_name: "Ä".repeat(NAME_MAX),
            role_ids: vec![Id(7), Id(2), Id(7)],
            department_ids: vec![Id(3), Id(3)],
            ..UserInput::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(valid.username, "anna");
        assert_eq!(valid.is_active, Some(true));
        assert_eq!(valid.role_ids, [Id(2), Id(7)]);
        assert_eq!(valid.department_ids, [Id(3)]);
    }

    #[test]
    fn the_profile_zone_is_one_of_the_offered_choices() {
        let profile = |zone: &str, active: bool| UserProfileInput {
            utc_timezone: zone.into(),
            activate_timezone: active,
            ..UserProfileInput::default()
        };
        assert_eq!(rules(profile("Asia/Kathmandu", true).validate(&["en"], "en")), []);
        assert_eq!(rules(profile("", false).validate(&["en"], "en")), []);
        assert_eq!(
            rules(profile("Europe/Berlin", false).validate(&["en"], "en")),
            [("utc_timezone", Rule::NotAChoice)]
        );
        assert_eq!(
            rules(profile(" ", true).validate(&["en"], "en")),
            [("utc_timezone", Rule::Required)]
        );
    }

    #[test]
    fn the_profile_language_defaults_to_the_installation_language() {
        let with = |code: &str, pbx: &str| UserProfileInput {
            language_code: code.into(),
            pbx_number: pbx.into(),
            ..UserProfileInput::default()
        };
        let valid = with("", "").validate(&["en", "de"], "de").expect("valid");
        assert_eq!(valid.language_code, "de");
        assert_eq!(
            rules(with("fr", "").validate(&["en", "de"], "en")),
            [("language_code", Rule::NotAChoice)]
        );
        assert_eq!(
            rules(with("en", &"٣".repeat(PBX_NUMBER_MAX + 1)).validate(&["en"], "en")),
            [("pbx_number", Rule::TooLong { max: PBX_NUMBER_MAX })]
        );
    }

    #[test]
    fn message_levels_use_the_stored_codes() {
        for (code, level) in [
            ("INFO", MessageLevel::Info),
            ("WARNING", MessageLevel::Warning),
            ("ERROR", MessageLevel::Error),
            ("SUCCESS", MessageLevel::Success),
        ] {
            let de: StrDeserializer<Error> = code.into_deserializer();
            assert_eq!(MessageLevel::deserialize(de).ok(), Some(level));
        }
        let de: StrDeserializer<Error> = "info".into_deserializer();
        assert!(MessageLevel::deserialize(de).is_err());
    }

    #[test]
    fn zone_choices_are_unique_and_fit_their_column() {
        let mut zones: Vec<&str> = UTC_TIMEZONES.iter().map(|(zone, _)| *zone).collect();
        assert!(zones.iter().all(|zone| zone.chars().count() <= 19));
        zones.sort_unstable();
        zones.dedup();
        assert_eq!(zones.len(), UTC_TIMEZONES.len());
    }
}

/// The offset from UTC in minutes of a profile's time-zone choice ([`UTC_TIMEZONES`]), read from
/// its label; none for a value that is not one of the choices.
pub fn zone_offset_minutes(zone: &str) -> Option<i32> {
    let label = UTC_TIMEZONES.iter().find(|(value, _)| *value == zone)?.1;
    let offset = label.strip_prefix("UTC")?.trim();
    let (sign, rest) = match offset.as_bytes().first()? {
        b'+' => (1, &offset[1..]),
        b'-' => (-1, &offset[1..]),
        _ => (1, offset),
    };
    let (hours, minutes) = rest.split_once(':')?;
    Some(sign * (hours.parse::<i32>().ok()? * 60 + minutes.parse::<i32>().ok()?))
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn every_choice_has_its_offset() {
        assert_eq!(zone_offset_minutes("Etc/GMT+12"), Some(-720));
        assert_eq!(zone_offset_minutes("Pacific/Marquesas"), Some(-570));
        assert_eq!(zone_offset_minutes("Etc/GMT0"), Some(0));
        assert_eq!(zone_offset_minutes("Asia/Kathmandu"), Some(345));
        assert_eq!(zone_offset_minutes("Etc/GMT-14"), Some(840));
        assert_eq!(zone_offset_minutes("Mars/Olympus"), None);
        assert!(
            UTC_TIMEZONES
                .iter()
                .all(|(zone, _)| zone_offset_minutes(zone).is_some())
        );
    }
}
