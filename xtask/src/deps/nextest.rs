//! cargo-nextest, which runs the Rust and end-to-end tests: one process per test, a timeout for
//! hung tests, and a `JUnit` report to count tests per database backend.

use anyhow::{Result, ensure};

use crate::process;
use crate::workspace::Workspace;

pub fn ensure(workspace: &Workspace) -> Result<()> {
    if works(workspace) {
        println!("cargo-nextest: present.");
        return Ok(());
    }
    println!("cargo-nextest: missing, installing.");
    process::run(workspace.cargo().args(["install", "cargo-nextest", "--locked"]))?;
    ensure!(
        works(workspace),
        "cargo-nextest was installed but `cargo nextest` still does not run: is $CARGO_HOME/bin on PATH?"
    );
    Ok(())
}

fn works(workspace: &Workspace) -> bool {
    process::succeeds_quietly(workspace.cargo().args(["nextest", "--version"]))
}
