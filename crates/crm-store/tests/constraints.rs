//! The schema enforces the spec's constraints on every backend: text lengths in characters,
//! enumerations, ranges, case-insensitive tag names, single-row settings, the delete rule of every
//! kind of reference, and ids that continue after the seeded ones.
//!
//! Each refusal is paired with the same statement accepted for a valid value, so a refusal can only
//! come from the constraint under test.

use chrono::NaiveDate;
use crm_store::dialect::statement;
use crm_store::{Db, dispatch};

#[derive(Clone)]
enum Arg {
    Int(i64),
    Text(String),
    Date(NaiveDate),
}

fn text(value: &str) -> Arg {
    Arg::Text(value.to_owned())
}

/// Runs one statement; a refusal by the database comes back as its message.
async fn run(db: &Db, sql: &'static str, args: &[Arg]) -> Result<(), String> {
    dispatch!(db, |pool, backend| {
        let mut query = sqlx::query(statement(backend, sql));
        for arg in args {
            query = match arg {
                Arg::Int(value) => query.bind(*value),
                Arg::Text(value) => query.bind(value.clone()),
                Arg::Date(value) => query.bind(*value),
            };
        }
        match query.execute(pool).await {
            Ok(_) => Ok(()),
            Err(sqlx::Error::Database(e)) => Err(e.to_string()),
            Err(other) => panic!("`{sql}` failed outside the database: {other}"),
        }
    })
}

async fn accepted(db: &Db, sql: &'static str, args: &[Arg]) {
    if let Err(e) = run(db, sql, args).await {
        panic!("{}: `{sql}` was refused: {e}", db.backend().name());
    }
}

async fn refused(db: &Db, sql: &'static str, args: &[Arg]) {
    assert!(
        run(db, sql, args).await.is_err(),
        "{}: `{sql}` was accepted",
        db.backend().name()
    );
}

async fn id_of(db: &Db, sql: &'static str, key: &str) -> Option<i64> {
    dispatch!(db, |pool, backend| sqlx::query_scalar(statement(backend, sql))
        .bind(key.to_owned())
        .fetch_optional(pool)
        .await
        .expect("lookup"))
}

const INSERT_TAG: &str = "INSERT INTO tags (name, department_id) VALUES (?, ?)";

crm_store::db_test!(async fn tag_names_are_unique_per_department_ignoring_case(db) {
    accepted(&db, INSERT_TAG, &[text("VIP"), Arg::Int(1)]).await;
    refused(&db, INSERT_TAG, &[text("vip"), Arg::Int(1)]).await;
    refused(&db, INSERT_TAG, &[text("Vip"), Arg::Int(1)]).await;
    accepted(&db, INSERT_TAG, &[text("vip"), Arg::Int(2)]).await;
    accepted(&db, INSERT_TAG, &[text("VIP client"), Arg::Int(1)]).await;
});

const INSERT_COUNTRY: &str = "INSERT INTO countries (name, url_name) VALUES (?, ?)";

crm_store::db_test!(async fn text_lengths_count_characters_not_bytes(db) {
    // Two bytes per character in UTF-8: a byte limit would refuse the first one.
    let forty = "ü".repeat(40);
    accepted(&db, INSERT_COUNTRY, &[text(&forty), text("umlauts")]).await;
    refused(&db, INSERT_COUNTRY, &[text(&"ü".repeat(41)), text("too_long")]).await;
    let stored = id_of(&db, "SELECT id FROM countries WHERE name = ?", &forty).await;
    assert!(stored.is_some(), "the 40-character name reads back unchanged");
});

crm_store::db_test!(async fn enumerations_and_ranges_are_checked(db) {
    let day = |d| Arg::Date(NaiveDate::from_ymd_opt(2026, 3, d).expect("date"));
    let rate = "INSERT INTO rates (currency_id, payment_date, rate_to_state_currency, \
                rate_to_marketing_currency, rate_type) VALUES (1, ?, '1.5', '1.5', ?)";
    accepted(&db, rate, &[day(1), text("O")]).await;
    refused(&db, rate, &[day(2), text("Z")]).await;
    refused(&db, rate, &[day(1), text("A")]).await; // one rate per currency and day

    let log = "INSERT INTO change_log (entity, entity_id, action, changes) VALUES ('deal', 1, ?, '{}')";
    for action in ["create", "update", "delete", "restore", "merge", "purge"] {
        accepted(&db, log, &[text(action)]).await;
    }
    refused(&db, log, &[text("rename")]).await;

    let deal = "INSERT INTO deals (name, next_step, next_step_date, ticket, probability) \
                VALUES ('Pumps', 'Call', ?, ?, ?)";
    accepted(&db, deal, &[day(1), text("t-ok"), Arg::Int(0)]).await;
    refused(&db, deal, &[day(1), text("t-negative"), Arg::Int(-1)]).await;
    refused(&db, deal, &[day(1), text("t-ok"), Arg::Int(10)]).await; // tickets are unique
    let deal_id = id_of(&db, "SELECT id FROM deals WHERE ticket = ?", "t-ok").await.expect("deal");

    accepted(&db, "INSERT INTO products (name, type) VALUES ('Pump', ?)", &[text("G")]).await;
    refused(&db, "INSERT INTO products (name, type) VALUES ('Pump', ?)", &[text("X")]).await;
    let product_id = id_of(&db, "SELECT id FROM products WHERE name = ?", "Pump")
        .await
        .expect("product");

    let output = "INSERT INTO outputs (deal_id, product_id, quantity) VALUES (?, ?, ?)";
    accepted(&db, output, &[Arg::Int(deal_id), Arg::Int(product_id), Arg::Int(1)]).await;
    refused(&db, output, &[Arg::Int(deal_id), Arg::Int(product_id), Arg::Int(0)]).await;

    let payment = "INSERT INTO payments (deal_id, amount, status) VALUES (?, '10.00', ?)";
    for status in ["r", "g", "h", "l"] {
        accepted(&db, payment, &[Arg::Int(deal_id), text(status)]).await;
    }
    refused(&db, payment, &[Arg::Int(deal_id), text("x")]).await;

    let second_row = "INSERT INTO reminder_settings (id, check_interval) VALUES (?, ?)";
    refused(&db, second_row, &[Arg::Int(2), Arg::Int(60)]).await; // a single row, id 1
    let interval = "UPDATE reminder_settings SET check_interval = ? WHERE id = 1";
    accepted(&db, interval, &[Arg::Int(60)]).await;
    refused(&db, interval, &[Arg::Int(-1)]).await;
});

crm_store::db_test!(async fn purging_applies_each_delete_rule(db) {
    let (anna, acme, request, deal) = a_company_with_a_request_and_its_deal(&db).await;

    // RESTRICT: a user who owns records cannot be deleted (R-USER-6).
    refused(&db, "DELETE FROM users WHERE id = ?", &[Arg::Int(anna)]).await;
    // SET NULL (Decision): purging a deal keeps its request; CASCADE: its payments go with it.
    accepted(&db, "DELETE FROM deals WHERE id = ?", &[Arg::Int(deal)]).await;
    let unlinked = id_of(&db, "SELECT id FROM requests WHERE deal_id IS NULL AND ticket = ?", "r-1").await;
    assert_eq!(unlinked, Some(request));
    assert_eq!(id_of(&db, "SELECT id FROM payments WHERE contract_number = ?", "c-1").await, None);
    // CASCADE: purging a company purges its contacts and requests.
    accepted(&db, "DELETE FROM companies WHERE id = ?", &[Arg::Int(acme)]).await;
    assert_eq!(id_of(&db, "SELECT id FROM contacts WHERE first_name = ?", "Bob").await, None);
    assert_eq!(id_of(&db, "SELECT id FROM requests WHERE ticket = ?", "r-1").await, None);
    // With nothing left to own, the user can go.
    accepted(&db, "DELETE FROM users WHERE id = ?", &[Arg::Int(anna)]).await;
});

/// User anna owns company Acme with contact Bob and request r-1, whose deal has a payment c-1.
/// Returns the ids of the user, company, request and deal.
async fn a_company_with_a_request_and_its_deal(db: &Db) -> (i64, i64, i64, i64) {
    let day = Arg::Date(NaiveDate::from_ymd_opt(2026, 5, 4).expect("date"));
    accepted(db, "INSERT INTO users (username) VALUES (?)", &[text("anna")]).await;
    let anna = id_of(db, "SELECT id FROM users WHERE username = ?", "anna")
        .await
        .expect("user");
    let company = "INSERT INTO companies (full_name, token, owner_id) VALUES (?, 'tok-1', ?)";
    accepted(db, company, &[text("Acme"), Arg::Int(anna)]).await;
    let acme = id_of(db, "SELECT id FROM companies WHERE full_name = ?", "Acme")
        .await
        .expect("company");
    let contact = "INSERT INTO contacts (first_name, token, company_id) VALUES (?, 'tok-2', ?)";
    accepted(db, contact, &[text("Bob"), Arg::Int(acme)]).await;
    let request = "INSERT INTO requests (request_for, ticket, company_id) VALUES (?, 'r-1', ?)";
    accepted(db, request, &[text("Valves"), Arg::Int(acme)]).await;
    let request = id_of(db, "SELECT id FROM requests WHERE ticket = ?", "r-1")
        .await
        .expect("request");
    let deal = "INSERT INTO deals (name, next_step, next_step_date, ticket, request_id) \
                VALUES ('Valves', 'Call', ?, 'r-1', ?)";
    accepted(db, deal, &[day, Arg::Int(request)]).await;
    let deal = id_of(db, "SELECT id FROM deals WHERE ticket = ?", "r-1")
        .await
        .expect("deal");
    let link = "UPDATE requests SET deal_id = ? WHERE id = ?";
    accepted(db, link, &[Arg::Int(deal), Arg::Int(request)]).await;
    let payment = "INSERT INTO payments (deal_id, amount, contract_number) VALUES (?, '1.00', 'c-1')";
    accepted(db, payment, &[Arg::Int(deal)]).await;
    (anna, acme, request, deal)
}

crm_store::db_test!(async fn new_rows_continue_after_the_seeded_ids(db) {
    accepted(&db, "INSERT INTO departments (name) VALUES (?)", &[text("Support")]).await;
    accepted(&db, INSERT_COUNTRY, &[text("Atlantis"), text("Atlantis")]).await;
    accepted(&db, "INSERT INTO roles (name) VALUES (?)", &[text("auditors")]).await;
    accepted(&db, "INSERT INTO currencies (name) VALUES (?)", &[text("CHF")]).await;
    assert_eq!(id_of(&db, "SELECT id FROM departments WHERE name = ?", "Support").await, Some(4));
    assert_eq!(id_of(&db, "SELECT id FROM countries WHERE name = ?", "Atlantis").await, Some(202));
    assert_eq!(id_of(&db, "SELECT id FROM roles WHERE name = ?", "auditors").await, Some(9));
    assert_eq!(id_of(&db, "SELECT id FROM currencies WHERE name = ?", "CHF").await, Some(3));
});
