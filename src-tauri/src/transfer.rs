//! Importing companies, contacts and leads as a job of the window (R-IMP-2): the UI hears how far
//! the import is after every row and can stop it. Export needs no job: `records_export` of the
//! command table answers with the whole file at once.

// Tauri hands command arguments over by value, and every command's error is the whole translated
// `CommandError` the UI shows: these two lints do not fit command signatures.
#![allow(clippy::needless_pass_by_value, clippy::result_large_err)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use crm_app::import::{ImportProgress, ImportReport, ImportRequest};
use crm_app::{AppError, CommandError};
use tauri::State;
use tauri::ipc::Channel;

use crate::state::AppState;

/// The cancellation flags of the imports running now. The window runs one at a time, but a
/// reload while one runs starts a second before the first has ended, so each has its own flag.
#[derive(Default)]
pub struct ImportJobs {
    next_id: AtomicU64,
    running: Mutex<HashMap<u64, Arc<AtomicBool>>>,
}

impl ImportJobs {
    /// Registers a new import; it stays registered until the returned job is dropped.
    fn start(&self) -> Job<'_> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let cancel = Arc::new(AtomicBool::new(false));
        self.running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id, Arc::clone(&cancel));
        Job {
            jobs: self,
            id,
            cancel,
        }
    }

    /// Asks every running import to stop before its next row; the number of imports asked.
    pub fn cancel_all(&self) -> usize {
        let running = self.running.lock().unwrap_or_else(PoisonError::into_inner);
        for cancel in running.values() {
            cancel.store(true, Ordering::SeqCst);
        }
        running.len()
    }

    #[cfg(test)]
    fn running(&self) -> usize {
        self.running.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

/// A running import; dropping it (at the end, on an error, or when the command's future is
/// dropped) unregisters it, so a later cancel cannot reach a finished import.
struct Job<'a> {
    jobs: &'a ImportJobs,
    id: u64,
    cancel: Arc<AtomicBool>,
}

impl Drop for Job<'_> {
    fn drop(&mut self) {
        self.jobs
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&self.id);
    }
}

/// Runs one import as a job of `state`: `progress` hears after every row, and
/// [`ImportJobs::cancel_all`] stops it before the next row, keeping the rows saved so far.
pub async fn run_import<F: FnMut(ImportProgress) + Send>(
    state: &AppState,
    input: ImportRequest,
    progress: F,
) -> Result<ImportReport, AppError> {
    // Registered before anything slow, so that a cancel pressed at once is not lost.
    let job = state.imports.start();
    let session = state.session().await?;
    let bytes = crm_app::import::file_bytes(&input)?;
    crm_app::import::import_file(&session, input.entity, &bytes, progress, &job.cancel).await
}

/// `import_start`: imports companies, contacts or leads from an XLSX file (R-IMP-2), sending
/// `on_progress` how far it is after every row; `import_cancel` stops it.
#[tauri::command]
#[specta::specta]
pub async fn import_start(
    state: State<'_, AppState>,
    input: ImportRequest,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportReport, CommandError> {
    let result = run_import(&state, input, |progress| {
        // A window that went away no longer needs to hear; the import itself goes on.
        let _ = on_progress.send(progress);
    })
    .await;
    result.map_err(|e| state.localize(&e))
}

/// `import_cancel`: stops the running import before its next row; the rows saved so far stay,
/// and `import_start` answers with a report marked `cancelled`. Without a running import it
/// does nothing.
#[tauri::command]
#[specta::specta]
#[allow(clippy::unnecessary_wraps)] // every command has the same `Result` shape in the UI
pub fn import_cancel(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.imports.cancel_all();
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crm_app::export::TransferEntity;
    use crm_app::spreadsheet::{Cell, write};

    use super::*;

    /// An XLSX file of `count` companies at `dir/companies.xlsx`.
    fn companies_file(dir: &Path, count: u32) -> String {
        let rows: Vec<Vec<Cell>> = (1..=count)
            .map(|n| {
                vec![
                    Cell::text(format!("Firma {n}")),
                    Cell::text(format!("info@firma{n}.example")),
                ]
            })
            .collect();
        let path = dir.join("companies.xlsx");
        std::fs::write(&path, write(&["full_name", "email"], &rows).expect("xlsx")).expect("written");
        path.display().to_string()
    }

    async fn open_state(dir: &Path) -> AppState {
        let state = AppState::with_prefs_at(crate::launch::Launch::default(), None);
        let target = crm_app::Target::File(dir.join("jobs.db"));
        state
            .replace_session(Some(crm_app::Session::open(&target, None).await.expect("open")))
            .await;
        state
    }

    fn request(path: String) -> ImportRequest {
        ImportRequest {
            entity: TransferEntity::Company,
            content_base64: None,
            path: Some(path),
        }
    }

    #[test]
    fn a_cancel_from_the_window_stops_the_running_import_after_the_current_row() {
        let dir = tempfile::tempdir().expect("temp dir");
        tauri::async_runtime::block_on(async {
            let state = open_state(dir.path()).await;
            let file = companies_file(dir.path(), 5);
            let mut seen = Vec::new();
            let report = run_import(&state, request(file), |progress| {
                seen.push((progress.done, progress.total));
                if progress.done == 3 {
                    assert_eq!(state.imports.cancel_all(), 1, "the import is running");
                }
            })
            .await
            .expect("import");
            assert_eq!(
                seen,
                [(1, 5), (2, 5), (3, 5)],
                "progress after every row, none after the cancel"
            );
            assert!(report.cancelled);
            assert_eq!((report.found, report.created), (5, 3));
            assert_eq!(state.imports.running(), 0, "a finished import is forgotten");
            assert_eq!(state.imports.cancel_all(), 0, "a later cancel reaches nothing");

            let again = run_import(&state, request(companies_file(dir.path(), 5)), |_| {})
                .await
                .expect("second import");
            assert!(!again.cancelled, "a cancel does not outlive its import");
            assert_eq!((again.created, again.skipped), (2, 3), "the saved rows are there");
        });
    }

    #[test]
    fn a_refused_import_is_forgotten_too() {
        let dir = tempfile::tempdir().expect("temp dir");
        tauri::async_runtime::block_on(async {
            let state = open_state(dir.path()).await;
            let missing = dir.path().join("missing.xlsx").display().to_string();
            let err = run_import(&state, request(missing), |_| {})
                .await
                .expect_err("no file");
            assert!(matches!(err, AppError::Validation(_)), "{err:?}");
            assert_eq!(state.imports.running(), 0);
        });
    }
}
