//! Timing a command against its ceiling: interleaved runs, medians and 95th percentiles.

use std::time::{Duration, Instant};

use anyhow::Result;

/// How many times an operation runs.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// Untimed runs first: statements are prepared and pages cached, as in an app in use.
    pub warmup: usize,
    pub runs: usize,
    /// A slow operation stops after `budget` once it has run this often.
    pub min_runs: usize,
    pub budget: Duration,
}

impl Plan {
    pub const FULL: Plan = Plan {
        warmup: 2,
        runs: 30,
        min_runs: 5,
        budget: Duration::from_secs(10),
    };
    /// CI's smoke run: every operation runs, nothing is measured seriously.
    pub const SMOKE: Plan = Plan {
        warmup: 0,
        runs: 1,
        min_runs: 1,
        budget: Duration::ZERO,
    };

    /// The same plan for an operation that takes seconds (a transfer of 1,000 records).
    pub fn heavy(self) -> Plan {
        Plan {
            warmup: self.warmup.min(1),
            runs: self.runs.min(5),
            min_runs: self.min_runs.min(3),
            budget: self.budget * 3,
        }
    }

    /// The plan of the import, whose runs take up to a minute at 10^6 deals: no warm-up (the
    /// first import of a session is what a user times), three runs at least.
    pub fn import(self) -> Plan {
        Plan {
            warmup: 0,
            runs: self.runs.min(5),
            min_runs: self.min_runs.min(3),
            budget: self.budget * 6,
        }
    }

    /// Runs an operation consumes at most (warm-up included): the size of its input pools.
    pub fn most_runs(self) -> usize {
        self.warmup + self.runs
    }
}

/// Median and 95th percentile of some runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub p50: Duration,
    pub p95: Duration,
    pub runs: usize,
}

impl Stats {
    pub fn of(mut times: Vec<Duration>) -> Stats {
        times.sort();
        let runs = times.len();
        if runs == 0 {
            return Stats {
                p50: Duration::ZERO,
                p95: Duration::ZERO,
                runs,
            };
        }
        // Nearest rank.
        let rank = |p: usize| times[((runs * p).div_ceil(100)).clamp(1, runs) - 1];
        Stats {
            p50: rank(50),
            p95: rank(95),
            runs,
        }
    }

    pub fn ms(d: Duration) -> f64 {
        d.as_secs_f64() * 1000.0
    }
}

/// Times `command` and `ceiling` in turns (which one goes first alternates, so neither always
/// finds the caches the other warmed). Both get the run's index, to take fresh input where a run
/// uses some up.
pub async fn compare(
    plan: Plan,
    mut command: impl AsyncFnMut(usize) -> Result<()>,
    mut ceiling: impl AsyncFnMut(usize) -> Result<()>,
) -> Result<(Stats, Stats)> {
    compare_timed(
        plan,
        async |i| timed(&mut command, i).await,
        async |i| timed(&mut ceiling, i).await,
    )
    .await
}

/// [`compare`] of operations that time themselves, for those whose runs need untimed work
/// first (a file to import made before the clock starts, as the user's file exists).
pub async fn compare_timed(
    plan: Plan,
    mut command: impl AsyncFnMut(usize) -> Result<Duration>,
    mut ceiling: impl AsyncFnMut(usize) -> Result<Duration>,
) -> Result<(Stats, Stats)> {
    for i in 0..plan.warmup {
        command(i).await?;
        ceiling(i).await?;
    }
    let mut commands = Vec::with_capacity(plan.runs);
    let mut ceilings = Vec::with_capacity(plan.runs);
    let started = Instant::now();
    let mut i = plan.warmup;
    while commands.len() < plan.runs && (commands.len() < plan.min_runs || started.elapsed() < plan.budget) {
        if i.is_multiple_of(2) {
            commands.push(command(i).await?);
            ceilings.push(ceiling(i).await?);
        } else {
            ceilings.push(ceiling(i).await?);
            commands.push(command(i).await?);
        }
        i += 1;
    }
    Ok((Stats::of(commands), Stats::of(ceilings)))
}

async fn timed(run: &mut impl AsyncFnMut(usize) -> Result<()>, i: usize) -> Result<Duration> {
    let start = Instant::now();
    run(i).await?;
    Ok(start.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_ranks() {
        let times: Vec<Duration> = (1..=20).map(Duration::from_millis).collect();
        let stats = Stats::of(times);
        assert_eq!(stats.p50, Duration::from_millis(10));
        assert_eq!(stats.p95, Duration::from_millis(19));
        assert_eq!(stats.runs, 20);
        let one = Stats::of(vec![Duration::from_millis(3)]);
        assert_eq!(
            (one.p50, one.p95),
            (Duration::from_millis(3), Duration::from_millis(3))
        );
    }
}
