//! The two builds the app needs: the UI bundle, then the app binary that embeds it.

use anyhow::Result;

use crate::process;
use crate::workspace::{APP_BINARY, APP_PACKAGE, Workspace};

/// `ui/dist`, which the app embeds at compile time.
pub fn ui_bundle(workspace: &Workspace) -> Result<()> {
    process::run(workspace.npm().args(["--prefix", "ui", "run", "build"]))
}

/// A debug app that serves the built UI itself; without `custom-protocol` it would load the Vite
/// dev server instead.
pub fn app_with_embedded_ui(workspace: &Workspace) -> Result<()> {
    process::run(workspace.cargo().args(app_build_args()))
}

/// The same app in the release profile, as users get it.
pub fn release_app_with_embedded_ui(workspace: &Workspace) -> Result<()> {
    process::run(workspace.cargo().args(app_build_args()).arg("--release"))
}

fn app_build_args() -> [&'static str; 7] {
    [
        "build",
        "--package",
        APP_PACKAGE,
        "--bin",
        APP_BINARY,
        "--features",
        "custom-protocol",
    ]
}
