//! `cargo xtask run`: from a fresh checkout to the app window on the embedded database, with demo
//! data on its first start.

use anyhow::{Result, ensure};

use crate::workspace::Workspace;
use crate::{build, deps, process};

pub fn run(workspace: &Workspace, app_args: &[String]) -> Result<()> {
    deps::ensure(workspace)?;
    build::ui_bundle(workspace)?;
    build::app_with_embedded_ui(workspace)?;
    let app = workspace.app_binary()?;
    let status = process::status_of(
        workspace
            .command(&app)
            .args(["--embedded", "--demo"])
            .args(app_args),
    )?;
    ensure!(status.success(), "Oriel CRM exited with {status}");
    Ok(())
}
