//! The default lists and the smaller rules of users, requests and outputs, on every backend.

mod support;

use crm_app::{AppError, Session};
use crm_core::Id;
use crm_core::validation::Rule;
use serde_json::{Value, json};
use support::*;

crm_store::db_test!(async fn a_stage_saved_at_a_position_moves_the_others_on(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let global = id(&named(&admin, "department_list", json!({}), "Global sales").await);
    let order = |department: i64| {
        let admin = admin.clone();
        async move {
            let page = ok(&admin, "stage_list", json!({ "filter": { "department_id": department }, "sort": "index_number",
                "page": { "limit": 100 } })).await;
            page["items"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| (s["name"].as_str().unwrap_or_default().to_owned(), s["index_number"].as_i64().unwrap_or_default()))
                .collect::<Vec<_>>()
        }
    };
    let global_before = order(global).await;
    // R-REF-1: inserted at 2, the items from 2 on move one place on.
    ok(&admin, "stage_create", json!({ "name": "qualification", "department_id": local, "index_number": 2 })).await;
    let now = order(local).await;
    assert_eq!(&now[..3], [("request".to_owned(), 1), ("qualification".to_owned(), 2), ("analysis of request".to_owned(), 3)]);
    assert_eq!(now.last().map(|s| s.1), Some(12));
    assert_eq!(order(global).await, global_before, "another department's order stays");
    // Moving an item to 1 puts it first.
    let invoice = named(&admin, "stage_list", json!({ "department_id": local }), "invoice").await;
    let mut edit = invoice.clone();
    edit["index_number"] = json!(1);
    ok(&admin, "stage_update", json!({ "id": id(&invoice), "version": invoice["version"], "input": edit })).await;
    let now = order(local).await;
    assert_eq!(now[0], ("invoice".to_owned(), 1));
    assert_eq!(now[1], ("request".to_owned(), 2));

    // Only administrators change the stages (§9.1).
    let managers = id(&named(&admin, "role_list", json!({}), "managers").await);
    let anna = ok(&admin, "user_create", json!({ "username": "anna", "is_staff": true, "role_ids": [managers],
        "department_ids": [local] })).await;
    let anna = Session::for_user(admin.db().clone(), Id(id(&anna))).await.expect("session");
    let err = call(&anna, "stage_create", json!({ "name": "x", "department_id": local, "index_number": 1 })).await;
    assert!(matches!(err, Err(AppError::Forbidden)), "{err:?}");
});

crm_store::db_test!(async fn taken_names_and_small_rules_come_back_as_field_errors(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let managers = id(&named(&admin, "role_list", json!({}), "managers").await);
    let co_workers = id(&named(&admin, "role_list", json!({}), "co-workers").await);

    // R-USER-1: a new user holds co-workers besides the roles given.
    let anna = ok(&admin, "user_create", json!({ "username": "anna", "is_staff": true, "role_ids": [managers],
        "department_ids": [local] })).await;
    let mut roles: Vec<i64> = anna["role_ids"].as_array().into_iter().flatten().filter_map(Value::as_i64).collect();
    roles.sort_unstable();
    let mut expected = vec![managers, co_workers];
    expected.sort_unstable();
    assert_eq!(roles, expected);
    // A taken username is a field error, not a crash.
    refused_on(call(&admin, "user_create", json!({ "username": "anna", "is_staff": true })).await, "username", &Rule::AlreadyExists);
    let anna = Session::for_user(admin.db().clone(), Id(id(&anna))).await.expect("session");

    // R-REF-3: a tag name is unique in its department, ignoring case.
    ok(&anna, "tag_create", json!({ "name": "VIP" })).await;
    refused_on(call(&anna, "tag_create", json!({ "name": "vip" })).await, "name", &Rule::AlreadyExists);

    // R-REQ-4: a sales manager's own request comes from an existing client.
    let request = ok(&anna, "request_create", json!({ "request_for": "Repeat order", "first_name": "Ole" })).await;
    assert_eq!(request["subsequent"], json!(true));
    assert_eq!(request["owner_id"], json!(anna.user_id().0));

    // R-OUT-1: at least one piece, and a currency with an amount.
    let deal = ok(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let product = ok(&anna, "product_create", json!({ "name": "Lamp" })).await;
    refused_on(
        call(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 0 })).await,
        "quantity",
        &Rule::OutOfRange { min: "1".into(), max: "32767".into() },
    );
    let err = call(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 1,
        "amount": "10" })).await;
    assert!(matches!(&err, Err(AppError::Validation(v)) if v.iter().any(|v| v.field == "currency_id")), "{err:?}");
});

crm_store::db_test!(async fn a_typed_city_is_found_or_filed_in_its_country(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let countries = ok(&admin, "country_list", json!({ "page": { "limit": 2 } })).await;
    let (here, there) = (id(&countries["items"][0]), id(&countries["items"][1]));
    let munich = ok(&admin, "city_create", json!({ "name": "München", "alternative_names": "Munich, Monaco di Baviera",
        "country_id": here })).await;
    // R-CITY-1: a name taken in the same country, as a name or inside alternative names, is refused;
    // another country may have it.
    refused_on(call(&admin, "city_create", json!({ "name": "munich", "country_id": here })).await, "name", &Rule::AlreadyExists);
    refused_on(
        call(&admin, "city_create", json!({ "name": "Minga", "alternative_names": "MÜNCHEN", "country_id": here })).await,
        "alternative_names",
        &Rule::AlreadyExists,
    );
    ok(&admin, "city_create", json!({ "name": "München", "country_id": there })).await;
    let mut edit = munich.clone();
    edit["alternative_names"] = json!("Munich");
    ok(&admin, "city_update", json!({ "id": id(&munich), "version": munich["version"], "input": edit })).await;

    // R-CITY-2: a company typed "Munich." in that country links München; an unknown name files a new
    // city of the country.
    let company = ok(&admin, "company_create", json!({ "full_name": "Brezel AG", "country_id": here, "city_name": "Munich." })).await;
    assert_eq!(company["city_id"], json!(id(&munich)));
    let lead = ok(&admin, "lead_create", json!({ "first_name": "Vera", "country_id": here, "city_name": "Neustadt" })).await;
    let city = ok(&admin, "city_get", json!({ "id": lead["city_id"] })).await;
    assert_eq!((city["name"].clone(), city["country_id"].clone()), (json!("Neustadt"), json!(here)));
    let request = ok(&admin, "request_create", json!({ "request_for": "Pretzels", "first_name": "Vera", "country_id": here,
        "city_name": "neustadt" })).await;
    assert_eq!(request["city_id"], city["id"], "the same city, not a second one");
});

crm_store::db_test!(async fn new_forms_start_from_the_users_department_and_the_deals_last_payment(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = named(&admin, "department_list", json!({}), "Local sales").await;
    let managers = id(&named(&admin, "role_list", json!({}), "managers").await);
    let anna = ok(&admin, "user_create", json!({ "username": "anna", "is_staff": true, "role_ids": [managers],
        "department_ids": [id(&local)] })).await;
    let anna = Session::for_user(admin.db().clone(), Id(id(&anna))).await.expect("session");

    // R-COMP-1: owned by the user, in the department's default country.
    for command in ["company_new", "contact_new", "lead_new", "request_new"] {
        let form = ok(&anna, command, json!({})).await;
        assert_eq!(form["owner_id"], json!(anna.user_id().0), "{command}");
        assert_eq!(form["country_id"], local["default_country_id"], "{command}");
        assert!(!local["default_country_id"].is_null());
    }

    // R-DEAL-17: the deal's currency, then the latest payment's numbers.
    let request = ok(&anna, "request_create", json!({ "request_for": "Lamps", "first_name": "Ida" })).await;
    let deal = ok(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let form = ok(&anna, "payment_new", json!({ "deal_id": id(&deal) })).await;
    assert_eq!(form["currency_id"], deal["currency_id"]);
    assert_eq!(form["status"], "r");
    assert!(form["payment_date"].is_string());
    let mut first = form.clone();
    first["amount"] = json!("250");
    first["contract_number"] = json!("K-17");
    first["invoice_number"] = json!("R-4");
    ok(&anna, "payment_create", first).await;
    let form = ok(&anna, "payment_new", json!({ "deal_id": id(&deal) })).await;
    assert_eq!((form["amount"].clone(), form["contract_number"].clone(), form["invoice_number"].clone()),
        (json!("250.00"), json!("K-17"), json!("R-4")));
});

crm_store::db_test!(async fn departments_are_copied_and_users_moved_with_their_records(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = named(&admin, "department_list", json!({}), "Local sales").await;
    let global = id(&named(&admin, "department_list", json!({}), "Global sales").await);

    // R-USER-8: the copy has the source's settings and lists; its lead sources get new tokens.
    let copy = ok(&admin, "department_copy", json!({ "id": id(&local) })).await;
    assert_eq!(copy["name"], "Local sales (copy)");
    assert_eq!(copy["default_currency_id"], local["default_currency_id"]);
    for list in ["stage_list", "closing_reason_list", "client_type_list", "industry_list", "lead_source_list"] {
        let names = |department: i64| {
            let admin = admin.clone();
            async move {
                let page = ok(&admin, list, json!({ "filter": { "department_id": department }, "page": { "limit": 500 } })).await;
                let mut names: Vec<String> =
                    page["items"].as_array().into_iter().flatten().filter_map(|i| i["name"].as_str().map(str::to_owned)).collect();
                names.sort();
                names
            }
        };
        let (from, to) = (names(id(&local)).await, names(id(&copy)).await);
        assert!(!from.is_empty(), "{list}");
        assert_eq!(from, to, "{list}");
    }
    let sources = |department: i64| {
        let admin = admin.clone();
        async move {
            ok(&admin, "lead_source_list", json!({ "filter": { "department_id": department } })).await["items"][0]["uuid"].clone()
        }
    };
    assert_ne!(sources(id(&local)).await, sources(id(&copy)).await);
    let err = call(&admin, "department_copy", json!({ "id": id(&local) })).await;
    assert!(matches!(err, Err(AppError::Validation(_))), "a second copy would take the same name: {err:?}");

    // R-USER-7: a manager moves with their deal; its stage becomes the same-named stage there, and
    // the tags of their records move too.
    let managers = id(&named(&admin, "role_list", json!({}), "managers").await);
    let anna = ok(&admin, "user_create", json!({ "username": "anna", "is_staff": true, "role_ids": [managers],
        "department_ids": [id(&local)] })).await;
    let anna_session = Session::for_user(admin.db().clone(), Id(id(&anna))).await.expect("session");
    let tag = ok(&anna_session, "tag_create", json!({ "name": "key account" })).await;
    let company = ok(&anna_session, "company_create", json!({ "full_name": "Fink OHG", "tag_ids": [id(&tag)] })).await;
    let request = ok(&anna_session, "request_create", json!({ "request_for": "Rope", "first_name": "Ida",
        "company_id": id(&company), "country_id": local["default_country_id"] })).await;
    let deal = ok(&anna_session, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;

    let report = ok(&admin, "user_transfer", json!({ "user_id": id(&anna), "department_id": global })).await;
    // The request, its deal, the company, and the lead the deal made for Ida (R-MATCH-7).
    assert_eq!(report["records"], json!(4), "{report}");
    assert_eq!(report["tags"], json!(1));
    let moved = ok(&admin, "deal_get", json!({ "id": id(&deal) })).await;
    assert_eq!(moved["department_id"], json!(global));
    let global_request = named(&admin, "stage_list", json!({ "department_id": global }), "request").await;
    assert_eq!(moved["stage_id"], json!(id(&global_request)));
    let company = ok(&admin, "company_get", json!({ "id": id(&company) })).await;
    assert_eq!(company["department_id"], json!(global));
    let tag = ok(&admin, "tag_get", json!({ "id": id(&tag) })).await;
    assert_eq!(tag["department_id"], json!(global));
    let anna = ok(&admin, "user_get", json!({ "id": id(&anna) })).await;
    assert_eq!(anna["department_ids"], json!([global]));
});

crm_store::db_test!(async fn a_create_form_sent_twice_adds_its_record_once(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    // R-GEN-3: the form carries its token; the second submission is refused and adds nothing.
    for (new, create, name) in [
        ("company_new", "company_create", json!({ "full_name": "Dohle AG" })),
        ("contact_new", "contact_create", json!({ "first_name": "Ina" })),
        ("lead_new", "lead_create", json!({ "first_name": "Ben" })),
    ] {
        let mut form = ok(&admin, new, json!({})).await;
        assert_eq!(form["token"].as_str().map(str::len), Some(11), "{new}");
        for (field, value) in name.as_object().cloned().unwrap_or_default() {
            form[field] = value;
        }
        if create == "contact_create" {
            let company = ok(&admin, "company_create", json!({ "full_name": "Krähe KG" })).await;
            form["company_id"] = json!(id(&company));
        }
        let created = ok(&admin, create, form.clone()).await;
        assert_eq!(created["token"], form["token"], "{create} keeps the form's token");
        refused_on(call(&admin, create, form).await, "token", &Rule::AlreadyAdded);
    }
    refused_on(call(&admin, "company_create", json!({ "full_name": "X", "token": "short" })).await, "token", &Rule::Malformed);
});

crm_store::db_test!(async fn one_state_and_one_marketing_currency(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    // R-CUR-2: EUR is the state currency and USD the marketing one (§7.3); neither flag goes twice.
    refused_on(
        call(&admin, "currency_create", json!({ "name": "GBP", "rate_to_state_currency": "1.15", "is_state_currency": true })).await,
        "is_state_currency",
        &Rule::StateCurrencyExists,
    );
    refused_on(
        call(&admin, "currency_create", json!({ "name": "GBP", "is_marketing_currency": true })).await,
        "is_marketing_currency",
        &Rule::MarketingCurrencyExists,
    );
    let gbp = ok(&admin, "currency_create", json!({ "name": "gbp", "rate_to_state_currency": "1.15",
        "rate_to_marketing_currency": "1.27" })).await;
    assert_eq!(gbp["name"], "GBP");
    // Saving the state currency itself is no conflict, and R-CUR-3 pins its own rate to 1.
    let eur = named(&admin, "currency_list", json!({}), "EUR").await;
    let mut edit = eur.clone();
    edit["rate_to_state_currency"] = json!("2");
    edit["rate_to_marketing_currency"] = json!(eur["rate_to_marketing_currency"]);
    edit["auto_update"] = json!(false);
    let saved = ok(&admin, "currency_update", json!({ "id": id(&eur), "version": eur["version"], "input": edit })).await;
    assert_eq!(saved["rate_to_state_currency"], "1.00000000");
});

crm_store::db_test!(async fn new_reference_names_are_registered_for_translation(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;

    // R-REF-2: a new per-department item's name, and a renamed one's, enter the catalogue once.
    ok(&admin, "lead_source_create", json!({ "name": "Trade fair 2027", "department_id": local })).await;
    ok(&admin, "lead_source_create", json!({ "name": "Trade fair 2027", "department_id": global })).await;
    let stage = named(&admin, "stage_list", json!({ "department_id": local }), "analysis of request").await;
    let mut input = stage.clone();
    input["name"] = json!("qualification");
    ok(&admin, "stage_update", json!({ "id": id(&stage), "version": stage["version"], "input": input })).await;
    let catalogue = ok(&admin, "translatable_name_list", json!({ "page": { "limit": 500 } })).await;
    let names: Vec<&str> = catalogue["items"].as_array().into_iter().flatten().filter_map(|n| n["name"].as_str()).collect();
    assert_eq!(names, ["Trade fair 2027", "qualification"], "R-REF-2");

    // An administrator translates a name; everybody reads it in their language.
    let fair = named(&admin, "translatable_name_list", json!({}), "Trade fair 2027").await;
    let mut input = fair.clone();
    input["translations"] = json!({ "de": "Messe 2027" });
    ok(&admin, "translatable_name_update", json!({ "id": id(&fair), "version": fair["version"], "input": input.clone() })).await;
    let german = ok(&anna, "reference_names", json!({ "language": "de" })).await;
    assert_eq!(german["Trade fair 2027"], "Messe 2027");
    assert_eq!(german["qualification"], "qualification", "untranslated names show as written");
    let own = ok(&anna, "reference_names", json!({})).await;
    assert_eq!(own["Trade fair 2027"], "Trade fair 2027", "in the user's own language, English here");
    // The catalogue is the administrators' to edit.
    let err = refused(&anna, "translatable_name_update", json!({ "id": id(&fair), "version": 2, "input": input })).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
});
