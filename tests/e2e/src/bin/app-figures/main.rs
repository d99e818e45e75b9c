//! `app-figures`: the desktop app's own figures, measured on the built app in a real `WebKit`
//! window (under Xvfb) through tauri-driver, as the end-to-end tests start it:
//!
//! - cold start: from the app process's start (as the kernel recorded it) to the first frame in
//!   which the home screen shows the overview tiles filled by their commands' answers;
//! - round trip of a typed command called from the page the way the UI calls it;
//! - memory of the app and its `WebKit` processes after the home screen has been idle.
//!
//! It writes a Markdown section; `cargo xtask bench --app` builds the app, runs this under Xvfb
//! and puts the section into BENCHMARKS.md.

mod page;
mod procfs;
mod report;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Parser;
use crm_e2e::AppSession;

use crate::page::{Ready, RoundTrips};
use crate::procfs::ProcessMemory;

#[derive(Parser)]
#[command(about = "Measures the built desktop app: cold start, command round trip, idle memory")]
struct Args {
    /// Timed launches, after the first one that creates the database and its demo data.
    #[arg(long, default_value_t = 10)]
    launches: usize,
    /// Timed calls of each command per launch.
    #[arg(long, default_value_t = 1000)]
    calls: usize,
    /// Untimed calls of each command before the timed ones.
    #[arg(long, default_value_t = 100)]
    warmup: usize,
    /// How long the home screen stays idle before its memory is read, in seconds.
    #[arg(long, default_value_t = 10)]
    idle_secs: u64,
    /// The cargo profile the app was built with, as the report states it.
    #[arg(long, default_value = "release")]
    build: String,
    /// The command that started the measurement, as the report states it.
    #[arg(long, default_value = "app-figures")]
    command: String,
    /// Where the Markdown section goes; standard output without it.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Opening the embedded database for the first time also generates the demo data.
const FIRST_START_PATIENCE: Duration = Duration::from_mins(5);
const START_PATIENCE: Duration = Duration::from_mins(1);
const ROUND_TRIP_PATIENCE: Duration = Duration::from_mins(5);

/// As `cargo xtask run` starts the app: the embedded database, with demo data if it has none.
const APP_ARGS: [&str; 2] = ["--embedded", "--demo"];

/// One timed launch.
pub struct Launch {
    pub ready: Ready,
    /// From the process start to the home screen's frame.
    pub cold_start_ms: f64,
    /// From the process start to the moment the page began to load.
    pub to_page_ms: Option<f64>,
    pub memory: Vec<ProcessMemory>,
    pub round_trips: Vec<RoundTrips>,
    /// The 1-minute load average as the launch began: how busy the shared machine was.
    pub load: Option<f64>,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    match run(&args).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("app-figures: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: &Args) -> Result<()> {
    check_prerequisites()?;
    if args.launches == 0 || args.calls == 0 {
        bail!("--launches and --calls must be at least 1");
    }
    let profile = tempfile::Builder::new()
        .prefix("oriel-app-figures-")
        .tempdir()
        .context("creating a temporary user profile")?;
    let app_args: Vec<String> = APP_ARGS.iter().map(|&arg| arg.to_owned()).collect();

    eprintln!("First launch: creating the embedded database and its demo data.");
    let first = first_launch(profile.path(), &app_args).await?;
    eprintln!("  home screen after {:.0} ms", first.cold_start_ms);

    let mut launches = Vec::with_capacity(args.launches);
    for number in 1..=args.launches {
        eprintln!("Launch {number} of {}:", args.launches);
        let launch = timed_launch(profile.path(), &app_args, args).await?;
        eprintln!(
            "  home screen after {:.0} ms; idle RSS {} MiB; {}",
            launch.cold_start_ms,
            procfs::total_rss_kib(&launch.memory) / 1024,
            launch
                .round_trips
                .iter()
                .map(|trips| format!(
                    "{} median {:.3} ms",
                    trips.command,
                    page::median(&trips.samples_ms)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        );
        launches.push(launch);
    }

    let section = report::markdown(&report::Report {
        command: &args.command,
        build: &args.build,
        calls: args.calls,
        warmup: args.warmup,
        idle_secs: args.idle_secs,
        first: &first,
        launches: &launches,
    });
    match &args.out {
        Some(path) => {
            std::fs::write(path, &section).with_context(|| format!("writing {}", path.display()))?;
            eprintln!("Wrote {}", path.display());
        }
        None => print!("{section}"),
    }
    Ok(())
}

/// The first start in the fresh profile, which creates the database and fills it with demo data.
async fn first_launch(profile: &Path, app_args: &[String]) -> Result<Launch> {
    let app = AppSession::launch_in(profile, app_args).await?;
    let pid = app.app_pid()?;
    let started = procfs::start_time_epoch_ms(pid)?;
    let ready = page::wait_until_ready(&app, FIRST_START_PATIENCE).await?;
    app.close().await?;
    Ok(Launch {
        cold_start_ms: ready.shown_at_ms - started,
        to_page_ms: ready.time_origin_ms.map(|origin| origin - started),
        ready,
        memory: Vec::new(),
        round_trips: Vec::new(),
        load: None,
    })
}

async fn timed_launch(profile: &Path, app_args: &[String], args: &Args) -> Result<Launch> {
    let load = procfs::load_average();
    let app = AppSession::launch_in(profile, app_args).await?;
    let pid = app.app_pid()?;
    let started = procfs::start_time_epoch_ms(pid)?;
    let ready = page::wait_until_ready(&app, START_PATIENCE).await?;

    // Nothing talks to the window while it idles.
    tokio::time::sleep(Duration::from_secs(args.idle_secs)).await;
    let memory = app
        .app_process_tree()?
        .into_iter()
        .filter_map(procfs::memory_of)
        .collect();

    let mut round_trips = Vec::new();
    for command in &page::ROUND_TRIP_COMMANDS {
        round_trips
            .push(page::round_trips(&app, command, args.warmup, args.calls, ROUND_TRIP_PATIENCE).await?);
    }
    app.close().await?;
    Ok(Launch {
        cold_start_ms: ready.shown_at_ms - started,
        to_page_ms: ready.time_origin_ms.map(|origin| origin - started),
        ready,
        memory,
        round_trips,
        load,
    })
}

/// Fails with what to do when the display, the drivers or the app are missing, before anything
/// starts.
fn check_prerequisites() -> Result<()> {
    if !cfg!(target_os = "linux") {
        bail!("the app figures are measured on Linux only (Xvfb, WebKitWebDriver and /proc)");
    }
    if std::env::var_os("DISPLAY").is_none_or(|display| display.is_empty()) {
        bail!(
            "no X display (DISPLAY is not set). Run this under Xvfb, e.g. \
             `xvfb-run -a -s \"-screen 0 1280x800x24\" dbus-run-session -- <this program>`, or run \
             `cargo xtask bench --app`, which does. Xvfb is in the Debian package xvfb (`cargo xtask deps`)."
        );
    }
    if let Some(socket) = local_display_socket()
        && !socket.exists()
    {
        bail!(
            "no X server on DISPLAY={} ({} does not exist): is Xvfb running? `xvfb-run -a` starts one",
            std::env::var("DISPLAY").unwrap_or_default(),
            socket.display()
        );
    }
    let driver = crm_e2e::tauri_driver_program();
    if !is_runnable(&driver) {
        bail!(
            "tauri-driver not found ({}): install it with `cargo install tauri-driver --version 2.1.0 \
             --locked`, set CRM_E2E_TAURI_DRIVER to it, or run `cargo xtask bench --app`, which installs it",
            driver.display()
        );
    }
    if !is_runnable(Path::new("WebKitWebDriver")) {
        bail!(
            "WebKitWebDriver not found on PATH: it is in the Debian package webkit2gtk-driver \
             (`cargo xtask deps` installs it)"
        );
    }
    crm_e2e::app_binary_path()?;
    Ok(())
}

/// The socket of a local display such as `:99` or `:0.0` (a remote display has none to check).
fn local_display_socket() -> Option<PathBuf> {
    let display = std::env::var("DISPLAY").ok()?;
    let number = display.strip_prefix(':')?.split('.').next()?;
    number.parse::<u32>().ok()?;
    Some(PathBuf::from(format!("/tmp/.X11-unix/X{number}")))
}

/// A path to a file, or a bare name found on `PATH`.
fn is_runnable(program: &Path) -> bool {
    if program.components().count() > 1 {
        return program.is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}
