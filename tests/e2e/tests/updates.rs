//! The app's own updates against a release server on this machine: a correctly signed newer
//! version is offered at start with its notes, downloaded with its signature verified and made
//! ready to install; a package signed by another key, a tampered one, an old signed package
//! offered as the new version and a download cut short are each refused with their own message,
//! and an older version is never offered. The app keeps running throughout.
//!
//! Development builds take the release server and key from `ORIEL_UPDATE_ENDPOINT` and
//! `ORIEL_UPDATE_PUBKEY`; release builds only trust the key in `tauri.conf.json`.

use std::path::Path;

use anyhow::{Result, ensure};
use crm_e2e::AppSession;
use crm_e2e::ftl;
use crm_e2e::update_server::{Release, ReleaseKey, UpdateServer};

const NEWER: &str = "9.1.0";

/// Looks for an update from the home screen and opens what is offered.
async fn check_and_open_offer(app: &AppSession) -> Result<()> {
    app.click("update-check").await?;
    app.expect_shown("#update-offered button").await?.click().await?;
    app.expect_text_where("update-version", "the offered version", |text| {
        text.contains(NEWER)
    })
    .await
}

/// Downloads the offered version and expects it refused with error `code`.
async fn expect_download_refused(app: &AppSession, code: &str) -> Result<String> {
    check_and_open_offer(app).await?;
    app.click("update-download").await?;
    let error = app
        .expect_shown(&format!("#update-error[data-code='{code}']"))
        .await?;
    let message = error.text().await?;
    ensure!(
        app.all("#update-ready").await?.is_empty(),
        "a refused update must not be ready to install"
    );
    app.click("update-later").await?;
    app.expect_gone("#update-dialog").await?;
    Ok(message)
}

#[tokio::test]
async fn only_a_genuine_newer_version_is_offered_and_made_ready_to_install() -> Result<()> {
    let key = ReleaseKey::generate()?;
    let stranger = ReleaseKey::generate()?;
    let server = UpdateServer::start().await?;
    // Big enough to arrive in several pieces.
    let package: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    let genuine = Release {
        version: NEWER.to_owned(),
        notes: "Lists open faster.\nA new pipeline view.".to_owned(),
        signature: key.sign(&package, NEWER)?,
        package: package.clone(),
        cut_after: None,
    };
    server.publish(genuine.clone());

    let profile = tempfile::tempdir()?;
    let endpoint = server.endpoint();
    let pubkey = key.public_key()?;
    let app = AppSession::launch_in_with_env(
        profile.path(),
        &["--embedded".to_owned()],
        &[
            ("ORIEL_UPDATE_ENDPOINT", Path::new(&endpoint)),
            ("ORIEL_UPDATE_PUBKEY", Path::new(&pubkey)),
        ],
    )
    .await?;
    app.expect_opened_at_start().await?;
    let current = app.text("update-current").await?;

    // The look at start offers the new version, with its notes.
    app.expect_text_where("update-banner", "the start-up offer", |text| text.contains(NEWER))
        .await?;
    app.click("update-banner-open").await?;
    app.expect_text_where("update-notes", "the release notes", |text| {
        text.contains("Lists open faster.") && text.contains("A new pipeline view.")
    })
    .await?;
    app.click("update-later").await?;
    app.expect_gone("#update-dialog").await?;

    let refused = ftl::message("en", "error-update-refused")?;
    server.publish(Release {
        signature: stranger.sign(&package, NEWER)?,
        ..genuine.clone()
    });
    let message = expect_download_refused(&app, "update_refused").await?;
    ensure!(message == refused, "signed by another key: {message:?}");

    let mut tampered = package.clone();
    tampered[1_234_567] ^= 0x5a;
    server.publish(Release {
        package: tampered,
        ..genuine.clone()
    });
    let message = expect_download_refused(&app, "update_refused").await?;
    ensure!(message == refused, "tampered package: {message:?}");

    // A genuine older package whose server claims it is the newer version.
    server.publish(Release {
        signature: key.sign(&package, "0.0.9")?,
        ..genuine.clone()
    });
    let message = expect_download_refused(&app, "update_refused").await?;
    ensure!(message == refused, "old package offered as new: {message:?}");

    server.publish(Release {
        cut_after: Some(1_000_000),
        ..genuine.clone()
    });
    let message = expect_download_refused(&app, "update_interrupted").await?;
    ensure!(!message.is_empty(), "the interrupted download says so");

    // An older version, even correctly signed, is not offered.
    server.publish(Release {
        version: "0.0.9".to_owned(),
        signature: key.sign(&package, "0.0.9")?,
        ..genuine.clone()
    });
    app.click("update-check").await?;
    app.expect_text("update-latest", &ftl::message("en", "updates-latest")?)
        .await?;

    server.publish(genuine);
    check_and_open_offer(&app).await?;
    app.click("update-download").await?;
    app.expect_text("update-ready", &ftl::message("en", "updates-verified")?)
        .await?;
    app.expect_visible("update-install").await?;
    app.screenshot("update-ready").await?;
    app.click("update-later").await?;

    // Still the same running version, and still working.
    ensure!(
        app.text("update-current").await? == current,
        "the running version changed"
    );
    app.open_list("company").await?;
    app.close().await
}
