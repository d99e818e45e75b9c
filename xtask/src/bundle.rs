//! `cargo xtask bundle`: the Linux installers (.deb and .rpm) of a release build, each with the
//! updater signature made with the release key, which is then checked against the public key in
//! tauri.conf.json before the sizes are reported.
//!
//! The private key never lives in the repository: it comes from `TAURI_SIGNING_PRIVATE_KEY` (the
//! key or a path to it) and `TAURI_SIGNING_PRIVATE_KEY_PASSWORD`, as release CI passes its
//! secrets. `--unsigned` builds installers without updater artifacts, for trying a package.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail, ensure};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::deps;
use crate::process;
use crate::workspace::Workspace;

const FORMATS: [&str; 2] = ["deb", "rpm"];
const KEY_VARIABLE: &str = "TAURI_SIGNING_PRIVATE_KEY";

pub fn bundle(workspace: &Workspace, unsigned: bool) -> Result<()> {
    if !unsigned && std::env::var_os(KEY_VARIABLE).is_none() {
        bail!(
            "{KEY_VARIABLE} is not set: the updater signatures need the release key (see \
             docs/updates.md), or pass --unsigned for installers without them"
        );
    }
    deps::ensure(workspace)?;
    let mut build = workspace.command(tauri_cli(workspace));
    build.args(["build", "--bundles", &FORMATS.join(",")]);
    if unsigned {
        build.args(["--config", r#"{"bundle":{"createUpdaterArtifacts":false}}"#]);
    }
    process::run(&mut build)?;

    let bundle_dir = workspace.target_dir()?.join("release").join("bundle");
    let release = if unsigned {
        None
    } else {
        Some(release_config(workspace)?)
    };
    println!("\n{:<48} {:>10}  updater signature", "installer", "size");
    for format in FORMATS {
        for installer in files_with_extension(&bundle_dir.join(format), format)? {
            let size = std::fs::metadata(&installer)?.len();
            let signature = match &release {
                None => "none (--unsigned)".to_owned(),
                Some((key, version)) => {
                    sign(&installer, &release_secret_key()?, version)?;
                    verify(&installer, key, version)?
                }
            };
            println!(
                "{:<48} {:>10}  {signature}",
                installer.file_name().unwrap_or_default().to_string_lossy(),
                mebibytes(size)
            );
        }
    }
    println!("\nin {}", bundle_dir.display());
    Ok(())
}

/// `cargo xtask sign`: signs and checks packages bundled on another system.
pub fn sign_files(workspace: &Workspace, files: &[PathBuf]) -> Result<()> {
    let (public, version) = release_config(workspace)?;
    let secret = release_secret_key()?;
    for file in files {
        sign(file, &secret, &version)?;
        println!("{}: {}", file.display(), verify(file, &public, &version)?);
    }
    Ok(())
}

/// The tauri CLI that `npm install` put in ui/node_modules.
fn tauri_cli(workspace: &Workspace) -> PathBuf {
    let name = if cfg!(windows) { "tauri.cmd" } else { "tauri" };
    workspace.ui_dir().join("node_modules").join(".bin").join(name)
}

/// The updater's public key and the app's version, from tauri.conf.json.
fn release_config(workspace: &Workspace) -> Result<(minisign_verify::PublicKey, String)> {
    let config_path = workspace.root().join("tauri.conf.json");
    let config: serde_json::Value = serde_json::from_slice(
        &std::fs::read(&config_path).with_context(|| format!("reading {}", config_path.display()))?,
    )?;
    let encoded = config["plugins"]["updater"]["pubkey"]
        .as_str()
        .context("tauri.conf.json has no plugins.updater.pubkey")?;
    let version = config["version"]
        .as_str()
        .context("tauri.conf.json has no version")?
        .to_owned();
    let text = String::from_utf8(STANDARD.decode(encoded)?)?;
    let key = minisign_verify::PublicKey::decode(&text).context("reading the updater public key")?;
    Ok((key, version))
}

/// The release key from `TAURI_SIGNING_PRIVATE_KEY` (the key itself or the path of its file, as
/// the Tauri CLI takes it) and `TAURI_SIGNING_PRIVATE_KEY_PASSWORD`.
fn release_secret_key() -> Result<minisign::SecretKey> {
    let value = std::env::var(KEY_VARIABLE).with_context(|| format!("{KEY_VARIABLE} is not set"))?;
    let encoded = if Path::new(&value).is_file() {
        std::fs::read_to_string(&value).with_context(|| format!("reading {value}"))?
    } else {
        value
    };
    let password = std::env::var("TAURI_SIGNING_PRIVATE_KEY_PASSWORD").unwrap_or_default();
    secret_key_of(&encoded, password)
}

/// A key as `tauri signer generate` writes it: base64 of a minisign secret key file.
fn secret_key_of(encoded: &str, password: String) -> Result<minisign::SecretKey> {
    let text = String::from_utf8(STANDARD.decode(encoded.trim())?)?;
    minisign::SecretKeyBox::from_string(&text)
        .and_then(|key| key.into_secret_key(Some(password)))
        .context("reading the release key (is TAURI_SIGNING_PRIVATE_KEY_PASSWORD right?)")
}

/// Writes `installer`'s `.sig` as the updater reads it (base64 of a minisign signature), its
/// trusted comment naming the file and `version`. The Tauri CLI's own signature names no
/// version, and the installed apps refuse a package whose signature does not name the version
/// offered (`requireSignedVersion`), so an old package cannot be passed off as a new one.
fn sign(installer: &Path, key: &minisign::SecretKey, version: &str) -> Result<()> {
    let file = installer
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let timestamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or_default();
    let trusted = format!("timestamp:{timestamp}\tfile:{file}\tversion:{version}");
    let bytes = std::fs::read(installer).with_context(|| format!("reading {}", installer.display()))?;
    let signature = minisign::sign(
        None,
        key,
        bytes.as_slice(),
        Some(&trusted),
        Some("signature from the Oriel CRM release key"),
    )
    .with_context(|| format!("signing {}", installer.display()))?;
    let sig_path = PathBuf::from(format!("{}.sig", installer.display()));
    std::fs::write(&sig_path, STANDARD.encode(signature.into_string()))
        .with_context(|| format!("writing {}", sig_path.display()))
}

/// Checks `installer` against its `.sig` file, the release key and the app's version: the
/// installed apps require the signed version to be the one offered (`requireSignedVersion`), so
/// a signature without it, or with another, would be refused by every one of them.
fn verify(installer: &Path, key: &minisign_verify::PublicKey, version: &str) -> Result<String> {
    let sig_path = PathBuf::from(format!("{}.sig", installer.display()));
    let encoded =
        std::fs::read_to_string(&sig_path).with_context(|| format!("reading {}", sig_path.display()))?;
    let signature =
        minisign_verify::Signature::decode(&String::from_utf8(STANDARD.decode(encoded.trim())?)?)?;
    let bytes = std::fs::read(installer)?;
    key.verify(&bytes, &signature, true).with_context(|| {
        format!(
            "{} is not signed by the key in tauri.conf.json: was the matching private key used?",
            installer.display()
        )
    })?;
    let signed = signature
        .trusted_comment()
        .split('\t')
        .find_map(|field| field.strip_prefix("version:"));
    match signed {
        Some(signed) if signed.trim_start_matches('v') == version.trim_start_matches('v') => {
            Ok(format!("verified ({signed})"))
        }
        Some(signed) => bail!(
            "{} is signed for version {signed}, but tauri.conf.json says {version}",
            installer.display()
        ),
        None => bail!(
            "{}'s signature names no version: the installed apps would refuse it (use a Tauri CLI \
             that records it)",
            installer.display()
        ),
    }
}

fn files_with_extension(dir: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    files.sort();
    ensure!(!files.is_empty(), "no .{extension} in {}", dir.display());
    Ok(files)
}

fn mebibytes(bytes: u64) -> String {
    // Display only: two decimals of a size well below 2^52 bytes.
    #[allow(clippy::cast_precision_loss)]
    let value = bytes as f64 / 1_048_576.0;
    format!("{value:.2} MiB")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn release_key(password: &str) -> (String, minisign_verify::PublicKey) {
        let pair =
            minisign::KeyPair::generate_encrypted_keypair(Some(password.to_owned())).expect("key pair");
        let secret = STANDARD.encode(pair.sk.to_box(None).expect("secret box").into_string());
        let public = minisign_verify::PublicKey::decode(&pair.pk.to_box().expect("public box").into_string())
            .expect("public key");
        (secret, public)
    }

    #[test]
    fn an_installer_is_signed_for_its_version_and_checked_against_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let installer = dir.path().join("Oriel CRM_1.2.3_amd64.deb");
        std::fs::write(&installer, b"package bytes").expect("write");
        let (secret, public) = release_key("release password");
        let key = secret_key_of(&secret, "release password".to_owned()).expect("key");

        sign(&installer, &key, "1.2.3").expect("signed");
        assert_eq!(
            verify(&installer, &public, "1.2.3").expect("verified"),
            "verified (1.2.3)"
        );
        assert!(
            verify(&installer, &public, "1.2.4").is_err(),
            "another version is refused"
        );

        std::fs::write(&installer, b"package bytes, altered").expect("write");
        assert!(
            verify(&installer, &public, "1.2.3").is_err(),
            "an altered installer is refused"
        );
    }

    #[test]
    fn a_wrong_password_is_told_rather_than_signing_garbage() {
        let (secret, _) = release_key("right");
        assert!(secret_key_of(&secret, "wrong".to_owned()).is_err());
    }
}
