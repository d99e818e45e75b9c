//! Deals through the generic record layer on every backend: the ticket, money, dates, the
//! stage filter, keyset pages by next-step date and search by ticket.

use crm_core::list::PageRequest;
use crm_store::deals::DEAL;
use crm_store::record::{self, Fields};
use crm_store::{Db, StoreError};
use serde_json::{Value, json};

fn deal(name: &str, next_step_date: &str, stage_id: i64, amount: &str) -> Fields {
    let Value::Object(fields) = json!({
        "name": name, "next_step": "Send the offer", "next_step_date": next_step_date,
        "description": "", "stage_id": stage_id, "closing_date": null, "amount": amount,
        "currency_id": 1, "closing_reason_id": null, "probability": 50, "city_id": null,
        "country_id": null, "lead_id": null, "contact_id": null, "request_id": null,
        "company_id": null, "partner_contact_id": null, "relevant": true, "active": true,
        "important": false, "is_new": true, "remind_me": false, "co_owner_id": null,
        "owner_id": null, "department_id": 1, "tag_ids": [],
    }) else {
        unreachable!("a JSON object literal")
    };
    fields
}

async fn names(db: &Db, filter: Value, sort: &str, page: &PageRequest) -> (Vec<String>, Option<String>) {
    let Value::Object(filter) = filter else {
        unreachable!("a JSON object literal")
    };
    let page = record::list(db, &DEAL, &filter, sort, page).await.expect("list");
    let names = page
        .items
        .iter()
        .map(|d| d["name"].as_str().unwrap_or_default().to_owned())
        .collect();
    (names, page.next_cursor)
}

crm_store::db_test!(async fn a_deal_keeps_its_money_dates_and_a_unique_ticket(db) {
    let created = record::create(&db, &DEAL, None, &deal("Turbine overhaul", "2026-12-01", 1, "9999999999999999.99"))
        .await
        .expect("created");
    assert_eq!(created["amount"], "9999999999999999.99");
    assert_eq!(created["next_step_date"], "2026-12-01");
    assert_eq!(created["probability"], 50);
    let ticket = created["ticket"].as_str().expect("ticket").to_owned();
    assert_eq!(ticket.len(), 11);
    let other = record::create(&db, &DEAL, None, &deal("Pump", "2026-12-02", 1, "0.01")).await.expect("created");
    assert_ne!(other["ticket"], created["ticket"], "every deal gets its own ticket");

    let mut from_request = deal("From a request", "2026-12-03", 1, "1");
    from_request.insert("ticket".into(), Value::String("REQ-TICKET-1".into()));
    let copied = record::create(&db, &DEAL, None, &from_request).await.expect("created");
    assert_eq!(copied["ticket"], "REQ-TICKET-1", "a ticket handed over from the request is kept");

    let (found, _) = names(&db, json!({"text": ticket}), "", &PageRequest::default()).await;
    assert_eq!(found, ["Turbine overhaul"], "the ticket is searchable");
});

crm_store::db_test!(async fn deals_page_by_next_step_date_and_filter_by_stage(db) {
    for day in 1..=12 {
        let stage = if day % 2 == 0 { 2 } else { 1 };
        record::create(&db, &DEAL, None, &deal(&format!("Deal {day:02}"), &format!("2026-12-{day:02}"), stage, "10"))
            .await
            .expect("created");
    }
    let mut page = PageRequest { limit: Some(5), ..PageRequest::default() };
    let mut seen = Vec::new();
    loop {
        let (names, next) = names(&db, json!({}), "next_step_date", &page).await;
        seen.extend(names);
        match next {
            Some(cursor) => page.after = Some(cursor),
            None => break,
        }
    }
    let expected: Vec<String> = (1..=12).map(|day| format!("Deal {day:02}")).collect();
    assert_eq!(seen, expected);
    let (even, _) = names(&db, json!({"stage_id": 2}), "name", &PageRequest::default()).await;
    assert_eq!(even, ["Deal 02", "Deal 04", "Deal 06", "Deal 08", "Deal 10", "Deal 12"]);
    let (window, _) =
        names(&db, json!({"next_step_from": "2026-12-03", "next_step_until": "2026-12-05"}), "", &PageRequest::default()).await;
    assert_eq!(window, ["Deal 03", "Deal 04"]);
    assert!(matches!(
        record::list(&db, &DEAL, &Fields::new(), "probability", &PageRequest::default()).await,
        Err(StoreError::BadSort)
    ), "only whitelisted sorts");
    let Value::Object(unknown) = json!({"drop_table": 1}) else { unreachable!() };
    assert!(record::list(&db, &DEAL, &unknown, "", &PageRequest::default()).await.is_err(), "only declared filters");
});
