//! `cargo xtask test`: every test layer in order, stopping at the first one that fails.

mod backends;
mod e2e;
mod junit;
mod nextest;
mod report;
mod rust_tests;
mod static_checks;
mod ui;

use anyhow::Result;

use crate::workspace::Workspace;
use crate::{bench, bindings, deps};
use backends::BackendPlan;
use report::Report;

const LAYERS: &[&str] = &[
    "deps",
    "fmt",
    "clippy",
    "rust tests",
    "bench",
    "bindings",
    "ui",
    "e2e",
];

/// Deals in the smoke run of the benchmarks: enough for every operation to find its data.
const SMOKE_ROWS: u64 = 10_000;

pub fn test(workspace: &Workspace) -> Result<()> {
    // Before anything slow: under CI=true a missing or silent database server fails at once.
    let plan = BackendPlan::from_env()?;
    plan.announce();
    let mut report = Report::start(LAYERS);
    let outcome = run_layers(workspace, &plan, &mut report);
    report.print_summary(&plan.skip_notices());
    outcome
}

fn run_layers(workspace: &Workspace, plan: &BackendPlan, report: &mut Report) -> Result<()> {
    let tauri_driver = report.layer("deps", || {
        deps::ensure(workspace)?;
        deps::ensure_nextest(workspace)?;
        if e2e::SUPPORTED {
            deps::ensure_tauri_driver(workspace).map(Some)
        } else {
            Ok(None)
        }
    })?;
    report.layer("fmt", || static_checks::formatting(workspace))?;
    report.layer("clippy", || static_checks::clippy(workspace))?;
    let counts = report.layer("rust tests", || rust_tests::run(workspace, plan))?;
    report.note_all(counts);
    report.layer("bench", || {
        bench::smoke(workspace, SMOKE_ROWS, &plan.backend_keys())
    })?;
    report.layer("bindings", || bindings::check_fresh(workspace))?;
    report.layer("ui", || ui::check_test_build(workspace))?;
    match tauri_driver {
        Some(tauri_driver) => {
            let count = report.layer("e2e", || e2e::run(workspace, &tauri_driver))?;
            report.note_all(vec![count]);
        }
        None => report.skip("e2e", e2e::UNSUPPORTED_REASON),
    }
    Ok(())
}
