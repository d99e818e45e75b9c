//! The UI layer: type checks, component tests, and the production bundle the app embeds.

use anyhow::Result;

use crate::process;
use crate::workspace::Workspace;

pub fn check_test_build(workspace: &Workspace) -> Result<()> {
    for script in ["check", "test", "build"] {
        process::run(workspace.npm().args(["--prefix", "ui", "run", script]))?;
    }
    Ok(())
}
