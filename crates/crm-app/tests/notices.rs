//! Notifications (DOMAIN.md §14): in-app notices in the recipient's language, the queue of
//! notification e-mails and their delivery, and the CRM events that raise them, on every backend.

mod support;
use support::*;

use std::sync::Mutex;

use crm_app::Session;
use crm_app::mailer::{MailError, Mailer, OutgoingMail, SendFuture, SmtpAccount};
use crm_app::notices::deliver_notice_emails;
use serde_json::{Value, json};

/// A staff user with an e-mail address (or none when `email` is empty), signed in.
async fn person(admin: &Session, username: &str, email: &str, department: i64, roles: &[&str]) -> Session {
    staff(
        admin,
        json!({ "username": username, "email": email, "department_ids": [department] }),
        roles,
    )
    .await
}

async fn local(admin: &Session) -> i64 {
    department(admin, "Local sales").await
}

/// The acting user's notices, newest first.
async fn notices_of(session: &Session) -> Vec<Value> {
    let page = ok(session, "notice_list", json!({ "page": { "limit": 100 } })).await;
    page["items"].as_array().cloned().unwrap_or_default()
}

fn texts(notices: &[Value]) -> Vec<&str> {
    notices.iter().filter_map(|n| n["text"].as_str()).collect()
}

/// The notification e-mails waiting to be sent, oldest first.
async fn outbox(admin: &Session) -> Vec<Value> {
    ok(admin, "notice_email_list", json!({}))
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn subjects(emails: &[Value]) -> Vec<(&str, &str)> {
    emails
        .iter()
        .map(|e| {
            (
                e["recipients"].as_str().unwrap_or_default(),
                e["subject"].as_str().unwrap_or_default(),
            )
        })
        .collect()
}

crm_store::db_test!(async fn a_new_request_is_announced_to_its_owners_in_their_own_language(db) {
    let admin = admin(db).await;
    let local = local(&admin).await;
    let anna = person(&admin, "anna", "anna@oriel.example", local, &["managers"]).await;
    let carl = person(&admin, "carl", "carl@oriel.example", local, &["managers"]).await;
    let jorg = person(&admin, "jorg", "jorg@oriel.example", local, &["managers"]).await;
    assert_eq!(ok(&jorg, "profile_language_set", json!({ "language": "de" })).await, json!("de"));

    let request = request_for(&anna, "200 lamps\nfor the hall", &carl, Some(&jorg)).await;

    // R-REQ-20, R-NOTIF-1: each owner gets an in-app notice about the request …
    let carls = notices_of(&carl).await;
    assert_eq!(texts(&carls), ["You received the request"]);
    assert_eq!(carls[0]["target_type"], "request");
    assert_eq!(carls[0]["target_id"], json!(id(&request)));
    assert_eq!(carls[0]["object_name"], "200 lamps for the hall");
    assert_eq!(carls[0]["read"], json!(false));
    // … R-NOTIF-2: rendered in the recipient's language.
    assert_eq!(texts(&notices_of(&jorg).await), ["Sie sind Mitinhaber der Anfrage"]);
    assert!(notices_of(&anna).await.is_empty(), "the creator owns nothing here");

    // R-NOTIF-1/2: one e-mail each, subject "CRM: <message> - <object>" on one line.
    assert_eq!(
        subjects(&outbox(&admin).await),
        [
            ("carl@oriel.example", "CRM: You received the request - 200 lamps for the hall"),
            ("jorg@oriel.example", "CRM: Sie sind Mitinhaber der Anfrage - 200 lamps for the hall"),
        ]
    );
});

crm_store::db_test!(async fn the_acting_user_is_never_emailed_and_admins_hear_of_missing_addresses(db) {
    let admin = admin(db).await;
    let local = local(&admin).await;
    let anna = person(&admin, "anna", "anna@oriel.example", local, &["managers"]).await;
    let dora = person(&admin, "dora", "", local, &["managers"]).await;

    // R-NOTIF-3: anna's own request tells her on screen, never by e-mail.
    request_for(&anna, "Own request", &anna, None).await;
    assert_eq!(texts(&notices_of(&anna).await), ["You received the request"]);
    assert!(outbox(&admin).await.is_empty(), "R-NOTIF-3: no e-mail to the acting user");

    // R-NOTIF-1: dora has no address: she is told in-app, and the administrators learn of it.
    request_for(&anna, "For dora", &dora, None).await;
    assert_eq!(texts(&notices_of(&dora).await), ["You received the request"]);
    assert!(outbox(&admin).await.is_empty());
    let told = notices_of(&admin).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0]["level"], "warning");
    assert_eq!(told[0]["object_name"], "dora");
    let text = told[0]["text"].as_str().unwrap_or_default();
    assert!(text.starts_with("dora has no e-mail address") && text.contains("CRM: You received the request - For dora"), "{text}");
});

crm_store::db_test!(async fn a_new_deal_and_a_new_request_owner_are_announced(db) {
    let admin = admin(db).await;
    let local = local(&admin).await;
    let anna = person(&admin, "anna", "anna@oriel.example", local, &["managers"]).await;
    let carl = person(&admin, "carl", "carl@oriel.example", local, &["managers"]).await;
    let bert = person(&admin, "bert", "bert@oriel.example", local, &["managers"]).await;
    let request = request_for(&anna, "Drills", &anna, Some(&carl)).await;
    ok(&carl, "notice_mark_read", json!({ "all": true })).await;
    let before = outbox(&admin).await.len();

    // R-REQ-18 step 4: the co-owner hears of the deal; anna, who made it, does not.
    let deal = ok(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let carls = ok(&carl, "notice_list", json!({ "read": false })).await;
    assert_eq!(texts(carls["items"].as_array().expect("items")), ["You are the co-owner of the deal"]);
    assert_eq!(carls["items"][0]["target_type"], "deal");
    assert_eq!(carls["items"][0]["target_id"], json!(id(&deal)));
    assert!(!texts(&notices_of(&anna).await).contains(&"You received the deal"), "R-REQ-18: not the acting user");
    let emails = outbox(&admin).await;
    assert_eq!(subjects(&emails[before..]), [("carl@oriel.example", "CRM: You are the co-owner of the deal - Drills")]);

    // R-REQ-19: the request's new owner takes the deal, and hears of it.
    let request = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    let mut edit = request.clone();
    edit["owner_id"] = json!(bert.user_id().0);
    ok(&anna, "request_update", json!({ "id": id(&request), "version": request["version"], "input": edit })).await;
    let berts = notices_of(&bert).await;
    // R-REQ-19 tells of the deal; R-NOTIF-4 lists the assignment of the request in the app (the
    // request is processed, so R-REQ-20 sends no e-mail about it).
    assert_eq!(texts(&berts), ["You received the deal", "You received the request"]);
    assert_eq!(berts[0]["target_id"], json!(id(&deal)));
    assert_eq!(berts[1]["target_id"], json!(id(&request)));
    let carls = ok(&carl, "notice_list", json!({ "read": false })).await;
    assert_eq!(
        texts(carls["items"].as_array().expect("items")),
        ["You are the co-owner of the deal", "You are the co-owner of the deal"],
        "R-REQ-19: the deal's co-owner is told again, as in R-REQ-18 step 4"
    );
    ok(&carl, "notice_mark_read", json!({ "all": true })).await;

    // R-REQ-20: a pending request's new owner is told "You received the request".
    let pending = request_for(&anna, "Saws", &anna, None).await;
    let mut edit = pending.clone();
    edit["owner_id"] = json!(carl.user_id().0);
    ok(&anna, "request_update", json!({ "id": id(&pending), "version": pending["version"], "input": edit })).await;
    let carls = ok(&carl, "notice_list", json!({ "read": false })).await;
    assert_eq!(texts(carls["items"].as_array().expect("items")), ["You received the request"]);
});

crm_store::db_test!(async fn a_shipped_product_tells_the_deal_owners_other_than_the_editor(db) {
    let admin = admin(db).await;
    let local = local(&admin).await;
    let anna = person(&admin, "anna", "anna@oriel.example", local, &["managers"]).await;
    let carl = person(&admin, "carl", "carl@oriel.example", local, &["managers"]).await;
    let jorg = person(&admin, "jorg", "jorg@oriel.example", local, &["managers"]).await;
    ok(&jorg, "profile_language_set", json!({ "language": "de" })).await;

    let ship = |session: &Session, deal: &Value| {
        let session = session.clone();
        let deal = deal.clone();
        async move {
            let product = ok(&session, "product_create", json!({ "name": format!("Lamp {}", id(&deal)) })).await;
            let output = ok(&session, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 1 })).await;
            let mut edit = output.clone();
            edit["actual_shipping_date"] = json!("2026-12-01");
            edit["amount"] = json!("");
            ok(&session, "output_update", json!({ "id": id(&output), "version": output["version"], "input": edit })).await;
        }
    };

    // Owner and co-owner share a language: one e-mail reaches both (R-SHIP-2, R-NOTIF-2).
    let request = request_for(&anna, "Lamps", &anna, Some(&carl)).await;
    let deal = ok(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let before = outbox(&admin).await.len();
    ship(&admin, &deal).await;
    for user in [&anna, &carl] {
        assert_eq!(texts(&notices_of(user).await)[0], "The product has been shipped.", "R-SHIP-2");
    }
    let emails = outbox(&admin).await;
    assert_eq!(
        subjects(&emails[before..]),
        [("anna@oriel.example, carl@oriel.example", "CRM: The product has been shipped. - Lamps")],
        "R-NOTIF-2: recipients sharing a language get one e-mail together"
    );

    // The editor is left out; a co-owner reading German gets the German e-mail.
    let request = request_for(&anna, "Tables", &anna, Some(&jorg)).await;
    let deal = ok(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let annas = notices_of(&anna).await.len();
    let before = outbox(&admin).await.len();
    ship(&anna, &deal).await;
    assert_eq!(notices_of(&anna).await.len(), annas, "R-SHIP-2: the editor is not told");
    assert_eq!(texts(&notices_of(&jorg).await)[0], "Das Produkt wurde versandt.");
    let emails = outbox(&admin).await;
    assert_eq!(subjects(&emails[before..]), [("jorg@oriel.example", "CRM: Das Produkt wurde versandt. - Tables")]);
});

crm_store::db_test!(async fn each_user_reads_and_marks_only_their_own_notices(db) {
    let admin = admin(db).await;
    let local = local(&admin).await;
    let anna = person(&admin, "anna", "anna@oriel.example", local, &["managers"]).await;
    let carl = person(&admin, "carl", "carl@oriel.example", local, &["managers"]).await;
    request_for(&anna, "First", &carl, None).await;
    request_for(&anna, "Second", &carl, None).await;
    request_for(&anna, "Third", &carl, None).await;

    let all = notices_of(&carl).await;
    let names: Vec<&str> = all.iter().filter_map(|n| n["object_name"].as_str()).collect();
    assert_eq!(names, ["Third", "Second", "First"], "newest first");
    assert_eq!(ok(&carl, "notice_unread_count", json!({})).await, json!(3));

    // Someone else's notice does not exist for anna.
    let err = refused(&anna, "notice_mark_read", json!({ "ids": [id(&all[0])] })).await;
    assert!(matches!(err, crm_app::AppError::NotFound { .. }), "{err:?}");

    assert_eq!(ok(&carl, "notice_mark_read", json!({ "ids": [id(&all[1])] })).await, json!(1));
    let unread = ok(&carl, "notice_list", json!({ "read": false })).await;
    assert_eq!(ids(&unread), [id(&all[0]), id(&all[2])]);
    let read = ok(&carl, "notice_list", json!({ "read": true })).await;
    assert_eq!(ids(&read), [id(&all[1])]);
    assert_eq!(ok(&carl, "notice_mark_read", json!({ "all": true })).await, json!(2));
    assert_eq!(ok(&carl, "notice_unread_count", json!({})).await, json!(0));
    assert!(notices_of(&anna).await.is_empty());
});

/// A mailer that records what it is handed, refusing while `down`.
#[derive(Default)]
struct Recording {
    sent: Mutex<Vec<OutgoingMail>>,
    down: Mutex<bool>,
}

impl Mailer for Recording {
    fn send<'a>(&'a self, _account: &'a SmtpAccount, mail: &'a OutgoingMail) -> SendFuture<'a> {
        Box::pin(async move {
            if *self.down.lock().expect("lock") {
                return Err(MailError::Unavailable("connection refused".into()));
            }
            self.sent.lock().expect("lock").push(mail.clone());
            Ok(format!("<{}@oriel.example>", mail.subject.len()))
        })
    }
}

fn account() -> SmtpAccount {
    SmtpAccount {
        host: "smtp.oriel.example".into(),
        port: 587,
        user: "crm".into(),
        password: None,
        use_tls: true,
        use_ssl: false,
        from: "crm@oriel.example".into(),
    }
}

crm_store::db_test!(async fn queued_emails_are_delivered_once_and_wait_while_the_server_is_down(db) {
    let admin = admin(db.clone()).await;
    let local = local(&admin).await;
    let anna = person(&admin, "anna", "anna@oriel.example", local, &["managers"]).await;
    let carl = person(&admin, "carl", "carl@oriel.example", local, &["managers"]).await;
    request_for(&anna, "Lamps", &carl, None).await;
    let now = chrono::Utc::now();

    let mailer = Recording::default();
    *mailer.down.lock().expect("lock") = true;
    let run = deliver_notice_emails(&db, &mailer, &account(), now).await.expect("run");
    assert_eq!((run.sent, run.waiting), (0, 1));
    assert_eq!(outbox(&admin).await.len(), 1, "the e-mail waits for the server");

    *mailer.down.lock().expect("lock") = false;
    let run = deliver_notice_emails(&db, &mailer, &account(), now).await.expect("run");
    assert_eq!(run.sent, 1);
    let sent = mailer.sent.lock().expect("lock").clone();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, ["carl@oriel.example"]);
    assert_eq!(sent[0].from, "crm@oriel.example");
    assert_eq!(sent[0].subject, "CRM: You received the request - Lamps");
    assert!(sent[0].text.contains("You received the request") && sent[0].text.contains("Lamps"));
    assert!(outbox(&admin).await.is_empty());
    let run = deliver_notice_emails(&db, &mailer, &account(), now).await.expect("run");
    assert_eq!(run.sent, 0, "sent once");
});

crm_store::db_test!(async fn administrators_hear_of_an_unauthorised_web_form_post(db) {
    let admin = admin(db).await;
    let me = ok(&admin, "user_get", json!({ "id": admin.user_id().0 })).await;
    let mut edit = me.clone();
    edit["email"] = json!("admin@oriel.example");
    ok(&admin, "user_update", json!({ "id": admin.user_id().0, "version": me["version"], "input": edit })).await;

    let err = refused(&admin, "request_receive", json!({ "name": "Eve", "subject": "Spam", "lead_source_token": "NoSuchToken" })).await;
    assert!(matches!(err, crm_app::AppError::Validation(_)), "{err:?}");
    // R-NOTIF-5: the administrators are told by e-mail (and in-app).
    let told = notices_of(&admin).await;
    assert_eq!(texts(&told), ["A web form was posted with an unknown or invalid form token."]);
    assert_eq!(told[0]["object_name"], "NoSuchToken: Spam");
    assert_eq!(told[0]["target_id"], json!(null), "about no stored record");
    let emails = outbox(&admin).await;
    assert_eq!(
        subjects(&emails),
        [("admin@oriel.example", "CRM: A web form was posted with an unknown or invalid form token. - NoSuchToken: Spam")]
    );
});
