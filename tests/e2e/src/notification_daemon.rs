//! A test's own desktop notification daemon: a private D-Bus session bus with dunst on it, so that
//! tests running side by side each read only the native notifications of their own app.
//!
//! The app is started with `DBUS_SESSION_BUS_ADDRESS` pointing at [`NotificationDaemon::bus`];
//! [`NotificationDaemon::shown`] lists every notification dunst received, from its history.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::Value;

/// How long the bus and dunst get to come up on a busy machine.
const PATIENCE: Duration = Duration::from_secs(20);

/// One native notification as dunst received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub summary: String,
    pub body: String,
}

pub struct NotificationDaemon {
    bus: Child,
    dunst: Child,
    address: String,
    /// Holds dunst's configuration.
    _config: tempfile::TempDir,
}

/// Notifications stay on screen until closed, so a test can click one whenever it gets to it.
const DUNSTRC: &str = "[urgency_low]\n    timeout = 0\n[urgency_normal]\n    timeout = 0\n\
                       [urgency_critical]\n    timeout = 0\n";

impl NotificationDaemon {
    /// Starts a session bus and dunst on it (needs `DISPLAY`, e.g. under `xvfb-run`).
    pub fn start() -> Result<NotificationDaemon> {
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .context("starting dbus-daemon (package dbus; `cargo xtask deps` installs it)")?;
        let mut address = String::new();
        if let Some(out) = bus.stdout.take() {
            BufReader::new(out)
                .read_line(&mut address)
                .context("reading the bus address")?;
        }
        let address = address.trim().to_owned();
        if address.is_empty() {
            let _ = bus.kill();
            bail!("dbus-daemon printed no address");
        }
        let config = tempfile::tempdir().context("a folder for dunst's configuration")?;
        let dunstrc = config.path().join("dunstrc");
        std::fs::write(&dunstrc, DUNSTRC).context("writing dunstrc")?;
        let dunst = Command::new("dunst")
            .arg("-config")
            .arg(&dunstrc)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting dunst (`cargo xtask deps` installs it)")?;
        let daemon = NotificationDaemon {
            bus,
            dunst,
            address,
            _config: config,
        };
        let started = Instant::now();
        while daemon.dunstctl(&["count", "history"]).is_err() {
            if started.elapsed() > PATIENCE {
                bail!("dunst did not answer on its bus within {PATIENCE:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(daemon)
    }

    /// The bus the app must use, as the value of `DBUS_SESSION_BUS_ADDRESS`.
    pub fn bus(&self) -> &Path {
        Path::new(&self.address)
    }

    fn dunstctl(&self, args: &[&str]) -> Result<String> {
        let output = Command::new("dunstctl")
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .context("running dunstctl")?;
        if !output.status.success() {
            bail!("dunstctl {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Clicks the notification on top of the screen, as a user would to act on it.
    pub fn click_top(&self) -> Result<()> {
        self.dunstctl(&["action", "0"]).map(|_| ())
    }

    /// Every notification received so far, oldest first. Those still on screen are closed first,
    /// since dunst's history holds only closed ones.
    pub fn shown(&self) -> Result<Vec<Shown>> {
        // Closing shows the waiting ones, which are closed in turn.
        let started = Instant::now();
        loop {
            self.dunstctl(&["close-all"])?;
            let open = self.dunstctl(&["count", "displayed"])?.trim() != "0"
                || self.dunstctl(&["count", "waiting"])?.trim() != "0";
            if !open {
                break;
            }
            if started.elapsed() > PATIENCE {
                bail!("dunst kept notifications open for {PATIENCE:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let history: Value =
            serde_json::from_str(&self.dunstctl(&["history"])?).context("dunstctl history is JSON")?;
        let entries = history["data"][0].as_array().cloned().unwrap_or_default();
        let mut shown: Vec<(i64, Shown)> = entries
            .iter()
            .map(|entry| {
                let field = |name: &str| entry[name]["data"].as_str().unwrap_or_default().to_owned();
                (
                    entry["id"]["data"].as_i64().unwrap_or_default(),
                    Shown {
                        summary: field("summary"),
                        body: field("body"),
                    },
                )
            })
            .collect();
        shown.sort_by_key(|(id, _)| *id);
        Ok(shown.into_iter().map(|(_, shown)| shown).collect())
    }
}

impl Drop for NotificationDaemon {
    fn drop(&mut self) {
        for child in [&mut self.dunst, &mut self.bus] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
