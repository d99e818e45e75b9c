//! What the deal and request lists show beside their rows (R-DEAL-19, R-REQ-22) and where the
//! request list starts, driven through the commands on every backend.

mod support;

use chrono::{Duration, Utc};
use crm_app::Session;
use serde_json::{Value, json};
use support::*;

/// A company with one contact, and a deal made from that contact's request. A request the
/// manager types in comes from an existing client (R-REQ-4).
async fn company_deal(manager: &Session, company: &Value, subject: &str, extra: Value) -> Value {
    company_deal_of(manager, manager, company, subject, extra).await
}

/// As [`company_deal`], the request received by `receiver` for `manager`.
async fn company_deal_of(
    receiver: &Session,
    manager: &Session,
    company: &Value,
    subject: &str,
    extra: Value,
) -> Value {
    let contact = ok(
        manager,
        "contact_create",
        json!({ "first_name": subject, "company_id": id(company) }),
    )
    .await;
    let mut input = json!({ "request_for": subject, "contact_id": id(&contact), "company_id": id(company),
        "owner_id": manager.user_id().0 });
    for (field, value) in extra.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    let request = ok(receiver, "request_create", input).await;
    ok(
        manager,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await
}

/// The marks of `deals` as `session` sees them `days` from now.
async fn marks(session: &Session, deals: &[&Value], days: i64) -> Vec<Value> {
    let as_of = Utc::now() + Duration::days(days);
    let page = ok(
        session,
        "deal_marks",
        json!({ "ids": deals.iter().map(|d| id(d)).collect::<Vec<_>>(), "as_of": as_of }),
    )
    .await;
    page.as_array().cloned().unwrap_or_default()
}

async fn marks_of(session: &Session, deal: &Value, days: i64) -> Value {
    marks(session, &[deal], days)
        .await
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no marks for {deal}"))
}

/// An e-mail of `deal` written by the administrator, who alone sets the mailbox flags (R-EMAIL-6).
async fn email(admin: &Session, deal: &Value, flags: Value) -> Value {
    let mut input = json!({ "subject": "Kettles", "content": "About kettles.", "to": "sales@kettle.example", "deal_id": id(deal) });
    for (field, value) in flags.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    ok(admin, "crm_email_create", input).await
}

crm_store::db_test!(async fn the_deal_list_shows_what_needs_the_managers_attention(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    // A primary request, received by the operator for Anna.
    let deal = company_deal_of(&olga, &anna, &kettle, "Kettles", json!({})).await;

    let fresh = marks_of(&anna, &deal, 0).await;
    assert_eq!(fresh["deal_id"], json!(id(&deal)));
    assert_eq!(fresh["new_deal"], json!(true), "R-DEAL-19: a new deal's next step in bold");
    assert_eq!(fresh["next_step_overdue"], json!(false), "R-DEAL-19: the next step is not due yet");
    assert_eq!(fresh["counterparty"]["company_id"], json!(id(&kettle)), "R-DEAL-19: the company");
    assert_eq!(fresh["counterparty"]["name"], "Kettle & Co");
    assert_eq!(fresh["counterparty"]["country_id"], Value::Null, "R-DEAL-19: no country outside global departments");
    assert_eq!(fresh["unanswered_email"], json!(false));
    assert_eq!(fresh["unanswered_inquiry"], Value::Null);
    assert_eq!(fresh["payment_received"], json!(false));
    assert_eq!(fresh["deals_with_counterparty"], json!(1));

    let later = marks_of(&anna, &deal, 30).await;
    assert_eq!(later["next_step_overdue"], json!(true), "R-DEAL-19: an active deal's past next-step date");

    // An inquiry arrives and waits for its answer.
    email(&admin, &deal, json!({ "incoming": true, "inquiry": true })).await;
    let waits: Vec<Value> = [1, 2, 3, 4, 5, 6, 7, 20]
        .into_iter()
        .map(|days| json!(days))
        .collect();
    let mut faces = Vec::new();
    for days in &waits {
        faces.push(marks_of(&anna, &deal, days.as_i64().unwrap_or_default()).await["unanswered_inquiry"].clone());
    }
    assert_eq!(
        faces,
        vec![
            Value::Null,
            json!("neutral"),
            json!("unhappy"),
            json!("unhappy"),
            json!("very_unhappy"),
            json!("very_unhappy"),
            json!("alarm"),
            json!("alarm"),
        ],
        "R-DEAL-19: the face grows with the days since the inquiry"
    );
    assert_eq!(marks_of(&anna, &deal, 2).await["unanswered_email"], json!(true), "R-DEAL-19: the newest e-mail came in");

    // A reply thrown into the trash answers nothing; a reply sent does.
    email(&admin, &deal, json!({ "sent": true, "trash": true })).await;
    let trashed = marks_of(&anna, &deal, 3).await;
    assert_eq!(trashed["unanswered_inquiry"], json!("unhappy"), "R-DEAL-19: trash is not the newest e-mail");
    email(&admin, &deal, json!({ "sent": true })).await;
    let answered = marks_of(&anna, &deal, 3).await;
    assert_eq!(answered["unanswered_inquiry"], Value::Null, "R-DEAL-19: answered");
    assert_eq!(answered["unanswered_email"], json!(false), "R-DEAL-19: answered");
    // A plain incoming e-mail after the answer is unanswered, but no inquiry.
    email(&admin, &deal, json!({ "incoming": true })).await;
    let asked = marks_of(&anna, &deal, 9).await;
    assert_eq!((asked["unanswered_email"].clone(), asked["unanswered_inquiry"].clone()), (json!(true), Value::Null), "R-DEAL-19");

    // Money arrives before anything is agreed about the products.
    ok(&anna, "payment_create", json!({ "deal_id": id(&deal), "amount": "10", "currency_id": deal["currency_id"], "payment_date": "2026-12-01" })).await;
    let paid = marks_of(&anna, &deal, 0).await;
    assert_eq!(paid["payment_received"], json!(true), "R-DEAL-19: payment received");
    assert_eq!(paid["received_without_products"], json!(true), "R-DEAL-19: received but no products");
    assert_eq!(paid["received_without_shipping_date"], json!(false));
    let product = ok(&anna, "product_create", json!({ "name": "Kettle K-1" })).await;
    let output = ok(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 1 })).await;
    let undated = marks_of(&anna, &deal, 0).await;
    assert_eq!(undated["received_without_products"], json!(false));
    assert_eq!(undated["received_without_shipping_date"], json!(true), "R-DEAL-19: received but no shipping date");

    // The contract shipping date passes while the goods are not shipped.
    let ship_by = (Utc::now() + Duration::days(5)).date_naive().to_string();
    let mut edit = output.clone();
    edit["shipping_date"] = json!(ship_by);
    edit["amount"] = json!("");
    ok(&anna, "output_update", json!({ "id": id(&output), "version": output["version"], "input": edit })).await;
    assert_eq!(marks_of(&anna, &deal, 5).await["shipping_date_expired"], json!(false), "R-DEAL-19: due that day, not expired");
    let expired = marks_of(&anna, &deal, 6).await;
    assert_eq!(expired["shipping_date_expired"], json!(true), "R-DEAL-19: expired contract shipping date");
    assert_eq!(expired["received_without_shipping_date"], json!(false));

    // The owner saves the deal into the goods-shipped stage: no longer new, no longer expired.
    let shipment = named(&admin, "stage_list", json!({ "department_id": local }), "shipment").await;
    let deal = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await;
    let saved = save_deal(&anna, &deal, json!({ "stage_id": id(&shipment) })).await.expect("saved");
    assert_eq!(saved["stage_id"], json!(id(&shipment)));
    let shipped = marks_of(&anna, &saved, 6).await;
    assert_eq!(shipped["shipping_date_expired"], json!(false), "R-DEAL-19: not while in a goods-shipped stage");
    assert_eq!(shipped["new_deal"], json!(false), "R-DEAL-19: bold only while new");

    // A closed deal's past next step is no longer overdue.
    let closed = save_deal(&anna, &saved, json!({ "active": false })).await.expect("closed");
    assert_eq!(closed["active"], json!(false));
    assert_eq!(marks_of(&anna, &closed, 30).await["next_step_overdue"], json!(false), "R-DEAL-19: only while active");
});

crm_store::db_test!(async fn deal_marks_count_the_counterpartys_deals_and_show_only_visible_rows(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let gina = user(&admin, "gina", &[global], &["managers"]).await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    let first = company_deal(&anna, &kettle, "Kettles", json!({})).await;
    let second = company_deal(&anna, &kettle, "Lids", json!({})).await;
    let other = ok(&anna, "company_create", json!({ "full_name": "Pan Works" })).await;
    let third = company_deal(&anna, &other, "Pans", json!({})).await;

    let page = marks(&anna, &[&third, &first, &second], 0).await;
    let counted: Vec<(i64, i64)> = page
        .iter()
        .map(|m| (m["deal_id"].as_i64().unwrap_or_default(), m["deals_with_counterparty"].as_i64().unwrap_or_default()))
        .collect();
    assert_eq!(
        counted,
        vec![(id(&third), 1), (id(&first), 2), (id(&second), 2)],
        "R-DEAL-19: the deals of the same company, in the order of the page"
    );

    // Global sales works abroad: its counterparties come with their country.
    let country = ok(&gina, "country_list", json!({ "page": { "limit": 1 } })).await["items"][0].clone();
    let abroad = ok(&gina, "company_create", json!({ "full_name": "Fjord AS", "country_id": id(&country) })).await;
    let far = company_deal(&gina, &abroad, "Boats", json!({ "country_id": id(&country) })).await;
    let far_marks = marks_of(&gina, &far, 0).await;
    assert_eq!(far_marks["counterparty"]["country_id"], json!(id(&country)), "R-DEAL-19: with country when global");
    assert_eq!(far_marks["counterparty"]["country_name"], country["name"]);

    // A chat message Anna has not read, and quality events (§6.4), through the store: no command
    // writes them yet.
    let db = anna.db();
    let as_json = |value: Value| value.as_object().cloned().unwrap_or_default();
    crm_store::record::create(db, &crm_store::chat::CHAT_MESSAGE, None, &as_json(json!({
        "target_type": "deal", "target_id": id(&first), "content": "Call them?", "owner_id": admin.user_id().0,
        "recipient_ids": [anna.user_id().0], "to_ids": [anna.user_id().0] }))).await.expect("chat");
    crm_store::record::create(db, &crm_store::chat::CHAT_MESSAGE, None, &as_json(json!({
        "target_type": "deal", "target_id": id(&second), "content": "Read already.", "owner_id": admin.user_id().0,
        "recipient_ids": [], "to_ids": [anna.user_id().0] }))).await.expect("chat");
    let signals = crm_store::record::list(db, &crm_store::quality::QUALITY_SIGNAL, &as_json(json!({ "department_id": local })),
        "", &crm_core::list::PageRequest::default()).await.expect("signals");
    let signal = signals.items[0]["id"].clone();
    for weight in [-5, -10] {
        crm_store::record::create(db, &crm_store::quality::QUALITY_EVENT, None, &as_json(json!({
            "signal_id": signal, "weight": weight, "deal_id": id(&first), "details": "" }))).await.expect("event");
    }
    let page = marks(&anna, &[&first, &second], 0).await;
    assert_eq!((page[0]["unread_chat"].clone(), page[1]["unread_chat"].clone()), (json!(true), json!(false)), "R-DEAL-19: unread chat");
    assert_eq!((page[0]["quality_score"].clone(), page[1]["quality_score"].clone()), (json!(85), Value::Null), "R-DEAL-19: 100 + the weights, only with events");

    // Neither sees the other department's deals (R-PERM-1): those rows get no marks.
    let crossed = marks(&gina, &[&first, &far], 0).await;
    assert_eq!(crossed.len(), 1, "R-PERM-1: {crossed:?}");
    assert_eq!(crossed[0]["deal_id"], json!(id(&far)));
    assert!(marks(&anna, &[&far], 0).await.is_empty(), "R-PERM-1");
});

crm_store::db_test!(async fn a_subsequent_requests_deal_shows_no_inquiry_face(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let deal = company_deal_of(&olga, &anna, &kettle, "More kettles", json!({ "subsequent": true })).await;
    email(&admin, &deal, json!({ "incoming": true, "inquiry": true })).await;
    let later = marks_of(&anna, &deal, 8).await;
    assert_eq!(later["unanswered_inquiry"], Value::Null, "R-DEAL-19: not for subsequent requests");
    assert_eq!(later["unanswered_email"], json!(true), "R-DEAL-19: still an unanswered e-mail");
});

/// The marks of `requests` as `session` sees them.
async fn request_marks(session: &Session, requests: &[&Value]) -> Vec<Value> {
    let page = ok(
        session,
        "request_marks",
        json!({ "ids": requests.iter().map(|r| id(r)).collect::<Vec<_>>() }),
    )
    .await;
    page.as_array().cloned().unwrap_or_default()
}

crm_store::db_test!(async fn the_request_list_marks_duplicates_cases_loyalty_products_and_counterparties(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let gina = user(&admin, "gina", &[global], &["managers"]).await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    let ole = ok(&anna, "contact_create", json!({ "first_name": "Ole", "company_id": id(&kettle) })).await;
    let lia = ok(&anna, "lead_create", json!({ "first_name": "Lia", "last_name": "Berg" })).await;
    let product = ok(&anna, "product_create", json!({ "name": "Kettle K-1" })).await;

    let request = |input: Value| {
        let olga = &olga;
        async move { ok(olga, "request_create", input).await }
    };
    let first = request(json!({ "request_for": "Kettles", "contact_id": id(&ole), "company_id": id(&kettle),
        "product_ids": [id(&product)] })).await;
    let again = request(json!({ "request_for": "Kettles again", "contact_id": id(&ole), "company_id": id(&kettle),
        "duplicate": true })).await;
    let incident = request(json!({ "request_for": "Broken kettle", "lead_id": id(&lia), "case": true, "pending": true })).await;
    let typed = request(json!({ "request_for": "Pans", "first_name": "Udo", "company_name": "Pan Works" })).await;
    // Typed in by a sales manager: from an existing client (R-REQ-4).
    let loyal = ok(&anna, "request_create", json!({ "request_for": "Lids", "lead_id": id(&lia) })).await;

    let page = request_marks(&anna, &[&loyal, &typed, &incident, &again, &first]).await;
    let row = |request: &Value| {
        page.iter()
            .find(|m| m["request_id"] == json!(id(request)))
            .cloned()
            .unwrap_or_else(|| panic!("no marks for {request}"))
    };
    assert_eq!(page.len(), 5);
    assert_eq!(page[0]["request_id"], json!(id(&loyal)), "the order of the page");

    let first_marks = row(&first);
    assert_eq!(first_marks["duplicate"], json!(false));
    assert_eq!(first_marks["subsequent"], json!(false), "R-REQ-22: a primary request");
    assert_eq!(first_marks["no_products"], json!(false), "R-REQ-22: it names a product");
    assert_eq!(first_marks["counterparty"]["company_id"], json!(id(&kettle)), "R-REQ-22: the company");
    assert_eq!(first_marks["counterparty"]["name"], "Kettle & Co");
    assert_eq!(first_marks["requests_with_counterparty"], json!(2), "R-REQ-22: two requests from Kettle & Co");

    let again_marks = row(&again);
    assert_eq!(again_marks["duplicate"], json!(true), "R-REQ-22: the duplicate mark");
    assert_eq!(again_marks["no_products"], json!(true), "R-REQ-22: the no-products mark");

    let incident_marks = row(&incident);
    assert_eq!((incident_marks["case"].clone(), incident_marks["open_case"].clone()), (json!(true), json!(true)), "R-REQ-22/R-REQ-17: a pending case");
    assert_eq!(incident_marks["counterparty"]["lead_id"], json!(id(&lia)), "R-REQ-22: the lead");
    assert_eq!(incident_marks["counterparty"]["name"], "Lia Berg");
    assert_eq!(incident_marks["requests_with_counterparty"], json!(2), "R-REQ-22: two requests from Lia");

    let typed_marks = row(&typed);
    assert_eq!(typed_marks["counterparty"]["name"], "Pan Works", "R-REQ-22: else the typed company name");
    assert_eq!(typed_marks["counterparty"]["company_id"], Value::Null);
    assert_eq!(typed_marks["requests_with_counterparty"], json!(0));

    assert_eq!(row(&loyal)["subsequent"], json!(true), "R-REQ-22: the loyalty mark");

    // Another department's user gets no marks of these rows (R-PERM-1).
    assert!(request_marks(&gina, &[&first, &loyal]).await.is_empty(), "R-PERM-1");
});

crm_store::db_test!(async fn the_request_list_opens_newest_first_thirty_a_page_with_the_managers_own(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;

    let start = ok(&anna, "request_list_defaults", json!({})).await;
    assert_eq!(start["sort"], "created_at", "R-REQ-22: newest first");
    assert_eq!(start["page"]["descending"], json!(true), "R-REQ-22: newest first");
    assert_eq!(start["page"]["limit"], json!(30), "R-REQ-22: 30 per page");
    assert_eq!(start["filter"]["owner_or_co_owner"], json!(anna.user_id().0), "R-PERM-2: a manager's own");
    let admins = ok(&admin, "request_list_defaults", json!({})).await;
    assert_eq!(admins["filter"]["owner_or_co_owner"], Value::Null, "R-PERM-2: administrators see all");

    // The defaults are a query the list accepts as they are, with the spec's filters beside them.
    let mine = ok(&anna, "request_create", json!({ "request_for": "Kettles", "first_name": "Ida", "receipt_date": "2026-11-30" })).await;
    let mut query = start.clone();
    query["filter"]["pending"] = json!(true);
    query["filter"]["subsequent"] = json!(true);
    query["filter"]["receipt_from"] = json!("2026-11-30");
    query["filter"]["receipt_until"] = json!("2026-12-01");
    let listed = ok(&anna, "request_list", query.clone()).await;
    assert_eq!(ids(&listed), vec![id(&mine)], "R-REQ-22: pending, owner, receipt date, subsequent");
    query["filter"]["subsequent"] = json!(false);
    assert!(ids(&ok(&anna, "request_list", query).await).is_empty(), "R-REQ-22: the subsequent filter");
});

/// The first item of a per-department reference list.
async fn first_of(admin: &Session, command: &str, department: i64) -> i64 {
    let page = ok(
        admin,
        command,
        json!({ "filter": { "department_id": department }, "page": { "limit": 1 } }),
    )
    .await;
    page["items"][0]["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("{command} is empty for {department}"))
}

crm_store::db_test!(async fn records_take_only_reference_items_of_their_own_department(db) {
    use crm_core::validation::Rule;
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    let deal = company_deal(&anna, &kettle, "Kettles", json!({})).await;

    let foreign_stage = first_of(&admin, "stage_list", global).await;
    let foreign_reason = first_of(&admin, "closing_reason_list", global).await;
    let foreign_source = first_of(&admin, "lead_source_list", global).await;
    let foreign_industry = first_of(&admin, "industry_list", global).await;
    let foreign_type = first_of(&admin, "client_type_list", global).await;
    let gina = user(&admin, "gina", &[global], &["managers"]).await;
    let foreign_tag = id(&ok(&gina, "tag_create", json!({ "name": "export", "department_id": global })).await);
    let foreign_product = id(&ok(&gina, "product_create", json!({ "name": "Boat B-1", "department_id": global })).await);
    let own_tag = id(&ok(&anna, "tag_create", json!({ "name": "kitchen", "department_id": local })).await);
    let own_product = id(&ok(&anna, "product_create", json!({ "name": "Kettle K-1", "department_id": local })).await);
    let own_stage = first_of(&admin, "stage_list", local).await;

    // The deal form (R-REF-4): another department's stage, closing reason or tag is no choice.
    for (field, value) in [
        ("stage_id", json!(foreign_stage)),
        ("closing_reason_id", json!(foreign_reason)),
        ("tag_ids", json!([own_tag, foreign_tag])),
    ] {
        refused_on(save_deal(&anna, &deal, json!({ field: value })).await, field, &Rule::NotAChoice);
    }
    let saved = save_deal(&anna, &deal, json!({ "stage_id": own_stage, "tag_ids": [own_tag] })).await.expect("own items");
    assert_eq!(saved["tag_ids"], json!([own_tag]), "R-REF-4: the department's own items are taken");

    // A product of the deal (R-REF-4).
    refused_on(
        call(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": foreign_product, "quantity": 1 })).await,
        "product_id",
        &Rule::NotAChoice,
    );
    ok(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": own_product, "quantity": 1 })).await;

    // Requests, companies and leads (R-REF-4).
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Boats", "first_name": "Ida", "product_ids": [foreign_product] })).await,
        "product_ids",
        &Rule::NotAChoice,
    );
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Boats", "first_name": "Ida", "lead_source_id": foreign_source })).await,
        "lead_source_id",
        &Rule::NotAChoice,
    );
    refused_on(
        call(&anna, "company_create", json!({ "full_name": "Fjord AS", "industry_ids": [foreign_industry] })).await,
        "industry_ids",
        &Rule::NotAChoice,
    );
    refused_on(
        call(&anna, "lead_create", json!({ "first_name": "Lia", "type_id": foreign_type })).await,
        "type_id",
        &Rule::NotAChoice,
    );
    let own_source = first_of(&admin, "lead_source_list", local).await;
    ok(&anna, "request_create", json!({ "request_for": "Kettles", "first_name": "Ida", "lead_source_id": own_source,
        "product_ids": [own_product] })).await;

    // An edit is held to the same rule: the company cannot take the other department's industry.
    let mut edit = kettle.clone();
    edit["industry_ids"] = json!([foreign_industry]);
    refused_on(
        call(&anna, "company_update", json!({ "id": id(&kettle), "version": kettle["version"], "input": edit })).await,
        "industry_ids",
        &Rule::NotAChoice,
    );
});

/// A central bank written for the test: its quotes per day (a unit in the state currency, EUR),
/// and the days it cannot answer.
struct Bank {
    quotes: std::collections::HashMap<chrono::NaiveDate, Vec<(&'static str, &'static str)>>,
    down_on: Vec<chrono::NaiveDate>,
    asked: std::sync::Mutex<Vec<chrono::NaiveDate>>,
}

impl crm_app::auto_rates::RateProvider for Bank {
    fn fetch(
        &self,
        date: chrono::NaiveDate,
        codes: &[String],
    ) -> impl std::future::Future<
        Output = Result<std::collections::HashMap<String, rust_decimal::Decimal>, String>,
    > + Send {
        self.asked.lock().expect("asked").push(date);
        let answer = if self.down_on.contains(&date) {
            Err(format!("the bank has no rates for {date}"))
        } else {
            Ok(self
                .quotes
                .get(&date)
                .into_iter()
                .flatten()
                .filter(|(code, _)| codes.iter().any(|c| c == code))
                .map(|(code, value)| ((*code).to_owned(), decimal(value)))
                .collect())
        };
        async move { answer }
    }
}

fn decimal(text: &str) -> rust_decimal::Decimal {
    text.parse().unwrap_or_else(|_| panic!("{text} is no decimal"))
}

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().expect("date")
}

fn rates_of(value: &Value) -> (rust_decimal::Decimal, rust_decimal::Decimal) {
    (
        decimal(value["rate_to_state_currency"].as_str().unwrap_or_default()),
        decimal(value["rate_to_marketing_currency"].as_str().unwrap_or_default()),
    )
}

/// The stored rate of `currency` on `date`, if any.
async fn rate_on(admin: &Session, currency: i64, date: &str) -> Option<Value> {
    let page = ok(
        admin,
        "rate_list",
        json!({ "filter": { "currency_id": currency }, "page": { "limit": 500 } }),
    )
    .await;
    page["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["payment_date"] == date)
        .cloned()
}

crm_store::db_test!(async fn the_daily_pass_takes_official_rates_from_the_bank(db) {
    use crm_app::auto_rates::update_rates;
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let eur = id(&named(&admin, "currency_list", json!({}), "EUR").await);
    let usd = id(&named(&admin, "currency_list", json!({}), "USD").await);
    let gbp = id(&ok(&admin, "currency_create", json!({ "name": "GBP", "rate_to_state_currency": "1.1", "rate_to_marketing_currency": "1.3" })).await);
    let chf = ok(&admin, "currency_create", json!({ "name": "CHF", "rate_to_state_currency": "1.0", "rate_to_marketing_currency": "1.2", "auto_update": false })).await;
    let deal = new_deal(&anna, "Kettles").await;
    let pay = |currency: i64, date: &'static str, status: &'static str| {
        let (anna, deal) = (&anna, &deal);
        async move {
            ok(anna, "payment_create", json!({ "deal_id": id(deal), "amount": "10", "currency_id": currency, "payment_date": date, "status": status })).await
        }
    };
    // Received payments keep approximate rates (R-CUR-6) until the bank has spoken.
    pay(usd, "2026-12-01", "r").await;
    pay(gbp, "2026-12-02", "r").await;
    pay(usd, "2026-12-04", "g").await;
    pay(usd, "2026-12-10", "r").await;
    // An official rate already there, and a rate no payment uses: both left alone.
    let kept = ok(&admin, "rate_create", json!({ "currency_id": eur, "payment_date": "2026-12-03", "rate_to_state_currency": "1", "rate_to_marketing_currency": "1.5", "rate_type": "O" })).await;
    assert_eq!(kept["rate_type"], "O");
    pay(eur, "2026-12-03", "r").await;
    ok(&admin, "rate_create", json!({ "currency_id": id(&chf), "payment_date": "2026-12-05", "rate_to_state_currency": "0.9", "rate_to_marketing_currency": "1.1" })).await;

    let bank = Bank {
        quotes: [
            (day("2026-12-09"), vec![("USD", "0.9"), ("GBP", "1.2"), ("CHF", "1.05")]),
            (day("2026-12-01"), vec![("USD", "0.95")]),
            (day("2026-12-02"), vec![("USD", "0.95"), ("GBP", "1.25")]),
        ]
        .into_iter()
        .collect(),
        down_on: Vec::new(),
        asked: std::sync::Mutex::new(Vec::new()),
    };
    let now: chrono::DateTime<Utc> = "2026-12-10T06:30:00Z".parse().expect("moment");
    let report = update_rates(&admin, &bank, now).await.expect("pass");
    assert_eq!(report.error, None, "{report:?}");

    // Yesterday's rates on the currencies that update themselves (R-CUR-7's formulas).
    let currency = |name: &'static str| {
        let admin = &admin;
        async move { rates_of(&named(admin, "currency_list", json!({}), name).await) }
    };
    assert_eq!(currency("EUR").await, (decimal("1"), decimal("1.11111111")), "R-CUR-7: the state currency (1, 1/m)");
    assert_eq!(currency("USD").await, (decimal("0.9"), decimal("1")), "R-CUR-7: the marketing currency (m, 1)");
    assert_eq!(currency("GBP").await, (decimal("1.2"), decimal("1.33333333")), "R-CUR-7: another currency (r, r/m)");
    assert_eq!(currency("CHF").await, (decimal("1.0"), decimal("1.2")), "R-CUR-7: only currencies with auto_update");

    // Received payments of earlier days get official rates of their day.
    let usd_first = rate_on(&admin, usd, "2026-12-01").await.expect("rate");
    assert_eq!((usd_first["rate_type"].clone(), rates_of(&usd_first)), (json!("O"), (decimal("0.95"), decimal("1"))), "R-CUR-7");
    let gbp_second = rate_on(&admin, gbp, "2026-12-02").await.expect("rate");
    assert_eq!(
        (gbp_second["rate_type"].clone(), rates_of(&gbp_second)),
        (json!("O"), (decimal("1.25"), decimal("1.31578947"))),
        "R-CUR-7: overwritten as official"
    );
    let eur_third = rate_on(&admin, eur, "2026-12-03").await.expect("rate");
    assert_eq!(rates_of(&eur_third), (decimal("1"), decimal("1.5")), "R-CUR-7: existing official rates are left alone");
    assert_eq!(rate_on(&admin, usd, "2026-12-10").await.expect("rate")["rate_type"], "A", "R-CUR-7: today's payments wait");
    assert_eq!(rate_on(&admin, usd, "2026-12-04").await, None, "R-CUR-7: only received payments");
    assert_eq!(rate_on(&admin, id(&chf), "2026-12-05").await.expect("rate")["rate_type"], "A", "R-CUR-7: rates no payment uses are left alone");
    let mut asked = bank.asked.lock().expect("asked").clone();
    asked.sort();
    assert_eq!(asked, vec![day("2026-12-01"), day("2026-12-02"), day("2026-12-09")], "R-CUR-7: only what is missing is fetched");

    // The bank fails on one day: the pass stops there and reports it.
    pay(gbp, "2026-12-06", "r").await;
    pay(usd, "2026-12-07", "r").await;
    let failing = Bank {
        down_on: vec![day("2026-12-06")],
        ..bank
    };
    let report = update_rates(&admin, &failing, now).await.expect("pass");
    assert_eq!(report.error.as_deref(), Some("the bank has no rates for 2026-12-06"), "R-CUR-7: the error is reported");
    assert_eq!(rate_on(&admin, gbp, "2026-12-06").await.expect("rate")["rate_type"], "A");
    assert_eq!(rate_on(&admin, usd, "2026-12-07").await.expect("rate")["rate_type"], "A", "R-CUR-7: stop at the first error");
    let notices = ok(&admin, "notice_list", json!({})).await;
    let told = notices["items"].as_array().into_iter().flatten().any(|n| {
        n["text"] == "The exchange rates could not be loaded." && n["object_name"] == "the bank has no rates for 2026-12-06"
    });
    assert!(told, "R-CUR-7, R-NOTIF-5: the administrators hear of it: {notices}");

    // Without yesterday's quotes nothing changes.
    let closed = Bank {
        quotes: std::collections::HashMap::new(),
        down_on: vec![day("2026-12-09")],
        asked: std::sync::Mutex::new(Vec::new()),
    };
    let report = update_rates(&admin, &closed, now).await.expect("pass");
    assert!(report.error.is_some() && report.currencies_updated.is_empty(), "{report:?}");
    assert_eq!(currency("GBP").await, (decimal("1.2"), decimal("1.33333333")));
});
