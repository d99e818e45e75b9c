mod support;
use support::*;

use crm_app::mail_transport::MailTransport;
use crm_app::mailer::{MailError, Mailer, OutgoingMail, SmtpAccount};
use crm_app::smtp::SmtpMailer;
use crm_app::{AppError, Session};
use crm_core::validation::Rule;
use serde_json::{Value, json};
use support::smtp_server::{Behaviour, SmtpServer};

/// Passwords in tests are given directly: the "keychain reference" is the password.
fn transport() -> MailTransport {
    MailTransport::new(
        SmtpMailer::default(),
        |reference: &str| -> Result<String, String> { Ok(reference.to_owned()) },
    )
}

/// A main mail account of `user` on the test server at `port`, logging in with `password`.
async fn main_account(session: &Session, port: u16, login: &str, password: &str) -> Value {
    let fields = support_fields(json!({
        "name": "Main", "main": true, "massmail": false, "do_import": false,
        "email_host": "127.0.0.1", "email_port": port, "email_host_user": login,
        "email_host_password": password, "from_email": login,
        "email_use_tls": false, "email_use_ssl": false, "imap_host": "", "email_app_password": "",
        "email_imail_ssl_certfile": "", "email_imail_ssl_keyfile": "",
        "start_incoming_uid": 1, "start_sent_uid": 1, "owner_id": session.user_id().0,
    }));
    let created = crm_store::record::create(
        session.db(),
        &crm_store::massmail::EMAIL_ACCOUNT,
        Some(session.user_id().0),
        &fields,
    )
    .await
    .expect("account");
    Value::Object(created)
}

fn support_fields(value: Value) -> crm_store::record::Fields {
    match value {
        Value::Object(fields) => fields,
        _ => crm_store::record::Fields::new(),
    }
}

/// A default signature of `session`'s user.
async fn signature(session: &Session, content: &str) -> i64 {
    let fields = support_fields(json!({
        "name": "Default", "type": "Plain text", "content": content, "default": true,
        "owner_id": session.user_id().0,
    }));
    let created = crm_store::record::create(
        session.db(),
        &crm_store::massmail::SIGNATURE,
        Some(session.user_id().0),
        &fields,
    )
    .await
    .expect("signature");
    created["id"].as_i64().expect("id")
}

/// Local sales with a manager `anna`, an operator `olga`, a company with a contact, and a deal
/// about the contact's request.
struct Sales {
    admin: Session,
    local: i64,
    anna: Session,
    olga: Session,
    company: Value,
    contact: Value,
    deal: Value,
}

async fn sales(db: crm_store::Db) -> Sales {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let company = ok(
        &anna,
        "company_create",
        json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" }),
    )
    .await;
    let contact = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Jörg", "last_name": "Weiß",
        "email": "joerg@nordlicht.example", "company_id": id(&company) }),
    )
    .await;
    let request = ok(
        &anna,
        "request_create",
        json!({ "request_for": "200 lamps", "first_name": "Jörg",
        "contact_id": id(&contact), "company_id": id(&company) }),
    )
    .await;
    let deal = ok(
        &anna,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await;
    Sales {
        admin,
        local,
        anna,
        olga,
        company,
        contact,
        deal,
    }
}

fn rule_of(err: &AppError, field: &str) -> Option<Rule> {
    match err {
        AppError::Validation(v) => v.iter().find(|v| v.field == field).map(|v| v.rule.clone()),
        _ => None,
    }
}

crm_store::db_test!(async fn a_letter_about_a_deal_carries_its_ticket_and_the_keep_the_ticket_note(db) {
    let Sales { admin, anna, contact, company, deal, .. } = sales(db).await;
    main_account(&anna, 25, "anna@oriel.example", "pw").await;
    let signature = signature(&anna, "Anna Berg, Oriel").await;
    let file = ok(&admin, "attachment_create", json!({ "file": "deals/offer.pdf", "target_type": "deal", "target_id": id(&deal) })).await;

    let composed = ok(&anna, "crm_email_compose", json!({ "deal_id": id(&deal) })).await;
    let form = &composed["input"];
    let ticket = deal["ticket"].as_str().expect("ticket");
    // R-EMAIL-3 with R-EMAIL-2: "Re: <deal>" and the ticket marker.
    assert_eq!(form["subject"], json!(format!("Re: 200 lamps  - [ticket:{ticket}]")), "R-EMAIL-3, R-EMAIL-2");
    assert_eq!(crm_core::email_flow::ticket_in(form["subject"].as_str().unwrap_or_default()), Some(ticket));
    // R-EMAIL-9: the body starts with the note naming the ticket.
    let body = form["content"].as_str().expect("content");
    assert!(body.starts_with("<p>Your request has been given the ticket"), "R-EMAIL-9: {body}");
    assert!(body.contains(&format!("[ticket:{ticket}]")), "R-EMAIL-9: {body}");
    // R-EMAIL-3: to the deal's contact, linked to deal, request and contact, from the main account.
    assert_eq!(form["to"], "joerg@nordlicht.example", "R-EMAIL-3");
    assert_eq!((form["deal_id"].clone(), form["request_id"].clone()), (json!(id(&deal)), deal["request_id"].clone()));
    assert_eq!((form["contact_id"].clone(), form["company_id"].clone()), (json!(id(&contact)), json!(id(&company))));
    assert_eq!(form["ticket"], json!(ticket));
    assert_eq!(form["from_field"], "anna@oriel.example");
    assert_eq!(form["signature_id"], json!(signature));
    assert_eq!(form["department_id"], deal["department_id"], "the department of the recipient's owner");
    assert_eq!(ids(&json!({ "items": composed["deal_attachments"] })), [id(&file)], "the deal's files to pick from");

    // The user saves the form: an outbox e-mail of the deal.
    let saved = ok(&anna, "crm_email_create", form.clone()).await;
    assert_eq!((saved["deal_id"].clone(), saved["ticket"].clone()), (json!(id(&deal)), json!(ticket)));
});

crm_store::db_test!(async fn a_letter_to_a_company_contact_or_lead_is_addressed_and_linked(db) {
    let Sales { anna, olga, contact, company, local, .. } = sales(db).await;
    let lead = ok(&olga, "lead_create", json!({ "first_name": "Mia", "email": "mia@kranich.example", "owner_id": anna.user_id().0 })).await;

    let to_company = ok(&olga, "crm_email_compose", json!({ "company_id": id(&company) })).await["input"].clone();
    assert_eq!((to_company["to"].clone(), to_company["company_id"].clone()), (json!("info@nordlicht.example"), json!(id(&company))), "R-EMAIL-3");
    assert_eq!(to_company["from_field"], Value::Null, "olga has no main account");
    assert_eq!(to_company["owner_id"], json!(olga.user_id().0));
    assert_eq!(to_company["department_id"], json!(local));
    let to_contact = ok(&olga, "crm_email_compose", json!({ "contact_id": id(&contact) })).await["input"].clone();
    assert_eq!((to_contact["to"].clone(), to_contact["contact_id"].clone(), to_contact["company_id"].clone()),
        (json!("joerg@nordlicht.example"), json!(id(&contact)), json!(id(&company))), "R-EMAIL-3");
    let to_lead = ok(&olga, "crm_email_compose", json!({ "lead_id": id(&lead) })).await["input"].clone();
    assert_eq!((to_lead["to"].clone(), to_lead["lead_id"].clone()), (json!("mia@kranich.example"), json!(id(&lead))), "R-EMAIL-3");

    // R-EMAIL-3: a record without an address has no recipient.
    let silent = ok(&anna, "company_create", json!({ "full_name": "Stumm AG" })).await;
    let err = refused(&olga, "crm_email_compose", json!({ "company_id": id(&silent) })).await;
    assert_eq!(rule_of(&err, "to"), Some(Rule::NoRecipient), "R-EMAIL-3: {err:?}");
    let shown = err.localize(crm_app::Localizer::embedded(), "en");
    assert_eq!(shown.fields[0].message, "No recipient");
});

crm_store::db_test!(async fn an_address_of_the_not_allowed_list_is_refused(db) {
    let Sales { admin, olga, contact, .. } = sales(db).await;
    let banned = ok(&admin, "not_allowed_email_create", json!({ "email": "NoReply@Nordlicht.example" })).await;
    assert_eq!(banned["email"], "noreply@nordlicht.example");
    let err = refused(&olga, "not_allowed_email_create", json!({ "email": "x@nordlicht.example" })).await;
    assert!(matches!(err, AppError::Forbidden), "administrators keep the list: {err:?}");

    let letter = json!({ "subject": "Offer", "content": "Dear Jörg", "contact_id": id(&contact),
        "to": "joerg@nordlicht.example", "cc": "\"Robot\" <noreply@NORDLICHT.example>" });
    let err = refused(&olga, "crm_email_create", letter.clone()).await;
    assert_eq!(rule_of(&err, "cc"), Some(Rule::NotAllowedAddress { address: "noreply@NORDLICHT.example".into() }), "R-EMAIL-8: {err:?}");
    let shown = err.localize(crm_app::Localizer::embedded(), "en");
    assert_eq!(shown.fields[0].message, "Not allowed address: noreply@NORDLICHT.example", "R-EMAIL-8");

    let mut fine = letter.clone();
    fine["cc"] = Value::Null;
    let stored = ok(&olga, "crm_email_create", fine.clone()).await;
    let mut edit = fine;
    edit["to"] = json!("noreply@nordlicht.example");
    let err = refused(&olga, "crm_email_update", json!({ "id": id(&stored), "version": stored["version"], "input": edit })).await;
    assert_eq!(rule_of(&err, "to"), Some(Rule::NotAllowedAddress { address: "noreply@nordlicht.example".into() }), "R-EMAIL-8 on save");
});

/// A plain outgoing message for the mailer tests.
fn plain_mail(to: &str) -> OutgoingMail {
    OutgoingMail {
        from: "anna@oriel.example".into(),
        to: vec![to.into()],
        subject: "Hello".into(),
        text: "Hi".into(),
        ..OutgoingMail::default()
    }
}

fn smtp_account(port: u16, password: &str) -> SmtpAccount {
    SmtpAccount {
        host: "127.0.0.1".into(),
        port,
        user: "anna@oriel.example".into(),
        password: Some(password.into()),
        use_tls: false,
        use_ssl: false,
        from: "anna@oriel.example".into(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_smtp_mailer_speaks_smtp_and_tells_refusals_apart() {
    let server = SmtpServer::start(Behaviour {
        refuse_recipient: Some("ghost@nordlicht.example".into()),
        ..Behaviour::default()
    })
    .await;
    let mut mail = plain_mail("\"Jörg Weiß\" <joerg@nordlicht.example>");
    mail.cc = vec!["boss@nordlicht.example".into()];
    mail.bcc = vec!["archive@oriel.example".into()];
    mail.html = Some("<p>Hi</p>".into());
    let message_id = SmtpMailer::default()
        .send(&smtp_account(server.port, "s3cret"), &mail)
        .await
        .expect("sent");
    assert!(
        message_id.starts_with('<') && message_id.ends_with("@oriel.example>"),
        "{message_id}"
    );
    let received = server.received();
    assert_eq!(
        received.logins,
        [("anna@oriel.example".to_owned(), "s3cret".to_owned())]
    );
    assert_eq!(received.deliveries.len(), 1);
    let delivery = &received.deliveries[0];
    assert_eq!(delivery.mail_from, "anna@oriel.example");
    assert_eq!(
        delivery.rcpt_to,
        [
            "joerg@nordlicht.example",
            "boss@nordlicht.example",
            "archive@oriel.example"
        ]
    );
    assert!(delivery.data.contains("Subject: Hello"), "{}", delivery.data);
    assert!(
        delivery.data.contains(&format!("Message-ID: {message_id}")),
        "{}",
        delivery.data
    );
    assert!(
        !delivery.data.contains("archive@oriel.example"),
        "blind copies stay blind"
    );
    let commands: Vec<&str> = received
        .commands
        .iter()
        .map(|c| c.split([' ', ':']).next().unwrap_or_default())
        .collect();
    assert_eq!(
        commands,
        ["EHLO", "AUTH", "MAIL", "RCPT", "RCPT", "RCPT", "DATA", "QUIT"]
    );

    let refused = SmtpMailer::default()
        .send(
            &smtp_account(server.port, "s3cret"),
            &plain_mail("ghost@nordlicht.example"),
        )
        .await;
    assert!(
        matches!(&refused, Err(MailError::RecipientRefused { recipient, .. }) if recipient == "ghost@nordlicht.example"),
        "{refused:?}"
    );
    assert_eq!(
        server.received().deliveries.len(),
        1,
        "nothing more was delivered"
    );

    let strict = SmtpServer::start(Behaviour {
        refuse_login: true,
        ..Behaviour::default()
    })
    .await;
    let locked = SmtpMailer::default()
        .send(
            &smtp_account(strict.port, "wrong"),
            &plain_mail("joerg@nordlicht.example"),
        )
        .await;
    assert!(matches!(locked, Err(MailError::AccountRefused(_))), "{locked:?}");
    assert!(strict.received().deliveries.is_empty());

    let closed = SmtpMailer::default()
        .send(&smtp_account(1, "x"), &plain_mail("joerg@nordlicht.example"))
        .await;
    assert!(matches!(closed, Err(MailError::Unavailable(_))), "{closed:?}");
}

crm_store::db_test!(async fn a_sent_letter_reaches_the_server_and_the_deals_workflow(db) {
    let Sales { anna, olga, contact, deal, .. } = sales(db).await;
    let server = SmtpServer::start(Behaviour::default()).await;
    main_account(&anna, server.port, "anna@oriel.example", "s3cret").await;
    signature(&anna, "Anna Berg\nOriel CRM").await;
    let form = ok(&anna, "crm_email_compose", json!({ "deal_id": id(&deal) })).await["input"].clone();
    let mut form = form;
    form["content"] = json!(format!("<p>Dear Jörg, the offer follows.</p>{}", form["content"].as_str().unwrap_or_default()));
    form["cc"] = json!("boss@nordlicht.example");
    let email = ok(&anna, "crm_email_create", form).await;

    // Without a way out nothing leaves; with the SMTP transport the letter is sent.
    let sender = anna.clone().with_mail(transport());
    let outcome = ok(&sender, "crm_email_send", json!({ "id": id(&email), "version": email["version"] })).await;
    assert_eq!(outcome["sent"], json!(true), "R-EMAIL-4: {outcome}");
    // The recipient's name comes from the contact with that address (no display name given).
    assert_eq!(outcome["message"], "The Email has been sent to \"Jörg Weiß\", \"boss@nordlicht.example\"", "R-EMAIL-4");
    assert_eq!(outcome["email"]["sent"], json!(true), "R-EMAIL-4: in the sent box");
    assert!(outcome["email"]["message_id"].as_str().is_some_and(|m| m.starts_with('<')), "{outcome}");
    let received = server.received();
    assert_eq!(received.logins, [("anna@oriel.example".to_owned(), "s3cret".to_owned())]);
    assert_eq!(received.deliveries[0].rcpt_to, ["joerg@nordlicht.example", "boss@nordlicht.example"]);
    let data = &received.deliveries[0].data;
    assert!(data.contains(&format!("[ticket:{}]", deal["ticket"].as_str().unwrap_or_default())), "{data}");
    assert!(data.contains("Anna Berg"), "the signature follows the text: {data}");
    let deal_now = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await;
    let first_line = deal_now["workflow"].as_str().unwrap_or_default().lines().next().unwrap_or_default().to_owned();
    assert!(first_line.ends_with(" - The Email has been sent to \"Jörg Weiß\", \"boss@nordlicht.example\""), "R-EMAIL-4, R-DEAL-6: {first_line}");
    let err = refused(&sender, "crm_email_send", json!({ "id": id(&email), "version": outcome["email"]["version"] })).await;
    assert!(matches!(err, AppError::Validation(_)), "a sent letter is not sent twice: {err:?}");

    // R-EMAIL-4: without a main account of the e-mail's owner nothing is sent.
    let olgas = ok(&olga, "crm_email_create", json!({ "subject": "Offer", "content": "Dear Jörg",
        "to": "\"J. Weiß\" <joerg@nordlicht.example>", "contact_id": id(&contact) })).await;
    let err = refused(&olga.clone().with_mail(transport()), "crm_email_send", json!({ "id": id(&olgas), "version": olgas["version"] })).await;
    assert_eq!(rule_of(&err, "from_field"), Some(Rule::NoSendingAccount), "R-EMAIL-4: {err:?}");
    assert_eq!(server.received().deliveries.len(), 1);
});

crm_store::db_test!(async fn a_refused_letter_stays_in_the_outbox_with_the_reason(db) {
    let Sales { anna, contact, .. } = sales(db).await;
    let server = SmtpServer::start(Behaviour {
        refuse_recipient: Some("joerg@nordlicht.example".into()),
        ..Behaviour::default()
    })
    .await;
    main_account(&anna, server.port, "anna@oriel.example", "s3cret").await;
    let email = ok(&anna, "crm_email_create", json!({ "subject": "Offer", "content": "Dear Jörg",
        "to": "\"Jörg\" <joerg@nordlicht.example>", "contact_id": id(&contact) })).await;
    let outcome = ok(&anna.clone().with_mail(transport()), "crm_email_send", json!({ "id": id(&email), "version": email["version"] })).await;
    assert_eq!(outcome["sent"], json!(false));
    let message = outcome["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("Failed: recipient refused: joerg@nordlicht.example"), "R-EMAIL-4: {message}");
    let stored = ok(&anna, "crm_email_get", json!({ "id": id(&email) })).await;
    assert_eq!((stored["sent"].clone(), stored["version"].clone()), (json!(false), email["version"].clone()), "R-EMAIL-4: still in the outbox");
    assert!(server.received().deliveries.is_empty());
});

crm_store::db_test!(async fn replies_and_forwards_keep_the_links_and_the_ticket(db) {
    let Sales { admin, anna, olga, contact, company, deal, local } = sales(db).await;
    main_account(&anna, 25, "anna@oriel.example", "pw").await;
    let ticket = deal["ticket"].as_str().expect("ticket").to_owned();
    let incoming = ok(&admin, "crm_email_create", json!({ "subject": format!("Question  - [ticket:{ticket}]"),
        "content": "<p>Is it waterproof?</p><p>Jörg</p>", "from_field": "\"Jörg Weiß\" <joerg@nordlicht.example>",
        "to": "anna@oriel.example", "cc": "boss@nordlicht.example", "incoming": true, "ticket": ticket,
        "deal_id": id(&deal), "contact_id": id(&contact), "request_id": deal["request_id"],
        "owner_id": anna.user_id().0, "department_id": local })).await;
    let file = received_file(&admin, &incoming, "mail/photo.png").await;

    let reply = ok(&anna, "crm_email_answer", json!({ "id": id(&incoming), "answer": "reply" })).await;
    // R-EMAIL-5: to the sender of an incoming letter, in the acting user's outbox.
    assert_eq!(reply["to"], "\"Jörg Weiß\" <joerg@nordlicht.example>", "R-EMAIL-5");
    assert_eq!(reply["cc"], Value::Null);
    assert_eq!(reply["subject"], json!(format!("Re: Question  - [ticket:{ticket}]")), "the marker is not repeated");
    assert_eq!((reply["owner_id"].clone(), reply["from_field"].clone()), (json!(anna.user_id().0), json!("anna@oriel.example")));
    assert_eq!((reply["sent"].clone(), reply["incoming"].clone()), (json!(false), json!(false)), "an outbox letter");
    for link in ["deal_id", "request_id", "contact_id", "ticket"] {
        assert_eq!(reply[link], incoming[link], "R-EMAIL-5 keeps {link}");
    }
    assert_eq!(reply["company_id"], json!(id(&company)));
    let quoted = reply["prev_corr"].as_str().unwrap_or_default();
    assert!(quoted.starts_with("On ") && quoted.contains("\"Jörg Weiß\" <joerg@nordlicht.example> wrote:"), "{quoted}");
    assert!(quoted.contains("> Is it waterproof?\n> Jörg"), "R-EMAIL-5 quotes each line: {quoted}");
    assert!(reply["content"].as_str().unwrap_or_default().contains(&format!("[ticket:{ticket}]")), "R-EMAIL-5 with R-EMAIL-9");

    let all = ok(&anna, "crm_email_answer", json!({ "id": id(&incoming), "answer": "reply_all" })).await;
    assert_eq!(all["cc"], "boss@nordlicht.example", "R-EMAIL-5: reply-all copies cc");

    let forward = ok(&anna, "crm_email_answer", json!({ "id": id(&incoming), "answer": "forward" })).await;
    assert_eq!(forward["subject"], json!(format!("Fwd: Question  - [ticket:{ticket}]")), "R-EMAIL-5");
    assert_eq!(forward["to"], Value::Null, "a forward's recipient is chosen by the user");
    let content = forward["content"].as_str().unwrap_or_default();
    assert!(content.contains("Forwarded message") && content.contains("Is it waterproof?"), "R-EMAIL-5: {content}");
    let files = ok(&admin, "attachment_list", json!({ "filter": { "target_type": "crm_email", "target_id": id(&forward) } })).await;
    let copies = files["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(copies.len(), 1, "R-EMAIL-5: the forward carries the files");
    assert_eq!(copies[0]["file"], file["file"]);

    // A letter without a ticket is answered without the note, and a reply without a text of its
    // own is not sent (R-EMAIL-4).
    let plain = ok(&admin, "crm_email_create", json!({ "subject": "Hello", "content": "Hi", "is_html": false,
        "from_field": "joerg@nordlicht.example", "to": "anna@oriel.example", "incoming": true,
        "owner_id": anna.user_id().0, "department_id": local })).await;
    let bare = ok(&anna, "crm_email_answer", json!({ "id": id(&plain) })).await;
    assert_eq!((bare["subject"].clone(), bare["content"].clone()), (json!("Re: Hello"), json!("")));
    let err = refused(&anna.clone().with_mail(transport()), "crm_email_send", json!({ "id": id(&bare), "version": bare["version"] })).await;
    assert_eq!(rule_of(&err, "content"), Some(Rule::EmptyLetter), "R-EMAIL-4: {err:?}");
    assert_eq!(err.localize(crm_app::Localizer::embedded(), "en").fields[0].message, "Please fill in the subject and text of the letter.");

    // R-EMAIL-5 needs a main account.
    let err = refused(&olga, "crm_email_answer", json!({ "id": id(&incoming) })).await;
    assert_eq!(rule_of(&err, "from_field"), Some(Rule::NoSendingAccount), "R-EMAIL-5: {err:?}");
});

crm_store::db_test!(async fn mailboxes_count_and_list_the_letters_by_their_flags(db) {
    let Sales { admin, anna, olga, local, deal, .. } = sales(db).await;
    let letter = |extra: Value| {
        let mut base = json!({ "subject": "Offer", "content": "Text", "to": "joerg@nordlicht.example",
            "owner_id": anna.user_id().0, "department_id": local });
        for (k, v) in extra.as_object().cloned().unwrap_or_default() {
            base[k] = v;
        }
        base
    };
    let ticket = deal["ticket"].clone();
    let outbox = ok(&anna, "crm_email_create", letter(json!({ "ticket": ticket }))).await;
    let olgas = ok(&olga, "crm_email_create", letter(json!({ "owner_id": olga.user_id().0 }))).await;
    let inbox = ok(&admin, "crm_email_create", letter(json!({ "incoming": true, "ticket": ticket }))).await;
    let sent = ok(&admin, "crm_email_create", letter(json!({ "sent": true, "ticket": ticket }))).await;
    let trash = ok(&admin, "crm_email_create", letter(json!({ "sent": true, "trash": true }))).await;

    let boxed = |mailbox: &'static str| {
        let anna = anna.clone();
        async move {
            let page = ok(&anna, "crm_email_mailbox_list", json!({ "filter": { "mailbox": mailbox }, "page": { "descending": true } })).await;
            let mut found = ids(&page);
            found.sort_unstable();
            found
        }
    };
    assert_eq!(boxed("inbox").await, [id(&inbox)], "R-EMAIL-11");
    assert_eq!(boxed("sent").await, [id(&sent)], "R-EMAIL-11");
    assert_eq!(boxed("outbox").await, [id(&outbox), id(&olgas)], "R-EMAIL-11");
    assert_eq!(boxed("trash").await, [id(&trash)], "R-EMAIL-11");
    let counts = ok(&anna, "crm_email_mailbox_counts", json!({})).await;
    assert_eq!((counts["inbox"].clone(), counts["sent"].clone(), counts["outbox"].clone(), counts["trash"].clone()),
        (json!(1), json!(1), json!(2), json!(1)), "R-EMAIL-11: {counts}");
    assert_eq!(counts["outbox_note"], "Please note that this is a list of unsent emails.");
    let own = ok(&anna, "crm_email_mailbox_counts", json!({ "owner_id": olga.user_id().0 })).await;
    assert_eq!(own["outbox"], json!(1), "the owner filter");
    assert_eq!(ok(&anna, "crm_email_outbox_count", json!({})).await, json!(1), "R-EMAIL-11: the menu counts the user's own outbox");

    // Thirty to a page (R-EMAIL-11).
    for _ in 0..29 {
        ok(&anna, "crm_email_create", letter(json!({}))).await;
    }
    let page = ok(&anna, "crm_email_mailbox_list", json!({ "filter": { "mailbox": "outbox" } })).await;
    assert_eq!(ids(&page).len(), 30, "R-EMAIL-11");
    assert!(page["next_cursor"].is_string(), "the 31st is on the next page");

    // Another department's manager sees none of them (R-PERM-1).
    let other = department(&admin, "Global sales").await;
    let ben = user(&admin, "ben", &[other], &["managers"]).await;
    let counts = ok(&ben, "crm_email_mailbox_counts", json!({})).await;
    assert_eq!((counts["inbox"].clone(), counts["outbox"].clone()), (json!(0), json!(0)));

    // The letters of one ticket in the order they were written (R-EMAIL-11).
    let around = ok(&anna, "crm_email_ticket_neighbours", json!({ "id": id(&inbox) })).await;
    assert_eq!((around["previous"].clone(), around["next"].clone()), (json!(id(&outbox)), json!(id(&sent))), "R-EMAIL-11");
    let first = ok(&anna, "crm_email_ticket_neighbours", json!({ "id": id(&outbox) })).await;
    assert_eq!((first["previous"].clone(), first["next"].clone()), (Value::Null, json!(id(&inbox))));
    let none = ok(&anna, "crm_email_ticket_neighbours", json!({ "id": id(&olgas) })).await;
    assert_eq!((none["previous"].clone(), none["next"].clone()), (Value::Null, Value::Null), "no ticket, no neighbours");
});

crm_store::db_test!(async fn an_e_mails_file_is_attached_to_its_deal_and_taken_back(db) {
    let Sales { admin, anna, contact, deal, .. } = sales(db).await;
    let email = ok(&anna, "crm_email_create", json!({ "subject": "Drawing", "content": "See the file",
        "to": "joerg@nordlicht.example", "contact_id": id(&contact), "deal_id": id(&deal) })).await;
    let file = ok(&admin, "attachment_create", json!({ "file": "mail/drawing.pdf", "target_type": "crm_email", "target_id": id(&email) })).await;
    let deal_files = |admin: Session| {
        let deal = id(&deal);
        async move {
            let page = ok(&admin, "attachment_list", json!({ "filter": { "target_type": "deal", "target_id": deal } })).await;
            page["items"].as_array().cloned().unwrap_or_default()
        }
    };
    let ticked = ok(&anna, "crm_email_attach_to_deal", json!({ "id": id(&file), "version": file["version"], "attached": true })).await;
    assert_eq!(ticked["attached_to_deal"], json!(true));
    let copies = deal_files(admin.clone()).await;
    assert_eq!(copies.len(), 1, "R-EMAIL-7: the deal has a copy");
    assert_eq!(copies[0]["file"], "mail/drawing.pdf");
    let unticked = ok(&anna, "crm_email_attach_to_deal", json!({ "id": id(&file), "version": ticked["version"], "attached": false })).await;
    assert_eq!(unticked["attached_to_deal"], json!(false));
    assert!(deal_files(admin.clone()).await.is_empty(), "R-EMAIL-7: unticking removes the deal's copy");
    let still = ok(&admin, "attachment_get", json!({ "id": id(&file) })).await;
    assert_eq!(still["file"], "mail/drawing.pdf", "the e-mail keeps its file");
});

crm_store::db_test!(async fn an_inquiry_e_mail_becomes_a_matched_request(db) {
    let Sales { admin, anna, olga, local, contact, company, .. } = sales(db).await;
    let inquiry = ok(&admin, "crm_email_create", json!({ "subject": "300 lamps", "content": "<p>Price for 300?</p>",
        "from_field": "\"Jörg Weiß\" <joerg@nordlicht.example>", "to": "info@oriel.example",
        "incoming": true, "inquiry": true, "owner_id": anna.user_id().0, "department_id": local })).await;
    let file = received_file(&admin, &inquiry, "mail/list.pdf").await;

    let request = ok(&olga, "request_from_email", json!({ "id": id(&inquiry) })).await;
    assert_eq!((request["first_name"].clone(), request["last_name"].clone()), (json!("Jörg"), json!("Weiß")), "R-REQ-15: the sender's name");
    assert_eq!(request["email"], "joerg@nordlicht.example", "R-REQ-15");
    assert_eq!(request["request_for"], "300 lamps");
    assert_eq!(request["description"], "Price for 300?", "the text as plain text");
    assert_eq!(request["receipt_date"].as_str(), inquiry["created_at"].as_str().map(|d| &d[..10]), "the e-mail's date");
    assert_eq!((request["contact_id"].clone(), request["company_id"].clone()), (json!(id(&contact)), json!(id(&company))), "R-MATCH-5");
    assert_eq!(request["owner_id"], json!(anna.user_id().0), "R-MATCH-8: the contact's owner");
    assert_eq!(request["subsequent"], json!(true), "R-REQ-15: no lead source and a manager's mailbox");
    assert_eq!(request["pending"], json!(true));
    let email = ok(&anna, "crm_email_get", json!({ "id": id(&inquiry) })).await;
    assert_eq!((email["ticket"].clone(), email["request_id"].clone()), (request["ticket"].clone(), json!(id(&request))), "R-REQ-15: the e-mail joins the request");
    assert_eq!((email["contact_id"].clone(), email["company_id"].clone()), (json!(id(&contact)), json!(id(&company))));
    let files = ok(&admin, "attachment_list", json!({ "filter": { "target_type": "request", "target_id": id(&request) } })).await;
    assert_eq!(files["items"][0]["file"], file["file"], "R-REQ-15: the files are copied to the request");
    let err = refused(&olga, "request_from_email", json!({ "id": id(&inquiry) })).await;
    assert!(matches!(err, AppError::Validation(_)), "made once: {err:?}");

    // An unknown sender to a lead source's address: a request of that source, nobody created.
    let source = ok(&admin, "lead_source_create", json!({ "name": "Website", "email": "web@oriel.example", "department_id": local })).await;
    let leads_before = ok(&admin, "lead_count", json!({})).await;
    let stranger = ok(&admin, "crm_email_create", json!({ "subject": "Catalogue", "content": "Please send one.", "is_html": false,
        "from_field": "newbie@kranich.example", "to": "web@oriel.example", "incoming": true, "inquiry": true,
        "owner_id": olga.user_id().0, "department_id": local })).await;
    let request = ok(&olga, "request_from_email", json!({ "id": id(&stranger) })).await;
    assert_eq!(request["lead_source_id"], json!(id(&source)), "R-REQ-15: the lead source of the address written to");
    assert_eq!(request["first_name"], "newbie");
    assert_eq!(request["subsequent"], json!(false));
    assert_eq!((request["contact_id"].clone(), request["lead_id"].clone()), (Value::Null, Value::Null));
    assert_eq!(ok(&admin, "lead_count", json!({})).await, leads_before, "R-REQ-15: no lead is created");

    // Only an incoming inquiry makes a request.
    let plain = ok(&olga, "crm_email_create", json!({ "subject": "Hi", "content": "Hi", "to": "joerg@nordlicht.example" })).await;
    let err = refused(&olga, "request_from_email", json!({ "id": id(&plain) })).await;
    assert_eq!(rule_of(&err, "id"), Some(Rule::NotAnInquiry), "R-REQ-15: {err:?}");
});

use crm_app::mail_import::{
    FetchFuture, FetchedMessage, Folder, Mailbox, Skipped, import_inquiry, import_mailbox,
};

/// Mailboxes held in memory, as an IMAP server would hand their messages over.
#[derive(Default)]
struct Boxes {
    inbox: Vec<FetchedMessage>,
    sent: Vec<FetchedMessage>,
}

impl Boxes {
    fn folder(&self, folder: Folder) -> &[FetchedMessage] {
        match folder {
            Folder::Inbox => &self.inbox,
            Folder::Sent => &self.sent,
        }
    }
}

impl Mailbox for Boxes {
    fn fetch(&self, folder: Folder, after_uid: u32, limit: usize) -> FetchFuture<'_> {
        let found: Vec<FetchedMessage> = self
            .folder(folder)
            .iter()
            .filter(|m| m.uid > after_uid)
            .take(limit)
            .cloned()
            .collect();
        Box::pin(async move { Ok(found) })
    }

    fn fetch_uid(&self, folder: Folder, uid: u32) -> FetchFuture<'_> {
        let found: Vec<FetchedMessage> = self
            .folder(folder)
            .iter()
            .filter(|m| m.uid == uid)
            .cloned()
            .collect();
        Box::pin(async move { Ok(found) })
    }
}

/// Header pairs as [`message`] takes them.
fn headers(list: &[(String, String)]) -> Vec<(&str, &str)> {
    list.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// An RFC 5322 message.
fn message(uid: u32, headers: &[(&str, &str)], content_type: &str, body: &str) -> FetchedMessage {
    let mut raw = String::new();
    for (name, value) in headers {
        raw.push_str(name);
        raw.push_str(": ");
        raw.push_str(value);
        raw.push_str("\r\n");
    }
    raw.push_str("MIME-Version: 1.0\r\nContent-Type: ");
    raw.push_str(content_type);
    raw.push_str("; charset=utf-8\r\n\r\n");
    raw.push_str(body);
    raw.push_str("\r\n");
    FetchedMessage {
        uid,
        raw: raw.into_bytes(),
    }
}

/// A mail account of `session`'s user that imports from `imap.oriel.example`.
async fn importing_account(session: &Session) -> i64 {
    let account = main_account(session, 25, "anna@oriel.example", "pw").await;
    let fields = support_fields(json!({ "imap_host": "imap.oriel.example", "do_import": true }));
    let id = account["id"].as_i64().expect("id");
    let mut tx = session.db().begin().await.expect("tx");
    crm_store::record::patch_in(
        &mut tx,
        &crm_store::massmail::EMAIL_ACCOUNT,
        Some(session.user_id().0),
        id,
        1,
        &fields,
    )
    .await
    .expect("import on");
    tx.commit().await.expect("commit");
    id
}

crm_store::db_test!(async fn the_mailbox_import_files_the_correspondence_of_each_ticket(db) {
    let Sales { anna, olga, local, contact, company, deal, .. } = sales(db).await;
    let account = crm_core::Id(importing_account(&anna).await);
    let ticket = deal["ticket"].as_str().expect("ticket").to_owned();
    let open = ok(&olga, "request_create", json!({ "request_for": "Cables", "first_name": "Jörg",
        "contact_id": id(&contact), "company_id": id(&company) })).await;
    let open_ticket = open["ticket"].as_str().expect("ticket").to_owned();
    let from_joerg = [("From", "\"Jörg Weiß\" <joerg@nordlicht.example>"), ("To", "anna@oriel.example"),
        ("Date", "Tue, 01 Dec 2026 10:00:00 +0000")];
    let with = |extra: &[(&'static str, String)]| -> Vec<(String, String)> {
        from_joerg.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).chain(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone()))).collect()
    };
    let answered = with(&[("Subject", format!("Re: 200 lamps  - [ticket:{ticket}]")), ("Message-ID", "<m1@nordlicht.example>".into())]);
    let untagged = with(&[("Subject", "Newsletter".into()), ("Message-ID", "<m2@nordlicht.example>".into())]);
    let ours = with(&[("Subject", format!("Offer  - [ticket:{ticket}]")), ("Message-ID", "<m3@x.example>".into()),
        ("Received", "from crm.oriel.example (10.0.0.7) by mx.oriel.example".into())]);
    let on_request = with(&[("Subject", "Cables".into()), ("Message-ID", "<m4@nordlicht.example>".into())]);
    let unknown = with(&[("Subject", "Old [ticket:Zz9]".into()), ("Message-ID", "<m5@nordlicht.example>".into())]);
    let sent = [("From", "anna@oriel.example".to_owned()), ("To", "joerg@nordlicht.example".to_owned()),
        ("Subject", format!("Re: 200 lamps  - [ticket:{ticket}]")), ("Message-ID", "<s1@oriel.example>".to_owned()),
        ("Date", "Tue, 01 Dec 2026 11:00:00 +0000".to_owned())].map(|(k, v)| (k.to_owned(), v));
    let boxes = Boxes {
        inbox: vec![
            message(5, &headers(&answered), "text/html", "<p>Yes, <b>200</b> please.</p>"),
            message(6, &headers(&untagged), "text/plain", "News"),
            message(7, &headers(&ours), "text/plain", "Our offer"),
            message(8, &headers(&on_request), "text/plain", &format!("About cables [ticket:{open_ticket}]")),
            message(9, &headers(&unknown), "text/plain", "Hello"),
        ],
        sent: vec![message(3, &headers(&sent), "text/plain", "Confirmed.")],
    };
    let own = vec!["crm.oriel.example".to_owned()];
    let later = chrono::Utc::now() + chrono::Duration::hours(1);

    let report = import_mailbox(&anna, account, &boxes, &own, None, later).await.expect("import");
    assert!(report.ran);
    assert_eq!(report.skipped, [(Folder::Inbox, 6, Skipped::NoTicket), (Folder::Inbox, 7, Skipped::SentFromCrm)], "R-EMAIL-10");
    assert_eq!(report.imported.len(), 4, "R-EMAIL-10: {report:?}");
    let get = |email: crm_core::Id| {
        let anna = anna.clone();
        async move { ok(&anna, "crm_email_get", json!({ "id": email.0 })).await }
    };
    let answer = get(report.imported[0]).await;
    assert_eq!((answer["incoming"].clone(), answer["sent"].clone()), (json!(true), json!(false)), "R-EMAIL-10: from the inbox");
    assert_eq!(answer["ticket"], json!(ticket));
    assert_eq!((answer["deal_id"].clone(), answer["request_id"].clone()), (json!(id(&deal)), deal["request_id"].clone()), "R-EMAIL-10: the deal of the ticket");
    assert_eq!((answer["contact_id"].clone(), answer["company_id"].clone()), (json!(id(&contact)), json!(id(&company))));
    assert_eq!(answer["from_field"], "joerg@nordlicht.example", "R-EMAIL-10: the address only");
    assert_eq!(answer["content"].as_str().map(str::trim), Some("Yes, 200 please."), "R-EMAIL-10: HTML as text");
    assert_eq!(answer["is_html"], json!(false));
    assert!(answer["created_at"].as_str().is_some_and(|t| t.starts_with("2026-12-01T10:00:00")), "R-EMAIL-10: the message's date: {answer}");
    assert_eq!((answer["uid"].clone(), answer["imap_host"].clone(), answer["email_host_user"].clone()),
        (json!(5), json!("imap.oriel.example"), json!("anna@oriel.example")));
    assert_eq!((answer["owner_id"].clone(), answer["department_id"].clone()), (json!(anna.user_id().0), json!(local)));
    assert_eq!(answer["message_id"], "<m1@nordlicht.example>");
    let cables = get(report.imported[1]).await;
    assert_eq!((cables["request_id"].clone(), cables["deal_id"].clone(), cables["contact_id"].clone()),
        (json!(id(&open)), Value::Null, json!(id(&contact))), "R-EMAIL-10: else the request of the ticket");
    let stray = get(report.imported[2]).await;
    assert_eq!((stray["ticket"].clone(), stray["deal_id"].clone(), stray["request_id"].clone()), (json!("Zz9"), Value::Null, Value::Null),
        "R-EMAIL-10: an unknown ticket is stored unlinked");
    let copy = get(report.imported[3]).await;
    assert_eq!((copy["sent"].clone(), copy["incoming"].clone(), copy["deal_id"].clone()), (json!(true), json!(false), json!(id(&deal))), "R-EMAIL-10: from the sent box");

    let workflow = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await["workflow"].as_str().unwrap_or_default().to_owned();
    let lines: Vec<&str> = workflow.lines().take(2).collect();
    assert!(lines[0].ends_with(" - The Email has been sent to \"joerg@nordlicht.example\""), "{workflow}");
    assert!(lines[1].ends_with(" - Received an email from \"Jörg Weiß\""), "R-EMAIL-10, R-DEAL-6: {workflow}");
    assert_eq!(report.notices.len(), 3, "the owner is told of each incoming message");
    assert_eq!((report.notices[0].user_id, report.notices[0].text.as_str()), (anna.user_id(), "Received an email from \"Jörg Weiß\""));

    // Within two minutes nothing runs; later only newer messages are read, and a message stored
    // already is not stored twice.
    let soon = import_mailbox(&anna, account, &boxes, &own, None, later + chrono::Duration::seconds(30)).await.expect("import");
    assert!(!soon.ran, "R-EMAIL-10: at most every 120 s");
    let mut again = Boxes::default();
    again.inbox.push(message(10, &headers(&answered), "text/plain", "Yes"));
    again.inbox.push(message(4, &headers(&on_request), "text/plain", "older than the last UID seen"));
    let second = import_mailbox(&anna, account, &again, &own, None, later + chrono::Duration::seconds(200)).await.expect("import");
    assert_eq!((second.imported.len(), second.skipped.clone()), (0, vec![(Folder::Inbox, 10, Skipped::AlreadyStored)]), "R-EMAIL-10: {second:?}");

    // An account that does not import is left alone.
    let quiet = main_account(&anna, 25, "anna.private@oriel.example", "pw").await;
    let idle = import_mailbox(&anna, crm_core::Id(id(&quiet)), &boxes, &own, None, later).await.expect("import");
    assert!(!idle.ran && idle.imported.is_empty(), "R-EMAIL-10: only accounts with do_import");

    // Another user's account is not theirs to import.
    let err = import_mailbox(&olga, account, &boxes, &own, None, later + chrono::Duration::hours(1)).await.expect_err("not olga's");
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
});

crm_store::db_test!(async fn a_message_chosen_as_an_inquiry_becomes_a_request(db) {
    let Sales { anna, .. } = sales(db).await;
    let account = crm_core::Id(importing_account(&anna).await);
    let boxes = Boxes {
        inbox: vec![
            message(20, &[("From", "\"Lena Fink\" <lena@fink.example>"), ("To", "anna@oriel.example"),
                ("Subject", "Quote for 50 lamps"), ("Message-ID", "<q1@fink.example>"), ("Date", "Mon, 30 Nov 2026 09:00:00 +0000")],
                "text/plain", "Please send a quote."),
            message(21, &[("From", "anna@oriel.example"), ("To", "lena@fink.example"), ("Subject", "Offer"),
                ("Message-ID", "<o1@crm.oriel.example>"), ("Date", "Mon, 30 Nov 2026 09:00:00 +0000")], "text/plain", "Offer"),
        ],
        sent: Vec::new(),
    };
    let own = vec!["crm.oriel.example".to_owned()];
    let now = chrono::Utc::now();
    let (email, request) = import_inquiry(&anna, account, &boxes, 20, &own, None, now).await.expect("inquiry");
    assert!(email.inquiry && email.incoming, "R-EMAIL-10: stored as an incoming inquiry");
    assert_eq!((request.first_name.as_str(), request.last_name.as_str(), request.email.as_str()), ("Lena", "Fink", "lena@fink.example"), "R-REQ-15");
    assert_eq!(request.request_for, "Quote for 50 lamps");
    assert_eq!(request.receipt_date.map(|d| d.to_string()), Some("2026-11-30".to_owned()), "R-REQ-15: the e-mail's date");
    assert_eq!((email.request_id, email.ticket.as_str()), (Some(request.id), request.ticket.as_str()), "R-REQ-15");
    let err = import_inquiry(&anna, account, &boxes, 21, &own, None, now).await.expect_err("ours");
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.rule == Rule::SentFromCrm)), "R-EMAIL-10: {err:?}");
});

crm_store::db_test!(async fn a_processed_request_hands_its_owner_and_links_to_its_inquiry_e_mail(db) {
    let Sales { admin, anna, olga, local, contact, .. } = sales(db).await;
    let oskar = user(&admin, "oskar", &[local], &["operators"]).await;
    let inquiry = ok(&admin, "crm_email_create", json!({ "subject": "Lamps", "content": "Price?",
        "from_field": "\"Jörg Weiß\" <joerg@nordlicht.example>", "to": "info@oriel.example",
        "incoming": true, "inquiry": true, "owner_id": anna.user_id().0, "department_id": local })).await;
    let request = ok(&olga, "request_from_email", json!({ "id": id(&inquiry) })).await;
    assert_eq!(request["contact_id"], json!(id(&contact)));

    // Saved while pending with another owner: the e-mail keeps its owner.
    let mut edit = request.clone();
    edit["owner_id"] = json!(oskar.user_id().0);
    let request = ok(&olga, "request_update", json!({ "id": id(&request), "version": request["version"], "input": edit.clone() })).await;
    let email = ok(&anna, "crm_email_get", json!({ "id": id(&inquiry) })).await;
    assert_eq!(email["owner_id"], json!(anna.user_id().0));

    // Saved processed: the inquiry e-mail takes the request's owner and links (R-REQ-11).
    edit["pending"] = json!(false);
    ok(&olga, "request_update", json!({ "id": id(&request), "version": request["version"], "input": edit })).await;
    let email = ok(&admin, "crm_email_get", json!({ "id": id(&inquiry) })).await;
    assert_eq!(email["owner_id"], json!(oskar.user_id().0), "R-REQ-11: the request's owner");
    assert_eq!((email["contact_id"].clone(), email["deal_id"].clone()), (json!(id(&contact)), Value::Null), "R-REQ-11");
});

/// A fresh directory standing in for the file store.
fn file_store(name: &str) -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("oriel-mail-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("mail")).expect("file store");
    root
}

crm_store::db_test!(async fn files_travel_with_sent_and_imported_letters(db) {
    let backend = format!("{:?}", db.backend());
    let Sales { admin, anna, contact, deal, .. } = sales(db).await;
    let root = file_store(&backend);
    std::fs::write(root.join("mail/price-list.txt"), "Lamp L-200: 24 EUR").expect("file");
    let server = SmtpServer::start(Behaviour::default()).await;
    main_account(&anna, server.port, "anna@oriel.example", "s3cret").await;
    let email = ok(&anna, "crm_email_create", json!({ "subject": "Prices", "content": "Attached.", "is_html": false,
        "to": "joerg@nordlicht.example", "contact_id": id(&contact) })).await;
    ok(&admin, "attachment_create", json!({ "file": "mail/price-list.txt", "target_type": "crm_email", "target_id": id(&email) })).await;
    let sender = anna.clone().with_mail(transport().with_files(root.clone()));
    let outcome = ok(&sender, "crm_email_send", json!({ "id": id(&email), "version": email["version"] })).await;
    assert_eq!(outcome["sent"], json!(true));
    let data = server.received().deliveries[0].data.clone();
    assert!(data.contains("price-list.txt") && data.contains("Lamp L-200: 24 EUR"), "R-EMAIL-4: the file goes along: {data}");

    // An imported message keeps its files in the file store (R-EMAIL-10).
    let account = crm_core::Id(importing_account(&anna).await);
    let ticket = deal["ticket"].as_str().expect("ticket");
    let raw = format!(
        "From: joerg@nordlicht.example\r\nTo: anna@oriel.example\r\nSubject: Drawing [ticket:{ticket}]\r\n\
         Message-ID: <d1@nordlicht.example>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nSee the drawing.\r\n\
         --b1\r\nContent-Type: text/plain; name=\"drawing.txt\"\r\nContent-Disposition: attachment; filename=\"drawing.txt\"\r\n\r\n\
         a square\r\n--b1--\r\n"
    );
    let boxes = Boxes { inbox: vec![FetchedMessage { uid: 1, raw: raw.into_bytes() }], sent: Vec::new() };
    let later = chrono::Utc::now() + chrono::Duration::hours(1);
    let report = import_mailbox(&anna, account, &boxes, &[], Some(&root), later).await.expect("import");
    let imported = report.imported[0];
    let files = ok(&admin, "attachment_list", json!({ "filter": { "target_type": "crm_email", "target_id": imported.0 } })).await;
    let path = files["items"][0]["file"].as_str().unwrap_or_default().to_owned();
    assert_eq!(path, format!("mail/{}/drawing.txt", imported.0), "R-EMAIL-10: the message's file is attached");
    assert_eq!(std::fs::read_to_string(root.join(&path)).expect("stored").trim(), "a square");
    let email = ok(&anna, "crm_email_get", json!({ "id": imported.0 })).await;
    assert_eq!(email["content"].as_str().map(str::trim), Some("See the drawing."));
    let _ = std::fs::remove_dir_all(&root);
});

crm_store::db_test!(async fn the_import_reads_the_mailboxes_over_imap(db) {
    use crm_app::imap::{ImapAccount, ImapMailbox};
    use support::imap_server::ImapServer;
    let Sales { anna, deal, .. } = sales(db).await;
    let account = crm_core::Id(importing_account(&anna).await);
    let ticket = deal["ticket"].as_str().expect("ticket").to_owned();
    let subject = format!("Re: 200 lamps  - [ticket:{ticket}]");
    let tagged = message(11, &[("From", "\"Jörg Weiß\" <joerg@nordlicht.example>"), ("To", "anna@oriel.example"),
        ("Subject", subject.as_str()), ("Message-ID", "<i1@nordlicht.example>"), ("Date", "Tue, 01 Dec 2026 10:00:00 +0000")],
        "text/plain", "Agreed.");
    let untagged = message(12, &[("From", "news@example.org"), ("Subject", "News"), ("Message-ID", "<i2@example.org>")], "text/plain", "News");
    let sent = message(4, &[("From", "anna@oriel.example"), ("To", "joerg@nordlicht.example"), ("Subject", subject.as_str()),
        ("Message-ID", "<i3@oriel.example>"), ("Date", "Tue, 01 Dec 2026 11:00:00 +0000")], "text/plain", "Thanks.");
    let mut boxes = support::imap_server::Boxes::new();
    boxes.insert("INBOX".into(), vec![(11, tagged.raw), (12, untagged.raw)]);
    boxes.insert("Sent".into(), vec![(4, sent.raw)]);
    let server = ImapServer::start(boxes.clone(), "anna@oriel.example", "s3cret", false).await;
    let mailbox = ImapMailbox {
        account: ImapAccount {
            host: "127.0.0.1".into(),
            port: server.port,
            user: "anna@oriel.example".into(),
            password: "s3cret".into(),
            tls: false,
            sent_folder: "Sent".into(),
        },
    };
    let later = chrono::Utc::now() + chrono::Duration::hours(1);
    let report = import_mailbox(&anna, account, &mailbox, &[], None, later).await.expect("import");
    assert_eq!(report.skipped, [(Folder::Inbox, 12, Skipped::NoTicket)], "R-EMAIL-10 over IMAP: {report:?}");
    assert_eq!(report.imported.len(), 2);
    let answer = ok(&anna, "crm_email_get", json!({ "id": report.imported[0].0 })).await;
    assert_eq!((answer["uid"].clone(), answer["deal_id"].clone(), answer["incoming"].clone()), (json!(11), json!(id(&deal)), json!(true)));
    let copy = ok(&anna, "crm_email_get", json!({ "id": report.imported[1].0 })).await;
    assert_eq!((copy["uid"].clone(), copy["sent"].clone()), (json!(4), json!(true)));
    let commands = server.commands();
    assert!(commands.contains(&"LOGIN \"anna@oriel.example\" \"s3cret\"".to_owned()), "{commands:?}");
    assert!(commands.contains(&"EXAMINE \"INBOX\"".to_owned()) && commands.contains(&"EXAMINE \"Sent\"".to_owned()), "{commands:?}");
    assert!(commands.contains(&"UID FETCH 1:* (UID RFC822)".to_owned()), "{commands:?}");

    // The next run asks only for newer messages; the newest one the server adds is no new one.
    let next = import_mailbox(&anna, account, &mailbox, &[], None, later + chrono::Duration::seconds(200)).await.expect("import");
    assert!(next.ran && next.imported.is_empty() && next.skipped.is_empty(), "{next:?}");
    assert!(server.commands().contains(&"UID FETCH 13:* (UID RFC822)".to_owned()), "{:?}", server.commands());
    let one = mailbox.fetch_uid(Folder::Inbox, 11).await.expect("fetch");
    assert_eq!(one.iter().map(|m| m.uid).collect::<Vec<_>>(), [11]);

    // A refused login fails the run and stores nothing.
    let strict = ImapServer::start(boxes, "anna@oriel.example", "s3cret", true).await;
    let locked = ImapMailbox { account: ImapAccount { port: strict.port, ..mailbox.account.clone() } };
    let err = locked.fetch(Folder::Inbox, 0, 50).await.expect_err("refused");
    assert!(err.starts_with("login refused"), "{err}");
});
