//! tauri-driver, the `WebDriver` server the end-to-end tests talk to. It wraps `WebKitWebDriver` (from
//! the `webkit2gtk-driver` package).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::process;
use crate::workspace::Workspace;

/// The version the end-to-end tests are proven with.
const VERSION: &str = "2.1.0";

/// Returns the path of a working tauri-driver, installing it with `cargo install` if needed.
pub fn ensure(workspace: &Workspace) -> Result<PathBuf> {
    if let Some(found) = locate().filter(|path| works(workspace, path)) {
        println!("tauri-driver: {}", found.display());
        return Ok(found);
    }
    println!("tauri-driver: missing, installing {VERSION}.");
    process::run(
        workspace
            .cargo()
            .args(["install", "tauri-driver", "--locked", "--version", VERSION]),
    )?;
    locate()
        .filter(|path| works(workspace, path))
        .context("tauri-driver was installed, but no working one is on PATH or in $CARGO_HOME/bin")
}

/// On PATH first; then where `cargo install` puts it, which a fresh shell may not have on PATH yet.
fn locate() -> Option<PathBuf> {
    process::find_on_path("tauri-driver").or_else(|| {
        let file = format!("tauri-driver{}", std::env::consts::EXE_SUFFIX);
        Some(cargo_home()?.join("bin").join(file)).filter(|path| path.is_file())
    })
}

fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| {
        let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"))?;
        Some(PathBuf::from(home).join(".cargo"))
    })
}

/// tauri-driver 2.1.0 has no `--version` flag (it exits 1 on it), so `--help` is the probe.
fn works(workspace: &Workspace, path: &Path) -> bool {
    process::succeeds_quietly(workspace.command(path).arg("--help"))
}
