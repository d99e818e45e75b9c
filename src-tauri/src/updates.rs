//! Signed updates: the app asks the release server for a newer version (at start, unless the user
//! turned that off, and whenever asked), downloads it into memory while the window shows the
//! progress, and installs it only when the user agrees.
//!
//! Trust lives in the public key of `tauri.conf.json`: a package is installed only if its
//! minisign signature is from that key and names the version the server offered
//! (`requireSignedVersion`), so neither a tampered package nor an old signed one presented as new
//! gets in. Nothing touches the installed app before the whole package is verified, so a failed
//! or interrupted download leaves the running version as it was. A version that is not newer
//! than the running one is never offered.

use std::time::{Duration, Instant};

use crm_app::{AppError, CommandError};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_updater::{Error as UpdaterError, Update, Updater, UpdaterExt};
use tauri_specta::Event;
use tokio::sync::Mutex;

use crate::state::AppState;

/// A server that accepts the connection but stops sending is given up on after this long.
const READ_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The window hears of the download's progress at most this often.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// The update offered to the user and, once downloaded and verified, its package.
#[derive(Default)]
pub struct Updates {
    offered: Mutex<Option<Offered>>,
}

struct Offered {
    update: Update,
    package: Option<Vec<u8>>,
}

/// What the release server answered.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct UpdateCheck {
    /// The version running now.
    pub current_version: String,
    /// A newer version, if there is one.
    pub offer: Option<UpdateOffer>,
}

/// A newer version, as the release server describes it.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct UpdateOffer {
    pub version: String,
    /// The release notes, as written by the release.
    pub notes: Option<String>,
    /// When it was published (RFC 3339), if the server says.
    pub date: Option<String>,
}

/// How far the download of an update has come, in bytes.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct UpdateProgress {
    pub received: u32,
    /// The package size, when the server tells it.
    pub total: Option<u32>,
}

/// The updater with the key and release server of `tauri.conf.json`.
fn updater<R: Runtime>(app: &AppHandle<R>) -> Result<Updater, UpdaterError> {
    let builder = app
        .updater_builder()
        .configure_client(|client| client.connect_timeout(CONNECT_TIMEOUT).read_timeout(READ_TIMEOUT));
    with_development_server(builder)?.build()
}

/// Development builds may be pointed at another release server and key, so that the update
/// path can be tried end to end against a local server. Release builds ignore these variables:
/// only the key they were built with is ever trusted.
#[cfg(debug_assertions)]
fn with_development_server(
    mut builder: tauri_plugin_updater::UpdaterBuilder,
) -> Result<tauri_plugin_updater::UpdaterBuilder, UpdaterError> {
    if let Ok(endpoint) = std::env::var("ORIEL_UPDATE_ENDPOINT") {
        builder = builder.endpoints(vec![endpoint.parse()?])?;
    }
    if let Ok(pubkey) = std::env::var("ORIEL_UPDATE_PUBKEY") {
        builder = builder.pubkey(pubkey);
    }
    Ok(builder)
}

#[cfg(not(debug_assertions))]
fn with_development_server(
    builder: tauri_plugin_updater::UpdaterBuilder,
) -> Result<tauri_plugin_updater::UpdaterBuilder, UpdaterError> {
    Ok(builder)
}

/// Errors of the release server or of the way to it.
fn unreachable(err: &UpdaterError) -> AppError {
    match err {
        refused @ (UpdaterError::Minisign(_)
        | UpdaterError::Base64(_)
        | UpdaterError::SignatureUtf8(_)
        | UpdaterError::SignedVersionMismatch { .. }
        | UpdaterError::MissingSignedVersion) => AppError::UpdateRefused(refused.to_string()),
        other => AppError::UpdateUnreachable(other.to_string()),
    }
}

/// Errors while the package comes in: a bad signature refuses it, anything else cut it short.
fn download_failed(err: &UpdaterError) -> AppError {
    match unreachable(err) {
        AppError::UpdateUnreachable(detail) => AppError::UpdateInterrupted(detail),
        refused => refused,
    }
}

fn offer_of(update: &Update) -> UpdateOffer {
    UpdateOffer {
        version: update.version.clone(),
        notes: update.body.clone().filter(|notes| !notes.trim().is_empty()),
        date: update.date.and_then(|date| date.format(&time_rfc3339()).ok()),
    }
}

fn time_rfc3339() -> time::format_description::well_known::Rfc3339 {
    time::format_description::well_known::Rfc3339
}

/// `update_check`: asks the release server for a newer version. An answer replaces any earlier
/// offer, and with it a package downloaded for that offer.
#[tauri::command]
#[specta::specta]
pub async fn update_check<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<UpdateCheck, CommandError> {
    let result = async {
        let updater = updater(&app).map_err(|err| unreachable(&err))?;
        let found = updater.check().await.map_err(|err| unreachable(&err))?;
        let offer = found.as_ref().map(offer_of);
        *state.updates.offered.lock().await = found.map(|update| Offered {
            update,
            package: None,
        });
        Ok(UpdateCheck {
            current_version: app.package_info().version.to_string(),
            offer,
        })
    }
    .await;
    result.map_err(|err| state.localize(&err))
}

/// `update_download`: downloads the offered version and verifies its signature; the window
/// hears [`UpdateProgress`] meanwhile. Nothing is installed.
#[tauri::command]
#[specta::specta]
pub async fn update_download<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<UpdateOffer, CommandError> {
    let result = async {
        // Held for the whole download: a second click waits instead of downloading twice.
        let mut offered = state.updates.offered.lock().await;
        let Some(offered) = offered.as_mut() else {
            return Err(AppError::Internal("no update is offered".into()));
        };
        if offered.package.is_none() {
            let mut received = 0usize;
            let mut told = Instant::now();
            let progress = |chunk: usize, total: Option<u64>| {
                received += chunk;
                let complete = total.is_some_and(|total| received as u64 >= total);
                if complete || told.elapsed() >= PROGRESS_EVERY {
                    told = Instant::now();
                    let event = UpdateProgress {
                        received: u32::try_from(received).unwrap_or(u32::MAX),
                        total: total.map(|total| u32::try_from(total).unwrap_or(u32::MAX)),
                    };
                    if let Err(err) = event.emit(&app) {
                        eprintln!("update progress not shown: {err}");
                    }
                }
            };
            let package = offered
                .update
                .download(progress, || {})
                .await
                .map_err(|err| download_failed(&err))?;
            offered.package = Some(package);
        }
        Ok(offer_of(&offered.update))
    }
    .await;
    result.map_err(|err| state.localize(&err))
}

/// `update_install`: installs the downloaded, verified version and restarts into it. Only on
/// the user's word: the window asks first.
#[tauri::command]
#[specta::specta]
pub async fn update_install<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    let result = async {
        let offered = state.updates.offered.lock().await;
        let Some((update, package)) = offered
            .as_ref()
            .and_then(|offered| Some((&offered.update, offered.package.as_ref()?)))
        else {
            return Err(AppError::Internal("no update is downloaded".into()));
        };
        update.install(package).map_err(|err| match unreachable(&err) {
            AppError::UpdateUnreachable(detail) => AppError::UpdateInstallFailed(detail),
            refused => refused,
        })
    }
    .await;
    match result {
        Ok(()) => app.restart(),
        Err(err) => Err(state.localize(&err)),
    }
}

/// `update_check_at_start_set`: whether the app looks for a newer version when it starts.
#[tauri::command]
#[specta::specta]
pub async fn update_check_at_start_set(
    state: State<'_, AppState>,
    enabled: bool,
) -> Result<bool, CommandError> {
    state.update_prefs(|prefs| prefs.skip_update_check = !enabled);
    Ok(enabled)
}
