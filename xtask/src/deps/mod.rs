//! Installs what building, running and testing need, and does nothing when it is all there.

mod apt;
mod nextest;
mod npm;
mod tauri_driver;

use anyhow::Result;

use crate::workspace::Workspace;

pub use nextest::ensure as ensure_nextest;
pub use tauri_driver::ensure as ensure_tauri_driver;

/// System packages, then the npm packages of ui/.
pub fn ensure(workspace: &Workspace) -> Result<()> {
    apt::ensure(workspace)?;
    npm::ensure(workspace)
}
