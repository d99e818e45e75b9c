//! Timed headers per layer and the summary table at the end, so a long CI log can be read from
//! its last screen.

use std::fmt::Write as _;
use std::time::Instant;

use anyhow::Result;

pub struct Report {
    started: Instant,
    rows: Vec<Row>,
    notes: Vec<String>,
}

struct Row {
    layer: &'static str,
    result: LayerResult,
    seconds: Option<f64>,
}

#[derive(Clone, Copy, PartialEq)]
enum LayerResult {
    NotRun,
    Passed,
    Failed,
    Skipped,
}

impl LayerResult {
    fn label(self) -> &'static str {
        match self {
            LayerResult::NotRun => "not run",
            LayerResult::Passed => "passed",
            LayerResult::Failed => "FAILED",
            LayerResult::Skipped => "skipped",
        }
    }
}

impl Report {
    pub fn start(layers: &[&'static str]) -> Self {
        let rows = layers
            .iter()
            .map(|&layer| Row {
                layer,
                result: LayerResult::NotRun,
                seconds: None,
            })
            .collect();
        Report {
            started: Instant::now(),
            rows,
            notes: Vec::new(),
        }
    }

    /// Runs one layer under a header and records its result and duration.
    pub fn layer<T>(&mut self, layer: &'static str, run: impl FnOnce() -> Result<T>) -> Result<T> {
        self.header(layer);
        let started = Instant::now();
        let outcome = run();
        let seconds = started.elapsed().as_secs_f64();
        let result = if outcome.is_ok() {
            LayerResult::Passed
        } else {
            LayerResult::Failed
        };
        self.record(layer, result, Some(seconds));
        println!("--- {layer}: {} in {seconds:.1} s", result.label());
        outcome.map_err(|err| {
            err.context(format!(
                "test layer `{layer}` failed; the layers after it were not run"
            ))
        })
    }

    pub fn skip(&mut self, layer: &'static str, reason: &str) {
        self.header(layer);
        println!("--- {layer}: skipped: {reason}");
        self.record(layer, LayerResult::Skipped, None);
        self.notes.push(format!("{layer} skipped: {reason}"));
    }

    /// Lines repeated under the summary table, e.g. test counts per backend.
    pub fn note_all(&mut self, notes: Vec<String>) {
        self.notes.extend(notes);
    }

    pub fn print_summary(&self, warnings: &[String]) {
        println!("\n{}", self.summary_table());
        for note in &self.notes {
            println!("  {note}");
        }
        for warning in warnings {
            println!("{}", banner(warning));
        }
    }

    fn header(&self, layer: &str) {
        let position = self
            .rows
            .iter()
            .position(|row| row.layer == layer)
            .map_or(0, |i| i + 1);
        let elapsed = self.started.elapsed().as_secs();
        println!(
            "\n=== [{:02}:{:02}] layer {position}/{}: {layer} ===",
            elapsed / 60,
            elapsed % 60,
            self.rows.len()
        );
    }

    fn record(&mut self, layer: &str, result: LayerResult, seconds: Option<f64>) {
        if let Some(row) = self.rows.iter_mut().find(|row| row.layer == layer) {
            row.result = result;
            row.seconds = seconds;
        }
    }

    fn summary_table(&self) -> String {
        let mut table = String::new();
        let _ = writeln!(table, "{:<12} {:<8} {:>8}", "layer", "result", "seconds");
        let _ = writeln!(table, "{:-<12} {:-<8} {:->8}", "", "", "");
        for row in &self.rows {
            let seconds = row.seconds.map_or_else(|| "-".to_owned(), |s| format!("{s:.1}"));
            let _ = writeln!(table, "{:<12} {:<8} {seconds:>8}", row.layer, row.result.label());
        }
        let total = self.started.elapsed().as_secs_f64();
        let _ = write!(table, "{:<12} {:<8} {total:>8.1}", "total", "");
        table
    }
}

/// A message nobody scrolling a CI log can miss.
pub fn banner(message: &str) -> String {
    let rule = "!".repeat(message.chars().count() + 6);
    format!("{rule}\n!! {message} !!\n{rule}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_after_a_failure_are_reported_as_not_run() {
        let mut report = Report::start(&["fmt", "clippy", "e2e"]);
        assert!(report.layer("fmt", || Ok(())).is_ok());
        assert!(
            report
                .layer("clippy", || -> Result<()> { anyhow::bail!("lint") })
                .is_err()
        );
        let table = report.summary_table();
        assert!(table.contains("fmt          passed"));
        assert!(table.contains("clippy       FAILED"));
        assert!(table.contains("e2e          not run         -"));
    }
}
