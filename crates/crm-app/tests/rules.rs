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
