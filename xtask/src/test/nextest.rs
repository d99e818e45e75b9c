//! Runs cargo-nextest with the `ci` profile (`.config/nextest.toml`) and reads back which tests ran
//! from its `JUnit` report.

use std::path::PathBuf;
use std::process::{Command, ExitStatus};

use anyhow::{Context, Result, bail};

use super::junit::{self, Outcome, TestCase};
use crate::process;
use crate::workspace::Workspace;

pub const PROFILE: &str = "ci";

pub struct NextestRun {
    pub status: ExitStatus,
    pub cases: Vec<TestCase>,
}

/// The arguments after `cargo` for a nextest run with the CI profile.
pub fn base_args() -> [&'static str; 4] {
    ["nextest", "run", "--profile", PROFILE]
}

/// Runs `command` (a nextest invocation with the CI profile) and reads its report. A failing run
/// is returned, not raised, so the caller can print counts first.
pub fn run(workspace: &Workspace, command: &mut Command) -> Result<NextestRun> {
    let report = junit_path(workspace)?;
    // A report left by an earlier run must not be mistaken for this one's.
    if report.exists() {
        std::fs::remove_file(&report).with_context(|| format!("removing the old {}", report.display()))?;
    }
    let status = process::status_of(command)?;
    if !report.exists() {
        bail!("nextest wrote no report ({status}): the tests did not build or did not start; see above");
    }
    let xml = std::fs::read_to_string(&report).with_context(|| format!("reading {}", report.display()))?;
    let cases = junit::parse(&xml).with_context(|| format!("reading {}", report.display()))?;
    Ok(NextestRun { status, cases })
}

/// `<target>/nextest/<profile>/<junit.path>`, as configured in `.config/nextest.toml`.
fn junit_path(workspace: &Workspace) -> Result<PathBuf> {
    Ok(workspace
        .target_dir()?
        .join("nextest")
        .join(PROFILE)
        .join("junit.xml"))
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
}

impl Tally {
    pub fn count<'a>(cases: impl IntoIterator<Item = &'a TestCase>) -> Self {
        let mut tally = Tally::default();
        for case in cases {
            match case.outcome {
                Outcome::Passed => tally.passed += 1,
                Outcome::Failed => tally.failed += 1,
                Outcome::Skipped => {}
            }
        }
        tally
    }

    pub fn executed(&self) -> usize {
        self.passed + self.failed
    }
}
