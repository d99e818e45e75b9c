//! The user's preferences on this machine: the language, the last database opened and what the
//! desktop notifications have already told. Never a password: those live in the OS keychain.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crm_core::delivery::DeliveryLog;

use crate::window_geometry::WindowGeometry;

use serde::{Deserialize, Serialize};

/// The last database the user opened, as the first screen offers it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SavedConnection {
    Embedded,
    Server {
        /// The URL without its password.
        url: String,
        /// A password for this URL is kept in the OS keychain.
        has_saved_password: bool,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub locale: Option<String>,
    pub last_connection: Option<SavedConnection>,
    /// Also announce the requests the user assigns to themselves.
    pub notify_own_assignments: bool,
    /// Per database and user ([`announced_key`]): the assignments already announced here.
    pub announced: BTreeMap<String, DeliveryLog>,
    /// The user turned off the look for a newer version at start.
    pub skip_update_check: bool,
    /// Where the main window was last left.
    pub window: Option<WindowGeometry>,
}

/// The key of [`Prefs::announced`] for user `user` of the database at `location`.
pub fn announced_key(location: &str, user: i64) -> String {
    format!("{location}#{user}")
}

impl Prefs {
    /// `<config dir>/org.oriel.crm/preferences.json`.
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|dir| dir.join("org.oriel.crm").join("preferences.json"))
    }

    /// Reads the preferences; a missing or unreadable file means defaults (they are only
    /// conveniences, never data).
    pub fn load(path: &Path) -> Prefs {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes through a temporary file and a rename, so a crash never leaves half a file.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(
            &tmp,
            serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?,
        )?;
        std::fs::rename(tmp, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_survive_a_restart_and_never_hold_a_password() {
        let dir = std::env::temp_dir().join(format!("oriel-prefs-{}", std::process::id()));
        let path = dir.join("preferences.json");
        let prefs = Prefs {
            locale: Some("de".into()),
            last_connection: Some(SavedConnection::Server {
                url: "postgres://anna@db.example.com/crm".into(),
                has_saved_password: true,
            }),
            notify_own_assignments: true,
            announced: BTreeMap::from([(
                announced_key("postgres://anna@db.example.com/crm", 7),
                DeliveryLog::starting_after(41),
            )]),
            skip_update_check: true,
            window: Some(WindowGeometry {
                x: 40.0,
                y: 32.5,
                width: 1100.0,
                height: 700.0,
                maximized: true,
            }),
        };
        prefs.save(&path).expect("saved");
        assert_eq!(Prefs::load(&path), prefs);
        let text = std::fs::read_to_string(&path).expect("readable");
        assert!(!text.contains("password\":\""), "{text}");
        std::fs::remove_dir_all(dir).expect("cleanup");
    }

    #[test]
    fn a_file_from_before_the_notifications_still_loads() {
        let path = std::env::temp_dir().join(format!("oriel-prefs-old-{}.json", std::process::id()));
        std::fs::write(&path, br#"{"locale":"fr","last_connection":{"kind":"embedded"}}"#).expect("written");
        let prefs = Prefs::load(&path);
        assert_eq!(prefs.locale.as_deref(), Some("fr"));
        assert_eq!(prefs.last_connection, Some(SavedConnection::Embedded));
        assert!(!prefs.notify_own_assignments && prefs.announced.is_empty());
        std::fs::remove_file(path).expect("cleanup");
    }

    #[test]
    fn a_damaged_file_falls_back_to_defaults() {
        let path = std::env::temp_dir().join(format!("oriel-prefs-bad-{}.json", std::process::id()));
        std::fs::write(&path, b"{not json").expect("written");
        assert_eq!(Prefs::load(&path), Prefs::default());
        std::fs::remove_file(path).expect("cleanup");
    }
}
