//! Checks that read the code without running it.

use anyhow::Result;

use crate::process;
use crate::workspace::Workspace;

pub fn formatting(workspace: &Workspace) -> Result<()> {
    process::run(workspace.cargo().args(["fmt", "--all", "--check"]))
        .map_err(|err| err.context("the code is not formatted: run `cargo fmt --all`"))
}

pub fn clippy(workspace: &Workspace) -> Result<()> {
    process::run(
        workspace
            .cargo()
            .args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]),
    )
}
