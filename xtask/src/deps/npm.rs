//! The npm packages of ui/, installed when missing or when the lockfile changed since the last
//! install.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

use anyhow::{Context, Result, bail};

use crate::process;
use crate::workspace::Workspace;

/// Vite 8 and the tauri CLI need it.
const MINIMUM_NODE_MAJOR: u32 = 20;

pub fn ensure(workspace: &Workspace) -> Result<()> {
    check_node(workspace)?;
    let ui = workspace.ui_dir();
    match reason_to_install(&ui)? {
        None => println!("npm packages of ui/: up to date."),
        Some(reason) => {
            println!("npm packages of ui/: {reason}, installing.");
            // Not `npm ci`: it refuses a lockfile that lacks other platforms' optional packages.
            process::run(
                workspace
                    .npm()
                    .current_dir(&ui)
                    .args(["install", "--no-fund", "--no-audit"]),
            )?;
        }
    }
    Ok(())
}

fn check_node(workspace: &Workspace) -> Result<()> {
    let Ok(version) = process::stdout_of(workspace.command("node").arg("--version")) else {
        bail!(
            "Node.js is not installed (or not on PATH). Install Node.js {MINIMUM_NODE_MAJOR} or newer \
             with npm (https://nodejs.org/en/download), then run this again."
        );
    };
    let version = version.trim();
    match node_major(version) {
        Some(major) if major >= MINIMUM_NODE_MAJOR => Ok(()),
        _ => bail!("Node.js {MINIMUM_NODE_MAJOR} or newer is needed, found {version}."),
    }
}

/// `node --version` prints e.g. "v20.20.2".
fn node_major(version: &str) -> Option<u32> {
    version.strip_prefix('v')?.split('.').next()?.parse().ok()
}

/// npm writes `node_modules/.package-lock.json` at the end of every install, so a lockfile newer
/// than it means the installed tree may not match.
fn reason_to_install(ui: &Path) -> Result<Option<&'static str>> {
    let node_modules = ui.join("node_modules");
    if !node_modules.is_dir() {
        return Ok(Some("ui/node_modules is missing"));
    }
    let Some(installed) = modified(&node_modules.join(".package-lock.json"))? else {
        return Ok(Some("the last install did not finish"));
    };
    let lockfile = modified(&ui.join("package-lock.json"))?;
    let manifest = modified(&ui.join("package.json"))?;
    if lockfile.is_some_and(|time| time > installed) {
        return Ok(Some("ui/package-lock.json changed since the last install"));
    }
    if manifest.is_some_and(|time| time > installed) {
        return Ok(Some("ui/package.json changed since the last install"));
    }
    Ok(None)
}

fn modified(path: &Path) -> Result<Option<SystemTime>> {
    match fs::metadata(path) {
        Ok(metadata) => {
            let time = metadata
                .modified()
                .with_context(|| format!("reading the modification time of {}", path.display()))?;
            Ok(Some(time))
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_major_reads_the_leading_number() {
        assert_eq!(node_major("v20.20.2"), Some(20));
        assert_eq!(node_major("v9.0.0"), Some(9));
        assert_eq!(node_major("20.1.0"), None);
    }

    #[test]
    fn a_missing_node_modules_folder_needs_an_install() -> Result<()> {
        let ui = tempfile::tempdir()?;
        assert_eq!(reason_to_install(ui.path())?, Some("ui/node_modules is missing"));
        Ok(())
    }

    #[test]
    fn a_lockfile_newer_than_the_installed_tree_needs_an_install() -> Result<()> {
        let ui = tempfile::tempdir()?;
        fs::create_dir(ui.path().join("node_modules"))?;
        fs::write(ui.path().join("node_modules/.package-lock.json"), "{}")?;
        fs::write(ui.path().join("package.json"), "{}")?;
        let hidden = fs::File::options()
            .write(true)
            .open(ui.path().join("node_modules/.package-lock.json"))?;
        hidden.set_modified(SystemTime::now() - std::time::Duration::from_mins(1))?;
        fs::write(ui.path().join("package-lock.json"), "{}")?;
        assert_eq!(
            reason_to_install(ui.path())?,
            Some("ui/package-lock.json changed since the last install")
        );
        hidden.set_modified(SystemTime::now() + std::time::Duration::from_mins(1))?;
        assert_eq!(reason_to_install(ui.path())?, None);
        Ok(())
    }
}
