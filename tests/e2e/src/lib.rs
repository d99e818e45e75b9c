//! Harness for the end-to-end tests: starts the built app through tauri-driver in a brand-new user
//! profile and hands out a `WebDriver` session, gives each test its own database (embedded or
//! PostgreSQL) with a second connection beside the app's, and reads the messages the UI must show
//! from the locale files.
//!
//! The app comes from `CRM_E2E_APP` (`cargo xtask test` builds it and sets this). tauri-driver comes
//! from `CRM_E2E_TAURI_DRIVER`, or `tauri-driver` on `PATH`.

pub mod database;
pub mod ftl;
mod paths;
mod process_tree;
mod session;
mod tauri_driver;

pub use session::AppSession;
