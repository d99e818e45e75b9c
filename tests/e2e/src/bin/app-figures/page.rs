//! What runs inside the app's page: waiting for the home screen, and calling commands over
//! Tauri's IPC as the generated bindings do. Times are taken in the page, so the `WebDriver` round
//! trips around a script are not part of any figure.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use crm_e2e::AppSession;
use serde_json::{Value, json};

/// The moment the home screen was ready, read in the page.
pub struct Ready {
    /// `Date.now()` in the first animation frame in which the home screen shows every overview
    /// tile filled with its command's answer.
    pub shown_at_ms: f64,
    /// `performance.timeOrigin`: when the page began to load (wall clock, ms).
    pub time_origin_ms: Option<f64>,
    /// The screen was already complete at the script's first look, so the moment is late by the
    /// time between the two.
    pub at_first_check: bool,
}

/// Checks every animation frame: the home screen with its three overview tiles showing a number,
/// which they show only after their counting commands have answered (a failed command leaves its
/// dash). The connect screen's error ends the wait at once.
const READY_SCRIPT: &str = r"
const done = arguments[arguments.length - 1];
const patienceMs = arguments[0];
const tiles = ['today-requests', 'today-deals', 'today-due'];
const deadline = Date.now() + patienceMs;
let first = true;
function ready() {
  if (!document.getElementById('home-screen')) return false;
  return tiles.every((id) => {
    const value = document.querySelector('#' + id + ' .value');
    const text = value ? value.textContent.trim() : '';
    return text !== '' && text !== '\u2014';
  });
}
function check() {
  if (ready()) {
    done({ readyAt: Date.now(), timeOrigin: performance.timeOrigin ?? null, atFirstCheck: first });
    return;
  }
  first = false;
  const refused = document.getElementById('connect-error');
  if (refused) { done({ error: 'the database did not open: ' + refused.textContent }); return; }
  if (Date.now() > deadline) { done({ error: 'no complete home screen within ' + patienceMs + ' ms (route ' + location.hash + ')' }); return; }
  requestAnimationFrame(check);
}
check();
";

pub async fn wait_until_ready(app: &AppSession, patience: Duration) -> Result<Ready> {
    let patience_ms = u64::try_from(patience.as_millis()).unwrap_or(u64::MAX);
    let answer = app
        .script_async(
            READY_SCRIPT,
            vec![json!(patience_ms)],
            patience + Duration::from_secs(10),
        )
        .await
        .context("waiting in the page for the home screen")?;
    if let Some(error) = answer.get("error").and_then(Value::as_str) {
        bail!("{error}");
    }
    Ok(Ready {
        shown_at_ms: answer
            .get("readyAt")
            .and_then(Value::as_f64)
            .with_context(|| format!("the page's answer {answer} has no readyAt"))?,
        time_origin_ms: answer.get("timeOrigin").and_then(Value::as_f64),
        at_first_check: answer
            .get("atFirstCheck")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    })
}

/// A typed command the round trip is measured with: its IPC name (as in ui/src/lib/bindings.ts)
/// and the arguments the bindings send.
pub struct Command {
    pub name: &'static str,
    pub args: fn() -> Value,
    /// What it does, for the report.
    pub what: &'static str,
    /// The ≤ 1 ms median target applies to it.
    pub targeted: bool,
}

pub const ROUND_TRIP_COMMANDS: [Command; 3] = [
    Command {
        name: "app_start",
        args: || json!({}),
        what: "the start screen's facts (language, shipped locales, the saved connection), no database: what the IPC itself costs",
        targeted: false,
    },
    Command {
        name: "connection_info",
        args: || json!({}),
        what: "what the app is connected to: the backend, the database file and the schema version, one small query",
        targeted: true,
    },
    Command {
        name: "deal_count",
        args: || json!({ "input": { "active": true } }),
        what: "the number of active deals in the demo data, as a home-screen tile counts them (permission check, COUNT over the deals)",
        targeted: false,
    },
];

pub struct RoundTrips {
    pub command: &'static str,
    /// Each timed call's duration, read between the page clock's steps (see the script).
    pub samples_ms: Vec<f64>,
    /// The step of `performance.now()` in the page: `WebKit` coarsens it to 1 ms.
    pub clock_step_ms: f64,
    /// The same number of calls made back to back without the clock alignment, timed as one
    /// block and divided by their number: a check on the mean of `samples_ms`.
    pub back_to_back_mean_ms: f64,
    /// The same number of calls again, each after a pause of 2–4 ms, as a click would come: read
    /// on the 1 ms clock alone, so only their mean and the tail are meaningful.
    pub isolated_ms: Vec<f64>,
}

/// Calls `invoke` one call at a time, as the UI awaits each answer; the warm-up calls are not
/// timed.
///
/// `WebKit` gives the page a clock that moves in steps of 1 ms, too coarse for calls that take
/// less. Each timed call therefore starts right at a step of the clock, and when its answer arrives
/// the script counts turns of a tight loop until the next step; the loop's turns per step were
/// counted beforehand (the median over 50 steps), so the part of the step still ahead is known,
/// and the call's duration is the whole steps plus the part of the last one already behind. The
/// next call starts at the step that count ended on, so the page spins once per call, not twice.
///
/// Isolated calls are not aligned: spinning up to a clock step just before a call would itself
/// end the idle time they are meant to follow. Their pauses are random, so each start falls
/// anywhere within a step: the mean of the 1 ms readings is still exact, and the share of calls
/// read as 0 ms is at most the share that took under 1 ms (a call of d < 1 ms reads 0 with
/// probability 1 − d; a longer one never does).
const ROUND_TRIP_SCRIPT: &str = r"
const done = arguments[arguments.length - 1];
const [command, args, warmup, calls] = arguments;
const invoke = window.__TAURI_INTERNALS__ && window.__TAURI_INTERNALS__.invoke;
if (!invoke) { done({ error: 'window.__TAURI_INTERNALS__.invoke is missing' }); return; }
const now = () => performance.now();
function turnsToNextStep() { const t = now(); let turns = 0; while (now() === t) turns++; return turns; }
function nextStep() { const t = now(); let n; while ((n = now()) === t) {} return n; }
(async () => {
  for (let i = 0; i < warmup; i++) await invoke(command, args);
  const first = nextStep();
  const step = nextStep() - first;
  const full = [];
  for (let i = 0; i < 50; i++) full.push(turnsToNextStep());
  full.sort((a, b) => a - b);
  const turnsPerStep = full[25];
  const samples = new Array(calls);
  let start = nextStep();
  for (let i = 0; i < calls; i++) {
    await invoke(command, args);
    const seen = now();
    const ahead = Math.min(1, turnsToNextStep() / turnsPerStep);
    samples[i] = seen + step * (1 - ahead) - start;
    // The count stopped right at a step: the next call starts there.
    start = now();
  }
  const blockStart = now();
  for (let i = 0; i < calls; i++) await invoke(command, args);
  const backToBack = (now() - blockStart) / calls;
  const isolated = new Array(calls);
  for (let i = 0; i < calls; i++) {
    await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 2));
    const start = now();
    await invoke(command, args);
    isolated[i] = now() - start;
  }
  done({ samples, step, turnsPerStep, turnsSpread: [full[5], full[45]], backToBack, isolated });
})().catch((e) => done({ error: String(e && e.message ? e.message : JSON.stringify(e)) }));
";

pub async fn round_trips(
    app: &AppSession,
    command: &Command,
    warmup: usize,
    calls: usize,
    patience: Duration,
) -> Result<RoundTrips> {
    let answer = app
        .script_async(
            ROUND_TRIP_SCRIPT,
            vec![json!(command.name), (command.args)(), json!(warmup), json!(calls)],
            patience,
        )
        .await
        .with_context(|| format!("calling {} from the page", command.name))?;
    if let Some(error) = answer.get("error").and_then(Value::as_str) {
        bail!("{} failed in the page: {error}", command.name);
    }
    let samples_ms: Vec<f64> = answer
        .get("samples")
        .and_then(Value::as_array)
        .with_context(|| format!("the page's answer for {} has no samples", command.name))?
        .iter()
        .filter_map(Value::as_f64)
        .collect();
    eprintln!(
        "  {}: clock step {} ms, loop turns per step {} (10th–90th percentile {})",
        command.name,
        answer.get("step").unwrap_or(&Value::Null),
        answer.get("turnsPerStep").unwrap_or(&Value::Null),
        answer.get("turnsSpread").unwrap_or(&Value::Null)
    );
    if samples_ms.len() != calls {
        bail!(
            "{}: the page timed {} calls of {calls}",
            command.name,
            samples_ms.len()
        );
    }
    Ok(RoundTrips {
        command: command.name,
        samples_ms,
        clock_step_ms: answer.get("step").and_then(Value::as_f64).unwrap_or(f64::NAN),
        back_to_back_mean_ms: answer
            .get("backToBack")
            .and_then(Value::as_f64)
            .unwrap_or(f64::NAN),
        isolated_ms: answer
            .get("isolated")
            .and_then(Value::as_array)
            .map(|values| values.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default(),
    })
}

/// The nearest-rank percentile `p` (0–100) of `values`; NaN when there are none.
pub fn percentile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

pub fn median(values: &[f64]) -> f64 {
    percentile(values, 50.0)
}
