//! The field checks and save rules of counterparties, requests, currencies and deals that need no
//! larger workflow to show, driven through the commands on every backend.

mod support;

use crm_core::validation::Rule;
use serde_json::json;
use support::*;

crm_store::db_test!(async fn addresses_phones_and_names_are_checked_where_they_are_typed(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;

    // R-GEN-5: several addresses, each checked after taking the address out of `"Name" <addr>`.
    let company = ok(
        &anna,
        "company_create",
        json!({ "full_name": "Kettle & Co", "email": "\"Sales\" <sales@kettle.example>, office@kettle.example" }),
    )
    .await;
    assert_eq!(company["email"], "\"Sales\" <sales@kettle.example>, office@kettle.example");
    refused_on(
        call(&anna, "company_create", json!({ "full_name": "Kettle II", "email": "sales@kettle.example, office(at)kettle" })).await,
        "email",
        &Rule::InvalidEmail,
    );
    refused_on(
        call(&anna, "contact_create", json!({ "first_name": "Ole", "email": "ole@", "company_id": id(&company) })).await,
        "email",
        &Rule::InvalidEmail,
    );

    // R-GEN-6: a request phone needs seven digits.
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Kettles", "first_name": "Ole", "phone": "+49 (30) 12" })).await,
        "phone",
        &Rule::InvalidPhone,
    );
    let request = ok(
        &anna,
        "request_create",
        json!({ "request_for": "Kettles", "first_name": "Ole", "phone": "+49 30 1234567" }),
    )
    .await;
    assert_eq!(request["phone"], "+49 30 1234567");

    // R-GEN-8: a bare prefix is no first name, for contacts and leads alike.
    for command in ["contact_create", "lead_create"] {
        refused_on(
            call(&anna, command, json!({ "first_name": "Dr.", "company_id": id(&company) })).await,
            "first_name",
            &Rule::NameIsPrefix,
        );
    }
    // With a name after it, the prefix is kept in front of the first name (R-GEN-4).
    let lead = ok(&anna, "lead_create", json!({ "first_name": "dr", "last_name": "Weiß" })).await;
    assert_eq!((lead["first_name"].as_str(), lead["last_name"].as_str()), (Some("Dr Weiß"), Some("")));
});

crm_store::db_test!(async fn a_request_links_one_person_who_belongs_to_its_company(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    let other = ok(&anna, "company_create", json!({ "full_name": "Pan Works" })).await;
    let ole = ok(&anna, "contact_create", json!({ "first_name": "Ole", "company_id": id(&kettle) })).await;
    let lead = ok(&anna, "lead_create", json!({ "first_name": "Lia", "email": "lia@lia.example" })).await;

    // R-REQ-3: the three exclusions, each on its field.
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Pans", "contact_id": id(&ole), "company_id": id(&other) })).await,
        "contact_id",
        &Rule::ContactNotOfCompany,
    );
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Pans", "contact_id": id(&ole), "lead_id": id(&lead) })).await,
        "lead_id",
        &Rule::ContactOrLead,
    );
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Pans", "company_id": id(&kettle), "lead_id": id(&lead) })).await,
        "lead_id",
        &Rule::CompanyOrLead,
    );
    // R-REQ-3: with a person linked, the first name may stay empty.
    let request = ok(&anna, "request_create", json!({ "request_for": "Pans", "contact_id": id(&ole) })).await;
    assert_eq!(request["contact_id"], json!(id(&ole)));
    // R-REQ-6: the linked contact brings its company.
    assert_eq!(request["company_id"], json!(id(&kettle)));
    refused_on(
        call(&anna, "request_create", json!({ "request_for": "Pans" })).await,
        "first_name",
        &Rule::Required,
    );
});

crm_store::db_test!(async fn saving_a_pending_request_links_the_known_sender_and_files_the_city(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let germany = named(&admin, "country_list", json!({}), "Germany").await;
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co", "country_id": id(&germany) })).await;
    let ole = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Ole", "last_name": "Berg", "email": "ole@kettle.example", "company_id": id(&kettle) }),
    )
    .await;

    // R-REQ-6: a pending request with no person runs the matching by address, then takes the
    // contact's company.
    let request = ok(
        &anna,
        "request_create",
        json!({ "request_for": "Kettles", "first_name": "Ole", "email": "OLE@kettle.example", "pending": true }),
    )
    .await;
    assert_eq!(request["contact_id"], json!(id(&ole)), "R-REQ-6: matched by address");
    assert_eq!(request["company_id"], json!(id(&kettle)), "R-REQ-6: the contact's company");

    // R-REQ-9: a typed city name is found or filed in the request's country (R-CITY-2).
    let mut input = request.clone();
    input["city_name"] = json!("Potsdam");
    input["country_id"] = json!(id(&germany));
    let saved = ok(
        &anna,
        "request_update",
        json!({ "id": id(&request), "version": request["version"], "input": input }),
    )
    .await;
    let potsdam = named(&admin, "city_list", json!({ "country_id": id(&germany) }), "Potsdam").await;
    assert_eq!(saved["city_id"], json!(id(&potsdam)), "R-REQ-9: {saved}");
});

crm_store::db_test!(async fn a_currency_is_an_iso_code(db) {
    let admin = admin(db).await;
    // R-CUR-1: only ISO-4217 alphabetic codes.
    for code in ["XYZ", "usd1", "EURO"] {
        refused_on(
            call(&admin, "currency_create", json!({ "name": code, "rate_to_state_currency": "1", "rate_to_marketing_currency": "1" })).await,
            "name",
            &Rule::InvalidCurrencyCode,
        );
    }
    let chf = ok(
        &admin,
        "currency_create",
        json!({ "name": "CHF", "rate_to_state_currency": "0.95", "rate_to_marketing_currency": "1.05" }),
    )
    .await;
    assert_eq!(chf["name"], "CHF");
});

crm_store::db_test!(async fn a_deal_comes_only_from_a_request_and_keeps_its_stage_and_activity_consistent(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;

    // R-DEAL-1: there is no blank new deal.
    let err = call(&anna, "deal_create", json!({ "name": "From nowhere" })).await;
    assert!(err.is_err(), "no deal_create command: {err:?}");
    let deal = new_deal(&anna, "Kettles").await;

    // R-DEAL-9 takes a fresh deal out of the default stage on its first save; R-DEAL-4 puts a deal
    // saved without a stage back into it.
    let default = named(&admin, "stage_list", json!({ "department_id": local }), "request").await;
    let second = named(&admin, "stage_list", json!({ "department_id": local }), "analysis of request").await;
    assert_eq!(deal["stage_id"], json!(id(&default)));
    let moved = save_deal(&anna, &deal, json!({})).await.expect("saved");
    assert_eq!(moved["stage_id"], json!(id(&second)), "R-DEAL-9");
    let saved = save_deal(&anna, &moved, json!({ "stage_id": null })).await.expect("saved");
    assert_eq!(saved["stage_id"], json!(id(&default)), "R-DEAL-4");

    // R-DEAL-10: switching relevant off ends the deal today.
    let today = chrono::Utc::now().date_naive().to_string();
    let dropped = save_deal(&anna, &saved, json!({ "relevant": false })).await.expect("saved");
    assert_eq!(dropped["active"], json!(false), "R-DEAL-10: not relevant is not active");
    assert_eq!(dropped["closing_date"], json!(today), "R-DEAL-10: closed today");
    // Active again makes it relevant again.
    let revived = save_deal(&anna, &dropped, json!({ "active": true })).await.expect("saved");
    assert_eq!(revived["relevant"], json!(true), "R-DEAL-10: active is relevant");
    // Ending it sets the closing date.
    let ended = save_deal(&anna, &revived, json!({ "active": false, "closing_date": null })).await.expect("saved");
    assert_eq!(ended["closing_date"], json!(today), "R-DEAL-10: inactive from today");
    assert_eq!(ended["relevant"], json!(true), "ending a deal keeps it relevant");
});

fn note_ids(notes: &serde_json::Value) -> Vec<(&str, &str)> {
    notes
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| (n["level"].as_str().unwrap_or(""), n["id"].as_str().unwrap_or("")))
        .collect()
}

crm_store::db_test!(async fn saved_records_carry_the_notes_that_need_attention(db) {
    let admin = admin(db.clone()).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let gina = user(&admin, "gina", &[global], &["managers"]).await;

    // R-REQ-12: no products, and a processed request of a department that works globally without
    // a country.
    let request = ok(&gina, "request_create", json!({ "request_for": "Cranes", "first_name": "Ida", "pending": false })).await;
    let notes = ok(&gina, "request_warnings", json!({ "id": id(&request) })).await;
    assert_eq!(
        note_ids(&notes),
        [("warning", "warning-specify-products"), ("warning", "warning-country-not-specified")],
        "R-REQ-12: {notes}"
    );
    assert_eq!(notes[0]["message"], "Specify products.");
    let product = ok(&gina, "product_create", json!({ "name": "Crane C-1", "price": "1000" })).await;
    let germany = named(&admin, "country_list", json!({}), "Germany").await;
    let mut input = request.clone();
    input["product_ids"] = json!([id(&product)]);
    input["country_id"] = json!(id(&germany));
    let request = ok(&gina, "request_update", json!({ "id": id(&request), "version": request["version"], "input": input })).await;
    let notes = ok(&gina, "request_warnings", json!({ "id": id(&request) })).await;
    assert_eq!(note_ids(&notes), [], "R-REQ-12: nothing left to note: {notes}");

    // R-REQ-12: the counterparty belongs to anna — news for an unowned request, a warning for
    // olga's own.
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co" })).await;
    let ole = ok(&anna, "contact_create", json!({ "first_name": "Ole", "company_id": id(&kettle) })).await;
    let unowned = ok(&olga, "request_create", json!({ "request_for": "Pans", "contact_id": id(&ole) })).await;
    // Every save gives a request an owner (R-GEN-1); only a received one that nobody took yet has
    // none, so the test takes the owner away directly.
    crm_store::testing::execute(&db, &format!("UPDATE requests SET owner_id = NULL WHERE id = {}", id(&unowned))).await;
    let notes = ok(&olga, "request_warnings", json!({ "id": id(&unowned) })).await;
    assert!(note_ids(&notes).contains(&("info", "warning-counterparty-assigned")), "R-REQ-12: {notes}");
    let olgas = ok(&olga, "request_create", json!({ "request_for": "Pots", "contact_id": id(&ole), "owner_id": olga.user_id().0 })).await;
    let notes = ok(&olga, "request_warnings", json!({ "id": id(&olgas) })).await;
    let assigned = notes.as_array().and_then(|n| n.iter().find(|n| n["id"] == "warning-counterparty-assigned")).cloned();
    assert_eq!(assigned.as_ref().map(|n| n["level"].clone()), Some(json!("warning")), "R-REQ-12: {notes}");
    assert_eq!(assigned.map(|n| n["message"].clone()), Some(json!("Found the counterparty assigned to anna.")));

    // R-LEAD-1: a disqualified lead warns whoever opens it.
    let lead = ok(&anna, "lead_create", json!({ "first_name": "Lia", "disqualified": true })).await;
    let notes = ok(&anna, "lead_warnings", json!({ "id": id(&lead) })).await;
    assert_eq!(note_ids(&notes), [("warning", "warning-lead-disqualified")], "R-LEAD-1");
    let fine = ok(&anna, "lead_create", json!({ "first_name": "Lou" })).await;
    assert_eq!(note_ids(&ok(&anna, "lead_warnings", json!({ "id": id(&fine) })).await), []);

    // R-CUR-4: the currency list warns once it lacks a state currency.
    assert_eq!(note_ids(&ok(&admin, "currency_warnings", json!(null)).await), []);
    let state = ok(&admin, "currency_list", json!({ "page": { "limit": 500 } })).await["items"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["is_state_currency"] == true))
        .cloned()
        .expect("a state currency");
    let mut input = state.clone();
    input["is_state_currency"] = json!(false);
    for rate in ["rate_to_state_currency", "rate_to_marketing_currency"] {
        input[rate] = json!(state[rate].as_str().unwrap_or("1"));
    }
    ok(&admin, "currency_update", json!({ "id": id(&state), "version": state["version"], "input": input })).await;
    let notes = ok(&admin, "currency_warnings", json!(null)).await;
    assert_eq!(note_ids(&notes), [("warning", "warning-no-state-currency")], "R-CUR-4: {notes}");
});

crm_store::db_test!(async fn the_deal_list_starts_on_the_right_deals_and_filters_by_what_sales_ask(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let carla = user(&admin, "carla", &[local], &["chiefs"]).await;
    let lamp = ok(&anna, "product_create", json!({ "name": "Lamp", "price": "20" })).await;
    let industry = ok(&admin, "industry_list", json!({ "filter": { "department_id": local } })).await["items"][0].clone();
    let kettle = ok(&anna, "company_create", json!({ "full_name": "Kettle & Co", "industry_ids": [id(&industry)] })).await;
    let deal_of = |request: serde_json::Value| {
        let anna = &anna;
        async move {
            let request = ok(anna, "request_create", request).await;
            ok(anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await
        }
    };
    let lamps = deal_of(json!({ "request_for": "Lamps", "first_name": "Ida", "product_ids": [id(&lamp)] })).await;
    let kettles = deal_of(json!({ "request_for": "Kettles", "first_name": "Ole", "email": "ole@kettle.example", "company_id": id(&kettle), "product_ids": [id(&lamp)] })).await;
    let won = deal_of(json!({ "request_for": "Won", "first_name": "Uta", "product_ids": [id(&lamp)] })).await;
    let success = named(&admin, "closing_reason_list", json!({ "department_id": local }), "The deal was closed successfully").await;
    save_deal(&anna, &won, json!({ "closing_reason_id": id(&success), "amount": "100" })).await.expect("won");
    // A chief may change the next step of any deal (R-DEAL-15).
    save_deal(&carla, &kettles, json!({ "next_step": "Call the buyer" })).await.expect("chief's edit");

    // R-DEAL-18: a manager starts on their own active deals; a company's own list shows all of
    // its deals; the success shortcut lists the won ones.
    let start = ok(&anna, "deal_list_defaults", json!({})).await;
    assert_eq!(start["filter"]["owner_or_co_owner"], json!(anna.user_id().0), "R-DEAL-18: own deals");
    assert_eq!(start["filter"]["active"], json!(true), "R-DEAL-18: active deals");
    assert_eq!(start["page"]["limit"], json!(50), "R-DEAL-18: 50 a page");
    let open = ok(&anna, "deal_list", start).await;
    assert_eq!(ids(&open), [id(&kettles), id(&lamps)], "R-DEAL-18: newest first, the won deal is not active");
    let of_company = ok(&anna, "deal_list_defaults", json!({ "company_id": id(&kettle) })).await;
    assert_eq!(of_company["filter"]["active"], json!(null), "R-DEAL-18");
    let newest_first = json!({ "descending": true });
    let by_success = ok(&anna, "deal_list", json!({ "filter": { "won": true } })).await;
    assert_eq!(ids(&by_success), [id(&won)], "R-DEAL-18: the won deals");

    // R-DEAL-20: product, company industry, changed by chiefs.
    let by_product = ok(&anna, "deal_list", json!({ "filter": { "product_id": id(&lamp) } , "page": newest_first })).await;
    assert_eq!(ids(&by_product), [id(&won), id(&kettles), id(&lamps)], "R-DEAL-20: product");
    let by_industry = ok(&anna, "deal_list", json!({ "filter": { "industry_id": id(&industry) } , "page": newest_first })).await;
    assert_eq!(ids(&by_industry), [id(&kettles)], "R-DEAL-20: company industry");
    let chiefs = role(&admin, "chiefs").await;
    let by_chiefs = ok(&anna, "deal_list", json!({ "filter": { "modified_by_role_id": chiefs } , "page": newest_first })).await;
    assert_eq!(ids(&by_chiefs), [id(&kettles)], "R-DEAL-20: changed by chiefs");
});
