//! `cargo xtask bench`: the benchmarks of crates/crm-bench in a release build, written to
//! BENCHMARKS.md; `cargo xtask demo`: `crm demo --rows N` in a release build.

use std::path::Path;

use anyhow::Result;

use crate::process;
use crate::workspace::Workspace;

/// The benchmarks' own binary name.
const BENCH_PACKAGE: &str = "crm-bench";

/// What `cargo xtask bench` was asked for.
pub struct BenchArgs<'a> {
    pub rows: &'a str,
    pub backends: &'a str,
    pub seed: u64,
    pub out: &'a Path,
    pub mysql_buffer_pool: Option<u64>,
}

/// The command line this process was started with, as a person types it.
pub fn typed_command() -> String {
    std::iter::once("cargo xtask".to_owned())
        .chain(std::env::args().skip(1))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds the bench in release mode and runs it; it writes `args.out`.
pub fn bench(workspace: &Workspace, args: &BenchArgs<'_>) -> Result<()> {
    process::run(
        workspace
            .cargo()
            .args(["build", "--release", "--package", BENCH_PACKAGE]),
    )?;
    let binary = workspace
        .target_dir()?
        .join("release")
        .join(format!("{BENCH_PACKAGE}{}", std::env::consts::EXE_SUFFIX));
    let out = workspace.root().join(args.out);
    let mut command = workspace.command(binary);
    command
        .args(["--rows", args.rows, "--backends", args.backends])
        .args(["--seed", &args.seed.to_string()])
        .arg("--out")
        .arg(&out)
        .args(["--profile", "release", "--command", &typed_command()]);
    if let Some(mib) = args.mysql_buffer_pool {
        command.args(["--mysql-buffer-pool", &mib.to_string()]);
    }
    process::run(&mut command)
}

/// The bench at `rows` deals on `backends` in the dev build, every operation once: the smoke test
/// of `cargo xtask test`. Its report goes to the target directory, never over BENCHMARKS.md.
pub fn smoke(workspace: &Workspace, rows: u64, backends: &[&str]) -> Result<()> {
    let out = workspace.target_dir()?.join("bench-smoke.md");
    process::run(
        workspace
            .cargo()
            .args(["run", "--quiet", "--package", BENCH_PACKAGE, "--"])
            .args(["--rows", &rows.to_string(), "--backends", &backends.join(",")])
            .arg("--smoke")
            .arg("--out")
            .arg(&out)
            .args(["--profile", "dev", "--command", "cargo xtask test"]),
    )?;
    println!("The smoke run's report: {}", out.display());
    Ok(())
}

/// `crm [--database URL] demo --rows N --seed S` from a release build.
pub fn demo(workspace: &Workspace, rows: u64, seed: u64, database: Option<&str>) -> Result<()> {
    process::run(
        workspace
            .cargo()
            .args(["build", "--release", "--package", "crm-cli"]),
    )?;
    let crm = workspace
        .target_dir()?
        .join("release")
        .join(format!("crm{}", std::env::consts::EXE_SUFFIX));
    let mut command = workspace.command(crm);
    if let Some(url) = database {
        command.args(["--database", url]);
    }
    command.args(["demo", "--rows", &rows.to_string(), "--seed", &seed.to_string()]);
    process::run(&mut command)
}
