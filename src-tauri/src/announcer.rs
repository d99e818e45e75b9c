//! Desktop notifications of newly assigned requests: runs crm-app's assignment watcher for the
//! open session, keeps what it announced in the preferences (so a restart repeats nothing), shows
//! one native notification per assignment and tells the window, whose notification list and
//! "while you were away" come from the same announcements.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use crm_app::Session;
use crm_app::assignment_watch::Popup;
use crm_app::assignment_watch::{self, Announcement, WatchOptions};
use crm_core::Id;
use crm_core::delivery::DeliveryLog;
use serde::{Deserialize, Serialize};
use tauri::async_runtime::JoinHandle;
use tauri::{AppHandle, Manager, Runtime};
#[cfg(not(all(unix, not(target_os = "macos"))))]
use tauri_plugin_notification::NotificationExt;
use tauri_specta::Event;

use crate::prefs::announced_key;
use crate::state::AppState;

/// A desktop notification was clicked: the window shows its request, or the notification list
/// for a summary.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct AnnouncementOpened {
    pub request_id: Option<Id>,
}

/// The window hears of every batch of newly assigned requests.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct AssignmentsAnnounced {
    pub announcements: Vec<Announcement>,
}

/// The watcher of the open session, if one runs.
#[derive(Default)]
pub struct Announcer {
    task: Mutex<Option<JoinHandle<()>>>,
    /// Moves on whenever the session's watching stops. A watcher whose start was overtaken by a
    /// stop is never spawned, and a click on a notification of an earlier session (another
    /// database or user, where its request id means something else) opens nothing.
    generation: AtomicU64,
    /// What was assigned while the app was closed: the window may open after the first catch-up
    /// told of it, so it asks for these instead of waiting for an event that has passed.
    away: Mutex<Vec<Announcement>>,
}

impl Announcer {
    /// Stops watching (the session closed or another one opened).
    pub fn stop(&self) {
        // Before the task is taken: a start still settling its log then sees it was overtaken.
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Some(task) = self.task.lock().unwrap_or_else(PoisonError::into_inner).take() {
            task.abort();
        }
        self.away.lock().unwrap_or_else(PoisonError::into_inner).clear();
    }

    /// The assignments announced as made while the app was closed, in this session.
    pub fn while_away(&self) -> Vec<Announcement> {
        self.away.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    fn remember_away(&self, batch: &[Announcement]) {
        self.away
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(batch.iter().filter(|a| a.while_away).cloned());
    }

    /// Watches for requests assigned to `session`'s user, in place of any earlier watcher. The
    /// starting point is settled before this returns, so an assignment made once the window shows
    /// the session is never taken for one from before the first run.
    pub async fn start<R: Runtime>(&self, app: AppHandle<R>, session: Session) {
        self.stop();
        let generation = self.generation.load(Ordering::SeqCst);
        self.spawn(app, session, true, generation).await;
    }

    /// Watches on with the language and settings as they are now, for the same session: what
    /// was assigned while the app was closed stays told, and nothing new is taken for it.
    pub async fn restart<R: Runtime>(&self, app: AppHandle<R>, session: Session) {
        if let Some(task) = self.task.lock().unwrap_or_else(PoisonError::into_inner).take() {
            task.abort();
        }
        let generation = self.generation.load(Ordering::SeqCst);
        self.spawn(app, session, false, generation).await;
    }

    async fn spawn<R: Runtime>(
        &self,
        app: AppHandle<R>,
        session: Session,
        away_first: bool,
        generation: u64,
    ) {
        let Some(log) = starting_log(&app, &session).await else {
            return;
        };
        // Checked and filed under the lock that `stop` takes after moving the generation on, so
        // a stop either prevents this watcher or ends it.
        let mut task = self.task.lock().unwrap_or_else(PoisonError::into_inner);
        if self.generation.load(Ordering::SeqCst) != generation {
            return;
        }
        let watcher = tauri::async_runtime::spawn(run(app, session, log, away_first, generation));
        if let Some(previous) = task.replace(watcher) {
            previous.abort();
        }
    }

    /// Whether notifications shown in `generation` still belong to the open session.
    #[cfg(all(unix, not(target_os = "macos")))]
    fn is_current(&self, generation: u64) -> bool {
        self.generation.load(Ordering::SeqCst) == generation
    }
}

/// What this computer already announced to the session's user; for a first run, everything up to
/// now (kept at once).
async fn starting_log<R: Runtime>(app: &AppHandle<R>, session: &Session) -> Option<DeliveryLog> {
    let state = app.state::<AppState>();
    let key = key_of(session);
    if let Some(log) = state.prefs().announced.get(&key) {
        return Some(log.clone());
    }
    match assignment_watch::first_log(session).await {
        Ok(log) => {
            state.update_prefs(|prefs| {
                prefs.announced.insert(key, log.clone());
            });
            Some(log)
        }
        Err(err) => {
            eprintln!("assignments: no notifications for this session: {err}");
            None
        }
    }
}

fn key_of(session: &Session) -> String {
    announced_key(session.db().location(), session.user_id().0)
}

async fn run<R: Runtime>(
    app: AppHandle<R>,
    session: Session,
    log: DeliveryLog,
    away_first: bool,
    generation: u64,
) {
    let state = app.state::<AppState>();
    let key = key_of(&session);
    let prefs = state.prefs();
    let locale = state.locale();
    let options = WatchOptions {
        locale: locale.clone(),
        include_own: prefs.notify_own_assignments,
    };
    let deliver_app = app.clone();
    assignment_watch::watch(session, log, options, away_first, move |batch, log| {
        let state = deliver_app.state::<AppState>();
        // Kept first: a crash may cost a popup, never repeat one.
        state.update_prefs(|prefs| {
            prefs.announced.insert(key.clone(), log.clone());
        });
        if batch.is_empty() {
            return;
        }
        state.announcer.remember_away(&batch);
        for popup in assignment_watch::popups(&batch, &locale) {
            show(&deliver_app, popup, &locale, generation);
        }
        let event = AssignmentsAnnounced { announcements: batch };
        if let Err(err) = event.emit(&deliver_app) {
            eprintln!("assignments: window not told: {err}");
        }
    })
    .await;
}

/// Shows `popup` as a desktop notification; a click on it brings the window forward on its request.
#[cfg(all(unix, not(target_os = "macos")))]
fn show<R: Runtime>(app: &AppHandle<R>, popup: Popup, locale: &str, generation: u64) {
    let open = crm_app::Localizer::embedded().message(locale, "announce-open", None);
    let app = app.clone();
    // Waiting for the click blocks until the notification closes: one short-lived thread each.
    let spawned = std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || {
            let shown = notify_rust::Notification::new()
                .appname(&app.package_info().name)
                .summary(&popup.title)
                .body(&popup.body)
                .action("default", &open)
                .show();
            match shown {
                Ok(handle) => handle.wait_for_action(|action| {
                    if action == "default" && app.state::<AppState>().announcer.is_current(generation) {
                        opened(&app, popup.request_id);
                    }
                }),
                Err(err) => eprintln!("assignments: notification not shown: {err}"),
            }
        });
    if let Err(err) = spawned {
        eprintln!("assignments: notification not shown: {err}");
    }
}

/// Shows `popup` through the notification plugin (the OS brings the app forward on a click).
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn show<R: Runtime>(app: &AppHandle<R>, popup: Popup, _locale: &str, _generation: u64) {
    if let Err(err) = app
        .notification()
        .builder()
        .title(popup.title)
        .body(popup.body)
        .show()
    {
        eprintln!("assignments: notification not shown: {err}");
    }
}

/// Brings the window forward and has it show what the clicked notification was about.
#[cfg(all(unix, not(target_os = "macos")))]
fn opened<R: Runtime>(app: &AppHandle<R>, request_id: Option<Id>) {
    if let Some(window) = app.get_webview_window("main") {
        // Each step is a convenience; the event below still shows the request.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if let Err(err) = (AnnouncementOpened { request_id }).emit(app) {
        eprintln!("assignments: window not told of the click: {err}");
    }
}
