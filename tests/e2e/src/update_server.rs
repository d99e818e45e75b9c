//! A release server on 127.0.0.1 for the app's updater, and a release key to sign with: the
//! server answers `latest.json` and the package as the test last published them, and can cut a
//! download short the way a dropped connection does.

use std::sync::{Arc, Mutex, PoisonError};

use anyhow::{Context, Result};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

const MANIFEST_PATH: &str = "/latest.json";
const PACKAGE_PATH: &str = "/oriel-crm_amd64.deb";

/// A minisign key pair as `tauri signer generate` makes one.
pub struct ReleaseKey {
    keys: minisign::KeyPair,
}

impl ReleaseKey {
    pub fn generate() -> Result<Self> {
        Ok(ReleaseKey {
            keys: minisign::KeyPair::generate_unencrypted_keypair().context("generating a release key")?,
        })
    }

    /// The public key as `tauri.conf.json` holds it: base64 of the minisign public key file.
    pub fn public_key(&self) -> Result<String> {
        let text = self
            .keys
            .pk
            .to_box()
            .context("boxing the public key")?
            .into_string();
        Ok(STANDARD.encode(text))
    }

    /// A `.sig` file's content for `package` of `version`, as the tauri bundler signs it: base64
    /// of the minisign signature file, the version in its trusted comment.
    pub fn sign(&self, package: &[u8], version: &str) -> Result<String> {
        let comment = format!("timestamp:1764000000\tfile:oriel-crm_amd64.deb\tversion:{version}");
        let signature = minisign::sign(Some(&self.keys.pk), &self.keys.sk, package, Some(&comment), None)
            .context("signing the package")?;
        Ok(STANDARD.encode(signature.into_string()))
    }
}

/// What the server offers.
#[derive(Clone)]
pub struct Release {
    pub version: String,
    pub notes: String,
    pub signature: String,
    pub package: Vec<u8>,
    /// Close the connection after this many bytes of the package, having announced them all.
    pub cut_after: Option<usize>,
}

pub struct UpdateServer {
    port: u16,
    release: Arc<Mutex<Option<Release>>>,
    task: JoinHandle<()>,
}

impl UpdateServer {
    pub async fn start() -> Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .context("binding the update server")?;
        let port = listener.local_addr()?.port();
        let release = Arc::new(Mutex::new(None));
        let served = Arc::clone(&release);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let release = served.lock().unwrap_or_else(PoisonError::into_inner).clone();
                tokio::spawn(async move {
                    if let Err(err) = answer(stream, release, port).await {
                        eprintln!("update server: {err:#}");
                    }
                });
            }
        });
        Ok(UpdateServer { port, release, task })
    }

    /// The manifest's URL, as the app's `endpoints` name it.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}{MANIFEST_PATH}", self.port)
    }

    /// What the next requests get.
    pub fn publish(&self, release: Release) {
        *self.release.lock().unwrap_or_else(PoisonError::into_inner) = Some(release);
    }
}

impl Drop for UpdateServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn answer(mut stream: TcpStream, release: Option<Release>, port: u16) -> Result<()> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 1024];
    while !request.windows(4).any(|window| window == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).await?;
        if read == 0 {
            return Ok(());
        }
        request.extend_from_slice(&buffer[..read]);
    }
    let head = String::from_utf8_lossy(&request);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let Some(release) = release else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"nothing published",
            None,
        )
        .await;
    };
    match path.as_str() {
        MANIFEST_PATH => {
            let manifest = json!({
                "version": release.version,
                "notes": release.notes,
                "pub_date": "2026-12-01T09:30:00Z",
                "platforms": {
                    "linux-x86_64": {
                        "signature": release.signature,
                        "url": format!("http://127.0.0.1:{port}{PACKAGE_PATH}"),
                    }
                }
            });
            respond(
                &mut stream,
                "200 OK",
                "application/json",
                manifest.to_string().as_bytes(),
                None,
            )
            .await
        }
        PACKAGE_PATH => {
            respond(
                &mut stream,
                "200 OK",
                "application/octet-stream",
                &release.package,
                release.cut_after,
            )
            .await
        }
        _ => respond(&mut stream, "404 Not Found", "text/plain", b"no such file", None).await,
    }
}

async fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    cut_after: Option<usize>,
) -> Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    let sent = cut_after.map_or(body, |cut| &body[..cut.min(body.len())]);
    // In slices, so the app sees the download progress.
    for chunk in sent.chunks(64 * 1024) {
        stream.write_all(chunk).await?;
        stream.flush().await?;
    }
    stream.shutdown().await?;
    Ok(())
}
