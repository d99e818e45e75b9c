//! A minimal IMAP server for tests: it listens on 127.0.0.1 on a free port and answers LOGIN,
//! EXAMINE, UID FETCH (whole messages) and LOGOUT over a real TCP conversation, serving the
//! messages it was given per box. It can refuse every login, and records the commands it got.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// The boxes served: box name → (UID, message).
pub type Boxes = BTreeMap<String, Vec<(u32, Vec<u8>)>>;

pub struct ImapServer {
    pub port: u16,
    commands: Arc<Mutex<Vec<String>>>,
}

impl ImapServer {
    /// Starts a server in the background of the current runtime, accepting `user`/`password`
    /// unless `refuse_login`.
    pub async fn start(boxes: Boxes, user: &str, password: &str, refuse_login: bool) -> ImapServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let commands = Arc::new(Mutex::new(Vec::new()));
        let shared = commands.clone();
        let login = format!("LOGIN \"{user}\" \"{password}\"");
        let boxes = Arc::new(boxes);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (shared, boxes, login) = (shared.clone(), boxes.clone(), login.clone());
                tokio::spawn(async move {
                    let _ = converse(stream, &boxes, &login, refuse_login, &shared).await;
                });
            }
        });
        ImapServer { port, commands }
    }

    /// The commands received so far, without their tags.
    pub fn commands(&self) -> Vec<String> {
        self.commands.lock().expect("lock").clone()
    }
}

/// The UIDs of `set` (`n`, `n:m` or `n:*`) among `uids`; `n:*` always includes the highest.
fn in_set(set: &str, uids: &[u32]) -> Vec<u32> {
    let highest = uids.iter().copied().max().unwrap_or(0);
    let (from, to) = match set.split_once(':') {
        Some((from, "*")) => (from.parse().unwrap_or(0), u32::MAX),
        Some((from, to)) => (from.parse().unwrap_or(0), to.parse().unwrap_or(0)),
        None => {
            let one = set.parse().unwrap_or(0);
            (one, one)
        }
    };
    uids.iter()
        .copied()
        .filter(|uid| (from..=to).contains(uid) || (set.ends_with(":*") && *uid == highest))
        .collect()
}

async fn converse(
    stream: TcpStream,
    boxes: &Boxes,
    login: &str,
    refuse_login: bool,
    commands: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let (reader, mut writer) = stream.into_split();
    let mut reader = BufReader::new(reader);
    writer.write_all(b"* OK test IMAP ready\r\n").await?;
    let mut selected: Option<String> = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let line = line.trim_end();
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        commands.lock().expect("lock").push(command.to_owned());
        let upper = command.to_uppercase();
        let mut out: Vec<u8> = Vec::new();
        if upper.starts_with("LOGIN") {
            if command == login && !refuse_login {
                out.extend(format!("{tag} OK logged in\r\n").bytes());
            } else {
                out.extend(format!("{tag} NO [AUTHENTICATIONFAILED] invalid credentials\r\n").bytes());
            }
        } else if upper.starts_with("EXAMINE") {
            let name = command[8..].trim().trim_matches('"').to_owned();
            if let Some(messages) = boxes.get(&name) {
                out.extend(
                    format!("* {} EXISTS\r\n{tag} OK [READ-ONLY] examined\r\n", messages.len()).bytes(),
                );
                selected = Some(name);
            } else {
                out.extend(format!("{tag} NO no such mailbox\r\n").bytes());
            }
        } else if upper.starts_with("UID FETCH") {
            let set = command.split_whitespace().nth(2).unwrap_or_default();
            let messages = selected
                .as_ref()
                .and_then(|name| boxes.get(name))
                .cloned()
                .unwrap_or_default();
            let uids: Vec<u32> = messages.iter().map(|(uid, _)| *uid).collect();
            let wanted = in_set(set, &uids);
            for (sequence, (uid, raw)) in messages.iter().enumerate() {
                if wanted.contains(uid) {
                    out.extend(
                        format!("* {} FETCH (UID {uid} RFC822 {{{}}}\r\n", sequence + 1, raw.len()).bytes(),
                    );
                    out.extend(raw);
                    out.extend(b")\r\n");
                }
            }
            out.extend(format!("{tag} OK fetched\r\n").bytes());
        } else if upper.starts_with("LOGOUT") {
            writer
                .write_all(format!("* BYE\r\n{tag} OK bye\r\n").as_bytes())
                .await?;
            return Ok(());
        } else {
            out.extend(format!("{tag} BAD unknown command\r\n").bytes());
        }
        writer.write_all(&out).await?;
    }
}
