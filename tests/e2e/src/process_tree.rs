//! The processes below tauri-driver: `WebKitWebDriver`, the app and the app's `WebKit` helpers. The app
//! can outlive a stopped tauri-driver (it is re-parented, not stopped), keeping the test's output
//! pipes open and its profile busy, so teardown stops each of them by id.

use std::collections::HashMap;
use std::process::Command;
use std::time::{Duration, Instant};

/// Every process below `root`, read from `/proc` (empty where there is no `/proc`).
pub fn descendants(root: u32) -> Vec<u32> {
    let children = children_by_parent();
    let mut found = Vec::new();
    let mut queue = vec![root];
    while let Some(parent) = queue.pop() {
        if let Some(kids) = children.get(&parent) {
            found.extend(kids);
            queue.extend(kids);
        }
    }
    found
}

/// Sends SIGTERM to the processes still running, waits up to `timeout` for them to exit, then
/// sends SIGKILL to whatever is left.
pub fn stop_all(pids: &[u32], timeout: Duration) {
    let running: Vec<u32> = pids.iter().copied().filter(|&pid| is_running(pid)).collect();
    if running.is_empty() {
        return;
    }
    signal(&running, "-TERM");
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if !running.iter().any(|&pid| is_running(pid)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let left: Vec<u32> = running.into_iter().filter(|&pid| is_running(pid)).collect();
    if !left.is_empty() {
        eprintln!("processes {left:?} ignored SIGTERM for {timeout:?}; killing them");
        signal(&left, "-KILL");
    }
}

pub fn signal(pids: &[u32], signal: &str) {
    let _ = Command::new("kill")
        .arg(signal)
        .args(pids.iter().map(ToString::to_string))
        .status();
}

/// A zombie has exited; only its parent's bookkeeping is left.
fn is_running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| parse_stat(&stat))
        .is_some_and(|(state, _)| state != 'Z')
}

fn children_by_parent() -> HashMap<u32, Vec<u32>> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return children;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|name| name.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        if let Some((_, parent)) = parse_stat(&stat) {
            children.entry(parent).or_default().push(pid);
        }
    }
    children
}

/// State and parent id from `/proc/<pid>/stat`: "pid (comm) state ppid ...". The command name may
/// itself contain spaces and parentheses, so the fields are read after its last ')'.
fn parse_stat(stat: &str) -> Option<(char, u32)> {
    let (_, rest) = stat.rsplit_once(')')?;
    let mut fields = rest.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let parent = fields.next()?.parse().ok()?;
    Some((state, parent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_stat_reads_past_a_command_name_with_parentheses() {
        assert_eq!(parse_stat("4242 (Web (Content)) S 17 4242 0"), Some(('S', 17)));
        assert_eq!(parse_stat("7 (oriel-crm) Z 1 7 0"), Some(('Z', 1)));
        assert_eq!(parse_stat("garbage"), None);
    }

    #[test]
    fn descendants_include_grandchildren() -> anyhow::Result<()> {
        let mut shell = Command::new("sh").args(["-c", "sleep 30 & wait"]).spawn()?;
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut found = descendants(shell.id());
        while found.is_empty() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
            found = descendants(shell.id());
        }
        stop_all(&found, Duration::from_secs(5));
        shell.wait()?;
        assert_eq!(found.len(), 1, "the sleep below the shell");
        Ok(())
    }
}
