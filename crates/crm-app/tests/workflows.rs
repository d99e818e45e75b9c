//! A sales day through the command registry (the path `crm call` takes), and the visibility of
//! rows across departments, on every backend.

mod support;

use crm_app::{AppError, Session};
use crm_core::Id;
use serde_json::{Value, json};
use support::*;

crm_store::db_test!(async fn a_sales_day_from_company_to_payment(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    assert!(admin.actor().is_superuser, "the first user of a new database administers it");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;

    let company = ok(&anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" })).await;
    assert_eq!(company["owner_id"], json!(anna.user_id().0), "R-GEN-1: the creator owns it");
    assert_eq!(company["department_id"], json!(local), "R-GEN-2: the owner's department");
    let contact = ok(
        &anna,
        "contact_create",
        json!({ "first_name": "Jörg", "last_name": "Weiß", "email": "joerg.weiss@nordlicht.example", "company_id": id(&company) }),
    )
    .await;

    // The inquiry arrives from the contact's address: it is matched and takes over the contact's
    // company and owner (R-MATCH-5, R-MATCH-8), and the owner hears of it (R-NOTIF-4).
    let request = ok(
        &admin,
        "request_receive",
        json!({ "name": "Jörg Weiß", "email": "JOERG.WEISS@nordlicht.example", "subject": "200 lamps", "message": "Price?" }),
    )
    .await;
    assert_eq!(request["contact_id"], json!(id(&contact)));
    assert_eq!(request["company_id"], json!(id(&company)));
    assert_eq!(request["owner_id"], json!(anna.user_id().0));
    assert_eq!(request["verification_required"], json!(true));
    assert_eq!(request["pending"], json!(true));
    assert!(request["ticket"].as_str().is_some_and(|t| !t.is_empty()), "a fresh ticket: {request}");
    let events = crm_store::assignments::after(anna.db(), anna.user_id(), 0, 10).await.expect("events");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].request_id.0, id(&request));

    // Once Local sales has products, a deal needs one (R-REQ-18).
    let product = ok(&anna, "product_create", json!({ "name": "Lamp L-200", "price": "24" })).await;
    assert_eq!(product["department_id"], json!(local));
    let err = refused(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "product_ids")), "{err:?}");
    let mut edited = request.clone();
    edited["product_ids"] = json!([id(&product)]);
    let request = ok(
        &anna,
        "request_update",
        json!({ "id": id(&request), "version": request["version"], "input": edited }),
    )
    .await;
    let deal = ok(&anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    assert_eq!(deal["name"], "200 lamps");
    assert_eq!(deal["ticket"], request["ticket"], "the deal keeps the request's ticket");
    assert_eq!(deal["contact_id"], json!(id(&contact)));
    assert_eq!(deal["company_id"], json!(id(&company)));
    assert_eq!(deal["next_step"], "Establish the first contact with the client.");
    assert!(deal["workflow"].as_str().is_some_and(|w| w.ends_with(" - Request\n")), "{deal}");
    let stage = named(&admin, "stage_list", json!({ "department_id": local }), "request").await;
    assert_eq!(deal["stage_id"], json!(id(&stage)), "the department's default stage");
    let usd = named(&admin, "currency_list", json!({}), "USD").await;
    assert_eq!(deal["currency_id"], json!(id(&usd)), "the department's default currency");
    // R-GEN-9: a ticket search finds exactly the records of that ticket.
    let ticket = deal["ticket"].as_str().expect("ticket");
    for (command, wanted) in [("deal_list", id(&deal)), ("request_list", id(&request))] {
        let found = ok(&anna, command, json!({ "filter": { "text": format!("Ticket: {ticket}") } })).await;
        let ids: Vec<i64> = found["items"].as_array().into_iter().flatten().map(id).collect();
        assert_eq!(ids, [wanted], "{command}");
    }
    let found = ok(&anna, "deal_list", json!({ "filter": { "text": format!("ID{}", id(&deal)) } })).await;
    assert_eq!(found["items"].as_array().map(Vec::len), Some(1));
    let outputs = ok(&anna, "output_list", json!({ "filter": { "deal_id": id(&deal) } })).await;
    assert_eq!(outputs["items"].as_array().map(Vec::len), Some(1), "one output per product");
    let request_now = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    assert_eq!(request_now["deal_id"], json!(id(&deal)));
    assert_eq!(request_now["pending"], json!(false));
    let again = refused(&anna, "request_to_deal", json!({ "id": id(&request), "version": request_now["version"] })).await;
    assert!(matches!(&again, AppError::Validation(_)), "one deal per request: {again:?}");

    // Winning: the success reason needs an amount, moves the deal to the success stage and logs it.
    let won = named(&admin, "closing_reason_list", json!({ "department_id": local }), "The deal was closed successfully").await;
    let mut input = deal.clone();
    input["closing_reason_id"] = json!(id(&won));
    input["amount"] = json!("");
    let err = refused(&anna, "deal_update", json!({ "id": id(&deal), "version": deal["version"], "input": input })).await;
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "amount")), "{err:?}");
    input["amount"] = json!("4800.00");
    let closed = ok(&anna, "deal_update", json!({ "id": id(&deal), "version": deal["version"], "input": input })).await;
    let success = named(&admin, "stage_list", json!({ "department_id": local }), "closed (successful)").await;
    assert_eq!(closed["stage_id"], json!(id(&success)));
    assert_eq!(closed["active"], json!(false));
    assert!(closed["win_closing_date"].is_string());
    assert!(closed["stages_dates"].as_str().is_some_and(|s| s.ends_with(" - closed (successful)\n")), "{closed}");

    // A payment on the deal, then the manager's open deals: the won deal is no longer among them.
    let payment = ok(
        &anna,
        "payment_create",
        json!({ "deal_id": id(&deal), "amount": "4800", "currency_id": id(&usd), "payment_date": "2026-12-01" }),
    )
    .await;
    assert_eq!(payment["amount"], "4800.00");
    assert_eq!(payment["status"], "r", "received unless told otherwise (R-PAY-1)");
    // R-CUR-6: the day's rates are kept with a received payment.
    let rates = ok(&admin, "rate_list", json!({ "filter": { "currency_id": id(&usd) } })).await;
    assert_eq!(rates["items"].as_array().map(Vec::len), Some(1), "{rates}");
    assert_eq!(rates["items"][0]["rate_type"], "A");
    assert_eq!(rates["items"][0]["payment_date"], "2026-12-01");
    // R-DEAL-16 through R-CUR-5: 83 EUR (the state currency) are 100 USD at USD's 0.83; a
    // guaranteed payment is not paid yet.
    let eur = named(&admin, "currency_list", json!({}), "EUR").await;
    ok(&anna, "payment_create", json!({ "deal_id": id(&deal), "amount": "83", "currency_id": id(&eur), "payment_date": "2026-12-01" })).await;
    ok(
        &anna,
        "payment_create",
        json!({ "deal_id": id(&deal), "amount": "500", "currency_id": id(&usd), "payment_date": "2026-12-20", "status": "g" }),
    )
    .await;
    let money = ok(&anna, "deal_money", json!({ "id": id(&deal) })).await;
    assert_eq!(money["amount"], "4800.00");
    assert_eq!(money["paid"], "4900.00");
    assert_eq!(money["expected"], "-100.00");
    let err = refused(&anna, "payment_create", json!({ "deal_id": id(&deal), "amount": "1", "payment_date": "2026-12-01" })).await;
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "currency_id")), "R-PAY-1: {err:?}");
    let open = ok(&anna, "deal_list", json!({ "filter": { "owner_or_co_owner": anna.user_id().0, "active": true } })).await;
    assert_eq!(open["items"], json!([]));
    let all = ok(&anna, "deal_list", json!({ "filter": { "owner_or_co_owner": anna.user_id().0 } })).await;
    assert_eq!(all["items"].as_array().map(Vec::len), Some(1));
});

crm_store::db_test!(async fn rows_of_another_department_do_not_exist_for_a_manager(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let global = id(&named(&admin, "department_list", json!({}), "Global sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let ben = user(&admin, "ben", &[global], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let chief = user(&admin, "carla", &[local], &["chiefs"]).await;

    let annas = ok(&anna, "company_create", json!({ "full_name": "Anna's client" })).await;
    let bens = ok(&ben, "company_create", json!({ "full_name": "Ben's client" })).await;

    let listed = |page: Value| -> Vec<i64> {
        page["items"].as_array().map(|items| items.iter().map(id).collect()).unwrap_or_default()
    };
    assert_eq!(listed(ok(&anna, "company_list", json!({})).await), [id(&annas)]);
    assert_eq!(listed(ok(&ben, "company_list", json!({})).await), [id(&bens)]);
    assert_eq!(listed(ok(&olga, "company_list", json!({})).await), [id(&annas)]);
    // A department filter narrows the scope, never widens it (R-PERM-3).
    assert_eq!(listed(ok(&anna, "company_list", json!({ "filter": { "department_id": global } })).await), Vec::<i64>::new());
    let all = listed(ok(&admin, "company_list", json!({})).await);
    assert!(all.contains(&id(&annas)) && all.contains(&id(&bens)));

    // R-COMP-5: a company search spans every department, so duplicates are found; opening one
    // still needs it to be in the user's departments.
    let found = listed(ok(&anna, "company_list", json!({ "filter": { "text": "client" } })).await);
    assert!(found.contains(&id(&bens)) && found.contains(&id(&annas)), "{found:?}");
    let info = ok(&anna, "session_info", json!({})).await;
    assert_eq!(info["company_search_notice"], json!(true));
    // Another department's row is not found, not forbidden.
    let err = refused(&anna, "company_get", json!({ "id": id(&bens) })).await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");
    // An operator of the department may edit a colleague's row; a manager may not (R-PERM-4).
    let mut edit = annas.clone();
    edit["description"] = json!("checked");
    ok(&olga, "company_update", json!({ "id": id(&annas), "version": annas["version"], "input": edit })).await;
    let colleague = user(&admin, "dora", &[local], &["managers"]).await;
    let err = refused(&colleague, "company_update", json!({ "id": id(&annas), "version": annas["version"].as_i64().map(|v| v + 1), "input": edit })).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
    // Chiefs on "All" read every department's companies, or one department's when they choose it
    // (R-USER-3), but do not write them (§9.1).
    assert_eq!(listed(ok(&chief, "company_list", json!({})).await).len(), 2);
    let in_local = chief.in_department(Some(Id(local)));
    assert_eq!(listed(ok(&in_local, "company_list", json!({})).await), [id(&annas)]);
    let err = refused(&chief, "company_create", json!({ "full_name": "Chief's" })).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
    // Only administrators create users.
    let err = refused(&anna, "user_create", json!({ "username": "eve", "is_staff": true })).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
});

crm_store::db_test!(async fn a_lead_becomes_a_company_and_a_contact_with_its_requests(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;

    // R-LEAD-2: without a company, the fields a company and a contact need are required.
    let thin = ok(&anna, "lead_create", json!({ "first_name": "Mia", "email": "mia@kranich.example" })).await;
    let err = refused(&anna, "lead_convert", json!({ "id": id(&thin), "version": thin["version"] })).await;
    let AppError::Validation(fields) = err else { panic!("{err:?}") };
    let fields: Vec<&str> = fields.iter().map(|v| v.field).collect();
    assert_eq!(fields, ["company_name", "company_email"]);

    let lead = ok(
        &anna,
        "lead_create",
        json!({ "first_name": "Mia", "last_name": "Kranich", "email": "mia@kranich.example",
                "company_name": "Kranich Bau", "company_email": "info@kranich.example", "phone": "+49 30 1234567" }),
    )
    .await;
    let request = ok(&anna, "request_create", json!({ "request_for": "Cranes", "lead_id": id(&lead) })).await;
    assert_eq!(request["lead_id"], json!(id(&lead)));

    let converted = ok(&anna, "lead_convert", json!({ "id": id(&lead), "version": lead["version"] })).await;
    assert_eq!(converted["company_created"], json!(true));
    assert_eq!(converted["contact_created"], json!(true));
    assert_eq!(converted["company"]["full_name"], "Kranich Bau");
    assert_eq!(converted["company"]["email"], "info@kranich.example");
    assert_eq!(converted["contact"]["company_id"], converted["company"]["id"]);
    assert_eq!(converted["contact"]["owner_id"], json!(anna.user_id().0));
    let moved = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    assert_eq!(moved["lead_id"], Value::Null, "R-LEAD-5: the request left the lead");
    assert_eq!(moved["contact_id"], converted["contact"]["id"]);
    assert_eq!(moved["company_id"], converted["company"]["id"]);
    let gone = ok(&anna, "lead_get", json!({ "id": id(&lead) })).await;
    assert!(gone["deleted_at"].is_string(), "the lead is in the trash: {gone}");

    // A second lead of the same company joins it; a same-named second company makes it ambiguous.
    let second = ok(
        &anna,
        "lead_create",
        json!({ "first_name": "Tom", "last_name": "Kranich", "email": "tom@kranich.example",
                "company_name": "Kranich Bau", "company_email": "office@kranich.example" }),
    )
    .await;
    let joined = ok(&anna, "lead_convert", json!({ "id": id(&second), "version": second["version"] })).await;
    assert_eq!(joined["company_created"], json!(false));
    assert_eq!(joined["company"]["id"], converted["company"]["id"]);
    ok(&anna, "company_create", json!({ "full_name": "Kranich Bau", "email": "sales@kranich.example" })).await;
    let third = ok(
        &anna,
        "lead_create",
        json!({ "first_name": "Ute", "email": "ute@kranich.example",
                "company_name": "Kranich Bau", "company_email": "ute@kranich.example" }),
    )
    .await;
    let err = refused(&anna, "lead_convert", json!({ "id": id(&third), "version": third["version"] })).await;
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "company_name")), "{err:?}");
    let kept = ok(&anna, "lead_get", json!({ "id": id(&third) })).await;
    assert_eq!(kept["deleted_at"], Value::Null, "a failed conversion changes nothing");
});

crm_store::db_test!(async fn an_administrator_moves_companies_and_their_contacts_to_another_manager(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let global = id(&named(&admin, "department_list", json!({}), "Global sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let ben = user(&admin, "ben", &[global], &["managers"]).await;
    let olga = user(&admin, "olga", &[global], &["operators"]).await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Möwe AG" })).await;
    let contact = ok(&anna, "contact_create", json!({ "first_name": "Lea", "company_id": id(&company) })).await;

    let second = ok(&anna, "company_create", json!({ "full_name": "Kranich KG" })).await;
    let kept = ok(&anna, "contact_create", json!({ "first_name": "Ida", "company_id": id(&second) })).await;
    let trashed = ok(&anna, "contact_create", json!({ "first_name": "Jan", "company_id": id(&second) })).await;
    ok(&anna, "contact_delete", json!({ "id": id(&trashed), "version": trashed["version"] })).await;
    let gone = ok(&anna, "company_create", json!({ "full_name": "Reiher GmbH" })).await;
    ok(&anna, "company_delete", json!({ "id": id(&gone), "version": gone["version"] })).await;

    let err = refused(&admin, "company_transfer_owner", json!({ "company_ids": [id(&company), id(&gone)], "owner_id": ben.user_id().0 })).await;
    assert!(matches!(err, AppError::NotFound { id: missing, .. } if missing == id(&gone)), "a trashed company: {err:?}");
    let unchanged = ok(&anna, "company_get", json!({ "id": id(&company) })).await;
    assert_eq!(unchanged["owner_id"], json!(anna.user_id().0), "all or nothing");

    let transfer = json!({ "company_ids": [id(&company), id(&second), id(&company)], "owner_id": ben.user_id().0 });
    let err = refused(&anna, "company_transfer_owner", transfer.clone()).await;
    assert!(matches!(err, AppError::Forbidden), "administrators only: {err:?}");
    let err = refused(&admin, "company_transfer_owner", json!({ "company_ids": [id(&company)], "owner_id": olga.user_id().0 })).await;
    assert!(matches!(err, AppError::Validation(_)), "the new owner must be a sales manager: {err:?}");

    let done = ok(&admin, "company_transfer_owner", transfer).await;
    assert_eq!(done, json!({ "companies": 2, "contacts": 3 }), "each company once, trashed contacts too");
    let moved = ok(&ben, "company_get", json!({ "id": id(&company) })).await;
    assert_eq!(moved["owner_id"], json!(ben.user_id().0));
    assert_eq!(moved["department_id"], json!(global));
    assert_eq!(moved["version"], json!(company["version"].as_i64().map(|v| v + 1)));
    assert_eq!(moved["modified_by_id"], json!(admin.user_id().0));
    let history = ok(&ben, "history_list", json!({ "entity": "company", "id": id(&company) })).await;
    assert_eq!(history[0]["action"], "update");
    assert_eq!(history[0]["changes"]["owner_id"], json!([anna.user_id().0, ben.user_id().0]), "{history}");
    for person in [&contact, &kept] {
        let moved = ok(&ben, "contact_get", json!({ "id": id(person) })).await;
        assert_eq!(moved["owner_id"], json!(ben.user_id().0));
        assert_eq!(moved["department_id"], json!(global));
    }
    let restored = ok(&admin, "contact_get", json!({ "id": id(&trashed) })).await;
    let restored = ok(&admin, "contact_restore", json!({ "id": id(&trashed), "version": restored["version"] })).await;
    assert_eq!(restored["owner_id"], json!(ben.user_id().0), "a contact restored later belongs with its company");
    let err = refused(&anna, "company_get", json!({ "id": id(&company) })).await;
    assert!(matches!(err, AppError::NotFound { .. }), "gone from Local sales: {err:?}");
});

crm_store::db_test!(async fn a_deal_moves_through_its_stages_by_the_rules(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let carla = user(&admin, "carla", &[local], &["chiefs"]).await;
    let stage = |name: &'static str| {
        let admin = admin.clone();
        async move { id(&named(&admin, "stage_list", json!({ "department_id": local }), name).await) }
    };

    // R-DEAL-9: the first save leaves the default stage for the second-default one, logged.
    let deal = new_deal(&anna, "Lamps").await;
    assert_eq!(deal["is_new"], json!(true));
    let saved = save_deal(&anna, &deal, json!({})).await.expect("saved");
    assert_eq!(saved["stage_id"], json!(stage("analysis of request").await));
    assert!(saved["stages_dates"].as_str().is_some_and(|s| s.ends_with(" - analysis of request\n")), "{saved}");
    assert_eq!(saved["is_new"], json!(false), "R-DEAL-11: the owner has seen it");

    // R-DEAL-2: a next-step date moved into the past is refused.
    let err = save_deal(&anna, &saved, json!({ "next_step_date": "2020-01-01" })).await.expect_err("past");
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "next_step_date")), "{err:?}");

    // R-DEAL-5/6: someone else's next step is signed and logged, newest first.
    let signed = save_deal(&olga, &saved, json!({ "next_step": "Send the price list" })).await.expect("saved");
    assert_eq!(signed["next_step"], "Send the price list (olga)");
    assert!(signed["workflow"].as_str().is_some_and(|w| w.contains(" - Send the price list (olga)\n")), "{signed}");

    // R-DEAL-8: a conditional-success stage marks the win moment.
    let paying = save_deal(&anna, &signed, json!({ "stage_id": stage("receiving the first payment").await })).await.expect("saved");
    assert!(paying["win_closing_date"].is_string());

    // R-DEAL-15: a chief may change the next step but not the amount; the stored amount stays.
    let by_chief = save_deal(&carla, &paying, json!({ "amount": "999", "next_step": "Chief says hi" })).await.expect("saved");
    assert_eq!(by_chief["amount"], paying["amount"]);
    assert_eq!(by_chief["next_step"], "Chief says hi (carla)");

    // R-DEAL-13: a lost deal drops the payments it was still waiting for; received ones stay.
    let usd = named(&admin, "currency_list", json!({}), "USD").await;
    for status in ["r", "g"] {
        ok(
            &anna,
            "payment_create",
            json!({ "deal_id": id(&deal), "amount": "10", "currency_id": id(&usd), "payment_date": "2026-12-01", "status": status }),
        )
        .await;
    }
    let lost = named(&admin, "closing_reason_list", json!({ "department_id": local }), "Purchase postponed").await;
    let closed = save_deal(&anna, &by_chief, json!({ "closing_reason_id": id(&lost) })).await.expect("closed");
    assert_eq!(closed["active"], json!(false), "R-DEAL-7");
    assert!(closed["closing_date"].is_string());
    let payments = ok(&anna, "payment_list", json!({ "filter": { "deal_id": id(&deal) } })).await;
    let statuses: Vec<&str> = payments["items"].as_array().into_iter().flatten().filter_map(|p| p["status"].as_str()).collect();
    assert_eq!(statuses, ["r"]);

    // A stale save is a conflict carrying the stored deal.
    let err = save_deal(&anna, &by_chief, json!({ "next_step": "Too late" })).await.expect_err("stale");
    assert!(matches!(err, AppError::Conflict { .. }), "{err:?}");
});

crm_store::db_test!(async fn duplicates_and_cases_never_become_deals(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let first = ok(&olga, "request_create", json!({ "request_for": "Lamps", "first_name": "Ida", "email": "ida@example.org" })).await;

    // R-REQ-2: a copy is the same inquiry as a new form, pending, with a ticket of its own once saved.
    let copy = ok(&olga, "request_copy", json!({ "id": id(&first) })).await;
    assert_eq!(copy["request_for"], "Lamps");
    assert_eq!(copy["email"], "ida@example.org");
    let second = ok(&olga, "request_create", copy).await;
    assert_ne!(second["ticket"], first["ticket"]);

    // R-REQ-16: a duplicate is processed and gets no deal.
    let duplicate = ok(&olga, "request_mark_duplicate", json!({ "id": id(&second), "version": second["version"] })).await;
    assert_eq!((duplicate["duplicate"].clone(), duplicate["pending"].clone()), (json!(true), json!(false)));
    let err = refused(&olga, "request_to_deal", json!({ "id": id(&second), "version": duplicate["version"] })).await;
    assert!(matches!(&err, AppError::Validation(_)), "{err:?}");

    // R-REQ-17: closing a case processes it; activating it makes it pending again; no deal either way.
    let closed = ok(&olga, "request_close_case", json!({ "id": id(&first), "version": first["version"] })).await;
    assert_eq!((closed["case"].clone(), closed["pending"].clone()), (json!(true), json!(false)));
    let active = ok(&olga, "request_activate_case", json!({ "id": id(&first), "version": closed["version"] })).await;
    assert_eq!(active["pending"], json!(true));
    let err = refused(&olga, "request_to_deal", json!({ "id": id(&first), "version": active["version"] })).await;
    assert!(matches!(&err, AppError::Validation(_)), "{err:?}");
    // A stale flag change is a conflict.
    let err = refused(&olga, "request_close_case", json!({ "id": id(&first), "version": first["version"] })).await;
    assert!(matches!(err, AppError::Conflict { .. }), "{err:?}");
});

crm_store::db_test!(async fn companies_pass_their_owner_and_place_to_contacts_deals_and_requests(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let dora = user(&admin, "dora", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Reiher GmbH" })).await;

    // R-CONT-1: a contact added by someone else still belongs to the company's owner.
    let contact = ok(&olga, "contact_create", json!({ "first_name": "Eva", "last_name": "Reiher",
        "email": "eva@reiher.example", "company_id": id(&company) })).await;
    assert_eq!(contact["owner_id"], json!(anna.user_id().0));
    assert_eq!(contact["department_id"], json!(local));
    // R-CONT-2: the same name with the same e-mail is the same person.
    let err = refused(&olga, "contact_create", json!({ "first_name": "Eva", "last_name": "Reiher",
        "email": "eva@reiher.example", "company_id": id(&company) })).await;
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "first_name")), "{err:?}");
    ok(&olga, "contact_create", json!({ "first_name": "Eva", "last_name": "Reiher",
        "email": "eva.two@reiher.example", "company_id": id(&company) })).await;

    // R-GEN-7: a city must lie in the chosen country.
    let countries = ok(&admin, "country_list", json!({ "page": { "limit": 2 } })).await;
    let (here, there) = (id(&countries["items"][0]), id(&countries["items"][1]));
    let city = ok(&admin, "city_create", json!({ "name": "Reiherstadt", "country_id": here })).await;
    let mut edit = company.clone();
    edit["city_id"] = json!(id(&city));
    edit["country_id"] = json!(there);
    let err = refused(&anna, "company_update", json!({ "id": id(&company), "version": company["version"], "input": edit })).await;
    assert!(matches!(&err, AppError::Validation(v) if v.iter().any(|v| v.field == "city_id")), "{err:?}");

    // R-COMP-3: a request of the company follows its new country and city.
    let request = ok(&anna, "request_create", json!({ "request_for": "Nets", "contact_id": id(&contact),
        "company_id": id(&company) })).await;
    edit["country_id"] = json!(here);
    let company = ok(&anna, "company_update", json!({ "id": id(&company), "version": company["version"], "input": edit })).await;
    let request = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    assert_eq!((request["country_id"].clone(), request["city_id"].clone()), (json!(here), json!(id(&city))));

    // R-COMP-2: a new owner of the company is the new owner of its contacts.
    let mut edit = company.clone();
    edit["owner_id"] = json!(dora.user_id().0);
    ok(&anna, "company_update", json!({ "id": id(&company), "version": company["version"], "input": edit })).await;
    let contact = ok(&dora, "contact_get", json!({ "id": id(&contact) })).await;
    assert_eq!(contact["owner_id"], json!(dora.user_id().0));
});

crm_store::db_test!(async fn merging_a_duplicate_moves_every_link_and_keeps_both_histories(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let red = ok(&anna, "tag_create", json!({ "name": "red" })).await;
    let blue = ok(&anna, "tag_create", json!({ "name": "blue" })).await;
    let original = ok(&anna, "company_create", json!({ "full_name": "Lerche AG", "tag_ids": [id(&red)] })).await;
    let duplicate = ok(
        &anna,
        "company_create",
        json!({ "full_name": "Lerche", "phone": "+49 40 555 1234", "tag_ids": [id(&red), id(&blue)] }),
    )
    .await;
    let contact = ok(&anna, "contact_create", json!({ "first_name": "Jan", "company_id": id(&duplicate) })).await;
    let request = ok(&anna, "request_create", json!({ "request_for": "Wings", "contact_id": id(&contact),
        "company_id": id(&duplicate) })).await;

    let err = refused(&anna, "company_merge", json!({ "duplicate_id": id(&original), "original_id": id(&original) })).await;
    assert!(matches!(err, AppError::Validation(_)), "{err:?}");
    let merged = ok(&anna, "company_merge", json!({ "duplicate_id": id(&duplicate), "original_id": id(&original) })).await;
    assert_eq!(merged["full_name"], "Lerche AG", "the original keeps what it has");
    assert_eq!(merged["phone"], "+49 40 555 1234", "and takes what it lacked");
    let mut tags: Vec<i64> = merged["tag_ids"].as_array().into_iter().flatten().filter_map(Value::as_i64).collect();
    tags.sort_unstable();
    assert_eq!(tags, [id(&red), id(&blue)], "the union of the tags");

    let moved = ok(&anna, "contact_get", json!({ "id": id(&contact) })).await;
    assert_eq!(moved["company_id"], json!(id(&original)));
    assert!(moved["version"].as_i64() > contact["version"].as_i64(), "a re-pointed record has a new version");
    let moved = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    assert_eq!(moved["company_id"], json!(id(&original)));
    let gone = ok(&anna, "company_get", json!({ "id": id(&duplicate) })).await;
    assert!(gone["deleted_at"].is_string());

    // Both histories stay: the duplicate's ends with the merge naming the original.
    let history = ok(&anna, "history_list", json!({ "entity": "company", "id": id(&duplicate) })).await;
    assert_eq!(history[0]["action"], "merge");
    assert_eq!(history[0]["merged_into_id"], json!(id(&original)));
    let actions: Vec<&str> = history.as_array().into_iter().flatten().filter_map(|h| h["action"].as_str()).collect();
    assert_eq!(actions, ["merge", "delete", "create"]);
    let history = ok(&anna, "history_list", json!({ "entity": "company", "id": id(&original) })).await;
    assert_eq!(history[0]["changes"]["phone"], json!(["", "+49 40 555 1234"]));
});

crm_store::db_test!(async fn changes_reach_the_records_linked_to_them(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let dora = user(&admin, "dora", &[local], &["managers"]).await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Specht KG" })).await;
    let contact = ok(&anna, "contact_create", json!({ "first_name": "Udo", "company_id": id(&company) })).await;
    let request = ok(&anna, "request_create", json!({ "request_for": "Drills", "contact_id": id(&contact),
        "company_id": id(&company) })).await;
    let deal = new_deal_from(&anna, &request).await;

    // R-DEAL-14: the request takes the products of the deal's outputs.
    let product = ok(&anna, "product_create", json!({ "name": "Drill D-1" })).await;
    let output = ok(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 2 })).await;
    let deal = save_deal(&anna, &deal, json!({})).await.expect("saved");
    let request = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    assert_eq!(request["product_ids"], json!([id(&product)]));

    // R-SHIP-2: the actual shipping date marks the product shipped and the deal reaches the
    // goods-shipped stage with the shipped next step.
    let mut edit = output.clone();
    edit["actual_shipping_date"] = json!("2026-12-01");
    edit["amount"] = json!("");
    let shipped = ok(&anna, "output_update", json!({ "id": id(&output), "version": output["version"], "input": edit })).await;
    assert_eq!(shipped["product_is_shipped"], json!(true));
    let now = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await;
    let shipment = named(&admin, "stage_list", json!({ "department_id": local }), "shipment").await;
    assert_eq!(now["stage_id"], json!(id(&shipment)));
    assert_eq!(now["next_step"], "The product has been shipped. (anna)");

    // R-REQ-10 and R-REQ-19: a new sales-manager owner of the request reaches its contact, the
    // contact's company and its deal.
    let request = ok(&anna, "request_get", json!({ "id": id(&request) })).await;
    let mut edit = request.clone();
    edit["owner_id"] = json!(dora.user_id().0);
    ok(&anna, "request_update", json!({ "id": id(&request), "version": request["version"], "input": edit })).await;
    for (command, record) in [("contact_get", &contact), ("company_get", &company), ("deal_get", &deal)] {
        let now = ok(&dora, command, json!({ "id": id(record) })).await;
        assert_eq!(now["owner_id"], json!(dora.user_id().0), "{command}");
    }
    let events = crm_store::assignments::after(dora.db(), dora.user_id(), 0, 10).await.expect("events");
    assert_eq!(events.len(), 1, "R-NOTIF-4: dora was assigned the request once");

    // R-DEAL-11: a deal's lead follows the deal's new owner.
    let lead = ok(&anna, "lead_create", json!({ "first_name": "Kai" })).await;
    let request = ok(&anna, "request_create", json!({ "request_for": "Saws", "lead_id": id(&lead),
        "product_ids": [id(&product)] })).await;
    let deal = new_deal_from(&anna, &request).await;
    save_deal(&anna, &deal, json!({ "owner_id": dora.user_id().0 })).await.expect("saved");
    let lead = ok(&dora, "lead_get", json!({ "id": id(&lead) })).await;
    assert_eq!(lead["owner_id"], json!(dora.user_id().0));
});

async fn new_deal_from(manager: &Session, request: &Value) -> Value {
    ok(
        manager,
        "request_to_deal",
        json!({ "id": id(request), "version": request["version"] }),
    )
    .await
}

crm_store::db_test!(async fn a_deal_from_an_unknown_sender_gets_a_contact_or_a_lead(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Amsel GmbH", "email": "info@amsel.example" })).await;

    // R-MATCH-6 by the e-mail's domain, then R-MATCH-7: a new contact of that company, owned as
    // the company is.
    let request = ok(&olga, "request_create", json!({ "request_for": "Feeders", "first_name": "Pia",
        "email": "pia@amsel.example" })).await;
    assert_eq!(request["company_id"], json!(id(&company)), "{request}");
    let email = ok(&olga, "crm_email_create", json!({ "subject": "Feeders", "content": "Price list attached.",
        "to": "pia@amsel.example", "ticket": request["ticket"],
        "request_id": id(&request) })).await;
    let deal = ok(&olga, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let contact = ok(&anna, "contact_get", json!({ "id": deal["contact_id"] })).await;
    assert_eq!(contact["first_name"], "Pia");
    assert_eq!(contact["company_id"], json!(id(&company)));
    assert_eq!(contact["owner_id"], json!(anna.user_id().0));
    // R-REQ-18 step 3: the e-mail of the ticket joins the deal.
    let email = ok(&olga, "crm_email_get", json!({ "id": id(&email) })).await;
    assert_eq!(email["deal_id"], json!(id(&deal)));

    // Nobody known and no company: a new lead (R-MATCH-7).
    let request = ok(&olga, "request_create", json!({ "request_for": "Seeds", "first_name": "Rolf",
        "last_name": "Star", "email": "rolf@star.example", "phone": "+49 89 1234567" })).await;
    let deal = ok(&olga, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let lead = ok(&olga, "lead_get", json!({ "id": deal["lead_id"] })).await;
    assert_eq!((lead["first_name"].clone(), lead["email"].clone()), (json!("Rolf"), json!("rolf@star.example")));
    let request = ok(&olga, "request_get", json!({ "id": id(&request) })).await;
    assert_eq!(request["lead_id"], lead["id"]);
    assert_eq!(request["verification_required"], json!(true));
});

crm_store::db_test!(async fn remind_me_keeps_one_reminder_in_step_with_the_deal(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let dora = user(&admin, "dora", &[local], &["managers"]).await;
    let deal = new_deal(&anna, "Lamps").await;
    let reminders = |session: &Session| {
        let session = session.clone();
        async move { ok(&session, "reminder_list", json!({})).await["items"].as_array().cloned().unwrap_or_default() }
    };

    let on = save_deal(&anna, &deal, json!({ "remind_me": true, "next_step": "Call Ida", "next_step_date": "2030-01-07" }))
        .await
        .expect("saved");
    let list = reminders(&anna).await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["subject"], "Call Ida");
    assert_eq!(list[0]["reminder_date"], "2030-01-07T08:40:00Z", "08:30 business start + 10 min, UTC");
    assert_eq!(list[0]["target_id"], json!(id(&deal)));
    assert!(reminders(&dora).await.is_empty(), "§4.12: each user sees only their own reminders");

    let moved = save_deal(&anna, &on, json!({ "next_step_date": "2030-01-09", "next_step": "Call Ida again" })).await.expect("saved");
    let list = reminders(&anna).await;
    assert_eq!(list.len(), 1, "the same reminder moves");
    assert_eq!(list[0]["reminder_date"], "2030-01-09T08:40:00Z");
    assert_eq!(list[0]["subject"], "Call Ida again");

    save_deal(&anna, &moved, json!({ "remind_me": false })).await.expect("saved");
    assert!(reminders(&anna).await.is_empty(), "switching remind_me off deletes it");
});

crm_store::db_test!(async fn a_linked_person_fills_the_requests_empty_fields(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Eule & Co", "website": "https://eule.example" })).await;
    let contact = ok(&anna, "contact_create", json!({ "first_name": "Nora", "last_name": "Eule",
        "email": "nora@eule.example", "phone": "+49 40 7654321", "company_id": id(&company) })).await;
    // R-REQ-8: linking the contact is enough; its names, address and phone and its company's
    // name and website fill the empty fields, typed ones stay.
    let request = ok(&anna, "request_create", json!({ "request_for": "Glasses", "contact_id": id(&contact),
        "phone": "+49 40 1111111" })).await;
    assert_eq!((request["first_name"].clone(), request["last_name"].clone()), (json!("Nora"), json!("Eule")));
    assert_eq!(request["email"], "nora@eule.example");
    assert_eq!(request["phone"], "+49 40 1111111", "what was typed stays");
    assert_eq!(request["company_name"], "Eule & Co");
    assert_eq!(request["website"], "https://eule.example");
    assert_eq!(request["company_id"], json!(id(&company)));

    let lead = ok(&anna, "lead_create", json!({ "first_name": "Otto", "email": "otto@uhu.example",
        "company_name": "Uhu GmbH" })).await;
    let request = ok(&anna, "request_create", json!({ "request_for": "Glue", "lead_id": id(&lead) })).await;
    assert_eq!((request["first_name"].clone(), request["company_name"].clone()), (json!("Otto"), json!("Uhu GmbH")));
});

crm_store::db_test!(async fn shipments_are_the_dated_outputs_a_user_may_see(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let dora = user(&admin, "dora", &[local], &["managers"]).await;
    let carla = user(&admin, "carla", &[local], &["chiefs"]).await;
    let deal = new_deal(&anna, "Lamps").await;
    let product = ok(&anna, "product_create", json!({ "name": "Lamp" })).await;
    let dated = ok(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 1,
        "shipping_date": "2030-03-01" })).await;
    ok(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 1 })).await;
    let later = ok(&anna, "output_create", json!({ "deal_id": id(&deal), "product_id": id(&product), "quantity": 2,
        "shipping_date": "2030-04-01" })).await;

    let shipments = |session: &Session| {
        let session = session.clone();
        async move {
            let page = ok(&session, "shipment_list", json!({ "page": { "descending": true } })).await;
            page["items"].as_array().into_iter().flatten().map(id).collect::<Vec<_>>()
        }
    };
    // R-SHIP-1: only dated outputs, latest first; a sales manager sees their own deals' only.
    assert_eq!(shipments(&anna).await, [id(&later), id(&dated)]);
    assert_eq!(shipments(&dora).await, Vec::<i64>::new());
    assert_eq!(shipments(&carla).await, [id(&later), id(&dated)]);
});

crm_store::db_test!(async fn e_mails_keep_their_fixed_fields_and_incoming_ones_stay_as_received(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let company = ok(&anna, "company_create", json!({ "full_name": "Star AG" })).await;
    let contact = ok(&anna, "contact_create", json!({ "first_name": "Eli", "company_id": id(&company) })).await;

    // R-EMAIL-1 and R-EMAIL-6: the contact's company joins; a user who is not an administrator
    // sets no flags.
    let email = ok(&olga, "crm_email_create", json!({ "subject": "Offer", "content": "Dear Eli", "to": "eli@star.example",
        "contact_id": id(&contact), "incoming": true, "sent": true })).await;
    assert_eq!(email["company_id"], json!(id(&company)));
    assert_eq!((email["incoming"].clone(), email["sent"].clone()), (json!(false), json!(false)));
    let mut edit = email.clone();
    edit["subject"] = json!("Offer, revised");
    edit["ticket"] = json!("AAAAAAAAAAA");
    edit["owner_id"] = json!(anna.user_id().0);
    let saved = ok(&olga, "crm_email_update", json!({ "id": id(&email), "version": email["version"], "input": edit })).await;
    assert_eq!(saved["subject"], "Offer, revised");
    assert_eq!((saved["ticket"].clone(), saved["owner_id"].clone()), (email["ticket"].clone(), email["owner_id"].clone()),
        "owner and ticket are fixed once the e-mail exists");

    // An incoming e-mail stays as it came, even for its owner.
    let incoming = ok(&admin, "crm_email_create", json!({ "subject": "Question", "content": "Hi", "to": "sales@oriel.example",
        "incoming": true, "owner_id": anna.user_id().0, "department_id": local })).await;
    assert_eq!(incoming["incoming"], json!(true), "administrators set the flags");
    let mut edit = incoming.clone();
    edit["subject"] = json!("Changed");
    let err = refused(&anna, "crm_email_update", json!({ "id": id(&incoming), "version": incoming["version"], "input": edit })).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
});
