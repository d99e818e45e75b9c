//! A minimal SMTP server for tests: it listens on 127.0.0.1 on a free port, speaks enough of the
//! protocol for a real client (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT), records
//! what it received, and can refuse a recipient or every login.

use std::sync::{Arc, Mutex};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// What the server does differently from accepting everything.
#[derive(Debug, Clone, Default)]
pub struct Behaviour {
    /// This recipient is refused with 550.
    pub refuse_recipient: Option<String>,
    /// Every login is refused with 535.
    pub refuse_login: bool,
}

/// One message as the server received it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Delivery {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The DATA, dot-unstuffed, without the final dot line.
    pub data: String,
}

/// Everything the server saw.
#[derive(Debug, Clone, Default)]
pub struct Received {
    /// Every command line, in order.
    pub commands: Vec<String>,
    /// (user, password) of each AUTH PLAIN.
    pub logins: Vec<(String, String)>,
    /// The messages accepted after DATA.
    pub deliveries: Vec<Delivery>,
}

pub struct SmtpServer {
    pub port: u16,
    received: Arc<Mutex<Received>>,
}

impl SmtpServer {
    /// Starts a server in the background of the current runtime.
    pub async fn start(behaviour: Behaviour) -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let received = Arc::new(Mutex::new(Received::default()));
        let shared = received.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = shared.clone();
                let behaviour = behaviour.clone();
                tokio::spawn(async move {
                    let _ = converse(stream, &behaviour, &shared).await;
                });
            }
        });
        SmtpServer { port, received }
    }

    /// What the server received so far.
    pub fn received(&self) -> Received {
        self.received.lock().expect("lock").clone()
    }
}

fn angle_address(argument: &str) -> String {
    let start = argument.find('<').map_or(0, |i| i + 1);
    let end = argument.rfind('>').unwrap_or(argument.len());
    argument[start..end].to_owned()
}

async fn converse(
    stream: TcpStream,
    behaviour: &Behaviour,
    received: &Mutex<Received>,
) -> std::io::Result<()> {
    let (reader, mut writer) = stream.into_split();
    let mut reader = BufReader::new(reader);
    writer.write_all(b"220 test.invalid ESMTP ready\r\n").await?;
    let mut current = Delivery::default();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let line = line.trim_end().to_owned();
        received.lock().expect("lock").commands.push(line.clone());
        let upper = line.to_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            "250-test.invalid\r\n250-AUTH PLAIN\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n".into()
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            "250 ok\r\n".into()
        } else if upper.starts_with("AUTH PLAIN") {
            let encoded = line.split_whitespace().nth(2).unwrap_or_default();
            let decoded = STANDARD.decode(encoded).unwrap_or_default();
            let parts: Vec<String> = decoded
                .split(|b| *b == 0)
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect();
            let login = (
                parts.get(1).cloned().unwrap_or_default(),
                parts.get(2).cloned().unwrap_or_default(),
            );
            received.lock().expect("lock").logins.push(login);
            if behaviour.refuse_login {
                "535 5.7.8 Authentication credentials invalid\r\n".into()
            } else {
                "235 2.7.0 Authentication successful\r\n".into()
            }
        } else if upper.starts_with("MAIL FROM:") {
            current = Delivery {
                mail_from: angle_address(&line),
                ..Delivery::default()
            };
            "250 2.1.0 ok\r\n".into()
        } else if upper.starts_with("RCPT TO:") {
            let recipient = angle_address(&line);
            if behaviour.refuse_recipient.as_deref() == Some(recipient.as_str()) {
                "550 5.1.1 No such user here\r\n".into()
            } else {
                current.rcpt_to.push(recipient);
                "250 2.1.5 ok\r\n".into()
            }
        } else if upper == "DATA" {
            writer
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = String::new();
            loop {
                let mut data_line = String::new();
                if reader.read_line(&mut data_line).await? == 0 {
                    return Ok(());
                }
                if data_line == ".\r\n" || data_line == ".\n" {
                    break;
                }
                let unstuffed = data_line.strip_prefix('.').unwrap_or(&data_line);
                data.push_str(unstuffed);
            }
            current.data = data;
            received
                .lock()
                .expect("lock")
                .deliveries
                .push(std::mem::take(&mut current));
            "250 2.0.0 queued\r\n".into()
        } else if upper.starts_with("RSET") {
            current = Delivery::default();
            "250 ok\r\n".into()
        } else if upper.starts_with("QUIT") {
            writer.write_all(b"221 2.0.0 bye\r\n").await?;
            return Ok(());
        } else {
            "502 5.5.2 command not recognised\r\n".into()
        };
        writer.write_all(reply.as_bytes()).await?;
    }
}
