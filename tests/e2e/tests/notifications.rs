//! Requests newly assigned to the signed-in user, as the real app tells of them: another user
//! assigns three requests — one while the app is stopped, one after the database connection was
//! cut — and the app shows each exactly once, in its notification list and as a native desktop
//! notification (read back from the test's own dunst). On PostgreSQL the app listens
//! (LISTEN/NOTIFY); on MariaDB and the embedded SQLite file it asks every second.

use anyhow::{Context, Result, ensure};
use crm_e2e::AppSession;
use crm_e2e::database::{Backend, Outside, TestDatabase};
use crm_e2e::ftl;
use crm_e2e::notification_daemon::{NotificationDaemon, Shown};
use serde_json::json;

/// Starts the app in `profile` on `database`, with its notifications going to `daemon`.
async fn launch(
    profile: &std::path::Path,
    database: &TestDatabase,
    daemon: &NotificationDaemon,
) -> Result<AppSession> {
    let app = AppSession::launch_in_with_env(
        profile,
        &database.launch_args()?,
        &[("DBUS_SESSION_BUS_ADDRESS", daemon.bus())],
    )
    .await?;
    app.expect_opened_at_start().await?;
    Ok(app)
}

/// `by` makes a pending request called `subject` with the app's user as its owner.
async fn assign(by: &Outside, to: i64, subject: &str) -> Result<i64> {
    let request = by
        .call(
            "request_create",
            json!({ "request_for": subject, "first_name": "Jörg", "owner_id": to }),
        )
        .await?;
    request["id"].as_i64().context("the request has an id")
}

/// The texts of the request entries in the open notification list.
async fn listed(app: &AppSession) -> Result<Vec<String>> {
    let mut texts = Vec::new();
    for entry in app.all("#notice-panel [data-request-id]").await? {
        texts.push(entry.text().await?);
    }
    Ok(texts)
}

/// Waits until the open notification list shows `subject`; the list follows each announcement at
/// once, so this does not wait for the bell's slow poll.
async fn listed_soon(app: &AppSession, subject: &str) -> Result<()> {
    app.wait_for(&format!("{subject} in the notification list"), async || {
        Ok((times(&listed(app).await?, subject) > 0).then_some(()))
    })
    .await
}

fn times(texts: &[String], subject: &str) -> usize {
    texts.iter().filter(|text| text.contains(subject)).count()
}

fn popups_about<'a>(shown: &'a [Shown], subject: &str) -> Vec<&'a Shown> {
    shown
        .iter()
        .filter(|popup| popup.body.contains(subject))
        .collect()
}

async fn three_assignments_are_told_once(backend: Backend, suffix: &str) -> Result<()> {
    let Some(database) = TestDatabase::create(backend).await? else {
        return Ok(());
    };
    let profile = tempfile::Builder::new().prefix("oriel-e2e-notify-").tempdir()?;
    let daemon = NotificationDaemon::start()?;
    let outcome = scenario(&database, profile.path(), &daemon, suffix).await;
    database.remove().await;
    outcome
}

async fn scenario(
    database: &TestDatabase,
    profile: &std::path::Path,
    daemon: &NotificationDaemon,
    suffix: &str,
) -> Result<()> {
    let [first, second, third] = ["Lamps", "Drills", "Saws"].map(|s| format!("{s} for {suffix}"));
    let app = launch(profile, database, daemon).await?;
    let me = database.outside(&app).await?;
    let bob = me.new_administrator("bob").await?;

    let result = async {
        app.click_on("#notice-bell").await?;
        app.expect_shown("#notice-panel").await?;
        let first_id = assign(&bob, me.user_id(), &first).await?;
        listed_soon(&app, &first).await?;
        // The connection drops (a server restart, a flaky network): the app connects again and
        // neither misses nor repeats anything.
        bob.cut_other_connections().await;
        assign(&bob, me.user_id(), &second).await?;
        listed_soon(&app, &second).await?;
        anyhow::Ok(first_id)
    }
    .await;
    let result = match result {
        Ok(first_id) => Ok(first_id),
        Err(err) => Err(err.context(app.diagnose(&format!("notifications-first-{suffix}")).await)),
    };
    let closed = app.close().await;
    let first_id = result?;
    closed?;
    // Off the screen, so that the only one on it after the restart is the app's new one.
    daemon.shown()?;

    // Assigned while the app is stopped: the next start shows it "while you were away".
    let third_id = assign(&bob, me.user_id(), &third).await?;
    let app = launch(profile, database, daemon).await?;
    let result = async {
        app.expect_shown("#notice-away").await?;
        let texts = listed(&app).await?;
        for subject in [&first, &second, &third] {
            ensure!(
                times(&texts, subject) == 1,
                "{subject} once in the list: {texts:?}"
            );
        }
        let away = app.css("#notice-away + ul").await?.text().await?;
        ensure!(
            away.contains(&third) && !away.contains(&first),
            "while you were away: {away}"
        );

        // A click on the desktop notification brings up its request …
        daemon.click_top()?;
        let opened = app.expect_record_route("request").await?;
        ensure!(
            opened == third_id,
            "the notification opened request {opened}, not {third_id}"
        );
        // … and so does an entry of the list.
        app.click_on(&format!("#notice-panel [data-request-id='{first_id}']"))
            .await?;
        app.wait_for("the first request to open", async || {
            Ok(app
                .route()
                .await?
                .ends_with(&format!("/{first_id}"))
                .then_some(()))
        })
        .await?;

        let shown = daemon.shown()?;
        let assigned = ftl::message("en", "announce-request-assigned")?;
        for subject in [&first, &second] {
            let popups = popups_about(&shown, subject);
            ensure!(
                popups.len() == 1,
                "one desktop notification for {subject}: {shown:?}"
            );
            ensure!(popups[0].summary == assigned, "{popups:?}");
            ensure!(popups[0].body.contains("bob"), "{popups:?}");
        }
        let popups = popups_about(&shown, &third);
        ensure!(
            popups.len() == 1,
            "one desktop notification for {third}: {shown:?}"
        );
        let away_title = ftl::message("en", "announce-while-away")?;
        ensure!(popups[0].summary.starts_with(&away_title), "{popups:?}");
        Ok(())
    }
    .await;
    let result = match result {
        Ok(()) => Ok(()),
        Err(err) => Err(err.context(app.diagnose(&format!("notifications-{suffix}")).await)),
    };
    let closed = app.close().await;
    bob.close().await;
    me.close().await;
    result.and(closed)
}

#[tokio::test]
async fn embedded() -> Result<()> {
    three_assignments_are_told_once(Backend::Embedded, "embedded").await
}

#[tokio::test]
async fn postgres() -> Result<()> {
    three_assignments_are_told_once(Backend::Postgres, "postgres").await
}

#[tokio::test]
async fn mysql() -> Result<()> {
    three_assignments_are_told_once(Backend::Mysql, "mysql").await
}
