mod support;
use support::*;

use std::sync::Mutex;

use chrono::NaiveDateTime;
use crm_app::Session;
use crm_app::mailer::{MailError, Mailer, OutgoingMail, SendFuture, SmtpAccount};
use crm_app::massmail::sending::{PassReport, SendOptions, send_pass};
use crm_core::validation::Rule;
use serde_json::{Value, json};

/// A mail server that records what it is handed, and refuses one recipient or one login.
#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<(SmtpAccount, OutgoingMail)>>,
    refuse_recipient: Option<String>,
    refuse_login: Option<String>,
}

impl Recorder {
    fn sent(&self) -> Vec<(SmtpAccount, OutgoingMail)> {
        self.sent.lock().expect("lock").clone()
    }
}

impl Mailer for Recorder {
    fn send<'a>(&'a self, account: &'a SmtpAccount, mail: &'a OutgoingMail) -> SendFuture<'a> {
        Box::pin(async move {
            if self.refuse_login.as_deref() == Some(account.user.as_str()) {
                return Err(MailError::AccountRefused("535 authentication failed".into()));
            }
            if let Some(bad) = self.refuse_recipient.as_ref().filter(|bad| mail.to.contains(bad)) {
                return Err(MailError::RecipientRefused {
                    recipient: bad.clone(),
                    reason: "550 no such mailbox".into(),
                });
            }
            let mut sent = self.sent.lock().expect("lock");
            sent.push((account.clone(), mail.clone()));
            Ok(format!("<{}@test.example>", sent.len()))
        })
    }
}

const THURSDAY: &str = "2026-12-03 10:00";
const FRIDAY: &str = "2026-12-04 10:00";
const NEXT_MONDAY: &str = "2026-12-07 10:00";

fn at(moment: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(moment, "%Y-%m-%d %H:%M").expect("moment")
}

async fn pass(db: &crm_store::Db, mailer: &Recorder, moment: &str) -> PassReport {
    let options = SendOptions {
        at: at(moment),
        seed: 7,
        unsubscribe_link: "https://crm.example/unsubscribe/",
        secrets: &|reference: &str| Some(format!("secret of {reference}")),
    };
    send_pass(db, mailer, &options).await.expect("pass")
}

/// A mail account of `owner`, made by the administrator.
async fn account(admin: &Session, owner: &Session, login: &str, main: bool) -> Value {
    ok(
        admin,
        "email_account_create",
        json!({
            "name": login, "main": main, "email_host": "smtp.example", "email_host_user": login,
            "email_host_password": format!("keychain:{login}"), "from_email": format!("{login}@oriel.example"),
            "owner_id": owner.user_id().0,
        }),
    )
    .await
}

async fn company(owner: &Session, name: &str, email: &str) -> Value {
    ok(
        owner,
        "company_create",
        json!({ "full_name": name, "email": email }),
    )
    .await
}

async fn message(owner: &Session, subject: &str, content: &str) -> Value {
    ok(
        owner,
        "eml_message_create",
        json!({ "subject": subject, "content": content, "is_html": false }),
    )
    .await
}

async fn mailing_to(owner: &Session, kind: &str, ids: &[i64]) -> Value {
    ok(
        owner,
        "mailing_create",
        json!({ "recipient_type": kind, "ids": ids }),
    )
    .await
}

/// Activates `mailing` with `message`.
async fn activate(owner: &Session, mailing: &Value, message: &Value) -> Value {
    ok(
        owner,
        "mailing_out_update",
        json!({ "id": id(mailing), "version": mailing["version"],
                "input": { "name": mailing["name"], "message_id": id(message), "status": "A" } }),
    )
    .await
}

async fn mailing_now(owner: &Session, mailing: &Value) -> Value {
    ok(owner, "mailing_out_get", json!({ "id": id(mailing) })).await
}

fn codes(saved: &Value) -> Vec<String> {
    saved["notices"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| n["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

struct Team {
    admin: Session,
    anna: Session,
    bob: Session,
}

async fn team(db: crm_store::Db) -> Team {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let bob = user(&admin, "bob", &[local], &["managers"]).await;
    Team { admin, anna, bob }
}

crm_store::db_test!(async fn a_mailing_goes_to_the_eligible_records_of_one_owner(db) {
    let Team { admin, anna, bob } = team(db).await;
    let nord = company(&anna, "Nordlicht GmbH", "info@nordlicht.example").await;
    let quiet = company(&anna, "Quiet Ltd", "hello@quiet.example").await;
    let mut edited = quiet.clone();
    edited["massmail"] = json!(false);
    ok(&anna, "company_update", json!({ "id": id(&quiet), "version": quiet["version"], "input": edited })).await;
    let fake = company(&anna, "Fake Inc", "x@fake.example").await;
    let mut edited = fake.clone();
    edited["disqualified"] = json!(true);
    ok(&anna, "company_update", json!({ "id": id(&fake), "version": fake["version"], "input": edited })).await;
    let bobs = company(&bob, "Bob's Own", "own@bob.example").await;

    let input = json!({ "recipient_type": "company", "ids": [id(&nord)] });
    refused_on(call(&anna, "mailing_create", input.clone()).await, "recipient_type", &Rule::NoMailingAccount);
    account(&admin, &anna, "anna-news", false).await;
    refused_on(
        call(&anna, "mailing_create", json!({ "recipient_type": "company", "ids": [id(&nord), id(&bobs)] })).await,
        "ids",
        &Rule::MixedOwners,
    );
    refused_on(
        call(&anna, "mailing_create", json!({ "recipient_type": "company", "ids": [id(&quiet), id(&fake)] })).await,
        "ids",
        &Rule::NoRecipients,
    );

    let saved = mailing_to(&anna, "company", &[id(&quiet), id(&nord), id(&fake)]).await;
    let mailing = &saved["mailing"];
    assert_eq!(mailing["recipient_ids"], json!(id(&nord).to_string()), "R-MM-1/R-MM-2: only the eligible company");
    assert_eq!(mailing["recipients_number"], json!(1));
    assert_eq!(mailing["status"], "P", "R-MM-2: made paused");
    assert_eq!(mailing["name"], "Untitled");
    assert_eq!(mailing["owner_id"], json!(anna.user_id().0));
    assert_eq!(mailing["recipient_type"], "company");
    assert_eq!(
        codes(&saved),
        ["massmail-unsubscribed-excluded", "massmail-no-weekend-sending"],
        "R-MM-2: the exclusion and the Friday–Sunday notice (R-MM-6)"
    );

    // §9.1: a chief views mailings but makes none.
    let local = department(&admin, "Local sales").await;
    let chief = user(&admin, "carla", &[local], &["chiefs"]).await;
    assert!(matches!(
        refused(&chief, "mailing_create", input).await,
        crm_app::AppError::Forbidden
    ));
    // Mail accounts are their owner's: bob does not see anna's.
    let seen = ok(&bob, "email_account_list", json!({})).await;
    assert!(ids(&seen).is_empty(), "{seen}");
    assert_eq!(ids(&ok(&anna, "email_account_list", json!({})).await).len(), 1);
});

crm_store::db_test!(async fn a_mailing_is_activated_only_with_a_message_and_an_account(db) {
    let Team { admin, anna, .. } = team(db).await;
    let nord = company(&anna, "Nordlicht GmbH", "info@nordlicht.example").await;
    let news = account(&admin, &anna, "anna-news", false).await;
    let saved = mailing_to(&anna, "company", &[id(&nord)]).await;
    let mailing = &saved["mailing"];
    let input = json!({ "id": id(mailing), "version": mailing["version"],
                        "input": { "name": "", "message_id": null, "status": "A" } });
    refused_on(call(&anna, "mailing_out_update", input).await, "message_id", &Rule::Required);

    let letter = message(&anna, "Winter offer", "Dear {{first_name}}").await;
    let saved = activate(&anna, mailing, &letter).await;
    assert_eq!(saved["mailing"]["status"], "A", "R-MM-4");
    assert_eq!(saved["mailing"]["name"], "Winter offer", "R-MM-4: an untitled mailing takes the subject");
    assert_eq!(codes(&saved), ["massmail-default-unsubscribe-url"], "R-MM-4: the default redirect is pointed out");

    // The only mailing account is the main one: VIP recipients only.
    let mut edited = news.clone();
    edited["main"] = json!(true);
    ok(&admin, "email_account_update", json!({ "id": id(&news), "version": news["version"], "input": edited })).await;
    let settings = ok(&admin, "massmail_settings_get", json!({})).await;
    let mut changed = settings.clone();
    changed["unsubscribe_url"] = json!("https://oriel.example/bye");
    ok(&admin, "massmail_settings_update", json!({ "id": 1, "version": settings["version"], "input": changed })).await;
    let second = mailing_to(&anna, "company", &[id(&nord)]).await;
    let saved = activate(&anna, &second["mailing"], &letter).await;
    assert_eq!(saved["mailing"]["status"], "A");
    assert_eq!(codes(&saved), ["massmail-vip-only"], "R-MM-4: only VIP recipients can be reached");

    // Without a mailing account the mailing is paused again.
    let third = mailing_to(&anna, "company", &[id(&nord)]).await;
    let news = ok(&admin, "email_account_get", json!({ "id": id(&news) })).await;
    let mut edited = news.clone();
    edited["massmail"] = json!(false);
    ok(&admin, "email_account_update", json!({ "id": id(&news), "version": news["version"], "input": edited })).await;
    let saved = activate(&anna, &third["mailing"], &letter).await;
    assert_eq!(saved["mailing"]["status"], "P", "R-MM-4: paused again without an account");
    assert_eq!(codes(&saved), ["massmail-no-account-paused"]);
});

crm_store::db_test!(async fn the_sending_pass_sends_each_recipient_one_filled_message(db) {
    let Team { admin, anna, .. } = team(db).await;
    let nord = company(&anna, "Nordlicht GmbH", "info@nordlicht.example").await;
    let contact = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Jörg", "middle_name": "Maria", "last_name": "Weiß", "email": "joerg@nordlicht.example", "company_id": id(&nord) }),
    )
    .await;
    let ada = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Ada", "last_name": "King", "email": "ada@nordlicht.example", "company_id": id(&nord) }),
    )
    .await;
    let news = account(&admin, &anna, "anna-news", false).await;
    let letter = message(&anna, "News for {{first_name}}", "Dear {{ full_name }} of {{company}}, {{first_middle_name}}").await;
    let saved = mailing_to(&anna, "contact", &[id(&contact), id(&ada)]).await;
    let mailing = activate(&anna, &saved["mailing"], &letter).await["mailing"].clone();
    let settings = ok(&admin, "massmail_settings_get", json!({})).await;
    let mut changed = settings.clone();
    changed["emails_per_day"] = json!(1);
    ok(&admin, "massmail_settings_update", json!({ "id": 1, "version": settings["version"], "input": changed })).await;

    let server = Recorder::default();
    let report = pass(anna.db(), &server, THURSDAY).await;
    assert_eq!(report.sent, 1, "R-MM-5: one message per account and pass");
    let sent = server.sent();
    let (smtp, mail) = &sent[0];
    assert_eq!(smtp.user, "anna-news");
    assert_eq!(smtp.password.as_deref(), Some("secret of keychain:anna-news"), "the password comes from the keychain");
    assert_eq!(mail.to, ["joerg@nordlicht.example"]);
    assert_eq!(mail.subject, "News for Jörg", "R-MM-5: the subject is filled in");
    assert!(mail.text.starts_with("Dear Jörg Maria Weiß of Nordlicht GmbH, Jörg Maria"), "R-MM-5: {}", mail.text);
    assert!(mail.text.contains("https://crm.example/unsubscribe/"), "R-MM-5: an unsubscribe link: {}", mail.text);
    let now = mailing_now(&anna, &mailing).await;
    assert_eq!(now["successful_ids"], json!(id(&contact).to_string()));
    assert_eq!(now["recipient_ids"], json!(id(&ada).to_string()));

    // The daily limit of the account is reached: nothing more that day.
    assert_eq!(pass(anna.db(), &server, THURSDAY).await.sent, 0, "R-MM-5: emails_per_day per account");
    let report = pass(anna.db(), &server, NEXT_MONDAY).await;
    assert_eq!(report.sent, 1);
    assert_eq!(report.done, [crm_core::Id(id(&mailing))]);
    let now = mailing_now(&anna, &mailing).await;
    assert_eq!(now["status"], "D", "R-MM-5: done when no ids remain");
    assert!(now["report"].as_str().is_some_and(|r| r.ends_with("2026-12-07 Done successfully.")), "{now}");
    assert_eq!(now["successful_ids"], json!(format!("{},{}", id(&contact), id(&ada))));
    let news = ok(&admin, "email_account_get", json!({ "id": id(&news) })).await;
    assert_eq!((news["today_date"].clone(), news["today_count"].clone()), (json!("2026-12-07"), json!(1)));
    assert_eq!(pass(anna.db(), &server, NEXT_MONDAY).await.sent, 0, "a done mailing is not sent again");
});

crm_store::db_test!(async fn refusals_fail_the_recipient_or_switch_the_account_off(db) {
    let Team { admin, anna, .. } = team(db).await;
    let one = company(&anna, "One GmbH", "one@one.example").await;
    let two = company(&anna, "Two GmbH", "two@two.example").await;
    let gone = company(&anna, "Gone GmbH", "gone@gone.example").await;
    let news = account(&admin, &anna, "anna-news", false).await;
    let letter = message(&anna, "Offer", "Hello {{full_name}}").await;
    let saved = mailing_to(&anna, "company", &[id(&gone), id(&one), id(&two)]).await;
    let mailing = activate(&anna, &saved["mailing"], &letter).await["mailing"].clone();
    // A recipient that no longer exists leaves the mailing.
    ok(&anna, "company_delete", json!({ "id": id(&gone), "version": gone["version"] })).await;

    let server = Recorder { refuse_recipient: Some("one@one.example".into()), ..Recorder::default() };
    let report = pass(anna.db(), &server, THURSDAY).await;
    assert_eq!((report.sent, report.failed), (0, 1));
    let now = mailing_now(&anna, &mailing).await;
    assert_eq!(now["failed_ids"], json!(id(&one).to_string()), "R-MM-5: moved to failed");
    assert_eq!(now["recipient_ids"], json!(id(&two).to_string()), "R-MM-5: the deleted record was removed");
    assert_eq!(now["status"], "E", "R-MM-5: active with error");
    assert!(now["report"].as_str().is_some_and(|r| r.contains("550 no such mailbox")), "{now}");

    let server = Recorder { refuse_login: Some("anna-news".into()), ..Recorder::default() };
    let report = pass(anna.db(), &server, THURSDAY).await;
    assert_eq!(report.sent, 0);
    assert_eq!(report.admin_notices.len(), 1, "R-MM-5: the administrators are told");
    let (subject, _) = report.admin_notices[0].render("en");
    assert!(subject.contains("anna-news"), "{subject}");
    let news = ok(&admin, "email_account_get", json!({ "id": id(&news) })).await;
    assert_eq!(news["massmail"], json!(false), "R-MM-5: the refused account no longer sends mailings");
    let now = mailing_now(&anna, &mailing).await;
    assert_eq!(now["recipient_ids"], json!(id(&two).to_string()), "the recipient stays pending");
    assert!(now["report"].as_str().is_some_and(|r| r.contains("535 authentication failed")));
    assert_eq!(pass(anna.db(), &Recorder::default(), THURSDAY).await.sent, 0, "no mailing account left");
});

crm_store::db_test!(async fn nothing_is_sent_friday_to_sunday_or_outside_business_time(db) {
    let Team { admin, anna, .. } = team(db).await;
    let one = company(&anna, "One GmbH", "one@one.example").await;
    account(&admin, &anna, "anna-news", false).await;
    let letter = message(&anna, "Offer", "Hello").await;
    let saved = mailing_to(&anna, "company", &[id(&one)]).await;
    activate(&anna, &saved["mailing"], &letter).await;
    let server = Recorder::default();
    for day in [FRIDAY, "2026-12-05 10:00", "2026-12-06 10:00"] {
        assert_eq!(pass(anna.db(), &server, day).await.sent, 0, "R-MM-6: no mailings on {day}");
    }
    let notices = ok(&anna, "massmail_notices", json!({ "today": "2026-12-04" })).await;
    assert_eq!(notices[0]["code"], "massmail-no-weekend-sending", "R-MM-6: told on Fridays");
    assert_eq!(ok(&anna, "massmail_notices", json!({ "today": "2026-12-03" })).await, json!([]));

    let settings = ok(&admin, "massmail_settings_get", json!({})).await;
    let mut changed = settings.clone();
    changed["use_business_time"] = json!(true);
    ok(&admin, "massmail_settings_update", json!({ "id": 1, "version": settings["version"], "input": changed })).await;
    assert_eq!(pass(anna.db(), &server, "2026-12-03 07:00").await.sent, 0, "R-MM-6: before business time");
    assert_eq!(pass(anna.db(), &server, "2026-12-03 09:00").await.sent, 1, "R-MM-6: within business time");
});

/// The mass-mail row of a record, read through the registry.
async fn mass_row(session: &Session, kind: &str, target: &Value) -> Option<Value> {
    let page = ok(
        session,
        "mass_contact_list",
        json!({ "filter": { "target_type": kind, "target_id": id(target) } }),
    )
    .await;
    page["items"].as_array().and_then(|items| items.first()).cloned()
}

crm_store::db_test!(async fn vip_recipients_are_written_to_by_the_main_account_only(db) {
    let Team { admin, anna, bob } = team(db).await;
    let vip = company(&anna, "Very Important AG", "boss@vip.example").await;
    let other = company(&anna, "Other AG", "info@other.example").await;
    let selection = json!({ "recipient_type": "company", "ids": [id(&vip)] });
    let queued = account(&admin, &anna, "anna-news", false).await;
    refused_on(call(&anna, "mass_contact_set_vip", selection.clone()).await, "ids", &Rule::NoMainAccount);
    let main = account(&admin, &anna, "anna-main", true).await;
    let bobs = company(&bob, "Bob's Own", "own@bob.example").await;
    refused_on(
        call(&admin, "mass_contact_set_vip", json!({ "recipient_type": "company", "ids": [id(&vip), id(&bobs)] })).await,
        "ids",
        &Rule::MixedOwners,
    );
    let rows = ok(&anna, "mass_contact_set_vip", selection.clone()).await;
    assert_eq!(rows[0]["email_account_id"], json!(id(&main)), "R-MM-7: the owner's main account");

    let letter = message(&anna, "Offer", "Hello").await;
    let saved = mailing_to(&anna, "company", &[id(&vip), id(&other)]).await;
    activate(&anna, &saved["mailing"], &letter).await;
    let server = Recorder::default();
    assert_eq!(pass(anna.db(), &server, THURSDAY).await.sent, 2);
    let mut by_account: Vec<(String, Vec<String>)> =
        server.sent().into_iter().map(|(smtp, mail)| (smtp.user, mail.to)).collect();
    by_account.sort();
    assert_eq!(
        by_account,
        [
            ("anna-main".to_owned(), vec!["boss@vip.example".to_owned()]),
            ("anna-news".to_owned(), vec!["info@other.example".to_owned()]),
        ],
        "R-MM-7: the VIP through the main account, the other through the queued one (R-MM-5)"
    );
    let other_row = mass_row(&anna, "company", &other).await.expect("assigned on the fly");
    assert_eq!(other_row["email_account_id"], json!(id(&queued)), "R-MM-5: the next queued account");

    let statuses = ok(
        &anna,
        "massmail_recipient_status",
        json!({ "recipient_type": "company", "ids": [id(&vip), id(&other), id(&bobs)] }),
    )
    .await;
    assert_eq!(statuses[0]["vip"], json!(true), "R-MM-7");
    assert_eq!(statuses[0]["subscription"], "subscribed");
    assert_eq!(statuses[1]["vip"], json!(false));
    assert_eq!(statuses[2]["subscription"], "never_received", "R-MM-7: subscribed, never reached");

    assert_eq!(ok(&anna, "mass_contact_remove_vip", selection).await, json!(1));
    assert!(mass_row(&anna, "company", &vip).await.is_none(), "R-MM-7: the VIP row is deleted");
});

crm_store::db_test!(async fn an_unsubscribed_recipient_receives_no_more_mailings(db) {
    let Team { admin, anna, .. } = team(db).await;
    let one = company(&anna, "One GmbH", "one@one.example").await;
    account(&admin, &anna, "anna-news", false).await;
    let letter = message(&anna, "Offer", "Hello, leave at {{unsubscribe_url}}").await;
    let saved = mailing_to(&anna, "company", &[id(&one)]).await;
    activate(&anna, &saved["mailing"], &letter).await;
    let server = Recorder::default();
    pass(anna.db(), &server, THURSDAY).await;
    let row = mass_row(&anna, "company", &one).await.expect("row");
    let uuid = row["uuid"].as_str().expect("uuid").to_owned();
    assert!(server.sent()[0].1.text.contains(&format!("https://crm.example/unsubscribe/{uuid}")), "R-MM-5");

    let redirect = ok(&admin, "massmail_unsubscribe", json!({ "uuid": uuid })).await;
    assert_eq!(redirect["url"], "https://www.example.com/unsubscribe", "R-MM-9: redirected");
    let row = mass_row(&anna, "company", &one).await.expect("row");
    assert_eq!(row["massmail"], json!(false), "R-MM-9: the mass-mail row is unsubscribed");
    let one_now = ok(&anna, "company_get", json!({ "id": id(&one) })).await;
    assert_eq!(one_now["massmail"], json!(false), "R-MM-9: the record is unsubscribed");
    let unknown = ok(&admin, "massmail_unsubscribe", json!({ "uuid": "00000000-0000-4000-8000-000000000000" })).await;
    assert_eq!(unknown["url"], "https://www.example.com/unsubscribe", "R-MM-9: an unknown token just redirects");
    refused_on(
        call(&anna, "mailing_create", json!({ "recipient_type": "company", "ids": [id(&one)] })).await,
        "ids",
        &Rule::NoRecipients,
    );
});

crm_store::db_test!(async fn a_new_company_owner_takes_over_its_mailing_recipients(db) {
    let Team { admin, anna, bob } = team(db).await;
    let local = department(&admin, "Local sales").await;
    let carl = user(&admin, "carl", &[local], &["managers"]).await;
    let nord = company(&anna, "Nordlicht GmbH", "info@nordlicht.example").await;
    let contact = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Ada", "last_name": "King", "email": "ada@nordlicht.example", "company_id": id(&nord) }),
    )
    .await;
    account(&admin, &anna, "anna-main", true).await;
    ok(&anna, "mass_contact_set_vip", json!({ "recipient_type": "company", "ids": [id(&nord)] })).await;
    ok(&anna, "mass_contact_set_vip", json!({ "recipient_type": "contact", "ids": [id(&contact)] })).await;
    let bob_first = account(&admin, &bob, "bob-1", false).await;
    let bob_second = account(&admin, &bob, "bob-2", false).await;

    let mut edited = nord.clone();
    edited["owner_id"] = json!(bob.user_id().0);
    let nord = ok(&admin, "company_update", json!({ "id": id(&nord), "version": nord["version"], "input": edited })).await;
    let accounts = [
        mass_row(&admin, "company", &nord).await.expect("row")["email_account_id"].clone(),
        mass_row(&admin, "contact", &contact).await.expect("row")["email_account_id"].clone(),
    ];
    assert_eq!(
        accounts,
        [json!(id(&bob_first)), json!(id(&bob_second))],
        "R-MM-8: the new owner's queued accounts in turn"
    );

    ok(
        &admin,
        "company_transfer_owner",
        json!({ "company_ids": [id(&nord)], "owner_id": carl.user_id().0 }),
    )
    .await;
    assert!(mass_row(&admin, "company", &nord).await.is_none(), "R-MM-8: no queued account, no row");
    assert!(mass_row(&admin, "contact", &contact).await.is_none(), "R-MM-8");
});

crm_store::db_test!(async fn mailings_merge_and_leave_out_who_received_the_message(db) {
    let Team { admin, anna, .. } = team(db).await;
    let one = company(&anna, "One GmbH", "one@one.example").await;
    let two = company(&anna, "Two GmbH", "two@two.example").await;
    let three = company(&anna, "Three GmbH", "three@three.example").await;
    account(&admin, &anna, "anna-news", false).await;
    let letter = message(&anna, "Offer", "Hello").await;
    let first = mailing_to(&anna, "company", &[id(&one)]).await;
    let first = activate(&anna, &first["mailing"], &letter).await["mailing"].clone();
    pass(anna.db(), &Recorder::default(), THURSDAY).await;
    let first = mailing_now(&anna, &first).await;
    assert_eq!(first["status"], "D");

    let received = ok(&anna, "massmail_received", json!({ "recipient_type": "company", "id": id(&one) })).await;
    assert_eq!(received.as_array().map(Vec::len), Some(1), "R-MM-11");
    assert_eq!(received[0]["id"], json!(id(&letter)), "R-MM-11: the message it received");
    let none = ok(&anna, "massmail_received", json!({ "recipient_type": "company", "id": id(&two) })).await;
    assert_eq!(none, json!([]), "R-MM-11");

    let second = mailing_to(&anna, "company", &[id(&one), id(&two)]).await["mailing"].clone();
    let second = ok(
        &anna,
        "mailing_out_update",
        json!({ "id": id(&second), "version": second["version"], "input": { "name": "Spring", "message_id": id(&letter), "status": "P" } }),
    )
    .await["mailing"]
        .clone();
    let third = mailing_to(&anna, "company", &[id(&three), id(&two)]).await["mailing"].clone();
    refused_on(
        call(&anna, "mailing_merge", json!({ "ids": [id(&second), id(&third)] })).await,
        "ids",
        &Rule::MailingsDiffer,
    );
    let third = ok(
        &anna,
        "mailing_out_update",
        json!({ "id": id(&third), "version": third["version"], "input": { "name": "Other", "message_id": id(&letter), "status": "P" } }),
    )
    .await["mailing"]
        .clone();
    let merged = ok(&anna, "mailing_merge", json!({ "ids": [id(&second), id(&third)] })).await;
    assert_eq!(merged["name"], "Spring (united)", "R-MM-10");
    assert_eq!(
        merged["recipient_ids"],
        json!(format!("{},{},{}", id(&one), id(&two), id(&three))),
        "R-MM-10: pending ids united without repeats"
    );
    assert_eq!(merged["recipients_number"], json!(4), "R-MM-10: summed");
    assert!(matches!(
        refused(&anna, "mailing_out_get", json!({ "id": id(&second) })).await,
        crm_app::AppError::NotFound { .. }
    ), "R-MM-10: the originals are deleted");

    let excluded = ok(&anna, "mailing_exclude_received", json!({ "id": id(&merged), "version": merged["version"] })).await;
    assert_eq!(
        excluded["mailing"]["recipient_ids"],
        json!(format!("{},{}", id(&two), id(&three))),
        "R-MM-10: who received the message is left out"
    );
    assert_eq!(excluded["notices"][0]["message"], "Number of excluded recipients: 1.");
});

crm_store::db_test!(async fn a_mailing_is_made_from_criteria_over_the_users_own_records(db) {
    let Team { admin, anna, bob } = team(db).await;
    let local = department(&admin, "Local sales").await;
    let germany = id(&named(&admin, "country_list", json!({}), "Germany").await);
    let us = id(&named(&admin, "country_list", json!({}), "United States").await);
    let types = ok(&admin, "client_type_list", json!({ "filter": { "department_id": local } })).await;
    let industries = ok(&admin, "industry_list", json!({ "filter": { "department_id": local } })).await;
    let (t1, t2) = (ids(&types)[0], ids(&types)[1]);
    let (i1, i2) = (ids(&industries)[0], ids(&industries)[1]);
    let make = |owner: &Session, name: &str, country: i64, kind: i64, industry: i64| {
        let input = json!({ "full_name": name, "email": format!("info@{name}.example"), "country_id": country,
                            "type_id": kind, "industry_ids": [industry] });
        let owner = owner.clone();
        async move { ok(&owner, "company_create", input).await }
    };
    let wanted = make(&anna, "wanted", germany, t1, i1).await;
    make(&anna, "elsewhere", us, t1, i1).await;
    make(&anna, "othertype", germany, t2, i1).await;
    make(&anna, "otherindustry", germany, t1, i2).await;
    make(&bob, "bobs", germany, t1, i1).await;
    let quiet = make(&anna, "quiet", germany, t1, i1).await;
    let mut edited = quiet.clone();
    edited["massmail"] = json!(false);
    ok(&anna, "company_update", json!({ "id": id(&quiet), "version": quiet["version"], "input": edited })).await;
    let contact = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Ada", "last_name": "King", "email": "ada@wanted.example", "company_id": id(&wanted) }),
    )
    .await;
    account(&admin, &anna, "anna-news", false).await;

    let criteria = json!({ "recipient_type": "company", "criteria": { "country_ids": [germany], "type_ids": [t1], "industry_ids": [i1] } });
    let saved = ok(&anna, "mailing_create_from_criteria", criteria).await;
    assert_eq!(saved["mailing"]["recipient_ids"], json!(id(&wanted).to_string()), "R-MM-3: own, eligible, matching");
    assert_eq!(codes(&saved), ["massmail-unsubscribed-excluded", "massmail-no-weekend-sending"]);
    let saved = ok(&anna, "mailing_create_from_criteria", json!({ "recipient_type": "contact", "criteria": { "type_ids": [t1], "industry_ids": [i1] } })).await;
    assert_eq!(saved["mailing"]["recipient_ids"], json!(id(&contact).to_string()), "R-MM-3: a contact by its company's type and industry");
    assert_eq!(saved["mailing"]["recipient_type"], "contact");

    refused_on(
        call(&anna, "mailing_create_from_criteria", json!({ "recipient_type": "company", "criteria": { "after": "2026-12-10", "before": "2026-12-01" } })).await,
        "after",
        &Rule::AfterLaterThanBefore,
    );
    refused_on(
        call(&anna, "mailing_create_from_criteria", json!({ "recipient_type": "company", "criteria": { "after": "2099-01-01" } })).await,
        "ids",
        &Rule::NoRecipients,
    );
    refused_on(
        call(&anna, "mailing_create_from_criteria", json!({ "recipient_type": "lead" })).await,
        "recipient_type",
        &Rule::NotAChoice,
    );
    let choices = ok(&anna, "mailing_criteria_choices", json!({ "recipient_type": "company" })).await;
    let mut countries = vec![germany, us];
    countries.sort_unstable();
    assert_eq!(choices["country_ids"], json!(countries), "R-MM-3: only values the user's records use");
    assert_eq!(choices["type_ids"], json!([t1.min(t2), t1.max(t2)]));
    assert!(choices["earliest"].is_string(), "R-MM-3: after defaults to the earliest creation day");
});

crm_store::db_test!(async fn messages_and_accounts_are_copied_and_tested(db) {
    let Team { admin, anna, bob } = team(db).await;
    let first = account(&admin, &anna, "anna-main", true).await;
    let signature = ok(&anna, "signature_create", json!({ "name": "Anna", "content": "Anna, Oriel" })).await;
    let letter = ok(
        &anna,
        "eml_message_create",
        json!({ "subject": "Offer", "content": "Hello", "signature_id": id(&signature), "is_html": false }),
    )
    .await;
    let copy = ok(&anna, "eml_message_copy", json!({ "id": id(&letter), "owner_id": bob.user_id().0 })).await;
    assert_eq!(copy["owner_id"], json!(bob.user_id().0), "R-MM-10: copied to another user");
    assert_eq!((copy["subject"].clone(), copy["signature_id"].clone()), (json!("Offer"), Value::Null), "R-MM-10: without signature");

    let form = ok(&anna, "email_account_copy", json!({ "id": id(&first) })).await;
    assert_eq!(form["email_host_user"], "anna-main", "R-MM-10: the configuration");
    assert_eq!(form["start_incoming_uid"], Value::Null, "R-MM-10: no mailbox positions");
    assert!(matches!(
        refused(&bob, "email_account_copy", json!({ "id": id(&first) })).await,
        crm_app::AppError::NotFound { .. }
    ), "R-MM-10: only accounts the user may see");

    let server = Recorder::default();
    let secrets = |reference: &str| Some(format!("secret of {reference}"));
    let err = crm_app::massmail::copies::send_test(&anna, &server, &secrets, crm_core::Id(id(&letter))).await;
    assert!(
        matches!(&err, Err(crm_app::AppError::Validation(v)) if v.iter().any(|v| v.rule == Rule::TwoAccountsNeeded)),
        "R-MM-10: two accounts needed: {err:?}"
    );
    account(&admin, &anna, "anna-news", false).await;
    let notice = crm_app::massmail::copies::send_test(&anna, &server, &secrets, crm_core::Id(id(&letter)))
        .await
        .expect("test sent");
    assert_eq!(notice.code, "massmail-test-sent");
    let sent = server.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!((sent[0].0.user.as_str(), sent[0].1.to.clone()), ("anna-main", vec!["anna-news@oriel.example".to_owned()]), "R-MM-10: from the first account to the others");
});

crm_store::db_test!(async fn a_main_account_leaves_the_round_robin_queue(db) {
    let Team { admin, anna, .. } = team(db).await;
    let one = company(&anna, "One GmbH", "one@one.example").await;
    let two = company(&anna, "Two GmbH", "two@two.example").await;
    let three = company(&anna, "Three GmbH", "three@three.example").await;
    let first = account(&admin, &anna, "anna-1", false).await;
    let second = account(&admin, &anna, "anna-2", false).await;
    let letter = message(&anna, "Offer", "Hello").await;
    let saved = mailing_to(&anna, "company", &[id(&one), id(&two), id(&three)]).await;
    activate(&anna, &saved["mailing"], &letter).await;
    pass(anna.db(), &Recorder::default(), THURSDAY).await;
    let rows = [
        mass_row(&anna, "company", &one).await.expect("row")["email_account_id"].clone(),
        mass_row(&anna, "company", &two).await.expect("row")["email_account_id"].clone(),
    ];
    assert_eq!(rows, [json!(id(&first)), json!(id(&second))], "R-MM-5: queued accounts in turn");

    let second = ok(&admin, "email_account_get", json!({ "id": id(&second) })).await;
    let mut edited = second.clone();
    edited["main"] = json!(true);
    ok(&admin, "email_account_update", json!({ "id": id(&second), "version": second["version"], "input": edited })).await;
    pass(anna.db(), &Recorder::default(), THURSDAY).await;
    let third = mass_row(&anna, "company", &three).await.expect("row");
    assert_eq!(third["email_account_id"], json!(id(&first)), "R-MM-10: a main account is no longer queued");
});
