//! The typed commands the UI calls. Each is a thin adapter: it takes the open session from the app
//! state, calls the `crm-app` function of the same name and translates its error.

// Tauri hands command arguments over by value, and every command's error is the whole translated
// `CommandError` the UI shows: these two lints do not fit command signatures.
#![allow(clippy::needless_pass_by_value, clippy::result_large_err)]

use crm_app::assignment_watch::Announcement;
use crm_app::mail_transport::MailTransport;
use crm_app::smtp::SmtpMailer;
use crm_app::{AppError, CommandError, ConnectionInfo, LocaleInfo, Localizer, Session, Target};
use crm_core::settings::{Settings, SettingsUpdate};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

use crate::keychain;
use crate::prefs::SavedConnection;
use crate::state::AppState;

/// What the first screen needs to know.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct StartInfo {
    pub app_version: String,
    pub locale: String,
    pub locales: Vec<LocaleInfo>,
    /// The SQLite file the embedded choice opens.
    pub embedded_path: String,
    /// The last database the user opened.
    pub saved: Option<SavedConnection>,
    /// A database named on the command line, to open at once.
    pub auto_connect: Option<ConnectionTarget>,
    /// Desktop notifications also tell of requests the user assigns to themselves.
    pub notify_own_assignments: bool,
    /// Look for a newer version of the app when it starts.
    pub check_updates_at_start: bool,
}

/// The database the user chose on the first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConnectionTarget {
    Embedded,
    Server {
        url: String,
        /// When `None`, a password saved for this URL in the keychain is used.
        password: Option<String>,
        /// Keep the password in the OS keychain for the next start.
        remember_password: bool,
    },
}

/// `app_start`: language, shipped locales and the saved connection, for the first screen.
#[tauri::command]
#[specta::specta]
pub async fn app_start(state: State<'_, AppState>) -> Result<StartInfo, CommandError> {
    let embedded_path = crm_store::default_embedded_path()
        .ok_or_else(|| state.localize(&AppError::Internal("the OS has no user data directory".into())))?;
    Ok(StartInfo {
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        locale: state.locale(),
        locales: Localizer::embedded().locales(),
        embedded_path: embedded_path.display().to_string(),
        saved: state.prefs().last_connection,
        auto_connect: state.launch.auto_connect.clone(),
        notify_own_assignments: state.prefs().notify_own_assignments,
        check_updates_at_start: !state.prefs().skip_update_check,
    })
}

/// `locale_set`: switches the language of the UI and of every message from Rust, the desktop
/// notifications included; returns the shipped locale chosen for `code`.
#[tauri::command]
#[specta::specta]
pub async fn locale_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    code: String,
) -> Result<String, CommandError> {
    let locale = Localizer::embedded().negotiate(&code);
    let changed = locale != state.locale();
    state.set_locale(locale.clone());
    // The watcher words its notifications in the language it started with.
    if changed && let Ok(session) = state.session().await {
        state.announcer.restart(app, session).await;
    }
    Ok(locale)
}

/// `connection_open`: opens and migrates the chosen database, remembers the choice (the
/// password only in the OS keychain, and only when asked) and starts the desktop notifications of
/// requests assigned to the user.
#[tauri::command]
#[specta::specta]
pub async fn connection_open<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    target: ConnectionTarget,
) -> Result<ConnectionInfo, CommandError> {
    let info = open(&state, target).await.map_err(|e| state.localize(&e))?;
    if let Ok(session) = state.session().await {
        state.announcer.start(app, session).await;
    }
    Ok(info)
}

/// `assignments_while_away`: the requests assigned to the user while the app was closed, as this
/// session's first look for them found them.
#[tauri::command]
#[specta::specta]
#[allow(clippy::unnecessary_wraps)] // every command has the same `Result` shape in the UI
pub fn assignments_while_away(state: State<'_, AppState>) -> Result<Vec<Announcement>, CommandError> {
    Ok(state.announcer.while_away())
}

/// `notify_own_assignments_set`: whether desktop notifications also tell of requests the user
/// assigns to themselves; the open session's notifications follow at once.
#[tauri::command]
#[specta::specta]
pub async fn notify_own_assignments_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    enabled: bool,
) -> Result<bool, CommandError> {
    state.update_prefs(|prefs| prefs.notify_own_assignments = enabled);
    if let Ok(session) = state.session().await {
        state.announcer.restart(app, session).await;
    }
    Ok(enabled)
}

/// How the app sends CRM e-mail: over SMTP, with account passwords from the OS keychain and
/// attachments from this computer's file store.
fn mail_transport() -> MailTransport {
    let transport = MailTransport::new(SmtpMailer::default(), keychain::mail_secret);
    match crm_app::logo::file_store() {
        Ok(root) => transport.with_files(root),
        Err(_) => transport,
    }
}

/// Fills a database without companies with demo data; one that has some is left as it is.
async fn with_demo_data(session: &Session) -> Result<(), AppError> {
    match crm_app::demo::demo_populate(session, crm_app::demo::DemoInput::default()).await {
        Ok(_) | Err(AppError::Validation(_)) => Ok(()),
        Err(err) => Err(err),
    }
}

async fn open(state: &AppState, target: ConnectionTarget) -> Result<ConnectionInfo, AppError> {
    let (session, saved) = match target {
        ConnectionTarget::Embedded => {
            let path = crm_store::default_embedded_path()
                .ok_or_else(|| AppError::Internal("the OS has no user data directory".into()))?;
            (
                Session::open(&Target::File(path), None).await?,
                SavedConnection::Embedded,
            )
        }
        ConnectionTarget::Server {
            url,
            password,
            remember_password,
        } => {
            let (url, inline_password) = split_password(&url);
            let password = password.filter(|p| !p.is_empty()).or(inline_password);
            let password = password.or_else(|| keychain::load_password(&url));
            let session = Session::open(
                &Target::Url {
                    url: url.clone(),
                    password: password.clone(),
                },
                None,
            )
            .await?;
            let has_saved_password = if let (Some(password), true) = (&password, remember_password) {
                keychain::save_password(&url, password).map_err(AppError::Keychain)?;
                true
            } else {
                // Forgetting is tidying up: a machine without a keychain service has nothing to
                // forget, and the connection the user asked for is already open.
                if let Err(err) = keychain::forget_password(&url) {
                    eprintln!("no saved password forgotten for {url}: {err}");
                }
                false
            };
            (
                session,
                SavedConnection::Server {
                    url,
                    has_saved_password,
                },
            )
        }
    };
    let session = session.with_mail(mail_transport());
    if state.launch.demo {
        with_demo_data(&session).await?;
    }
    let info = crm_app::session::connection_info(&session).await?;
    state.replace_session(Some(session)).await;
    state.update_prefs(|prefs| prefs.last_connection = Some(saved));
    Ok(info)
}

/// Splits a password typed into the URL from the URL, so that only the keychain ever holds it.
fn split_password(url: &str) -> (String, Option<String>) {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let password = parsed.password().map(|encoded| {
                percent_encoding::percent_decode_str(encoded)
                    .decode_utf8_lossy()
                    .into_owned()
            });
            // Only URLs that cannot carry a password refuse this, and this one carries one.
            let _ = parsed.set_password(None);
            (parsed.to_string(), password)
        }
        _ => (url.trim().to_owned(), None),
    }
}

/// `connection_close`: closes the open database, back to the first screen.
#[tauri::command]
#[specta::specta]
pub async fn connection_close(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.replace_session(None).await;
    Ok(())
}

/// `connection_info`: what the user is connected to.
#[tauri::command]
#[specta::specta]
pub async fn connection_info(state: State<'_, AppState>) -> Result<ConnectionInfo, CommandError> {
    let result = async { crm_app::session::connection_info(&state.session().await?).await }.await;
    result.map_err(|e| state.localize(&e))
}

/// `settings_get`: the installation settings.
#[tauri::command]
#[specta::specta]
pub async fn settings_get(state: State<'_, AppState>) -> Result<Settings, CommandError> {
    let result = async { crm_app::settings::settings_get(&state.session().await?).await }.await;
    result.map_err(|e| state.localize(&e))
}

/// `settings_update`: saves the installation settings edited on the version the form loaded.
#[tauri::command]
#[specta::specta]
pub async fn settings_update(
    state: State<'_, AppState>,
    input: SettingsUpdate,
) -> Result<Settings, CommandError> {
    let result = async { crm_app::settings::settings_update(&state.session().await?, input).await }.await;
    result.map_err(|e| state.localize(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_typed_into_the_url_is_taken_out_of_it() {
        let (url, password) = split_password("postgres://anna:p%40ss@db.example.com:5432/crm");
        assert_eq!(url, "postgres://anna@db.example.com:5432/crm");
        assert_eq!(password.as_deref(), Some("p@ss"));
        assert_eq!(
            split_password(" mysql://root@127.0.0.1/test "),
            ("mysql://root@127.0.0.1/test".into(), None)
        );
    }
}
