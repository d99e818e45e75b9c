//! Files the tests read or write, found from the environment or the repository layout.

use std::path::PathBuf;

use anyhow::{Result, bail};

/// The built app under test.
pub fn app_binary() -> Result<PathBuf> {
    let Some(path) = std::env::var_os("CRM_E2E_APP") else {
        bail!(
            "CRM_E2E_APP is not set: point it at an app built with the UI embedded \
             (`cargo build --features custom-protocol`, then target/debug/oriel-crm), \
             or run `cargo xtask test`, which does both"
        );
    };
    let path = PathBuf::from(path);
    if !path.is_file() {
        bail!(
            "CRM_E2E_APP names {}, which does not exist: build the app first",
            path.display()
        );
    }
    Ok(path)
}

/// tauri-driver: the one `cargo xtask` found or installed, or whatever `PATH` has.
pub fn tauri_driver() -> PathBuf {
    std::env::var_os("CRM_E2E_TAURI_DRIVER").map_or_else(|| PathBuf::from("tauri-driver"), PathBuf::from)
}

pub fn repository_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// `target/e2e-screenshots`, following `CARGO_TARGET_DIR` when it moves the target directory.
pub fn screenshot_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| repository_root().join("target"), PathBuf::from)
        .join("e2e-screenshots")
}
