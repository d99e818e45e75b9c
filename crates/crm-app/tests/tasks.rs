//! The Tasks integration (DOMAIN.md §11): the reminder checker, tasks, projects and office memos,
//! on every backend.

mod support;
use support::*;

use crm_app::Session;
use crm_core::Id;
use serde_json::{Value, json};

/// A staff user with an e-mail address, signed in.
async fn person(admin: &Session, username: &str, department: i64, roles: &[&str]) -> Session {
    let mut role_ids = Vec::new();
    for r in roles {
        role_ids.push(role(admin, r).await);
    }
    let created = ok(
        admin,
        "user_create",
        json!({ "username": username, "email": format!("{username}@oriel.example"), "is_staff": true,
            "role_ids": role_ids, "department_ids": [department] }),
    )
    .await;
    Session::for_user(admin.db().clone(), Id(id(&created))).await.expect("session")
}

/// The acting user's notices, newest first.
async fn notices_of(session: &Session) -> Vec<Value> {
    let page = ok(session, "notice_list", json!({ "page": { "limit": 100 } })).await;
    page["items"].as_array().cloned().unwrap_or_default()
}

/// The notification e-mails waiting to be sent, oldest first.
async fn outbox(admin: &Session) -> Vec<Value> {
    ok(admin, "notice_email_list", json!({})).await.as_array().cloned().unwrap_or_default()
}

/// A deal of `manager`'s, made from a new request.
async fn deal_of(manager: &Session, name: &str) -> Value {
    let request = ok(manager, "request_create", json!({ "request_for": name, "first_name": "Jörg" })).await;
    ok(manager, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await
}

crm_store::db_test!(async fn a_due_reminder_tells_its_owner_once_and_switches_remind_me_off(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = person(&admin, "anna", local, &["managers"]).await;
    let deal = deal_of(&anna, "Lamps").await;
    let mut input = deal.clone();
    input["amount"] = json!("");
    input["remind_me"] = json!(true);
    input["next_step"] = json!("Call Jörg about the offer");
    let deal = ok(&anna, "deal_update", json!({ "id": id(&deal), "version": deal["version"], "input": input })).await;
    let reminders = ok(&anna, "reminder_list", json!({ "filter": { "target_id": id(&deal), "target_type": "deal" } })).await;
    let reminder = reminders["items"][0].clone();
    let due: chrono::DateTime<chrono::Utc> = reminder["reminder_date"].as_str().expect("date").parse().expect("moment");
    let emails_before = outbox(&admin).await.len();
    let notices_before = notices_of(&anna).await.len();

    // Not yet due: nothing happens.
    let fired = ok(&anna, "reminders_due", json!({ "now": due - chrono::Duration::minutes(1) })).await;
    assert_eq!(fired["reminder_ids"], json!([]));

    // Due: the owner is told in-app about the deal (R-TASK-2) …
    let fired = ok(&anna, "reminders_due", json!({ "now": due })).await;
    assert_eq!(fired["reminder_ids"], json!([id(&reminder)]));
    let notices = notices_of(&anna).await;
    assert_eq!(notices.len(), notices_before + 1);
    assert_eq!(notices[0]["text"], "CRM Reminder: Call Jörg about the offer", "R-TASK-2");
    assert_eq!(notices[0]["target_type"], "deal");
    assert_eq!(notices[0]["target_id"], json!(id(&deal)));
    assert_eq!(notices[0]["object_name"], "Lamps");
    // … and by e-mail, with that subject and the description as body, although she runs the checker.
    let emails = outbox(&admin).await;
    assert_eq!(emails.len(), emails_before + 1);
    let email = &emails[emails_before];
    assert_eq!(email["recipients"], "anna@oriel.example");
    assert_eq!(email["subject"], "CRM Reminder: Call Jörg about the offer");
    assert_eq!(email["body"], "Call Jörg about the offer");
    // R-TASK-2: remind_me off on the deal, the reminder inactive and no longer mailing.
    let deal = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await;
    assert_eq!(deal["remind_me"], json!(false), "R-TASK-2: the object's remind_me becomes false");
    let reminder = ok(&anna, "reminder_get", json!({ "id": id(&reminder) })).await;
    assert_eq!(reminder["active"], json!(false));
    assert_eq!(reminder["send_notification_email"], json!(false));

    // Fired once only.
    let fired = ok(&admin, "reminders_due", json!({ "now": due + chrono::Duration::days(1) })).await;
    assert_eq!(fired["reminder_ids"], json!([]));
    assert_eq!(notices_of(&anna).await.len(), notices_before + 1);
});

crm_store::db_test!(async fn a_reminder_without_email_is_an_in_app_notice_only(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = person(&admin, "anna", local, &["managers"]).await;
    let carl = person(&admin, "carl", local, &["managers"]).await;
    let deal = deal_of(&anna, "Tables").await;
    let moment = "2026-12-03T08:40:00Z";
    let quiet = ok(&anna, "reminder_create", json!({ "target_type": "deal", "target_id": id(&deal),
        "subject": "Quiet one", "description": "Only on screen", "reminder_date": moment,
        "send_notification_email": false })).await;
    let carls = ok(&carl, "reminder_create", json!({ "target_type": "deal", "target_id": id(&deal),
        "subject": "Carl's", "reminder_date": moment })).await;
    let emails_before = outbox(&admin).await.len();

    // A user's checker run fires their own reminders only.
    let fired = ok(&anna, "reminders_due", json!({ "now": "2026-12-03T09:00:00Z" })).await;
    assert_eq!(fired["reminder_ids"], json!([id(&quiet)]));
    assert_eq!(notices_of(&anna).await[0]["text"], "CRM Reminder: Quiet one");
    assert_eq!(outbox(&admin).await.len(), emails_before, "R-TASK-2: no e-mail unless send_notification_email");

    // The installation's run (an administrator's) fires everybody's; no description: the subject is the body.
    let fired = ok(&admin, "reminders_due", json!({ "now": "2026-12-03T09:00:00Z" })).await;
    assert_eq!(fired["reminder_ids"], json!([id(&carls)]));
    let emails = outbox(&admin).await;
    assert_eq!(emails[emails_before]["body"], "Carl's");
    assert_eq!(emails[emails_before]["recipients"], "carl@oriel.example");
});
