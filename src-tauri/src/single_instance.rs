//! One running app per profile: a second launch hands over to the running one, which comes to
//! the front, and exits before it opens a window.
//!
//! The running app listens on a loopback port that it names, with a random token, in the
//! profile's `instance` file. A launch that reaches it with that token is the second one. A file
//! left by a crashed app reaches nobody (or something that does not know the token) and is taken
//! over. Loopback TCP rather than a platform bus: the same code on every OS, and keyed by the
//! profile, so separate profiles stay separate.

use std::hash::{BuildHasher, Hasher};
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

const FILE_NAME: &str = "instance";
const HELLO: &str = "oriel-crm show";
const WELCOME: &str = "shown";
/// How long a launch waits for the running app to answer: it is on this machine.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(2);

/// The outcome of a launch's claim on its profile.
pub enum Claim {
    /// No app was running on this profile: this launch is it, and listens for later ones.
    First(Primary),
    /// The app already running on this profile was asked to come to the front.
    HandedOver,
}

/// The listening side of the running app (none when it could not listen).
pub struct Primary {
    listening: Option<(TcpListener, String)>,
}

/// Claims the profile in `dir`. Any failure to listen leaves this launch running on its own:
/// a second window is better than no window.
pub fn claim(dir: &Path) -> Claim {
    let file = dir.join(FILE_NAME);
    if let Some((port, token)) = read_instance_file(&file)
        && ask_to_show(port, &token)
    {
        return Claim::HandedOver;
    }
    let listening = listen(&file)
        .inspect_err(|err| eprintln!("later launches will open their own window: {err}"))
        .ok();
    Claim::First(Primary { listening })
}

impl Primary {
    /// Answers later launches on a thread of its own, calling `show` for each.
    pub fn serve(self, show: impl Fn() + Send + 'static) {
        let Some((listener, token)) = self.listening else {
            return;
        };
        let spawned = std::thread::Builder::new()
            .name("single-instance".into())
            .spawn(move || {
                for stream in listener.incoming().flatten() {
                    if greeted_with(&stream, &token) {
                        // Shown before the answer, so the later launch exits only once the
                        // window is on its way to the front.
                        show();
                        let _ = (&stream).write_all(format!("{WELCOME}\n").as_bytes());
                    }
                }
            });
        if let Err(err) = spawned {
            eprintln!("later launches will open their own window: {err}");
        }
    }
}

fn listen(file: &Path) -> std::io::Result<(TcpListener, String)> {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
    let port = listener.local_addr()?.port();
    let token = format!(
        "{:016x}",
        std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish()
    );
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp: PathBuf = file.with_extension("tmp");
    std::fs::write(&tmp, format!("{port} {token}\n"))?;
    std::fs::rename(&tmp, file)?;
    Ok((listener, token))
}

fn read_instance_file(file: &Path) -> Option<(u16, String)> {
    let text = std::fs::read_to_string(file).ok()?;
    let (port, token) = text.trim().split_once(' ')?;
    Some((port.parse().ok()?, token.to_owned()))
}

/// Whether an app answering to `token` listens on `port` and agreed to come to the front.
fn ask_to_show(port: u16, token: &str) -> bool {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut stream) = TcpStream::connect_timeout(&address, ANSWER_TIMEOUT) else {
        return false;
    };
    if stream.set_read_timeout(Some(ANSWER_TIMEOUT)).is_err()
        || stream.write_all(format!("{HELLO} {token}\n").as_bytes()).is_err()
    {
        return false;
    }
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer).is_ok() && answer.trim() == WELCOME
}

fn greeted_with(stream: &TcpStream, token: &str) -> bool {
    if stream.set_read_timeout(Some(ANSWER_TIMEOUT)).is_err() {
        return false;
    }
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).is_ok() && line.trim() == format!("{HELLO} {token}")
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[test]
    fn a_second_launch_on_the_same_profile_hands_over_and_the_first_is_shown() {
        let dir = tempfile::tempdir().expect("temp dir");
        let shown = Arc::new(AtomicUsize::new(0));
        let Claim::First(primary) = claim(dir.path()) else {
            panic!("the first launch must run");
        };
        let counter = Arc::clone(&shown);
        primary.serve(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        assert!(matches!(claim(dir.path()), Claim::HandedOver));
        assert!(matches!(claim(dir.path()), Claim::HandedOver));
        assert_eq!(shown.load(Ordering::SeqCst), 2);

        let other = tempfile::tempdir().expect("temp dir");
        assert!(
            matches!(claim(other.path()), Claim::First(_)),
            "another profile runs its own app"
        );
    }

    #[test]
    fn a_file_left_by_a_crashed_app_is_taken_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A port nobody listens on any more.
        let gone = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = gone.local_addr().expect("addr").port();
        drop(gone);
        std::fs::write(dir.path().join(FILE_NAME), format!("{port} 0123\n")).expect("write");
        assert!(matches!(claim(dir.path()), Claim::First(_)));

        // Something else now on the port, which does not know the token.
        let stranger = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = stranger.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            for stream in stranger.incoming().flatten() {
                let _ = (&stream).write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n");
            }
        });
        std::fs::write(dir.path().join(FILE_NAME), format!("{port} 0123\n")).expect("write");
        assert!(matches!(claim(dir.path()), Claim::First(_)));
    }
}
