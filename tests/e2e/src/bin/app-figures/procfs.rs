//! What `/proc` says about the app's processes: when one started, and how much memory each holds.

use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};

/// The wall-clock moment (ms since the Unix epoch) the process started.
///
/// `/proc/<pid>/stat` gives the start in clock ticks since boot, and `/proc/uptime` the time since
/// boot on the same clock; the difference is the process's age, taken from the wall clock now.
/// `/proc/uptime` counts in hundredths of a second, so it is read until it changes: at that edge
/// its value is exact. The kernel's start tick is truncated, so the result can be up to one tick
/// early (10 ms at the usual 100 ticks a second).
pub fn start_time_epoch_ms(pid: u32) -> Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("reading /proc/{pid}/stat"))?;
    let start_ticks = start_ticks(&stat).with_context(|| format!("no start time in /proc/{pid}/stat"))?;
    let ticks_per_second = ticks_per_second();
    let (uptime_s, now_ms) = uptime_at_its_edge()?;
    #[allow(clippy::cast_precision_loss)]
    let age_s = uptime_s - start_ticks as f64 / ticks_per_second;
    Ok(now_ms - age_s * 1000.0)
}

/// Field 22 of `/proc/<pid>/stat`, counted after the command name, which may hold spaces and ')'.
fn start_ticks(stat: &str) -> Option<u64> {
    let (_, rest) = stat.rsplit_once(')')?;
    // `rest` starts at field 3 (the state).
    rest.split_whitespace().nth(22 - 3)?.parse().ok()
}

/// `getconf CLK_TCK`; Linux reports 100 on every common platform.
fn ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .and_then(|text| text.trim().parse::<f64>().ok())
        .filter(|ticks| *ticks > 0.0)
        .unwrap_or(100.0)
}

/// The first field of `/proc/uptime` read just after it changed, with the wall clock then (ms).
fn uptime_at_its_edge() -> Result<(f64, f64)> {
    let read = || -> Result<String> {
        let text = std::fs::read_to_string("/proc/uptime").context("reading /proc/uptime")?;
        text.split_whitespace()
            .next()
            .map(str::to_owned)
            .with_context(|| format!("/proc/uptime reads {text:?}"))
    };
    let first = read()?;
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        let now = read()?;
        if now != first {
            let wall = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .context("the clock is before 1970")?;
            let uptime = now
                .parse()
                .with_context(|| format!("/proc/uptime starts with {now:?}"))?;
            return Ok((uptime, wall.as_secs_f64() * 1000.0));
        }
        if Instant::now() > deadline {
            bail!("/proc/uptime did not change within a second");
        }
    }
}

/// The 1-minute load average (`/proc/loadavg`).
pub fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// One process's resident memory.
pub struct ProcessMemory {
    pub pid: u32,
    pub name: String,
    pub rss_kib: u64,
    /// Proportional set size: shared pages divided among the processes that map them. Absent when
    /// `/proc/<pid>/smaps_rollup` is not readable.
    pub pss_kib: Option<u64>,
}

/// The memory of a running process; `None` when it has gone.
pub fn memory_of(pid: u32) -> Option<ProcessMemory> {
    // The program's file name: `comm` is cut at 15 bytes ("WebKitNetworkPr").
    let name = std::fs::read_link(format!("/proc/{pid}/exe"))
        .ok()
        .and_then(|exe| exe.file_name().map(|name| name.to_string_lossy().into_owned()))
        .or_else(|| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .ok()
                .map(|comm| comm.trim().to_owned())
        })?;
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok();
    let rollup_field = |field: &str| rollup.as_deref().and_then(|text| kib_field(text, field));
    let rss_kib = rollup_field("Rss:").or_else(|| {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        kib_field(&status, "VmRSS:")
    })?;
    Some(ProcessMemory {
        pid,
        name,
        rss_kib,
        pss_kib: rollup_field("Pss:"),
    })
}

/// The value of a "Name:   1234 kB" line.
fn kib_field(text: &str, field: &str) -> Option<u64> {
    text.lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|value| value.parse().ok())
}

pub fn total_rss_kib(processes: &[ProcessMemory]) -> u64 {
    processes.iter().map(|p| p.rss_kib).sum()
}

/// The sum of the processes' PSS, when every one of them has it.
pub fn total_pss_kib(processes: &[ProcessMemory]) -> Option<u64> {
    processes.iter().map(|p| p.pss_kib).sum()
}
