//! Where things are: the repository root, the cargo target directory, the built app.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::process;

/// The app's package and binary name in the root Cargo.toml.
pub const APP_PACKAGE: &str = "oriel-crm";
pub const APP_BINARY: &str = "oriel-crm";

pub struct Workspace {
    root: PathBuf,
}

impl Workspace {
    /// The repository root is the parent of this crate, wherever `cargo xtask` was started from.
    pub fn locate() -> Self {
        let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf();
        Workspace { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn ui_dir(&self) -> PathBuf {
        self.root.join("ui")
    }

    /// A command that runs in the repository root.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root);
        command
    }

    /// `cargo`, the same one that started this program when there is one.
    pub fn cargo(&self) -> Command {
        self.command(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
    }

    /// `npm` (a `.cmd` shim on Windows, which `Command` does not resolve by itself).
    pub fn npm(&self) -> Command {
        self.command(if cfg!(windows) { "npm.cmd" } else { "npm" })
    }

    /// Asks cargo, because `CARGO_TARGET_DIR` or a config file may move the target directory.
    pub fn target_dir(&self) -> Result<PathBuf> {
        let mut metadata = self.cargo();
        metadata.args(["metadata", "--no-deps", "--format-version", "1"]);
        let json = process::stdout_of(&mut metadata)?;
        let parsed: serde_json::Value =
            serde_json::from_str(&json).context("reading the output of `cargo metadata`")?;
        let dir = parsed["target_directory"]
            .as_str()
            .context("`cargo metadata` printed no target_directory")?;
        Ok(PathBuf::from(dir))
    }

    /// The debug build of the desktop app.
    pub fn app_binary(&self) -> Result<PathBuf> {
        self.built_binary("debug", APP_BINARY)
    }

    /// `name` as cargo builds it in `profile` (`debug` or `release`).
    pub fn built_binary(&self, profile: &str, name: &str) -> Result<PathBuf> {
        let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
        Ok(self.target_dir()?.join(profile).join(file))
    }
}
