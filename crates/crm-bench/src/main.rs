//! `crm-bench`: generates a database of N deals per backend (`crm demo --rows N`'s generator) and
//! times the operations users notice — list pages at the top and at 90% depth, opening a deal,
//! creating and updating one, the global search, an owner transfer and an import — each through
//! the command layer and as the bare SQL it issues, in the same run. Writes BENCHMARKS.md.
//!
//! Run it through `cargo xtask bench`, which builds it in release mode; `cargo xtask test` runs
//! it at 10^4 deals as a smoke test. Server URLs come from `CRM_TEST_POSTGRES_URL` and
//! `CRM_TEST_MYSQL_URL` (an account that may create databases): the bench creates and drops its
//! own database (`oriel_bench_<process id>`) there; SQLite works on a file in the temporary directory.

mod bench;
mod buffer_pool;
mod ceiling;
mod report;
mod timing;

/// See the workspace's `mimalloc` dependency for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, Result, bail};
use clap::Parser;
use crm_app::demo_scale::{self, ScaleInput};
use crm_app::{Session, Target};
use crm_store::{Backend, Db};

use crate::bench::{Bench, IMPORT_ROWS, OPERATIONS, SMOKE_IMPORT_ROWS};
use crate::report::{Machine, Outcome, Run};
use crate::timing::Plan;

#[derive(Debug, Parser)]
#[command(
    name = "crm-bench",
    about = "Oriel CRM benchmarks: commands against their bare SQL"
)]
struct Cli {
    /// Deal counts, comma-separated.
    #[arg(long, value_delimiter = ',', default_values_t = [10_000_u64, 100_000, 1_000_000])]
    rows: Vec<u64>,
    /// Backends, comma-separated: sqlite, postgres, mysql.
    #[arg(long, value_delimiter = ',', default_values_t = ["sqlite".to_owned(), "postgres".to_owned(), "mysql".to_owned()])]
    backends: Vec<String>,
    /// The generator's seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where the report goes.
    #[arg(long, default_value = "BENCHMARKS.md")]
    out: PathBuf,
    /// Run every operation a couple of times only: proves the bench runs, measures nothing.
    #[arg(long)]
    smoke: bool,
    /// The command line to print in the report (the one that started this run).
    #[arg(long)]
    command: Option<String>,
    /// The build profile, for the report.
    #[arg(long, default_value = "release")]
    profile: String,
    /// Keep the generated databases (their names or paths are printed).
    #[arg(long)]
    keep: bool,
    /// Measure only these operations, comma-separated (lists, count, get, search, create,
    /// update, transfer, import), to profile one of them; the report then needs its own --out.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// The MariaDB server's InnoDB buffer pool for this run, in MiB; the size it had is set back
    /// afterwards. Needs an account with the SUPER privilege.
    #[arg(long, value_name = "MIB")]
    mysql_buffer_pool: Option<u64>,
}

fn backend_named(name: &str) -> Result<Backend> {
    match name.trim() {
        "sqlite" => Ok(Backend::Sqlite),
        "postgres" | "postgresql" => Ok(Backend::Postgres),
        "mysql" | "mariadb" => Ok(Backend::Mysql),
        other => bail!("unknown backend `{other}`: use sqlite, postgres or mysql"),
    }
}

/// The server URL variable of a backend.
fn url_var(backend: Backend) -> Option<&'static str> {
    match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some("CRM_TEST_POSTGRES_URL"),
        Backend::Mysql => Some("CRM_TEST_MYSQL_URL"),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Cli::parse()).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("crm-bench: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether every run succeeded.
async fn run(cli: Cli) -> Result<bool> {
    let backends = cli
        .backends
        .iter()
        .map(|name| backend_named(name))
        .collect::<Result<Vec<_>>>()?;
    let mut sizes = cli.rows.clone();
    sizes.sort_unstable();
    sizes.dedup();
    for backend in &backends {
        if let Some(var) = url_var(*backend)
            && std::env::var(var).map_or(true, |url| url.trim().is_empty())
        {
            bail!("{var} is not set: give it a {} server URL", backend.name());
        }
    }
    if !cli.only.is_empty() && cli.out.as_path() == std::path::Path::new("BENCHMARKS.md") {
        bail!("--only measures part of a run: give its report another place with --out");
    }
    if let Some(unknown) = cli.only.iter().find(|op| !OPERATIONS.contains(&op.as_str())) {
        bail!(
            "--only: no operation `{unknown}`; there are {}",
            OPERATIONS.join(", ")
        );
    }
    // Taken before the first report is written: that write alone would make the tree "dirty".
    let revision = revision();
    let command = cli.command.clone().unwrap_or_else(|| {
        std::iter::once("crm-bench".to_owned())
            .chain(std::env::args().skip(1))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let previous_pool = match cli.mysql_buffer_pool {
        Some(mib) if backends.contains(&Backend::Mysql) => {
            let url = url_var(Backend::Mysql).and_then(|var| std::env::var(var).ok());
            Some(buffer_pool::set(&url.unwrap_or_default(), mib).await?)
        }
        _ => None,
    };
    let measured = measure_all(&cli, &sizes, &backends, revision.as_deref(), &command).await;
    if let Some(previous) = previous_pool
        && let Err(err) = buffer_pool::restore(previous).await
    {
        eprintln!("crm-bench: could not set the InnoDB buffer pool back: {err:#}");
    }
    measured
}

/// Every size on every backend, the report rewritten after each; whether every run succeeded.
async fn measure_all(
    cli: &Cli,
    sizes: &[u64],
    backends: &[Backend],
    revision: Option<&str>,
    command: &str,
) -> Result<bool> {
    let plan = if cli.smoke { Plan::SMOKE } else { Plan::FULL };
    let mut machine = Machine::describe();
    let mut runs = Vec::new();
    for &deals in sizes {
        for &backend in backends {
            println!("\n=== {} deals on {} ===", deals, backend.name());
            let outcome = one_run(cli, backend, deals, plan, &mut machine).await;
            if let Outcome::Failed(err) = &outcome {
                eprintln!("crm-bench: {} at {deals} deals failed: {err}", backend.name());
            }
            runs.push(Run {
                backend,
                deals,
                outcome,
            });
            // Written after every backend, so a long run keeps what it measured if it is stopped.
            write_report(cli, &machine, revision, command, backends, &runs)?;
        }
    }
    Ok(runs.iter().all(|run| !matches!(run.outcome, Outcome::Failed(_))))
}

/// The checked-out commit, with `-dirty` when the work tree differs from it.
fn revision() -> Option<String> {
    let output = std::process::Command::new("git")
        .args(["describe", "--always", "--dirty", "--abbrev=10"])
        .output()
        .ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
}

/// Merges the runs into the report at `cli.out`.
fn write_report(
    cli: &Cli,
    machine: &Machine,
    revision: Option<&str>,
    command: &str,
    backends: &[Backend],
    runs: &[Run],
) -> Result<()> {
    // A missing or unreadable previous report only means there is nothing to keep.
    let previous = std::fs::read_to_string(&cli.out).unwrap_or_default();
    let text = report::markdown(
        &report::Report {
            machine,
            command,
            backends,
            profile: &cli.profile,
            revision,
            smoke: cli.smoke,
            seed: cli.seed,
            runs,
        },
        &previous,
    );
    std::fs::write(&cli.out, text).with_context(|| format!("writing {}", cli.out.display()))?;
    println!("\nWrote {}", cli.out.display());
    Ok(())
}

/// Where a run's database lives, to drop it afterwards.
enum Place {
    File(tempfile::TempDir),
    Server { admin_url: String, name: String },
}

/// The run's own database on a server: two runs at once (a CI smoke run beside a measurement)
/// must not drop each other's.
fn database_name(smoke: bool) -> String {
    let kind = if smoke { "oriel_bench_smoke" } else { "oriel_bench" };
    format!("{kind}_{}", std::process::id())
}

async fn create_database(cli: &Cli, backend: Backend) -> Result<(Target, Place)> {
    let Some(var) = url_var(backend) else {
        let dir = tempfile::Builder::new().prefix("oriel-bench-").tempdir()?;
        let path = dir.path().join("bench.db");
        return Ok((Target::File(path), Place::File(dir)));
    };
    let admin_url = std::env::var(var).with_context(|| format!("{var} is not set"))?;
    let name = database_name(cli.smoke);
    let name = name.as_str();
    let admin = Db::connect(&admin_url, None)
        .await
        .with_context(|| format!("connecting to the server of {var}"))?;
    let create = match backend {
        Backend::Mysql => format!("CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"),
        _ => format!("CREATE DATABASE {name}"),
    };
    execute(&admin, &drop_statement(backend, name)).await?;
    execute(&admin, &create).await?;
    admin.close().await;
    let mut url = url::Url::parse(&admin_url).with_context(|| format!("{var} is not a URL"))?;
    url.set_path(&format!("/{name}"));
    Ok((
        Target::Url {
            url: url.to_string(),
            password: None,
        },
        Place::Server {
            admin_url,
            name: name.to_owned(),
        },
    ))
}

fn drop_statement(backend: Backend, name: &str) -> String {
    match backend {
        Backend::Postgres => format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        _ => format!("DROP DATABASE IF EXISTS {name}"),
    }
}

async fn execute(db: &Db, sql: &str) -> Result<()> {
    let sql = sql.to_owned();
    crm_store::dispatch!(db, |pool, _backend| {
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .execute(pool)
            .await
            .with_context(|| format!("`{sql}`"))?;
    });
    Ok(())
}

async fn drop_database(place: Place, keep: bool) -> Result<()> {
    match place {
        Place::File(dir) if keep => println!("kept {}", dir.keep().display()),
        Place::File(dir) => drop(dir),
        Place::Server { name, .. } if keep => println!("kept database {name}"),
        Place::Server { admin_url, name } => {
            let admin = Db::connect(&admin_url, None).await?;
            execute(&admin, &drop_statement(admin.backend(), &name)).await?;
            admin.close().await;
        }
    }
    Ok(())
}

async fn one_run(cli: &Cli, backend: Backend, deals: u64, plan: Plan, machine: &mut Machine) -> Outcome {
    let (target, place) = match create_database(cli, backend).await {
        Ok(created) => created,
        Err(err) => return Outcome::Failed(format!("{err:#}")),
    };
    let outcome = measure(target, backend, deals, cli, plan, machine).await;
    if let Err(err) = drop_database(place, cli.keep).await {
        eprintln!(
            "crm-bench: could not drop the {} database: {err:#}",
            backend.name()
        );
    }
    match outcome {
        Ok(done) => done,
        Err(err) => Outcome::Failed(format!("{err:#}")),
    }
}

async fn measure(
    target: Target,
    backend: Backend,
    deals: u64,
    cli: &Cli,
    plan: Plan,
    machine: &mut Machine,
) -> Result<Outcome> {
    let seed = cli.seed;
    let session = Session::open(&target, None)
        .await
        .map_err(|e| anyhow::anyhow!("opening the {} database: {e}", backend.name()))?;
    machine.note_server(session.db()).await;
    let input = ScaleInput {
        deals,
        seed,
        anchor: demo_scale::default_anchor(),
    };
    let started = Instant::now();
    let generated = demo_scale::generate(&session, input, &mut demo_scale::stderr_progress())
        .await
        .map_err(|e| anyhow::anyhow!("generating {deals} deals: {e}"));
    let load_time = started.elapsed();
    let generated = match generated {
        Ok(generated) => generated,
        Err(err) => {
            session.close().await;
            return Err(err);
        }
    };
    println!(
        "generated {} rows in {:.1} s ({:.0} rows/s)",
        generated.rows(),
        load_time.as_secs_f64(),
        report::per_second(generated.rows(), load_time)
    );
    let mut bench = Bench {
        session: &session,
        db: session.db().clone(),
        backend,
        deals,
        seed,
        plan,
        measured: Vec::new(),
        import_rows: if cli.smoke { SMOKE_IMPORT_ROWS } else { IMPORT_ROWS },
        only: cli.only.clone(),
    };
    let measured = bench.run_all().await;
    session.close().await;
    let import_rows = bench.import_rows;
    match measured {
        Ok(()) => Ok(Outcome::Done {
            generated,
            load_time,
            import_rows,
            measured: bench.measured,
        }),
        Err(err) => Err(err),
    }
}
