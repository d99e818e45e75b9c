//! Harness for the end-to-end tests: starts the built app through tauri-driver in a brand-new user
//! profile and hands out a `WebDriver` session, gives each test its own database (embedded or
//! PostgreSQL) with a second connection beside the app's, and reads the messages the UI must show
//! from the locale files.
//!
//! The app comes from `CRM_E2E_APP` (`cargo xtask test` builds it and sets this). tauri-driver comes
//! from `CRM_E2E_TAURI_DRIVER`, or `tauri-driver` on `PATH`. The `app-figures` binary starts the
//! app the same way to measure it (`cargo xtask bench --app`).

pub mod database;
pub mod ftl;
pub mod notification_daemon;
mod paths;
mod process_tree;
mod session;
mod tauri_driver;
pub mod update_server;

pub use session::AppSession;

/// The built app under test (`CRM_E2E_APP`), or why there is none.
pub fn app_binary_path() -> anyhow::Result<std::path::PathBuf> {
    paths::app_binary()
}

/// The tauri-driver program the sessions start.
pub fn tauri_driver_program() -> std::path::PathBuf {
    paths::tauri_driver()
}
