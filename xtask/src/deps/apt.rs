//! Debian/Ubuntu packages: the `WebKitGTK` build set, plus what running the app headless, the
//! end-to-end tests, screenshots and notifications need.

use std::process::Command;

use anyhow::{Result, bail, ensure};

use crate::process;
use crate::workspace::Workspace;

/// Tauri's documented Debian build set.
const BUILD: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "build-essential",
    "curl",
    "wget",
    "file",
    "libxdo-dev",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "pkg-config",
];

/// Headless runs and end-to-end tests (Xvfb, `WebKitWebDriver`, a session bus), screenshots and a
/// notification daemon to see notifications under Xvfb.
const RUN_AND_TEST: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "dbus-x11",
    "at-spi2-core",
    "x11-utils",
    "imagemagick",
    "dunst",
    "libnotify-bin",
];

pub fn ensure(workspace: &Workspace) -> Result<()> {
    if !cfg!(target_os = "linux") {
        println!("System packages: not Linux, skipped (the README lists what this system needs).");
        return Ok(());
    }
    let wanted: Vec<&str> = BUILD.iter().chain(RUN_AND_TEST).copied().collect();
    if process::find_on_path("dpkg-query").is_none() {
        println!(
            "System packages: no dpkg-query, so this is not a Debian-based system; skipped. \
             Install your distribution's equivalents of: {}",
            wanted.join(" ")
        );
        return Ok(());
    }
    let missing = missing(workspace, &wanted);
    if missing.is_empty() {
        println!("System packages: all {} present.", wanted.len());
        return Ok(());
    }
    println!("System packages missing: {}", missing.join(" "));
    install(workspace, &missing)?;
    let still_missing = self::missing(workspace, &missing);
    ensure!(
        still_missing.is_empty(),
        "apt-get finished but these packages are still not installed: {}",
        still_missing.join(" ")
    );
    Ok(())
}

fn missing<'a>(workspace: &Workspace, packages: &[&'a str]) -> Vec<&'a str> {
    packages
        .iter()
        .copied()
        .filter(|package| !is_installed(workspace, package))
        .collect()
}

fn is_installed(workspace: &Workspace, package: &str) -> bool {
    let mut query = workspace.command("dpkg-query");
    query.args(["-W", "-f=${Status}\n", package]);
    // A package dpkg has never heard of makes dpkg-query fail: that counts as missing.
    query.output().is_ok_and(|output| {
        output.status.success()
            && String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(status_means_installed)
    })
}

/// dpkg's status is "<wanted> <flag> <state>"; only "ok installed" is usable (not "half-installed"
/// or "config-files", which is what a removed package leaves behind).
fn status_means_installed(status: &str) -> bool {
    let words: Vec<&str> = status.split_whitespace().collect();
    matches!(words.as_slice(), [_, "ok", "installed"])
}

fn install(workspace: &Workspace, packages: &[&str]) -> Result<()> {
    let privilege = if is_root(workspace) {
        Privilege::Root
    } else if process::succeeds_quietly(workspace.command("sudo").args(["-n", "true"])) {
        Privilege::PasswordlessSudo
    } else {
        bail!(
            "these system packages are missing and installing them needs root. Run this, then try again:\n\n  \
             sudo apt-get update && sudo apt-get install -y --no-install-recommends {}\n",
            packages.join(" ")
        );
    };
    process::run(&mut apt_get(workspace, privilege, &["update"]))?;
    let mut install_args = vec!["install", "-y", "--no-install-recommends"];
    install_args.extend_from_slice(packages);
    process::run(&mut apt_get(workspace, privilege, &install_args))
}

#[derive(Clone, Copy)]
enum Privilege {
    Root,
    PasswordlessSudo,
}

fn apt_get(workspace: &Workspace, privilege: Privilege, args: &[&str]) -> Command {
    match privilege {
        Privilege::Root => {
            let mut command = workspace.command("apt-get");
            command.env("DEBIAN_FRONTEND", "noninteractive").args(args);
            command
        }
        Privilege::PasswordlessSudo => {
            // sudo resets the environment, so the variable is set on the far side with `env`.
            let mut command = workspace.command("sudo");
            command
                .args(["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"])
                .args(args);
            command
        }
    }
}

fn is_root(workspace: &Workspace) -> bool {
    process::stdout_of(workspace.command("id").arg("-u")).is_ok_and(|uid| uid.trim() == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_ok_installed_status_counts_as_installed() {
        assert!(status_means_installed("install ok installed"));
        assert!(status_means_installed("hold ok installed"));
        assert!(!status_means_installed("install ok half-installed"));
        assert!(!status_means_installed("deinstall ok config-files"));
        assert!(!status_means_installed("install reinstreq installed"));
        assert!(!status_means_installed(""));
    }
}
