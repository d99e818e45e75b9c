//! One tauri-driver process per test, on its own pair of ports so tests run in parallel. It is
//! stopped with SIGTERM, never SIGKILL: on SIGTERM it also stops the `WebKitWebDriver` it started,
//! while a killed tauri-driver leaves that child behind holding the test's output pipes open. The
//! app, which can outlive both, is then stopped by process id.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{paths, process_tree};

/// A port pair taken by another process between the check and the start is retried with a new one.
const START_ATTEMPTS: usize = 3;
const START_TIMEOUT: Duration = Duration::from_secs(15);
const STOP_TIMEOUT: Duration = Duration::from_secs(10);

pub struct TauriDriver {
    child: Option<Child>,
    port: u16,
}

impl TauriDriver {
    /// Starts tauri-driver with `env` added to its environment (the app inherits it) and waits
    /// until it accepts connections.
    pub async fn start(env: &[(&str, &Path)]) -> Result<Self> {
        let program = paths::tauri_driver();
        let mut last_error = None;
        for _ in 0..START_ATTEMPTS {
            let port = free_port_pair()?;
            let mut command = Command::new(&program);
            command
                .arg("--port")
                .arg(port.to_string())
                .arg("--native-port")
                .arg((port + 1).to_string())
                .env("LANG", "en_US.UTF-8")
                // These would win over LANG when the app picks its locale.
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env_remove("LANGUAGE")
                // It would open that database at start instead of showing the first-run screen.
                .env_remove("CRM_DATABASE_URL");
            for (name, value) in env {
                command.env(name, value);
            }
            let child = command.spawn().with_context(|| {
                format!(
                    "starting {}: install it with `cargo install tauri-driver --locked`, or run `cargo xtask test`",
                    program.display()
                )
            })?;
            let mut driver = TauriDriver {
                child: Some(child),
                port,
            };
            match driver.wait_until_listening().await {
                Ok(()) => return Ok(driver),
                Err(err) => last_error = Some(err),
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("tauri-driver did not start")))
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// tauri-driver's process id while it runs; the app it starts is below it.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    async fn wait_until_listening(&mut self) -> Result<()> {
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if tokio::net::TcpStream::connect(("127.0.0.1", self.port))
                .await
                .is_ok()
            {
                return Ok(());
            }
            if let Some(child) = self.child.as_mut()
                && let Some(status) = child.try_wait().context("checking on tauri-driver")?
            {
                self.child = None;
                bail!(
                    "tauri-driver exited at start ({status}); was port {} taken?",
                    self.port
                );
            }
            if Instant::now() > deadline {
                bail!(
                    "tauri-driver did not listen on port {} within {START_TIMEOUT:?}",
                    self.port
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        // Taken before tauri-driver goes: afterwards the app is no longer below it.
        let below = process_tree::descendants(child.id());
        process_tree::signal(&[child.id()], "-TERM");
        let deadline = Instant::now() + STOP_TIMEOUT;
        while Instant::now() < deadline && matches!(child.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(50));
        }
        if matches!(child.try_wait(), Ok(None)) {
            eprintln!("tauri-driver ignored SIGTERM for {STOP_TIMEOUT:?}; killing it");
            let _ = child.kill();
        }
        let _ = child.wait();
        process_tree::stop_all(&below, STOP_TIMEOUT);
    }
}

impl Drop for TauriDriver {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A port P such that P and P + 1 are both free right now.
fn free_port_pair() -> Result<u16> {
    for _ in 0..100 {
        let first = TcpListener::bind(("127.0.0.1", 0)).context("binding a local port")?;
        let port = first.local_addr()?.port();
        if port < u16::MAX && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return Ok(port);
        }
    }
    bail!("found no two adjacent free local ports")
}
