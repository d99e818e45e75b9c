//! BENCHMARKS.md: the machine, the exact commands, the data, the figures, and which targets hold.

use std::fmt::Write as _;
use std::time::Duration;

use crm_app::demo_scale::ScaleReport;
use crm_store::{Backend, Db, dispatch};

use crate::bench::{IMPORT_ROWS, Measured, PAGE, STORE_LAYER, Target};
use crate::timing::Stats;

/// What one backend did at one size.
pub struct Run {
    pub backend: Backend,
    pub deals: u64,
    pub outcome: Outcome,
}

pub enum Outcome {
    Done {
        generated: ScaleReport,
        load_time: Duration,
        import_rows: u64,
        measured: Vec<Measured>,
    },
    Failed(String),
}

/// The computer and the database servers.
#[derive(Debug, Default)]
pub struct Machine {
    cpu: String,
    cores: usize,
    memory_gib: f64,
    os: String,
    kernel: String,
    servers: Vec<(Backend, String)>,
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

impl Machine {
    /// From /proc and /etc/os-release (Linux); what is missing stays empty.
    pub fn describe() -> Machine {
        let cpuinfo = read("/proc/cpuinfo");
        let cpu = cpuinfo
            .lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default();
        let cores = cpuinfo.lines().filter(|l| l.starts_with("processor")).count();
        let memory_kib: f64 = read("/proc/meminfo")
            .lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        let os = read("/etc/os-release")
            .lines()
            .find_map(|l| l.strip_prefix("PRETTY_NAME="))
            .map_or_else(
                || std::env::consts::OS.to_owned(),
                |v| v.trim_matches('"').to_owned(),
            );
        Machine {
            cpu,
            cores,
            memory_gib: memory_kib / 1024.0 / 1024.0,
            os,
            kernel: read("/proc/sys/kernel/osrelease").trim().to_owned(),
            servers: Vec::new(),
        }
    }

    /// Notes the version of `db`'s server, once per backend.
    pub async fn note_server(&mut self, db: &Db) {
        let backend = db.backend();
        if self.servers.iter().any(|(b, _)| *b == backend) {
            return;
        }
        let sql = match backend {
            Backend::Sqlite => "SELECT sqlite_version()",
            Backend::Postgres => "SHOW server_version",
            Backend::Mysql => "SELECT VERSION()",
        };
        let version: Result<String, sqlx::Error> = dispatch!(db, |pool, _backend| {
            sqlx::query_scalar(sql).fetch_one(pool).await
        });
        let name = match backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
            Backend::Mysql => "MySQL/MariaDB",
        };
        let mut server = format!("{name} {}", version.unwrap_or_default());
        // The cache decides whether a large run is bound by memory or by the disk.
        if let Some(cache) = cache_size(db).await {
            let _ = write!(server, " ({cache})");
        }
        self.servers.push((backend, server));
    }
}

/// The server's page cache as its administrator set it, e.g. "InnoDB buffer pool 128 MiB".
async fn cache_size(db: &Db) -> Option<String> {
    match db.backend() {
        Backend::Sqlite => None,
        Backend::Postgres => {
            let size: Result<String, sqlx::Error> = dispatch!(db, |pool, _backend| {
                sqlx::query_scalar("SHOW shared_buffers").fetch_one(pool).await
            });
            size.ok().map(|size| format!("shared_buffers {size}"))
        }
        Backend::Mysql => {
            let bytes: Result<i64, sqlx::Error> = dispatch!(db, |pool, _backend| {
                sqlx::query_scalar("SELECT CAST(@@innodb_buffer_pool_size AS SIGNED)")
                    .fetch_one(pool)
                    .await
            });
            bytes
                .ok()
                .map(|bytes| format!("InnoDB buffer pool {} MiB", bytes / 1_048_576))
        }
    }
}

pub fn per_second(rows: u64, time: Duration) -> f64 {
    f64::from(u32::try_from(rows).unwrap_or(u32::MAX)) / time.as_secs_f64().max(f64::MIN_POSITIVE)
}

/// 1234567 → "1,234,567".
fn grouped(n: u64) -> String {
    grouped_digits(&n.to_string())
}

/// A rate, rounded, grouped like [`grouped`].
fn grouped_rate(rate: f64) -> String {
    grouped_digits(&format!("{:.0}", rate.max(0.0)))
}

fn grouped_digits(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ms(d: Duration) -> String {
    let ms = Stats::ms(d);
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else if ms >= 10.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{ms:.2} ms")
    }
}

fn label(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
        Backend::Mysql => "MariaDB",
    }
}

/// Everything the report is made from.
pub struct Report<'a> {
    pub machine: &'a Machine,
    pub command: &'a str,
    pub backends: &'a [Backend],
    pub profile: &'a str,
    /// The commit measured, `-dirty` when the work tree had changes; none outside a git checkout.
    pub revision: Option<&'a str>,
    pub smoke: bool,
    pub seed: u64,
    pub runs: &'a [Run],
}

/// One check of a target on one run.
struct Check {
    deals: u64,
    backend: Backend,
    what: String,
    figure: String,
    holds: bool,
    /// Why, when it misses: what the figures themselves tell.
    why: Option<String>,
}

/// The sections of BENCHMARKS.md a run rewrites: one per deal count and backend it measured,
/// between `<!-- begin:deals-N-backend -->` and `<!-- end:deals-N-backend -->`. Every other
/// section, and the desktop app's figures (`<!-- begin:app -->`, written by `cargo xtask bench
/// --app`), is kept from the previous report, so each long run at 10^6 deals can be made on its
/// own. A section of a whole deal count (`deals-N`, from before sections were per backend) is
/// dropped once every backend has its own section of that count.
pub fn markdown(report: &Report<'_>, previous: &str) -> String {
    let mut measured: Vec<(u64, Backend)> = report.runs.iter().map(|r| (r.deals, r.backend)).collect();
    measured.sort_unstable_by_key(|(deals, backend)| (*deals, backend_rank(*backend)));
    measured.dedup();
    let mut sections: Vec<(String, String)> = sections_of(previous)
        .into_iter()
        .filter(|(name, _)| {
            !measured
                .iter()
                .any(|(deals, backend)| *name == section_name(*deals, *backend))
        })
        .collect();
    for (deals, backend) in &measured {
        sections.push((
            section_name(*deals, *backend),
            size_section(report, *deals, *backend),
        ));
    }
    // A whole count's section says nothing its backends' own sections do not, once there is one
    // for every backend, from this run or from earlier ones.
    let names: Vec<String> = sections.iter().map(|(name, _)| name.clone()).collect();
    let superseded = |name: &str| {
        name.strip_prefix("deals-")
            .and_then(|deals| deals.parse::<u64>().ok())
            .is_some_and(|deals| {
                Backend::ALL
                    .iter()
                    .all(|backend| names.contains(&section_name(deals, *backend)))
            })
    };
    sections.retain(|(name, _)| !superseded(name));
    // Deal counts in ascending order, each count's backends in their usual order, then the rest
    // (the app's figures) as they were.
    sections.sort_by_key(|(name, _)| section_rank(name));
    let mut md = header(report);
    for (name, body) in sections {
        let _ = writeln!(
            md,
            "<!-- begin:{name} -->\n{}\n<!-- end:{name} -->\n",
            body.trim()
        );
    }
    md
}

fn section_name(deals: u64, backend: Backend) -> String {
    format!("deals-{deals}-{}", backend.name())
}

fn backend_rank(backend: Backend) -> usize {
    Backend::ALL
        .iter()
        .position(|b| *b == backend)
        .unwrap_or(Backend::ALL.len())
}

/// Where a section goes: by deal count, a whole-count section before the per-backend ones.
fn section_rank(name: &str) -> (u8, u64, usize) {
    let Some(rest) = name.strip_prefix("deals-") else {
        return (1, 0, 0);
    };
    let (count, backend) = rest.split_once('-').unwrap_or((rest, ""));
    let Ok(deals) = count.parse::<u64>() else {
        return (1, 0, 0);
    };
    let rank = Backend::ALL
        .iter()
        .position(|b| b.name() == backend)
        .map_or(0, |at| at + 1);
    (0, deals, rank)
}

/// The named sections of a report, in order.
fn sections_of(text: &str) -> Vec<(String, String)> {
    let mut sections = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("<!-- begin:") {
        let after = &rest[at + "<!-- begin:".len()..];
        let Some(name_end) = after.find(" -->") else { break };
        let name = &after[..name_end];
        let body_start = &after[name_end + " -->".len()..];
        let end_marker = format!("<!-- end:{name} -->");
        let Some(body_end) = body_start.find(&end_marker) else {
            break;
        };
        sections.push((name.to_owned(), body_start[..body_end].to_owned()));
        rest = &body_start[body_end + end_marker.len()..];
    }
    sections
}

/// The title, the machine and what is measured: rewritten by every run.
fn header(report: &Report<'_>) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Benchmarks\n");
    let _ = writeln!(
        md,
        "<!-- Generated by `cargo xtask bench` (crates/crm-bench). Do not edit: run it again. -->\n"
    );
    if report.smoke {
        let _ = writeln!(
            md,
            "**Smoke run**: every operation ran once, in a debug build, to prove the bench works; \
             the figures measure nothing.\n"
        );
    }
    let m = report.machine;
    let _ = writeln!(md, "## Machine (of the latest run)\n");
    let _ = writeln!(md, "- CPU: {}, {} logical cores", m.cpu, m.cores);
    let _ = writeln!(md, "- Memory: {:.1} GiB", m.memory_gib);
    let _ = writeln!(md, "- OS: {}, kernel {}", m.os, m.kernel);
    for (backend, version) in &m.servers {
        let place = match backend {
            Backend::Sqlite => "a file in the temporary directory, WAL, synchronous = NORMAL",
            _ => "local server, its page cache in parentheses",
        };
        let _ = writeln!(md, "- {version}: {place}");
    }
    let _ = writeln!(md, "- The machine was not otherwise idle unless said so\n");

    what_is_measured(&mut md, report.seed);
    let _ = writeln!(
        md,
        "Each section below comes from one run of the bench and names its date and command; a run \
         rewrites the sections of the deal counts and backends it measured and keeps the others.\n"
    );
    md
}

/// How the data is made and what each operation and its ceiling are.
fn what_is_measured(md: &mut String, seed: u64) {
    let _ = writeln!(md, "## What is measured\n");
    let _ = writeln!(
        md,
        "Each backend gets a fresh database filled by `crm demo --rows N --seed {seed}` (the same \
         generator, `crates/crm-app/src/demo_scale`): N deals, each made from a request, plus a \
         tenth as many requests that did not become deals, N/10 companies (a few big customers, \
         many small) with one to eight contacts, N/10 leads, product lines, payments, tags and \
         e-mails; names and texts in the scripts of seventeen markets; owners among 24 sales \
         managers in three departments. Then `ANALYZE` (`VACUUM ANALYZE` on PostgreSQL, as \
         autovacuum would after a load).\n"
    );
    let _ = writeln!(
        md,
        "Every operation runs through the command layer as the desktop window's IPC runs it — \
         the input as JSON, the typed crm-app command, its answer written as JSON text \
         (`registry::call_text`, which `crm call` uses too) — as an administrator, and as its \
         **ceiling**: the bare SQL of \
         the operation through sqlx on the same connection pool. For reads the ceiling is the \
         same statements the command issues (the bench checks that both return the same rows); \
         for writes it is the data statements alone in one transaction. Command and ceiling runs \
         alternate; after {} warm-up runs each is timed up to {} times (at least {}, within \
         {} s; transfers fewer). p50 and p95 are nearest-rank percentiles.\n",
        crate::timing::Plan::FULL.warmup,
        crate::timing::Plan::FULL.runs,
        crate::timing::Plan::FULL.min_runs,
        crate::timing::Plan::FULL.budget.as_secs()
    );
    let _ = writeln!(md, "| operation | command | ceiling |");
    let _ = writeln!(md, "|---|---|---|");
    let _ = writeln!(
        md,
        "| deal list pages | `deal_list`, {PAGE} rows (the desktop list's page), newest first; default filter: active deals; by the busiest owner; by the most common stage (no active filter, R-DEAL-18). The page at 90% depth is reached by a keyset cursor, as scrolling reaches it | the page's SELECT and its tag look-up |"
    );
    let _ = writeln!(
        md,
        "| store layer | the default list's first page through `record::list_as` alone (each row read into a typed deal), to split the list's overhead between the store layer and the command layer | as for the list |"
    );
    let _ = writeln!(
        md,
        "| deal count | `deal_count` of the default filter, shown above the list | the COUNT(*) |"
    );
    let _ = writeln!(
        md,
        "| open a deal | `deal_get`, then `payment_list`, `output_list`, `crm_email_list` of the deal (the related lists of the deal form) | the four SELECTs and the tag look-up |"
    );
    let _ = writeln!(
        md,
        "| global search | the command palette: `<entity>_list` with the term for companies, contacts, leads, requests, deals, products and e-mails, 5 rows each, one after the other. Rare term: one request's reference number; common term: a word of the English subjects | each list's trigram-index query (FTS5 on SQLite, pg_trgm on PostgreSQL, the gram-word FULLTEXT table on MariaDB) with the LIKE, without the command's probe window |"
    );
    let _ = writeln!(
        md,
        "| create | `request_to_deal` on a waiting request (deals are only made from requests) | INSERT of the deal, UPDATE of the request (and the gram words on MariaDB) |"
    );
    let _ = writeln!(
        md,
        "| update | `deal_update` of an open deal's next step and date, the whole record sent as the form sends it | UPDATE of the changed columns and the search text |"
    );
    let _ = writeln!(
        md,
        "| owner transfer | `company_transfer_owner` of 1,000 companies with their contacts, back and forth between two managers | one UPDATE of the companies, one of their contacts |"
    );
    let _ = writeln!(
        md,
        "| import | `import_file` (the desktop import) of an XLSX sheet of {} new companies at every N (the smoke run imports fewer): checked and written 1,000 rows at a time, each 1,000 under a savepoint, 5,000 a transaction; 3 to 5 runs, each of new companies, in turns with the ceiling; the median time per row and rows/s | the same companies in multi-row INSERTs (1,000 rows each, 5,000 a transaction), every index in place: the database's bulk insert rate |\n",
        grouped(IMPORT_ROWS)
    );
    let _ = writeln!(
        md,
        "Targets (issue 7): every list page ≤ 2× its ceiling; the page at depth 90% ≤ 1.5× the \
         first page; global search ≤ 3× its index's ceiling; import ≥ 50% of the bulk insert \
         rate. The other operations are reported without a target.\n"
    );
}

/// Everything measured at `deals` deals: the command that did it, the data, the figures, the
/// targets.
#[allow(
    clippy::too_many_lines,
    reason = "the section's tables in the order they are read"
)]
fn size_section(report: &Report<'_>, deals: u64, backend: Backend) -> String {
    let mut md = String::new();
    let now = chrono::Utc::now();
    let _ = writeln!(md, "## {} deals on {}\n", grouped(deals), label(backend));
    if report.smoke {
        let _ = writeln!(
            md,
            "**Smoke run**: every operation ran once, in a debug build, to prove the bench works; \
             the figures measure nothing.\n"
        );
    }
    let revision = report
        .revision
        .map_or_else(String::new, |revision| format!(", revision `{revision}`"));
    let _ = writeln!(
        md,
        "Measured on {} ({} build{revision}) with:\n",
        now.format("%Y-%m-%d %H:%M UTC"),
        report.profile
    );
    let _ = writeln!(md, "```sh");
    for backend in report.backends {
        let var = match backend {
            Backend::Postgres => "CRM_TEST_POSTGRES_URL",
            Backend::Mysql => "CRM_TEST_MYSQL_URL",
            Backend::Sqlite => continue,
        };
        let _ = writeln!(
            md,
            "export {var}={}",
            redacted(&std::env::var(var).unwrap_or_default())
        );
    }
    let _ = writeln!(md, "{}", report.command);
    let _ = writeln!(md, "```\n");
    if let Some((_, server)) = report.machine.servers.iter().find(|(b, _)| *b == backend) {
        let _ = writeln!(md, "Server: {server}.\n");
    }

    let _ = writeln!(md, "### Data\n");
    let _ = writeln!(
        md,
        "| deals | backend | rows written | generation | rows/s | companies | contacts | leads | requests | product lines | payments | e-mails | link rows | import rows |"
    );
    let _ = writeln!(
        md,
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for run in report
        .runs
        .iter()
        .filter(|r| r.deals == deals && r.backend == backend)
    {
        match &run.outcome {
            Outcome::Done {
                generated: g,
                load_time,
                import_rows,
                ..
            } => {
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {:.1} s | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    grouped(run.deals),
                    label(run.backend),
                    grouped(g.rows()),
                    load_time.as_secs_f64(),
                    grouped_rate(per_second(g.rows(), *load_time)),
                    grouped(g.companies),
                    grouped(g.contacts),
                    grouped(g.leads),
                    grouped(g.requests),
                    grouped(g.outputs),
                    grouped(g.payments),
                    grouped(g.emails),
                    grouped(g.links),
                    grouped(*import_rows)
                );
            }
            Outcome::Failed(err) => {
                let _ = writeln!(
                    md,
                    "| {} | {} | failed: {} | | | | | | | | | | | |",
                    grouped(run.deals),
                    label(run.backend),
                    err.replace('|', "/").replace('\n', " ")
                );
            }
        }
    }
    let _ = writeln!(md);

    let mut checks = Vec::new();
    {
        let _ = writeln!(md, "### Results\n");
        let _ = writeln!(
            md,
            "| backend | operation | command p50 | command p95 | ceiling p50 | ceiling p95 | command / ceiling | target | runs |"
        );
        let _ = writeln!(md, "|---|---|---:|---:|---:|---:|---:|---|---:|");
        for run in report
            .runs
            .iter()
            .filter(|r| r.deals == deals && r.backend == backend)
        {
            let Outcome::Done { measured, .. } = &run.outcome else {
                continue;
            };
            for m in measured {
                let target = match (m.target, m.holds()) {
                    (Some(Target::AtMost(x)), Some(holds)) => format!("≤ {x}× {}", mark(holds)),
                    (Some(Target::AtLeast(x)), Some(holds)) => {
                        format!("≥ {:.0}% {}", x * 100.0, mark(holds))
                    }
                    _ => String::new(),
                };
                let ratio = match m.rates {
                    Some((command, ceiling)) => format!(
                        "{:.1}% ({} vs {} rows/s)",
                        100.0 * m.ratio(),
                        grouped_rate(command),
                        grouped_rate(ceiling)
                    ),
                    None => format!("{:.2}×", m.ratio()),
                };
                let _ = writeln!(
                    md,
                    "| {} | {} | {} | {} | {} | {} | {ratio} | {target} | {} |",
                    label(run.backend),
                    m.label,
                    ms(m.command.p50),
                    ms(m.command.p95),
                    ms(m.ceiling.p50),
                    ms(m.ceiling.p95),
                    m.command.runs
                );
            }
            checks.extend(checks_of(run, measured));
        }
        let _ = writeln!(md);
    }

    let _ = writeln!(md, "### Targets\n");
    if checks.is_empty() {
        let _ = writeln!(md, "No run finished.\n");
    } else {
        let held = checks.iter().filter(|c| c.holds).count();
        let _ = writeln!(md, "{held} of {} checks hold.\n", checks.len());
        let _ = writeln!(md, "| deals | backend | target | figure | holds |");
        let _ = writeln!(md, "|---:|---|---|---|---|");
        for c in &checks {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                grouped(c.deals),
                label(c.backend),
                c.what,
                c.figure,
                mark(c.holds)
            );
        }
        let _ = writeln!(md);
        let misses: Vec<&Check> = checks.iter().filter(|c| !c.holds).collect();
        if !misses.is_empty() {
            let _ = writeln!(md, "#### What the figures say about the misses\n");
            for c in misses {
                if let Some(why) = &c.why {
                    let _ = writeln!(
                        md,
                        "- {} deals, {}, {}: {why}",
                        grouped(c.deals),
                        label(c.backend),
                        c.what
                    );
                }
            }
            let _ = writeln!(md);
        }
    }
    md
}

fn mark(holds: bool) -> &'static str {
    if holds { "yes" } else { "**no**" }
}

fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("…"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

fn checks_of(run: &Run, measured: &[Measured]) -> Vec<Check> {
    let mut checks = Vec::new();
    for m in measured {
        let Some(holds) = m.holds() else { continue };
        let (what, figure, why) = match m.target {
            Some(Target::AtMost(limit)) => (
                format!("{} ≤ {limit}× ceiling", m.label),
                format!("{:.2}×", m.ratio()),
                ceiling_why(m, measured),
            ),
            Some(Target::AtLeast(share)) => (
                format!("{} ≥ {:.0}% of bulk insert", m.label, share * 100.0),
                format!("{:.1}%", 100.0 * m.ratio()),
                import_why(m),
            ),
            None => continue,
        };
        checks.push(Check {
            deals: run.deals,
            backend: run.backend,
            what,
            figure,
            holds,
            why: Some(why),
        });
    }
    checks.extend(deep_checks(run, measured));
    checks
}

/// Why a read takes more than its ceiling allows, from the figures.
fn ceiling_why(m: &Measured, measured: &[Measured]) -> String {
    let find = |key: &str| measured.iter().find(|m| m.key == key);
    let extra = m.command.p50.saturating_sub(m.ceiling.p50);
    if m.key.starts_with("search/") {
        return format!(
            "the command takes {} more than the index queries ({} against {}). A list with a \
             search term first finds out whether the term is common: SQLite counts the index's \
             first 2,001 matches, MariaDB (whose full-text search computes every match before it \
             answers) always probes the first 2,000 rows in list order with the LIKE; a common \
             term fills its page there without sorting every match, a rare one then asks the \
             index. The difference is that look-up or probe, plus the decoding of the rows.",
            ms(extra),
            ms(m.command.p50),
            ms(m.ceiling.p50)
        );
    }
    let split = find(STORE_LAYER).map_or_else(String::new, |store| {
        let command = find("list/first").map_or(Duration::ZERO, |c| c.command.p50);
        format!(
            " On the default list's first page, the store layer alone (`record::list_as`, which \
             reads each row into a typed deal) takes {} over the same SQL, and the command layer \
             (permission check, the answer's JSON) {} more.",
            ms(store.command.p50.saturating_sub(store.ceiling.p50)),
            ms(command.saturating_sub(store.command.p50))
        )
    });
    format!(
        "the SQL is the same (the bench checks both read the same rows), so the {} on top of the \
         ceiling's {} is the code around it, about {} per row of the page.{split}",
        ms(extra),
        ms(m.ceiling.p50),
        micros_per_row(extra)
    )
}

fn import_why(m: &Measured) -> String {
    format!(
        "the import reads the sheet, checks every row as a form would (e-mail, owner and \
         department, known names, the same company in the same country already stored or earlier \
         in the sheet) with one look-up per chunk of 1,000 rows, and writes each chunk in \
         multi-row INSERTs under a savepoint, 5,000 rows a transaction ({} per row, the median \
         run), where the bulk insert writes ready rows. The gap is the reading and checking of every row \
         and the change-history row each record gets (a second INSERT of every record, as JSON), \
         neither of which the bulk insert does; on SQLite, where a write costs least, they weigh \
         most.",
        ms(m.command.p50)
    )
}

/// The page at depth 90% against the first page of the same list, per list.
fn deep_checks(run: &Run, measured: &[Measured]) -> Vec<Check> {
    let find = |key: &str| measured.iter().find(|m| m.key == key);
    let mut checks = Vec::new();
    for variant in ["list", "owner", "stage"] {
        let (Some(first), Some(deep)) = (
            find(&format!("{variant}/first")),
            find(&format!("{variant}/deep")),
        ) else {
            continue;
        };
        let ratio = Stats::ms(deep.command.p50) / Stats::ms(first.command.p50).max(f64::MIN_POSITIVE);
        let ceiling_ratio = Stats::ms(deep.ceiling.p50) / Stats::ms(first.ceiling.p50).max(f64::MIN_POSITIVE);
        let name = first.label.split(',').next().unwrap_or(variant);
        let why = if ceiling_ratio > 1.5 {
            format!(
                "the bare SQL shows {ceiling_ratio:.2}× between the two pages too ({} against {}): \
                 the time goes to the database's plan for the deep page, not to the command layer.",
                ms(deep.ceiling.p50),
                ms(first.ceiling.p50)
            )
        } else {
            format!(
                "the bare SQL costs about the same for both pages ({} against {}); the command adds \
                 {} to the deep page and {} to the first.",
                ms(deep.ceiling.p50),
                ms(first.ceiling.p50),
                ms(deep.command.p50.saturating_sub(deep.ceiling.p50)),
                ms(first.command.p50.saturating_sub(first.ceiling.p50))
            )
        };
        checks.push(Check {
            deals: run.deals,
            backend: run.backend,
            what: format!("{name}: page at depth 90% ≤ 1.5× first page"),
            figure: format!("{ratio:.2}× (ceiling {ceiling_ratio:.2}×)"),
            holds: ratio <= 1.5,
            why: Some(why),
        });
    }
    checks
}

fn micros_per_row(extra: Duration) -> String {
    let per_row = extra.as_secs_f64() * 1e6 / f64::from(u32::try_from(PAGE).unwrap_or(1));
    format!("{per_row:.1} µs")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_of<'a>(machine: &'a Machine, runs: &'a [Run]) -> Report<'a> {
        Report {
            machine,
            command: "cargo xtask bench --rows 10",
            backends: &[Backend::Sqlite],
            profile: "release",
            revision: Some("abc1234"),
            smoke: false,
            seed: 1,
            runs,
        }
    }

    #[test]
    fn a_run_replaces_its_own_deal_counts_and_backends_and_keeps_the_other_sections() {
        let previous = "# Benchmarks\n\nold header\n\
            <!-- begin:deals-1000000 -->\n## 1,000,000 deals\nmillion figures\n<!-- end:deals-1000000 -->\n\
            <!-- begin:deals-10-sqlite -->\n## 10 deals on SQLite\nstale figures\n<!-- end:deals-10-sqlite -->\n\
            <!-- begin:deals-10-mysql -->\n## 10 deals on MariaDB\nkept figures\n<!-- end:deals-10-mysql -->\n\
            <!-- begin:app -->\n## The desktop app\napp figures\n<!-- end:app -->\n";
        let machine = Machine::default();
        let runs = [Run {
            backend: Backend::Sqlite,
            deals: 10,
            outcome: Outcome::Failed("no server".into()),
        }];
        let text = markdown(&report_of(&machine, &runs), previous);
        let names: Vec<String> = sections_of(&text).into_iter().map(|(name, _)| name).collect();
        assert_eq!(
            names,
            ["deals-10-sqlite", "deals-10-mysql", "deals-1000000", "app"]
        );
        assert!(text.contains("million figures"));
        assert!(text.contains("kept figures"));
        assert!(text.contains("app figures"));
        assert!(!text.contains("stale figures"));
        assert!(!text.contains("old header"));
        assert!(text.contains("failed: no server"));
        assert!(text.contains("revision `abc1234`"));
    }

    #[test]
    fn a_whole_count_section_goes_once_every_backend_is_measured_again() {
        let previous = "<!-- begin:deals-10 -->\nold ten\n<!-- end:deals-10 -->\n\
            <!-- begin:deals-100 -->\nold hundred\n<!-- end:deals-100 -->\n";
        let machine = Machine::default();
        let mut runs: Vec<Run> = Backend::ALL
            .iter()
            .map(|backend| Run {
                backend: *backend,
                deals: 10,
                outcome: Outcome::Failed("x".into()),
            })
            .collect();
        runs.push(Run {
            backend: Backend::Mysql,
            deals: 100,
            outcome: Outcome::Failed("x".into()),
        });
        let text = markdown(&report_of(&machine, &runs), previous);
        let names: Vec<String> = sections_of(&text).into_iter().map(|(name, _)| name).collect();
        assert_eq!(
            names,
            [
                "deals-10-sqlite",
                "deals-10-postgres",
                "deals-10-mysql",
                "deals-100",
                "deals-100-mysql"
            ]
        );
        assert!(!text.contains("old ten"));
        assert!(text.contains("old hundred"));
    }

    #[test]
    fn a_whole_count_section_goes_once_runs_apart_have_measured_every_backend() {
        let previous = "<!-- begin:deals-10 -->\nold ten\n<!-- end:deals-10 -->\n\
            <!-- begin:deals-10-mysql -->\n## 10 deals on MariaDB\nearlier run\n<!-- end:deals-10-mysql -->\n";
        let machine = Machine::default();
        let runs: Vec<Run> = [Backend::Sqlite, Backend::Postgres]
            .into_iter()
            .map(|backend| Run {
                backend,
                deals: 10,
                outcome: Outcome::Failed("x".into()),
            })
            .collect();
        let text = markdown(&report_of(&machine, &runs), previous);
        let names: Vec<String> = sections_of(&text).into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["deals-10-sqlite", "deals-10-postgres", "deals-10-mysql"]);
        assert!(text.contains("earlier run"));
        assert!(!text.contains("old ten"));
    }

    #[test]
    fn a_first_report_has_only_the_new_sections() {
        let machine = Machine::default();
        let runs = [Run {
            backend: Backend::Sqlite,
            deals: 10,
            outcome: Outcome::Failed("x".into()),
        }];
        let text = markdown(&report_of(&machine, &runs), "");
        let names: Vec<String> = sections_of(&text).into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["deals-10-sqlite"]);
    }
}
