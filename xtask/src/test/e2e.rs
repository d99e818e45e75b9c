//! The end-to-end layer: the real app, built with the UI embedded, in a `WebKit` window under Xvfb,
//! driven over `WebDriver` by the `crm-e2e` tests.

use std::path::Path;

use anyhow::{Result, bail, ensure};

use super::nextest::{self, Tally};
use crate::build;
use crate::workspace::Workspace;

/// `WebKitWebDriver` and Xvfb exist on Linux only; other systems would need their own driver set-up.
pub const SUPPORTED: bool = cfg!(target_os = "linux");
pub const UNSUPPORTED_REASON: &str = "the end-to-end tests run on Linux only (Xvfb + WebKitWebDriver)";

/// nextest's id for the unit tests of the `crm-e2e` library; its test files are `crm-e2e::<file>`.
const HARNESS_BINARY: &str = "crm-e2e";

/// Builds the app, runs the end-to-end tests and returns the line that says how many ran.
pub fn run(workspace: &Workspace, tauri_driver: &Path) -> Result<String> {
    // The UI layer has just built ui/dist, which this build embeds.
    build::app_with_embedded_ui(workspace)?;
    let app = workspace.app_binary()?;
    ensure!(
        app.is_file(),
        "the build finished but {} does not exist",
        app.display()
    );

    let mut command = workspace.command("xvfb-run");
    command
        .args(["-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--"])
        .arg(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(nextest::base_args())
        .args(["--package", "crm-e2e"])
        .env("CRM_E2E_APP", &app)
        .env("CRM_E2E_TAURI_DRIVER", tauri_driver);
    let run = nextest::run(workspace, &mut command)?;

    // The crate's unit tests (of its helpers) run too, but only tests that drive the app count.
    let (app_tests, helper_tests): (Vec<_>, Vec<_>) =
        run.cases.iter().partition(|case| case.binary != HARNESS_BINARY);
    let tally = Tally::count(app_tests);
    let helpers = Tally::count(helper_tests);
    let line = format!(
        "e2e: {} passed, {} failed (harness unit tests: {} passed, {} failed)",
        tally.passed, tally.failed, helpers.passed, helpers.failed
    );
    println!("\n{line}");
    if tally.executed() == 0 {
        bail!("no end-to-end test ran");
    }
    let failed = tally.failed + helpers.failed;
    if failed > 0 || !run.status.success() {
        bail!("{failed} end-to-end test(s) failed (nextest: {})", run.status);
    }
    Ok(line)
}
