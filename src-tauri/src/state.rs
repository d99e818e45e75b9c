//! What the running app holds: the open session, the language in force and the preferences.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError, RwLock};

use crm_app::{AppError, CommandError, Localizer, Session};

use crate::announcer::Announcer;
use crate::launch::Launch;
use crate::prefs::Prefs;
use crate::transfer::ImportJobs;
use crate::updates::Updates;

pub struct AppState {
    session: tokio::sync::RwLock<Option<Session>>,
    locale: RwLock<String>,
    prefs: Mutex<Prefs>,
    prefs_path: Option<PathBuf>,
    pub launch: Launch,
    /// The imports running now, so that `import_cancel` can stop them.
    pub imports: ImportJobs,
    /// The watcher of requests newly assigned to the signed-in user.
    pub announcer: Announcer,
    pub updates: Updates,
}

impl AppState {
    pub fn load(launch: Launch) -> AppState {
        Self::with_prefs_at(launch, Prefs::default_path())
    }

    /// The state with preferences kept at `prefs_path` (none: not kept).
    pub fn with_prefs_at(launch: Launch, prefs_path: Option<PathBuf>) -> AppState {
        let prefs = prefs_path.as_deref().map(Prefs::load).unwrap_or_default();
        let i18n = Localizer::embedded();
        let locale = match &prefs.locale {
            Some(chosen) if i18n.has_locale(chosen) => chosen.clone(),
            _ => i18n.negotiate(&sys_locale::get_locale().unwrap_or_default()),
        };
        AppState {
            session: tokio::sync::RwLock::new(None),
            locale: RwLock::new(locale),
            prefs: Mutex::new(prefs),
            prefs_path,
            launch,
            imports: ImportJobs::default(),
            announcer: Announcer::default(),
            updates: Updates::default(),
        }
    }

    pub fn locale(&self) -> String {
        self.locale.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn set_locale(&self, locale: String) {
        self.locale
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .clone_from(&locale);
        self.update_prefs(|prefs| prefs.locale = Some(locale));
    }

    pub fn prefs(&self) -> Prefs {
        self.prefs.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Changes and saves the preferences. A failed save costs a convenience, not data, so it is
    /// reported on stderr and otherwise ignored.
    pub fn update_prefs(&self, change: impl FnOnce(&mut Prefs)) {
        let mut prefs = self.prefs.lock().unwrap_or_else(PoisonError::into_inner);
        change(&mut prefs);
        if let Some(path) = &self.prefs_path
            && let Err(err) = prefs.save(path)
        {
            eprintln!("preferences not saved to {}: {err}", path.display());
        }
    }

    /// The open session; commands clone it so no lock is held while they wait on the database.
    pub async fn session(&self) -> Result<Session, AppError> {
        self.session.read().await.clone().ok_or(AppError::NotConnected)
    }

    /// Makes `session` the open one, closing the previous one and stopping its notifications.
    pub async fn replace_session(&self, session: Option<Session>) {
        self.announcer.stop();
        let previous = std::mem::replace(&mut *self.session.write().await, session);
        if let Some(previous) = previous {
            previous.close().await;
        }
    }

    /// Translates an error into the language in force.
    pub fn localize(&self, err: &AppError) -> CommandError {
        err.localize(Localizer::embedded(), &self.locale())
    }
}
