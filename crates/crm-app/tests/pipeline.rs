//! The deal pipeline board (`deal_board`) on every backend: per stage of a department, how many
//! deals stand there and what they are worth in one currency (R-CUR-5), counted over exactly the
//! deals `deal_list` shows the same user with the same filter (R-PERM-1, R-PERM-3).

mod support;

use crm_app::{AppError, Session};
use serde_json::{Value, json};
use support::*;

/// The id of the `department`'s item called `name` in `command`'s list.
async fn item(admin: &Session, command: &str, department: i64, name: &str) -> i64 {
    id(&named(admin, command, json!({ "department_id": department }), name).await)
}

/// A deal of `manager` at the stage `stage` with `amount` in `currency` (blank = no amount).
async fn deal_at(manager: &Session, subject: &str, stage: i64, amount: &str, currency: i64) -> Value {
    let deal = new_deal(manager, subject).await;
    placed(manager, &deal, stage, amount, currency).await
}

/// As [`deal_at`], from a request from `country` (a department that works globally needs one).
async fn deal_from(manager: &Session, country: i64, stage: i64, amount: &str, currency: i64) -> Value {
    let request = ok(
        manager,
        "request_create",
        json!({ "request_for": "Pumps", "first_name": "Ida", "country_id": country }),
    )
    .await;
    let deal = ok(
        manager,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await;
    placed(manager, &deal, stage, amount, currency).await
}

/// `deal` saved at `stage` with `amount` in `currency`.
async fn placed(manager: &Session, deal: &Value, stage: i64, amount: &str, currency: i64) -> Value {
    save_deal(
        manager,
        deal,
        json!({ "stage_id": stage, "amount": amount, "currency_id": currency }),
    )
    .await
    .expect("saved")
}

/// The board's column of `stage`.
fn column(board: &Value, stage: i64) -> Value {
    board["columns"]
        .as_array()
        .and_then(|columns| columns.iter().find(|c| c["stage_id"] == stage))
        .cloned()
        .unwrap_or_else(|| panic!("no column for stage {stage}: {board}"))
}

/// (deals, amount) of the column of `stage`.
fn at(board: &Value, stage: i64) -> (u64, String) {
    let column = column(board, stage);
    (
        column["deals"].as_u64().expect("a count"),
        column["amount"].as_str().expect("an amount").to_owned(),
    )
}

/// Every column of the board `session` gets for `filter` counts exactly the deals `deal_list`
/// lists them with that filter at that stage.
async fn agrees_with_the_list(session: &Session, filter: &Value, board: &Value) {
    for column in board["columns"].as_array().expect("columns") {
        let mut at_stage = filter.clone();
        at_stage["stage_id"] = column["stage_id"].clone();
        let page = ok(
            session,
            "deal_list",
            json!({ "filter": at_stage, "page": { "limit": 500 } }),
        )
        .await;
        assert_eq!(
            column["deals"].as_u64(),
            u64::try_from(ids(&page).len()).ok(),
            "{column} against {page}"
        );
    }
}

crm_store::db_test!(async fn the_board_counts_each_stages_deals_and_sums_them_in_one_currency(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let bob = user(&admin, "bob", &[local], &["managers"]).await;
    let usd = id(&named(&admin, "currency_list", json!({}), "USD").await);
    let eur = named(&admin, "currency_list", json!({}), "EUR").await;
    let stage = |name: &'static str| {
        let admin = &admin;
        async move { item(admin, "stage_list", local, name).await }
    };
    let offer = stage("price offer").await;
    let invoice = stage("invoice").await;

    // Seeded rates (§7.3): 1 USD = 1 marketing unit (USD), 1 EUR = 1.2; 1 USD = 0.83 EUR (state).
    deal_at(&anna, "Lamps", offer, "100.40", usd).await;
    deal_at(&anna, "Pumps", offer, "200", id(&eur)).await;
    deal_at(&anna, "Cables", offer, "", usd).await;
    deal_at(&anna, "Valves", invoice, "10.25", id(&eur)).await;
    deal_at(&bob, "Kettles", offer, "50", usd).await;
    let lost = deal_at(&anna, "Tiles", invoice, "1000", usd).await;
    let postponed = item(&admin, "closing_reason_list", local, "Purchase postponed").await;
    let closed = save_deal(&anna, &lost, json!({ "closing_reason_id": postponed })).await.expect("closed");
    assert_eq!(closed["active"], json!(false));
    let trashed = deal_at(&anna, "Bricks", offer, "70", usd).await;
    ok(&anna, "deal_delete", json!({ "id": id(&trashed), "version": trashed["version"] })).await;

    // Every owner's active deals: the deal without an amount counts but adds nothing; the closed
    // and the trashed deal are not on the board.
    let active = json!({ "active": true });
    let board = ok(&anna, "deal_board", json!({ "filter": active })).await;
    assert_eq!(board["department_id"], json!(local));
    assert_eq!(board["currency_id"], json!(usd));
    assert_eq!(board["currency"], json!("USD"));
    assert_eq!(at(&board, offer), (4, "390.40".into()), "100.40 + 200 × 1.2 + 50");
    assert_eq!(at(&board, invoice), (1, "12.30".into()), "10.25 × 1.2");
    assert_eq!(at(&board, stage("request").await), (0, "0.00".into()));
    agrees_with_the_list(&anna, &active, &board).await;

    // A search narrows the board as it narrows the list.
    let searched = json!({ "active": true, "text": "Pumps" });
    let found = ok(&anna, "deal_board", json!({ "filter": searched })).await;
    assert_eq!(at(&found, offer), (1, "240.00".into()));
    agrees_with_the_list(&anna, &searched, &found).await;

    // The columns are the department's stages in pipeline order, the success stage marked.
    let stages = ok(&admin, "stage_list", json!({ "filter": { "department_id": local }, "page": { "limit": 500 } })).await;
    let columns: Vec<i64> = board["columns"].as_array().expect("columns").iter().map(|c| c["stage_id"].as_i64().expect("id")).collect();
    assert_eq!(columns, ids(&stages), "index_number order");
    let won = stage("closed (successful)").await;
    for c in board["columns"].as_array().expect("columns") {
        assert_eq!(c["success_stage"], json!(c["stage_id"] == won), "{c}");
    }
    assert_eq!(column(&board, offer)["name"], json!("price offer"), "the seeded name, translated by the UI");

    // No filter: the deal list's starting one, a manager's own active deals (R-DEAL-18).
    let own = ok(&anna, "deal_board", json!({})).await;
    assert_eq!(at(&own, offer), (3, "340.40".into()));
    agrees_with_the_list(&anna, &json!({ "active": true, "owner_or_co_owner": anna.user_id().0 }), &own).await;
    // An empty filter: closed deals too.
    let all = ok(&anna, "deal_board", json!({ "filter": {} })).await;
    assert_eq!(at(&all, invoice), (2, "1012.30".into()));
    agrees_with_the_list(&anna, &json!({}), &all).await;

    // Without a marketing currency the board sums in the state currency.
    let usd_row = named(&admin, "currency_list", json!({}), "USD").await;
    let mut input = usd_row.clone();
    input["is_marketing_currency"] = json!(false);
    ok(&admin, "currency_update", json!({ "id": usd, "version": usd_row["version"], "input": input })).await;
    let in_state = ok(&anna, "deal_board", json!({ "filter": active })).await;
    assert_eq!(in_state["currency_id"], eur["id"]);
    assert_eq!(in_state["currency"], json!("EUR"));
    assert_eq!(at(&in_state, offer), (4, "324.83".into()), "100.40 × 0.83 + 200 + 50 × 0.83");
    assert_eq!(at(&in_state, invoice), (1, "10.25".into()));
});

crm_store::db_test!(async fn the_board_shows_a_user_only_the_deals_their_deal_list_shows(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let books = department(&admin, "Bookkeeping").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let gina = user(&admin, "gina", &[global], &["managers"]).await;
    let abe = user(&admin, "abe", &[books], &["accountants"]).await;
    let usd = id(&named(&admin, "currency_list", json!({}), "USD").await);
    let local_offer = item(&admin, "stage_list", local, "price offer").await;
    let global_offer = item(&admin, "stage_list", global, "price offer").await;
    deal_at(&anna, "Lamps", local_offer, "10", usd).await;
    let germany = id(&named(&admin, "country_list", json!({}), "Germany").await);
    deal_from(&gina, germany, global_offer, "20", usd).await;
    deal_from(&gina, germany, global_offer, "30", usd).await;

    // A manager's board is their department's, with only its deals.
    let active = json!({ "active": true });
    let board = ok(&anna, "deal_board", json!({ "filter": active })).await;
    assert_eq!(board["department_id"], json!(local));
    assert_eq!(board["departments"], json!([local]));
    assert_eq!(at(&board, local_offer), (1, "10.00".into()));
    agrees_with_the_list(&anna, &active, &board).await;

    // Naming another department never widens the scope (R-PERM-3): its stages, none of its deals.
    let elsewhere = json!({ "active": true, "department_id": global });
    let board = ok(&anna, "deal_board", json!({ "filter": elsewhere })).await;
    assert_eq!(board["department_id"], json!(global));
    assert_eq!(at(&board, global_offer), (0, "0.00".into()));
    agrees_with_the_list(&anna, &elsewhere, &board).await;

    // The administrator on "All" sees every sales department and picks one board of them.
    let board = ok(&admin, "deal_board", json!({ "filter": elsewhere })).await;
    let mut expected = vec![local, global];
    expected.sort_unstable();
    assert_eq!(board["departments"], json!(expected));
    assert_eq!(at(&board, global_offer), (2, "50.00".into()));
    agrees_with_the_list(&admin, &elsewhere, &board).await;

    // Without a department of their own, the administrator first sees the board holding most of
    // their deals (two in Global sales, one in Local sales), not an empty one.
    let board = ok(&admin, "deal_board", json!({ "filter": active })).await;
    assert_eq!(board["department_id"], json!(global));
    assert_eq!(at(&board, global_offer), (2, "50.00".into()));

    // Who may not view deals gets no board.
    let refused = refused(&abe, "deal_board", json!({ "filter": active })).await;
    assert!(matches!(refused, AppError::Forbidden), "{refused:?}");
});

crm_store::db_test!(async fn a_deal_of_an_owner_without_a_department_still_stands_on_a_board(db) {
    // The first-run administrator belongs to no department; their deals must not fall off the
    // pipeline (R-DEAL-4: a deal always has a stage).
    let admin = admin(db).await;
    let global = department(&admin, "Global sales").await;
    let request_stage = item(&admin, "stage_list", global, "request").await;
    let germany = id(&named(&admin, "country_list", json!({}), "Germany").await);
    let request = ok(
        &admin,
        "request_create",
        json!({ "request_for": "Valves", "first_name": "Ida", "country_id": germany }),
    )
    .await;
    let deal = ok(
        &admin,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await;
    assert_eq!(deal["department_id"], json!(global));
    assert_eq!(deal["stage_id"], json!(request_stage));

    let board = ok(&admin, "deal_board", json!({})).await;
    assert_eq!(board["department_id"], json!(global));
    assert_eq!(at(&board, request_stage).0, 1);
});
