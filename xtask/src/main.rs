//! `cargo xtask <command>`: the developer entry points. The README and CI call the same commands, so
//! what a developer runs locally is exactly what CI runs.

mod bench;
mod bench_app;
mod bindings;
mod build;
mod bundle;
mod deps;
mod process;
mod run;
mod test;
mod workspace;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::workspace::Workspace;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Oriel CRM developer commands"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install what is missing: Debian packages (as root or with passwordless sudo) and the npm
    /// packages of ui/.
    Deps,
    /// Install what is missing, build the UI and the app, and start the app on its embedded
    /// database (a file in the user's data folder). Arguments after `--` go to the app.
    Run {
        #[arg(last = true)]
        app_args: Vec<String>,
    },
    /// Regenerate ui/src/lib/bindings.ts from the Rust command types.
    Bindings,
    /// Build the Linux installers (.deb, .rpm) from a release build, with updater signatures
    /// made with the key in TAURI_SIGNING_PRIVATE_KEY, verified against tauri.conf.json; prints
    /// their sizes.
    Bundle {
        /// Installers without updater signatures (no release key needed).
        #[arg(long)]
        unsigned: bool,
    },
    /// Sign update packages built elsewhere (Windows, macOS, AppImage) for the updater, with the
    /// key in TAURI_SIGNING_PRIVATE_KEY and the version of tauri.conf.json, and check them as the
    /// installed apps will; writes each FILE.sig.
    Sign {
        /// The packages to sign.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
    },
    /// Run every test layer: formatting, clippy, Rust tests on every configured database, a
    /// smoke run of the benchmarks, fresh bindings, UI checks and tests, and the end-to-end tests
    /// of the built app.
    Test,
    /// Build the benchmarks in release mode and run them: generated databases of each size on
    /// each backend (server URLs from CRM_TEST_POSTGRES_URL and CRM_TEST_MYSQL_URL), every
    /// operation through the commands and as bare SQL. Writes BENCHMARKS.md.
    ///
    /// With --app, measure the desktop app instead: a release build in a window under Xvfb, its
    /// cold start, a typed command's round trip from the page and its idle memory; this replaces
    /// only the app's section of BENCHMARKS.md.
    Bench {
        /// Measure the desktop app (cold start, command round trip, idle memory) instead of the
        /// database operations.
        #[arg(long, conflicts_with_all = ["rows", "backends", "seed", "mysql_buffer_pool"])]
        app: bool,
        /// With --app: timed launches of the app.
        #[arg(long, default_value_t = 10, requires = "app")]
        launches: usize,
        /// With --app: timed calls of each command per launch.
        #[arg(long, default_value_t = 1000, requires = "app")]
        calls: usize,
        /// Deal counts, comma-separated.
        #[arg(long, default_value = "10000,100000,1000000")]
        rows: String,
        /// Backends, comma-separated: sqlite, postgres, mysql.
        #[arg(long, default_value = "sqlite,postgres,mysql")]
        backends: String,
        /// The data generator's seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The report, relative to the repository root.
        #[arg(long, default_value = "BENCHMARKS.md")]
        out: PathBuf,
        /// The MariaDB server's InnoDB buffer pool for this run, in MiB, set back afterwards
        /// (its packaged 128 MiB holds a few percent of the 10^6-deal database).
        #[arg(long, value_name = "MIB")]
        mysql_buffer_pool: Option<u64>,
    },
    /// Fill a database without companies with N deals and everything around them, in bulk
    /// (`crm demo --rows N` from a release build).
    Demo {
        /// How many deals.
        #[arg(long)]
        rows: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Database URL; default: the embedded database of the desktop app.
        #[arg(long)]
        database: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let workspace = Workspace::locate();
    let result = match cli.command {
        Command::Deps => deps::ensure(&workspace),
        Command::Run { app_args } => run::run(&workspace, &app_args),
        Command::Bindings => bindings::generate(&workspace),
        Command::Bundle { unsigned } => bundle::bundle(&workspace, unsigned),
        Command::Sign { files } => bundle::sign_files(&workspace, &files),
        Command::Test => test::test(&workspace),
        Command::Bench {
            app: true,
            launches,
            calls,
            out,
            ..
        } => bench_app::bench_app(
            &workspace,
            &bench_app::AppBenchArgs {
                launches,
                calls,
                out: &out,
            },
        ),
        Command::Bench {
            rows,
            backends,
            seed,
            out,
            mysql_buffer_pool,
            ..
        } => bench::bench(
            &workspace,
            &bench::BenchArgs {
                rows: &rows,
                backends: &backends,
                seed,
                out: &out,
                mysql_buffer_pool,
            },
        ),
        Command::Demo { rows, seed, database } => bench::demo(&workspace, rows, seed, database.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("\nerror: {err:#}");
            ExitCode::FAILURE
        }
    }
}
