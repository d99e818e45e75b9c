//! The Markdown section of BENCHMARKS.md with the app's figures (without its begin/end markers,
//! which `cargo xtask bench --app` adds when it puts the section in place).

use std::fmt::Write as _;
use std::process::Command;

use crate::Launch;
use crate::page::{ROUND_TRIP_COMMANDS, RoundTrips, median, percentile};
use crate::procfs::{self, ProcessMemory};

pub struct Report<'a> {
    pub command: &'a str,
    pub build: &'a str,
    pub calls: usize,
    pub warmup: usize,
    pub idle_secs: u64,
    pub first: &'a Launch,
    pub launches: &'a [Launch],
}

/// The round trip the issue sets a target for.
const ROUND_TRIP_TARGET_MS: f64 = 1.0;

pub fn markdown(report: &Report<'_>) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "## The desktop app\n");
    let _ = writeln!(
        md,
        "Measured on {} with:\n\n```sh\n{}\n```\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        report.command
    );
    let _ = writeln!(md, "- Machine: {}", machine_line(report.launches));
    let release_flag = if report.build == "release" {
        " --release"
    } else {
        ""
    };
    let _ = writeln!(
        md,
        "- App: the {} build with the UI embedded (`npm --prefix ui run build`, then `cargo build{release_flag} \
         --package oriel-crm --bin oriel-crm --features custom-protocol`), started as `oriel-crm {}` on the \
         embedded SQLite database. A fresh user profile: its first launch creates the database and the demo \
         data, and every timed launch after it opens that database again",
        report.build,
        crate::APP_ARGS.join(" ")
    );
    let _ = writeln!(
        md,
        "- Display: Xvfb with one 1280×800×24 screen and a D-Bus session (`xvfb-run -a -s \"-screen 0 1280x800x24\" \
         dbus-run-session --`); the app is started by tauri-driver and WebKitWebDriver, as the end-to-end tests \
         start it (`tests/e2e/src/bin/app-figures`)\n"
    );

    let _ = writeln!(md, "How each figure is measured:\n");
    let _ = writeln!(
        md,
        "- **Cold start**: from the app process's start to the first animation frame in which the home screen \
         shows its three overview tiles filled by their counting commands' answers. The start is the kernel's \
         (`/proc/<pid>/stat` field 22 against `/proc/uptime`, turned into wall-clock time); the end is \
         `Date.now()` in the page, taken by a script that checks every `requestAnimationFrame`. Both are read \
         on this machine's clock; the kernel records starts in hundredths of a second, so a figure may be up \
         to 10 ms long. The disk cache is warm (the previous launch read the same files)"
    );
    let _ = writeln!(
        md,
        "- **Round trip**: in the page, `await window.__TAURI_INTERNALS__.invoke(name, args)` as the generated \
         bindings (`ui/src/lib/bindings.ts`) call it, one call at a time; {} untimed calls first, then {} \
         timed ones per command and launch, after the memory reading. WebKit's `performance.now()` moves in \
         steps of 1 ms, so each timed call starts right at a step of that clock, and when the answer arrives \
         a tight loop counts its turns until the next step; with the loop's turns per step counted \
         beforehand, that gives the part of the last step already behind. On a busy machine that spinning \
         costs the page some of its priority with the scheduler, which can lengthen the tail. As a check, the same number of \
         calls is then made back to back and timed as one block: its time per call should match the mean \
         of the single calls. Median and p95 are nearest-rank percentiles over every timed call of every \
         launch. Last come as many isolated calls, each after a random pause of 2–4 ms as a click would \
         come; they are read on the 1 ms clock alone (aligning them would end the idle time). Their \
         random pauses put each start anywhere within a clock step, so the mean of the readings is exact, \
         and a call that took d < 1 ms reads 0 ms with probability 1 − d while a longer one never does: \
         the share read as 0 ms is a lower bound of the share under 1 ms",
        fmt_count(report.warmup),
        fmt_count(report.calls)
    );
    for command in &ROUND_TRIP_COMMANDS {
        let _ = writeln!(md, "  - `{}`: {}", command.name, command.what);
    }
    let _ = writeln!(
        md,
        "- **Idle memory**: {} s after the home screen was ready, with nothing talking to the window, the \
         resident memory of the app process and every process below it (WebKit's web and network \
         processes): RSS and PSS from `/proc/<pid>/smaps_rollup`, summed. RSS counts the shared libraries \
         once per process; PSS divides shared pages among the processes that map them, so its sum is the \
         better total\n",
        report.idle_secs
    );

    table(&mut md, report);
    processes(&mut md, report.launches);
    md
}

fn table(md: &mut String, report: &Report<'_>) {
    let _ = writeln!(md, "| figure | median | p95 / min–max | runs | target |");
    let _ = writeln!(md, "|---|---:|---:|---:|---|");
    start_rows(md, report);
    round_trip_rows(md, report.launches);
    memory_rows(md, report.launches);
    md.push('\n');
}

fn start_rows(md: &mut String, report: &Report<'_>) {
    let launches = report.launches;
    let n = launches.len();
    let cold: Vec<f64> = launches.iter().map(|l| l.cold_start_ms).collect();
    let late = launches.iter().filter(|l| l.ready.at_first_check).count();
    let cold_label = if late == 0 {
        "cold start to the interactive home screen".to_owned()
    } else {
        format!(
            "cold start to the interactive home screen ({late} of {n} launches were complete at the page script's \
             first look, so those figures are late)"
        )
    };
    let _ = writeln!(
        md,
        "| {cold_label} | {} | {} | {n} launches | — |",
        fmt_ms(median(&cold)),
        range(&cold, fmt_ms)
    );
    let to_page: Vec<f64> = launches.iter().filter_map(|l| l.to_page_ms).collect();
    if !to_page.is_empty() {
        let _ = writeln!(
            md,
            "| of which: process start to the page beginning to load (`performance.timeOrigin`) | {} | {} | {} launches | — |",
            fmt_ms(median(&to_page)),
            range(&to_page, fmt_ms),
            to_page.len()
        );
    }
    let _ = writeln!(
        md,
        "| first start in a fresh profile, creating the database and the demo data | {} | — | 1 launch | — |",
        fmt_ms(report.first.cold_start_ms)
    );
}

fn round_trip_rows(md: &mut String, launches: &[Launch]) {
    let n = launches.len();
    for command in &ROUND_TRIP_COMMANDS {
        let samples: Vec<f64> = launches
            .iter()
            .flat_map(|l| l.round_trips.iter())
            .filter(|trips| trips.command == command.name)
            .flat_map(|trips| trips.samples_ms.iter().copied())
            .collect();
        let trips: Vec<&RoundTrips> = launches
            .iter()
            .flat_map(|l| l.round_trips.iter())
            .filter(|trips| trips.command == command.name)
            .collect();
        #[allow(clippy::cast_precision_loss)]
        let mean = samples.iter().sum::<f64>() / samples.len() as f64;
        #[allow(clippy::cast_precision_loss)]
        let back_to_back = trips.iter().map(|t| t.back_to_back_mean_ms).sum::<f64>() / trips.len() as f64;
        let mid = median(&samples);
        let target = if command.targeted {
            format!(
                "median ≤ {ROUND_TRIP_TARGET_MS} ms: {}",
                if mid <= ROUND_TRIP_TARGET_MS {
                    "yes"
                } else {
                    "**no**"
                }
            )
        } else {
            "—".to_owned()
        };
        let _ = writeln!(
            md,
            "| round trip of `{}`, one call after another (mean {}; timed as one block: {} a call) | {} | p95 {} | {} calls in {n} launches | {target} |",
            command.name,
            fmt_ms_fine(mean),
            fmt_ms_fine(back_to_back),
            fmt_ms_fine(mid),
            fmt_ms_fine(percentile(&samples, 95.0)),
            fmt_count(samples.len()),
        );
        let isolated: Vec<f64> = trips.iter().flat_map(|t| t.isolated_ms.iter().copied()).collect();
        if !isolated.is_empty() {
            #[allow(clippy::cast_precision_loss)]
            let isolated_mean = isolated.iter().sum::<f64>() / isolated.len() as f64;
            let read_as_zero = isolated.iter().filter(|&&ms| ms == 0.0).count();
            #[allow(clippy::cast_precision_loss)]
            let under_1_ms = 100.0 * read_as_zero as f64 / isolated.len() as f64;
            let _ = writeln!(
                md,
                "| round trip of `{}`, isolated calls (each after 2–4 ms idle, read on the 1 ms clock: the mean, and at least {under_1_ms:.0}% took under 1 ms) | mean {} | p95 {} (to 1 ms) | {} calls in {n} launches | — |",
                command.name,
                fmt_ms_fine(isolated_mean),
                fmt_ms_fine(percentile(&isolated, 95.0)),
                fmt_count(isolated.len()),
            );
        }
    }
}

fn memory_rows(md: &mut String, launches: &[Launch]) {
    let n = launches.len();
    #[allow(clippy::cast_precision_loss)]
    let rss: Vec<f64> = launches
        .iter()
        .map(|l| procfs::total_rss_kib(&l.memory) as f64)
        .collect();
    let count = launches.first().map_or(0, |l| l.memory.len());
    let _ = writeln!(
        md,
        "| idle memory, RSS summed over the app and its {} WebKit processes | {} | {} | {n} launches | — |",
        count.saturating_sub(1),
        fmt_mib(median(&rss)),
        range(&rss, fmt_mib)
    );
    #[allow(clippy::cast_precision_loss)]
    let pss: Vec<f64> = launches
        .iter()
        .filter_map(|l| procfs::total_pss_kib(&l.memory).map(|kib| kib as f64))
        .collect();
    if pss.is_empty() {
        let _ = writeln!(
            md,
            "| idle memory, PSS summed | not readable (`/proc/<pid>/smaps_rollup`) | — | — | — |"
        );
    } else {
        let _ = writeln!(
            md,
            "| idle memory, PSS summed | {} | {} | {} launches | — |",
            fmt_mib(median(&pss)),
            range(&pss, fmt_mib),
            pss.len()
        );
    }
}

/// The processes of the launch whose RSS total is the median one.
fn processes(md: &mut String, launches: &[Launch]) {
    let mut by_total: Vec<(usize, u64)> = launches
        .iter()
        .enumerate()
        .map(|(i, l)| (i, procfs::total_rss_kib(&l.memory)))
        .collect();
    by_total.sort_by_key(|&(_, total)| total);
    let Some(&(index, _)) = by_total.get(by_total.len().saturating_sub(1) / 2) else {
        return;
    };
    let memory: &[ProcessMemory] = &launches[index].memory;
    let _ = writeln!(
        md,
        "The processes at idle in launch {} (the median RSS total):\n",
        index + 1
    );
    let _ = writeln!(md, "| process | RSS | PSS |");
    let _ = writeln!(md, "|---|---:|---:|");
    for (position, process) in memory.iter().enumerate() {
        let role = if position == 0 { " (the app)" } else { "" };
        #[allow(clippy::cast_precision_loss)]
        let _ = writeln!(
            md,
            "| {}{role} | {} | {} |",
            process.name,
            fmt_mib(process.rss_kib as f64),
            process
                .pss_kib
                .map_or_else(|| "—".to_owned(), |kib| fmt_mib(kib as f64))
        );
    }
    #[allow(clippy::cast_precision_loss)]
    let _ = writeln!(
        md,
        "| **sum** | **{}** | **{}** |",
        fmt_mib(procfs::total_rss_kib(memory) as f64),
        procfs::total_pss_kib(memory).map_or_else(|| "—".to_owned(), |kib| fmt_mib(kib as f64))
    );
}

fn range(values: &[f64], format: fn(f64) -> String) -> String {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("{}–{}", format(min), format(max))
}

fn fmt_ms(ms: f64) -> String {
    if ms >= 1000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else {
        format!("{ms:.0} ms")
    }
}

fn fmt_ms_fine(ms: f64) -> String {
    if ms.is_nan() {
        "?".to_owned()
    } else if ms < 0.1 {
        format!("{:.0} µs", ms * 1000.0)
    } else {
        format!("{ms:.2} ms")
    }
}

fn fmt_mib(kib: f64) -> String {
    format!("{:.0} MiB", kib / 1024.0)
}

fn fmt_count(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// CPU, cores, memory, OS, kernel and `WebKitGTK`, on one line; what cannot be read is left out.
fn machine_line(launches: &[Launch]) -> String {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or_else(|| "unknown CPU".to_owned(), |(_, v)| v.trim().to_owned());
    let cores = cpuinfo.lines().filter(|l| l.starts_with("processor")).count();
    #[allow(clippy::cast_precision_loss)]
    let memory_gib = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(0.0, |kib| kib as f64 / 1024.0 / 1024.0);
    let os = read("/etc/os-release")
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map_or_else(
            || std::env::consts::OS.to_owned(),
            |v| v.trim_matches('"').to_owned(),
        );
    let kernel = read("/proc/sys/kernel/osrelease").trim().to_owned();
    let webkit = Command::new("dpkg-query")
        .args(["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .map(|version| format!(", WebKitGTK {}", version.trim()))
        .unwrap_or_default();
    let loads: Vec<f64> = launches.iter().filter_map(|l| l.load).collect();
    let load = if loads.is_empty() {
        String::new()
    } else {
        format!(
            "; 1-minute load average {} as the launches began",
            range(&loads, |load| format!("{load:.2}"))
        )
    };
    format!("{cpu}, {cores} logical cores, {memory_gib:.1} GiB memory; {os}, kernel {kernel}{webkit}{load}")
}
