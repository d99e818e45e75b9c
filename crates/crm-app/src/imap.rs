//! The IMAP [`Mailbox`] of the import (R-EMAIL-10): one connection per fetch, implicit TLS through
//! rustls (port 993 style) or plain TCP, `LOGIN`, a read-only `EXAMINE` of the box, and
//! `UID FETCH` of whole messages. Only the few commands the import needs are spoken.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::rustls::{ClientConfig, RootCertStore};

use crate::mail_import::{FetchFuture, FetchedMessage, Folder, Mailbox};

/// How long one exchange with the server may take.
const STEP_TIMEOUT: Duration = Duration::from_mins(1);
/// The largest message accepted (a literal larger than this is refused as a broken answer).
const MESSAGE_MAX: usize = 64 * 1024 * 1024;

/// Where and as whom the mailboxes are read: an account's IMAP side with its secret resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImapAccount {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: String,
    /// Implicit TLS; without it the connection is plain (a local or tunnelled server).
    pub tls: bool,
    /// The name of the box sent messages are kept in (`Sent` on most servers).
    pub sent_folder: String,
}

/// Reads the mailboxes of one account over IMAP.
#[derive(Debug, Clone)]
pub struct ImapMailbox {
    pub account: ImapAccount,
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// One untagged answer: its text, and the literal it carried (a message).
struct Untagged {
    text: String,
    literal: Option<Vec<u8>>,
}

struct Connection {
    io: BufReader<Box<dyn Stream>>,
    tag: u32,
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The size of the literal a line announces (`… {123}`), if it announces one.
fn literal_size(line: &str) -> Option<usize> {
    let line = line.trim_end();
    let open = line.rfind('{')?;
    line.strip_suffix('}')?[open + 1..].parse().ok()
}

/// The UID a FETCH answer names.
fn uid_in(text: &str) -> Option<u32> {
    let upper = text.to_uppercase();
    let at = upper.find("UID ")? + 4;
    upper[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|digits| digits.parse().ok())
}

impl Connection {
    async fn open(account: &ImapAccount) -> Result<Connection, String> {
        let tcp = timeout(
            STEP_TIMEOUT,
            TcpStream::connect((account.host.as_str(), account.port)),
        )
        .await
        .map_err(|_| "connection timed out".to_owned())?
        .map_err(|e| e.to_string())?;
        let io: Box<dyn Stream> = if account.tls {
            let roots: RootCertStore = webpki_roots::TLS_SERVER_ROOTS.iter().cloned().collect();
            let config = ClientConfig::builder()
                .with_root_certificates(roots)
                .with_no_client_auth();
            let name = ServerName::try_from(account.host.clone()).map_err(|e| e.to_string())?;
            let tls = TlsConnector::from(Arc::new(config))
                .connect(name, tcp)
                .await
                .map_err(|e| e.to_string())?;
            Box::new(tls)
        } else {
            Box::new(tcp)
        };
        let mut connection = Connection {
            io: BufReader::new(io),
            tag: 0,
        };
        let greeting = connection.line().await?;
        if greeting.starts_with("* OK") || greeting.starts_with("* PREAUTH") {
            Ok(connection)
        } else {
            Err(format!("unexpected greeting: {}", greeting.trim_end()))
        }
    }

    async fn line(&mut self) -> Result<String, String> {
        let mut bytes = Vec::new();
        let read = timeout(STEP_TIMEOUT, self.io.read_until(b'\n', &mut bytes))
            .await
            .map_err(|_| "the server did not answer in time".to_owned())?
            .map_err(|e| e.to_string())?;
        if read == 0 {
            return Err("the server closed the connection".into());
        }
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Sends `command` and collects the untagged answers until the tagged one, which must be OK.
    async fn run(&mut self, command: &str) -> Result<Vec<Untagged>, String> {
        self.tag += 1;
        let tag = format!("o{}", self.tag);
        self.io
            .get_mut()
            .write_all(format!("{tag} {command}\r\n").as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let mut answers: Vec<Untagged> = Vec::new();
        loop {
            let line = self.line().await?;
            if let Some(status) = line.strip_prefix(&format!("{tag} ")) {
                return if status.to_uppercase().starts_with("OK") {
                    Ok(answers)
                } else {
                    Err(status.trim_end().to_owned())
                };
            }
            let mut answer = Untagged {
                text: line,
                literal: None,
            };
            if let Some(size) = literal_size(&answer.text) {
                if size > MESSAGE_MAX {
                    return Err("a message too large to import".into());
                }
                let mut literal = vec![0; size];
                timeout(STEP_TIMEOUT, self.io.read_exact(&mut literal))
                    .await
                    .map_err(|_| "the server did not answer in time".to_owned())?
                    .map_err(|e| e.to_string())?;
                answer.literal = Some(literal);
                // The rest of the answer (e.g. ` UID 17)`) follows the literal.
                let rest = self.line().await?;
                answer.text.push_str(&rest);
            }
            answers.push(answer);
        }
    }

    async fn logout(mut self) {
        // The messages are read; a failing goodbye changes nothing.
        let _ = self.run("LOGOUT").await;
    }
}

impl ImapMailbox {
    /// The messages `set` (a UID set) of `folder` whose UID is above `after_uid`.
    async fn fetch_set(
        &self,
        folder: Folder,
        set: &str,
        after_uid: u32,
    ) -> Result<Vec<FetchedMessage>, String> {
        let account = &self.account;
        let mut connection = Connection::open(account).await?;
        connection
            .run(&format!(
                "LOGIN {} {}",
                quoted(&account.user),
                quoted(&account.password)
            ))
            .await
            .map_err(|e| format!("login refused: {e}"))?;
        let name = match folder {
            Folder::Inbox => "INBOX",
            Folder::Sent => account.sent_folder.as_str(),
        };
        connection.run(&format!("EXAMINE {}", quoted(name))).await?;
        let answers = connection.run(&format!("UID FETCH {set} (UID RFC822)")).await?;
        connection.logout().await;
        let mut messages: Vec<FetchedMessage> = answers
            .into_iter()
            .filter_map(|answer| {
                let uid = uid_in(&answer.text)?;
                Some(FetchedMessage {
                    uid,
                    raw: answer.literal?,
                })
            })
            .filter(|message| message.uid > after_uid)
            .collect();
        messages.sort_by_key(|m| m.uid);
        Ok(messages)
    }
}

impl Mailbox for ImapMailbox {
    fn fetch(&self, folder: Folder, after_uid: u32, limit: usize) -> FetchFuture<'_> {
        Box::pin(async move {
            // `n:*` always names the newest message, even below n: the UID filter drops it.
            let set = format!("{}:*", after_uid.saturating_add(1));
            let mut messages = self.fetch_set(folder, &set, after_uid).await?;
            messages.truncate(limit);
            Ok(messages)
        })
    }

    fn fetch_uid(&self, folder: Folder, uid: u32) -> FetchFuture<'_> {
        Box::pin(async move {
            let messages = self
                .fetch_set(folder, &uid.to_string(), uid.saturating_sub(1))
                .await?;
            Ok(messages.into_iter().filter(|m| m.uid == uid).collect())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_uids_are_read_from_fetch_answers() {
        assert_eq!(literal_size("* 1 FETCH (UID 17 RFC822 {342}\r\n"), Some(342));
        assert_eq!(literal_size("* 1 FETCH (FLAGS ())\r\n"), None);
        assert_eq!(uid_in("* 1 FETCH (UID 17 RFC822 {342}"), Some(17));
        assert_eq!(uid_in("* 1 FETCH (RFC822 {3}\r\n uid 9)"), Some(9));
        assert_eq!(quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
