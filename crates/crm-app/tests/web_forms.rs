mod support;
use support::*;

use crm_app::Session;
use serde_json::{Value, json};

/// The web-form token of a lead source of `department`, given the mailbox `email`.
async fn lead_source(admin: &Session, department: i64, email: &str) -> Value {
    let page = ok(
        admin,
        "lead_source_list",
        json!({ "filter": { "department_id": department } }),
    )
    .await;
    let source = page["items"][0].clone();
    let mut edited = source.clone();
    edited["email"] = json!(email);
    edited["success_template"] = json!("thanks.html");
    edited["form_template"] = json!("inquiry.html");
    ok(
        admin,
        "lead_source_update",
        json!({ "id": id(&source), "version": source["version"], "input": edited }),
    )
    .await
}

fn post(token: &Value) -> Value {
    json!({
        "name": "Dr. Ada Byron King", "email": "ada@engines.example", "subject": "200 lamps",
        "phone": "+1 555 123 4567", "company": "Analytical Engines", "message": "What is the price?",
        "country": "", "city": "Springfield", "leadsource_token": token, "today": "2026-12-24",
    })
}

async fn requests(admin: &Session) -> Value {
    ok(admin, "request_count", json!({})).await
}

crm_store::db_test!(async fn a_web_form_post_files_an_inquiry_email_and_a_pending_request(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let source = lead_source(&admin, local, "inquiries@oriel.example").await;
    let outcome = ok(&admin, "web_form_submit", post(&source["uuid"])).await;
    assert_eq!((outcome["result"].clone(), outcome["http_status"].clone()), (json!("accepted"), json!(200)), "R-REQ-13");
    assert_eq!(outcome["thanks"], "Dear Dr. Ada Byron King, thanks for your request!", "R-REQ-14");
    assert_eq!(outcome["success_template"], "thanks.html", "R-REQ-14");

    let request = ok(&admin, "request_get", json!({ "id": outcome["request_id"] })).await;
    let us = named(&admin, "country_list", json!({}), "United States").await;
    assert_eq!(request["request_for"], "200 lamps", "R-REQ-13 step 3");
    assert_eq!(
        (request["first_name"].clone(), request["middle_name"].clone(), request["last_name"].clone()),
        (json!("Dr. Ada"), json!("Byron"), json!("King")),
        "R-REQ-13: names parsed (R-GEN-4)"
    );
    assert_eq!(request["description"], "What is the price?");
    assert_eq!(request["company_name"], "Analytical Engines");
    assert_eq!(request["department_id"], json!(local), "R-REQ-13: the lead source's department");
    assert_eq!(request["country_id"], json!(id(&us)), "R-REQ-13: the department's default country");
    assert_eq!(request["lead_source_id"], json!(id(&source)));
    assert_eq!(request["receipt_date"], "2026-12-24");
    assert_eq!(request["city_name"], "Springfield");
    assert!(request["city_id"].as_i64().is_some(), "R-REQ-13 step 4: R-CITY-2");
    assert_eq!(request["pending"], json!(true));
    assert_eq!(request["owner_id"], Value::Null, "nobody was matched: unassigned");

    let email = ok(&admin, "crm_email_get", json!({ "id": outcome["email_id"] })).await;
    assert_eq!(email["ticket"], request["ticket"], "R-REQ-13 step 3: the same ticket");
    assert_eq!(email["request_id"], json!(id(&request)), "R-REQ-13 step 5");
    assert_eq!((email["incoming"].clone(), email["inquiry"].clone(), email["is_html"].clone()), (json!(true), json!(true), json!(false)));
    assert_eq!(email["from_field"], "ada@engines.example");
    assert_eq!(email["to"], "inquiries@oriel.example", "R-REQ-13 step 2: the lead source's mailbox");
    assert_eq!(email["department_id"], json!(local));
    let content = email["content"].as_str().unwrap_or_default();
    for part in ["Dr. Ada Byron King", "+1 555 123 4567", "ada@engines.example", "Analytical Engines", "What is the price?"] {
        assert!(content.contains(part), "R-REQ-13 step 2: {part} in {content}");
    }
});

crm_store::db_test!(async fn a_posted_country_and_a_known_sender_shape_the_request(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let source = lead_source(&admin, local, "").await;
    ok(
        &admin,
        "user_create",
        json!({ "username": "otto", "email": "otto@oriel.example", "is_staff": true,
                "role_ids": [role(&admin, "operators").await], "department_ids": [local] }),
    )
    .await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Analytical Engines", "email": "info@engines.example" })).await;
    let contact = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Ada", "last_name": "King", "email": "ada@engines.example", "company_id": id(&company) }),
    )
    .await;

    let mut form = post(&source["uuid"]);
    form["name"] = json!("Ada King");
    form["country"] = json!("germany");
    let outcome = ok(&admin, "web_form_submit", form).await;
    let request = ok(&admin, "request_get", json!({ "id": outcome["request_id"] })).await;
    let germany = named(&admin, "country_list", json!({}), "Germany").await;
    assert_eq!(request["country_id"], json!(id(&germany)), "R-REQ-13 step 4: the posted country");
    assert_eq!(request["contact_id"], json!(id(&contact)), "R-REQ-13 step 5: R-MATCH-5");
    assert_eq!(request["owner_id"], json!(anna.user_id().0), "R-REQ-13 step 5: R-MATCH-8");
    let events = crm_store::assignments::after(anna.db(), anna.user_id(), 0, 10).await.expect("events");
    assert_eq!(events.len(), 1, "R-REQ-13 step 5: the owner is notified");
    let email = ok(&admin, "crm_email_get", json!({ "id": outcome["email_id"] })).await;
    assert_eq!(email["owner_id"], json!(anna.user_id().0), "R-REQ-13 step 5: the e-mail takes the owner");
    assert_eq!(email["to"], "otto@oriel.example", "R-REQ-13 step 2: the first active operator");

    let mut form = post(&source["uuid"]);
    form["country"] = json!("Atlantis");
    let outcome = ok(&admin, "web_form_submit", form).await;
    assert_eq!(outcome["admin_notices"].as_array().map(Vec::len), Some(1));
    let notice: crm_app::massmail::AdminNotice =
        serde_json::from_value(outcome["admin_notices"][0].clone()).expect("notice");
    assert!(notice.render("en").0.contains("Country name error."), "R-REQ-13 step 4");
    let request = ok(&admin, "request_get", json!({ "id": outcome["request_id"] })).await;
    let us = named(&admin, "country_list", json!({}), "United States").await;
    assert_eq!(request["country_id"], json!(id(&us)), "R-REQ-13 step 4: the country stays the default");
});

crm_store::db_test!(async fn spam_is_dropped_and_bad_posts_are_refused(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let source = lead_source(&admin, local, "inquiries@oriel.example").await;
    let before = requests(&admin).await;

    ok(&admin, "banned_company_name_create", json!({ "name": "spam" })).await;
    let mut form = post(&source["uuid"]);
    form["company"] = json!("Super SPAM Ltd");
    let outcome = ok(&admin, "web_form_submit", form).await;
    assert_eq!((outcome["result"].clone(), outcome["http_status"].clone()), (json!("dropped"), json!(200)), "R-REQ-13: banned");

    let phrase = ok(&admin, "stop_phrase_create", json!({ "phrase": "casino" })).await;
    let mut form = post(&source["uuid"]);
    form["message"] = json!("Best Casino bonus!");
    let outcome = ok(&admin, "web_form_submit", form).await;
    assert_eq!(outcome["result"], "dropped", "R-REQ-13 step 1: a stop phrase drops the post");
    let phrase = ok(&admin, "stop_phrase_get", json!({ "id": id(&phrase) })).await;
    assert_eq!(phrase["last_occurrence_date"], "2026-12-24", "R-REQ-13 step 1: the phrase's last occurrence is the day");
    assert_eq!(requests(&admin).await, before, "nothing was filed");

    let mut form = post(&source["uuid"]);
    form["email"] = json!("not an address");
    let outcome = ok(&admin, "web_form_submit", form).await;
    assert_eq!((outcome["result"].clone(), outcome["http_status"].clone()), (json!("invalid"), json!(409)), "R-REQ-13");
    assert_eq!(outcome["fields"][0]["field"], "email");
    let details = outcome["admin_notices"][0]["details"].to_string();
    assert!(details.contains("not an address"), "R-REQ-13: the admins get the posted data: {details}");

    let outcome = ok(&admin, "web_form_submit", post(&json!("00000000-0000-4000-8000-000000000000"))).await;
    assert_eq!((outcome["result"].clone(), outcome["http_status"].clone()), (json!("unauthorized"), json!(401)), "R-REQ-13");
    assert_eq!(outcome["admin_notices"].as_array().map(Vec::len), Some(1), "R-REQ-13: the admins are told");
    assert_eq!(requests(&admin).await, before);

    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    assert!(matches!(
        refused(&anna, "web_form_submit", post(&source["uuid"])).await,
        crm_app::AppError::Forbidden
    ));
});

crm_store::db_test!(async fn a_lead_source_with_a_template_hosts_its_form(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let source = lead_source(&admin, local, "").await;
    let form = ok(&admin, "web_form_open", json!({ "leadsource_token": source["uuid"] })).await;
    assert_eq!(form["form_template"], "inquiry.html", "R-REQ-14: the hosted form");
    assert_eq!(form["leadsource_token"], source["uuid"], "R-REQ-14: it carries the source's uuid");
    let mut edited = source.clone();
    edited["form_template"] = json!("");
    ok(&admin, "lead_source_update", json!({ "id": id(&source), "version": source["version"], "input": edited })).await;
    assert!(matches!(
        refused(&admin, "web_form_open", json!({ "leadsource_token": source["uuid"] })).await,
        crm_app::AppError::NotFound { .. }
    ), "R-REQ-14: no template, no hosted form");
});
