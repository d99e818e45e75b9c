//! R-NOTIF-4 as the signed-in user's computer hears it: every request assigned to them by someone
//! else is announced exactly once — also what was assigned while the app was closed, also after
//! the database connection was cut — on every backend.

mod support;
use support::*;

use std::time::Duration;

use crm_app::Session;
use crm_app::assignment_watch::{
    AWAY_SUMMARY_OVER, Announcement, WatchOptions, catch_up, first_log, popups, watch,
};
use crm_core::Id;
use crm_core::delivery::DeliveryLog;
use crm_store::Backend;
use serde_json::json;
use tokio::sync::mpsc;

/// Longer than any wait for an announcement on a busy machine; a pass never waits this long.
const PATIENCE: Duration = Duration::from_secs(20);
/// How long the test watches for a duplicate that must not come: several polls and a reconnect.
const QUIET: Duration = Duration::from_secs(4);

fn english() -> WatchOptions {
    WatchOptions {
        locale: "en".into(),
        include_own: false,
    }
}

fn subjects(batch: &[Announcement]) -> Vec<&str> {
    batch.iter().map(|a| a.request_for.as_str()).collect()
}

struct Team {
    anna: Session,
    bob: Session,
    carl: Session,
}

async fn team(db: crm_store::Db) -> Team {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    Team {
        anna: user(&admin, "anna", &[local], &["managers"]).await,
        bob: user(&admin, "bob", &[local], &["managers"]).await,
        carl: user(&admin, "carl", &[local], &["managers"]).await,
    }
}

crm_store::db_test!(async fn each_assignment_by_someone_else_is_announced_once(db) {
    let Team { anna, bob, carl } = team(db).await;
    request_for(&bob, "Before the first run", &anna, None).await;
    let mut log = first_log(&anna).await.expect("log");
    assert!(
        catch_up(&anna, &mut log, &english(), true).await.expect("caught up").is_empty(),
        "what was assigned before this computer first watched is not news"
    );

    // Assigned while the app was closed: the first catch-up of the next run brings it.
    request_for(&bob, "200 lamps\nfor the hall", &anna, None).await;
    let kept = log.clone();
    let away = catch_up(&anna, &mut log, &english(), true).await.expect("caught up");
    assert_eq!(subjects(&away), ["200 lamps for the hall"]);
    assert!(away[0].while_away);
    assert_eq!(away[0].title, "While you were away: New request assigned to you");
    assert_eq!(away[0].body, "200 lamps for the hall — assigned by bob");
    assert_eq!(away[0].assigned_by, "bob");
    assert_ne!(log, kept, "the log notes what was announced");
    assert!(catch_up(&anna, &mut log, &english(), false).await.expect("again").is_empty(), "never twice");

    // Owner and co-owner at once, in German; the user's own assignment tells nobody …
    request_for(&bob, "Angebot", &carl, Some(&anna)).await;
    request_for(&anna, "My own", &anna, None).await;
    let german = WatchOptions { locale: "de".into(), include_own: false };
    let batch = catch_up(&anna, &mut log, &german, false).await.expect("caught up");
    assert_eq!(subjects(&batch), ["Angebot"]);
    assert!(batch[0].as_co_owner && !batch[0].while_away);
    assert_eq!(batch[0].title, "Sie sind jetzt Mitinhaber einer Anfrage");
    // … unless the user asks for it.
    request_for(&anna, "Also mine", &anna, None).await;
    let mine = WatchOptions { locale: "en".into(), include_own: true };
    assert_eq!(subjects(&catch_up(&anna, &mut log, &mine, false).await.expect("own")), ["Also mine"]);

    // A request handed over later is an assignment too.
    let handed = request_for(&bob, "Handed over", &bob, None).await;
    let mut edited = handed.clone();
    edited["owner_id"] = json!(anna.user_id().0);
    ok(&bob, "request_update", json!({ "id": id(&handed), "version": handed["version"], "input": edited })).await;
    let batch = catch_up(&anna, &mut log, &english(), false).await.expect("handed over");
    assert_eq!(subjects(&batch), ["Handed over"]);
    assert_eq!(batch[0].request_id, Id(id(&handed)));

    // The in-app list holds one entry per assignment, R-REQ-20's e-mail or not.
    let page = ok(&anna, "notice_list", json!({ "page": { "limit": 50 } })).await;
    let about: Vec<i64> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|n| n["target_type"] == "request")
        .filter_map(|n| n["target_id"].as_i64())
        .collect();
    assert!(about.contains(&id(&handed)), "{page}");
    assert_eq!(about.iter().filter(|r| **r == id(&handed)).count(), 1, "{page}");
});

crm_store::db_test!(async fn an_assignment_committed_after_a_later_one_is_not_lost(db) {
    let Team { anna, bob, .. } = team(db.clone()).await;
    if db.backend() == Backend::Sqlite {
        // SQLite runs one writer at a time: its events commit in id order.
        return;
    }
    let first = request_for(&bob, "Slow transaction", &bob, None).await;
    let second = request_for(&bob, "Fast transaction", &bob, None).await;
    let mut log = first_log(&anna).await.expect("log");
    let mut slow = db.begin().await.expect("begin");
    crm_store::assignments::record(&mut slow, Id(id(&first)), anna.user_id(), false, Some(bob.user_id()))
        .await
        .expect("recorded");
    let mut fast = db.begin().await.expect("begin");
    crm_store::assignments::record(&mut fast, Id(id(&second)), anna.user_id(), false, Some(bob.user_id()))
        .await
        .expect("recorded");
    fast.commit().await.expect("committed");
    let heard = catch_up(&anna, &mut log, &english(), false).await.expect("caught up");
    assert_eq!(subjects(&heard), ["Fast transaction"]);
    slow.commit().await.expect("committed");
    let heard = catch_up(&anna, &mut log, &english(), false).await.expect("caught up");
    assert_eq!(subjects(&heard), ["Slow transaction"], "the lower id committed last still counts");
});

crm_store::db_test!(async fn many_assignments_from_while_away_make_one_summary(db) {
    let Team { anna, bob, .. } = team(db).await;
    let mut log = first_log(&anna).await.expect("log");
    for n in 0..=AWAY_SUMMARY_OVER {
        request_for(&bob, &format!("Inquiry {n}"), &anna, None).await;
    }
    let away = catch_up(&anna, &mut log, &english(), true).await.expect("caught up");
    assert_eq!(away.len(), AWAY_SUMMARY_OVER + 1, "the in-app list gets every one");
    let shown = popups(&away, "en");
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].title, "While you were away");
    assert_eq!(shown[0].body, format!("{} requests were assigned to you.", AWAY_SUMMARY_OVER + 1));
    assert_eq!(popups(&away[..2], "en").len(), 2, "a few are shown one by one");
});

async fn next(heard: &mut mpsc::UnboundedReceiver<Announcement>) -> Announcement {
    tokio::time::timeout(PATIENCE, heard.recv())
        .await
        .expect("announced in time")
        .expect("watcher running")
}

crm_store::db_test!(async fn the_watcher_announces_each_assignment_once_across_a_cut_connection(db) {
    let Team { anna, bob, .. } = team(db.clone()).await;
    let log = first_log(&anna).await.expect("log");
    let (tell, mut heard) = mpsc::unbounded_channel();
    let (keep, mut kept) = mpsc::unbounded_channel::<DeliveryLog>();
    let watcher = tokio::spawn(watch(anna.clone(), log, english(), true, move |batch, log| {
        keep.send(log.clone()).ok();
        for announcement in batch {
            tell.send(announcement).ok();
        }
    }));

    for subject in ["One", "Two"] {
        request_for(&bob, subject, &anna, None).await;
        assert_eq!(next(&mut heard).await.request_for, subject);
    }
    crm_store::testing::cut_connections(&db).await;
    request_for(&bob, "Three", &anna, None).await;
    assert_eq!(next(&mut heard).await.request_for, "Three");
    tokio::time::sleep(QUIET).await;
    assert!(heard.try_recv().is_err(), "nothing announced twice after the cut");

    // A restart from the kept log repeats nothing and brings what came in between.
    watcher.abort();
    let mut last = None;
    while let Ok(log) = kept.try_recv() {
        last = Some(log);
    }
    let mut log = last.expect("the log was kept");
    request_for(&bob, "Four", &anna, None).await;
    let away = catch_up(&anna, &mut log, &english(), true).await.expect("restart");
    assert_eq!(subjects(&away), ["Four"]);
    assert!(away[0].while_away);
});
