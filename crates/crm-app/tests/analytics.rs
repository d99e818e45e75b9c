//! The analytics reports (DOMAIN.md §10) and who may see them (§9.1, R-PERM-1/2/6), on every
//! backend, over data made through the commands. Reports are asked for a fixed day (`as_of`)
//! and the dates they count by are set through the forms and workflows that write them, so the
//! outcome never depends on the day the test runs.

mod support;

use crm_app::{AppError, Session};
use serde_json::{Value, json};
use support::*;

const AS_OF: &str = "2026-09-20";

/// The Local sales department, two of its sales managers and its chief.
struct Office {
    admin: Session,
    local: i64,
    anna: Session,
    bob: Session,
}

async fn office(db: crm_store::Db) -> Office {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let bob = user(&admin, "bob", &[local], &["managers"]).await;
    Office { admin, local, anna, bob }
}

/// A request of `manager` received on `day`, with `extra` fields.
async fn request(manager: &Session, day: &str, extra: Value) -> Value {
    let mut input = json!({ "request_for": format!("Lamps {day}"), "first_name": "Ida", "receipt_date": day });
    for (field, value) in extra.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    ok(manager, "request_create", input).await
}

/// The deal `manager` makes of `request`.
async fn deal_of(manager: &Session, request: &Value) -> Value {
    ok(manager, "request_to_deal", json!({ "id": id(request), "version": request["version"] })).await
}

/// A deal of `manager` whose request came in on `day`.
async fn deal(manager: &Session, day: &str) -> Value {
    let request = request(manager, day, json!({})).await;
    deal_of(manager, &request).await
}

/// `deal` saved by `session` with `change` over what the form shows.
async fn save(session: &Session, deal: &Value, change: Value) -> Value {
    let mut input = deal.clone();
    // The form edits the amount as text.
    if input["amount"].is_null() {
        input["amount"] = json!("");
    }
    for (field, value) in change.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    ok(session, "deal_update", json!({ "id": id(deal), "version": deal["version"], "input": input })).await
}

/// The id of the Local sales item called `name` in `command`'s list.
async fn local_item(office: &Office, command: &str, name: &str) -> i64 {
    id(&named(&office.admin, command, json!({ "department_id": office.local }), name).await)
}

/// `deal` closed by its owner with the reason `reason` (at `stage` when given), then dated
/// `closing_date` on the form's "Date of deal closing" (the workflow writes today).
async fn close(office: &Office, owner: &Session, deal: &Value, reason: &str, stage: Option<&str>, closing_date: &str) -> Value {
    let reason = local_item(office, "closing_reason_list", reason).await;
    let mut change = json!({ "closing_reason_id": reason, "amount": "1000" });
    if let Some(stage) = stage {
        change["stage_id"] = json!(local_item(office, "stage_list", stage).await);
    }
    let closed = save(owner, deal, change).await;
    assert_eq!(closed["active"], json!(false));
    save(owner, &closed, json!({ "closing_date": closing_date })).await
}

const WON: &str = "The deal was closed successfully";
const POSTPONED: &str = "Purchase postponed";
const PRICE: &str = "The price is not competitive";

fn query(extra: Value) -> Value {
    let mut input = json!({ "as_of": AS_OF });
    for (field, value) in extra.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    input
}

fn counts(series: &Value) -> Vec<i64> {
    series.as_array().into_iter().flatten().map(|p| p["count"].as_i64().expect("count")).collect()
}

fn values(series: &Value) -> Vec<String> {
    series
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| p["value"].as_str().expect("value").to_owned())
        .collect()
}

/// A 12-month series with `at` (index → value) and "0.00" elsewhere.
fn amounts(at: &[(usize, &str)]) -> Vec<String> {
    let mut series = vec!["0.00".to_owned(); 12];
    for (i, v) in at {
        series[*i] = (*v).to_owned();
    }
    series
}

fn month_counts(at: &[(usize, i64)]) -> Vec<i64> {
    let mut series = vec![0; 12];
    for (i, v) in at {
        series[*i] = *v;
    }
    series
}

crm_store::db_test!(async fn r_anl_9_date_filters_offer_the_presets_in_the_users_language(db) {
    let office = office(db).await;
    let ranges = ok(&office.anna, "analytics_date_ranges", json!({ "as_of": "2026-03-15" })).await;
    let got: Vec<(String, String, String, String)> = ranges
        .as_array()
        .expect("ranges")
        .iter()
        .map(|r| {
            let text = |f: &str| r[f].as_str().expect(f).to_owned();
            (text("preset"), text("label"), text("from"), text("until"))
        })
        .collect();
    let expected = [
        ("today", "Today", "2026-03-15", "2026-03-16"),
        ("past7_days", "Past 7 days", "2026-03-08", "2026-03-16"),
        ("this_month", "This month", "2026-03-01", "2026-04-01"),
        ("this_year", "This year", "2026-01-01", "2027-01-01"),
        ("last_month", "Last month", "2026-02-01", "2026-03-01"),
        ("first_half_of_year", "First half of the year", "2026-01-01", "2026-07-01"),
        ("nine_months_of_year", "Nine months of the year", "2026-01-01", "2026-10-01"),
        ("second_half_of_last_year", "Second half of last year", "2025-07-01", "2026-01-01"),
    ];
    let expected: Vec<(String, String, String, String)> = expected
        .iter()
        .map(|(a, b, c, d)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned(), (*d).to_owned()))
        .collect();
    assert_eq!(got, expected, "R-ANL-9: each preset's days, until the day after");
});

crm_store::db_test!(async fn r_anl_1_the_funnel_counts_relevant_deals_closed_in_the_last_year_by_stage(db) {
    let office = office(db).await;
    let anna = &office.anna;
    for (stage, reason) in [
        ("price offer", POSTPONED),
        ("price offer", PRICE),
        ("analysis of request", POSTPONED),
    ] {
        let d = deal(anna, "2026-02-01").await;
        close(&office, anna, &d, reason, Some(stage), "2026-06-01").await;
    }
    let won = deal(anna, "2026-02-01").await;
    close(&office, anna, &won, WON, None, "2025-09-20").await;
    // Left out: closed more than 12 months ago, irrelevant, still open.
    let old = deal(anna, "2025-01-01").await;
    close(&office, anna, &old, POSTPONED, Some("price offer"), "2025-09-19").await;
    let irrelevant = deal(anna, "2026-02-01").await;
    let irrelevant = save(anna, &irrelevant, json!({ "relevant": false })).await;
    save(anna, &irrelevant, json!({ "closing_date": "2026-06-01" })).await;
    let open = deal(anna, "2026-02-01").await;
    save(anna, &open, json!({ "closing_date": "2026-06-01" })).await;
    // Another manager's deal counts only when the owner filter says so (R-PERM-2).
    let bobs = deal(&office.bob, "2026-02-01").await;
    close(&office, &office.bob, &bobs, POSTPONED, Some("price offer"), "2026-06-01").await;

    let funnel = ok(anna, "analytics_sales_funnel", query(json!({}))).await;
    assert_eq!(funnel["total_label"], "Total closed deals");
    assert_eq!(funnel["total"], 4, "R-ANL-1: relevant, closed, closing date ≥ as_of − 12 months; R-PERM-2: own deals");
    let rows: Vec<(String, i64, i64, i64, String)> = funnel["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["stage_name"].as_str().expect("name").to_owned(),
                r["count"].as_i64().expect("count"),
                r["remainder"].as_i64().expect("remainder"),
                r["shown"].as_i64().expect("shown"),
                r["drop_label"].as_str().expect("drop").to_owned(),
            )
        })
        .collect();
    let row = |s: &str, c, r, shown, d: &str| (s.to_owned(), c, r, shown, d.to_owned());
    assert_eq!(
        rows,
        [
            row("analysis of request", 1, 3, 3, "-25%"),
            row("price offer", 2, 1, 1, "-67%"),
            row("closed (successful)", 1, 0, 1, "-0%"),
        ],
        "R-ANL-1: stage order, remainders, drops of the remainder before each row"
    );
    assert_eq!(funnel["rows"][0]["width"], "0.75", "R-ANL-1: width = r / N");

    let all = ok(anna, "analytics_sales_funnel", query(json!({ "owner": "all" }))).await;
    assert_eq!(all["total"], 5, "R-PERM-2: the manager may switch to all owners");
    assert_eq!(all["rows"][1]["drop_label"], "-75%");
    let bob_only = ok(anna, "analytics_sales_funnel", query(json!({ "owner": { "user": office.bob.user_id().0 } }))).await;
    assert_eq!(bob_only["total"], 1, "R-PERM-2: or to another owner");
    let chief = user(&office.admin, "carla", &[], &["chiefs"]).await;
    let seen_by_chief = ok(&chief, "analytics_sales_funnel", query(json!({}))).await;
    assert_eq!(seen_by_chief["total"], 5, "R-PERM-2: a chief sees every owner by default");
    let global = department(&office.admin, "Global sales").await;
    let elsewhere = ok(&chief, "analytics_sales_funnel", query(json!({ "department_id": global }))).await;
    assert_eq!(elsewhere["total"], 0, "§10: the department filter of users who may switch");
    let gina = user(&office.admin, "gina", &[global], &["managers"]).await;
    let other_department = ok(&gina, "analytics_sales_funnel", query(json!({ "owner": "all", "department_id": office.local }))).await;
    assert_eq!(other_department["total"], 0, "R-PERM-1/R-PERM-3: a filter never shows another department");
});

/// A payment of `deal` made by `owner`.
async fn pay(owner: &Session, deal: &Value, amount: &str, currency: i64, day: &str, extra: Value) -> Value {
    let mut input = json!({ "deal_id": id(deal), "amount": amount, "currency_id": currency, "payment_date": day });
    for (field, value) in extra.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    ok(owner, "payment_create", input).await
}

/// The seeded currencies: USD is the marketing currency, EUR the state currency (§7.3).
async fn currencies(office: &Office) -> (i64, i64) {
    let usd = id(&named(&office.admin, "currency_list", json!({}), "USD").await);
    let eur = id(&named(&office.admin, "currency_list", json!({}), "EUR").await);
    (usd, eur)
}

/// An official rate of `currency` on `day`.
async fn rate(office: &Office, currency: i64, day: &str, to_state: &str, to_marketing: &str) {
    ok(
        &office.admin,
        "rate_create",
        json!({ "currency_id": currency, "payment_date": day, "rate_to_state_currency": to_state,
                "rate_to_marketing_currency": to_marketing, "rate_type": "O" }),
    )
    .await;
}

crm_store::db_test!(async fn r_anl_2_income_sums_received_payments_by_month_in_the_report_currency(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let (usd, eur) = currencies(&office).await;
    rate(&office, eur, "2026-09-12", "1", "1.5").await;
    let won = deal(anna, "2026-01-10").await;
    let won = close(&office, anna, &won, WON, None, "2026-09-05").await;
    pay(anna, &won, "100", usd, "2026-09-10", json!({ "through_representation": true })).await;
    pay(anna, &won, "100", eur, "2026-09-12", json!({})).await;
    pay(anna, &won, "50", usd, "2026-03-03", json!({})).await;
    pay(anna, &won, "40", usd, "2025-09-30", json!({})).await;
    pay(anna, &won, "7", usd, "2024-09-30", json!({})).await;
    pay(anna, &won, "200", usd, "2026-08-15", json!({ "status": "g", "order_number": "PO-1" })).await;
    pay(anna, &won, "10", eur, "2026-10-05", json!({ "status": "g", "order_number": "PO-2" })).await;
    pay(anna, &won, "30", usd, "2026-11-20", json!({ "status": "g" })).await;
    pay(anna, &won, "70", usd, "2026-12-01", json!({ "status": "g" })).await;
    pay(anna, &won, "5", usd, "2026-09-25", json!({ "status": "h" })).await;
    let bobs = deal(&office.bob, "2026-01-10").await;
    pay(&office.bob, &bobs, "1000", usd, "2026-09-11", json!({})).await;

    let report = ok(anna, "analytics_income", query(json!({}))).await;
    assert_eq!(report["money"]["currency"], "USD", "§10: the marketing currency by default");
    assert_eq!(report["money"]["toggle"], true, "§10: state and marketing currencies differ");
    // The 12 months are October 2025 … September 2026.
    assert_eq!(report["monthly"][0]["month"], "2025-10-01");
    assert_eq!(report["monthly"][11]["month"], "2026-09-01", "§10: the current month last");
    assert_eq!(
        values(&report["monthly"]),
        amounts(&[(5, "50.00"), (11, "250.00")]),
        "R-ANL-2 (a): received income by month; 100 EUR at the day's rate 1.5 (R-CUR-5); only the manager's deals (R-PERM-2)"
    );
    assert_eq!(report["total"], "300.00");
    assert_eq!(values(&report["previous_monthly"]), amounts(&[(11, "40.00")]), "R-ANL-2 (b)");
    assert_eq!(report["previous_total"], "40.00");
    assert_eq!(report["delta"], "260.00");
    assert_eq!(
        report["title"],
        "Income monthly (total amount for the current period: 300.00 USD (+260.00))",
        "R-ANL-2 (a): the title with the total and the signed difference"
    );
    let received = report["received_this_month"].as_array().expect("received");
    let rows: Vec<(&str, &str, bool)> = received
        .iter()
        .map(|p| (p["payment_date"].as_str().expect("d"), p["amount"].as_str().expect("a"), p["through_representation"].as_bool().expect("r")))
        .collect();
    assert_eq!(rows, [("2026-09-10", "100.00", true), ("2026-09-12", "150.00", false)], "R-ANL-2 (c)");
    assert_eq!(received[0]["deal_id"], json!(id(&won)));
    assert_eq!(received[0]["owner_id"], json!(anna.user_id().0));
    assert_eq!(report["received_this_month_total"], "250.00");

    let guaranteed = &report["guaranteed"];
    assert_eq!(guaranteed["rows"].as_array().map(Vec::len), Some(1), "R-ANL-2 (d): one row per deal");
    let row = &guaranteed["rows"][0];
    assert_eq!(row["current_month"], "200.00", "R-ANL-2 (d): overdue payments count in the current month");
    assert_eq!(row["next_month"], "12.00", "R-ANL-2 (d): coming months at the currency's current rate (EUR 1.2)");
    assert_eq!(row["month_after"], "30.00", "R-ANL-2 (d): nothing from the third month on");
    assert_eq!(row["order_numbers"], json!(["PO-1", "PO-2"]));
    assert_eq!(guaranteed["total"], "242.00");
    assert_eq!(report["high_probability"]["current_month"], "5.00");
    assert_eq!(report["low_probability"]["rows"], json!([]));
    assert_eq!(report["low_probability"]["total"], "0.00");

    assert_eq!(
        values(&report["averaged_over_year"]),
        amounts(&[(0, "40.00"), (1, "40.00"), (2, "40.00"), (3, "40.00"), (4, "40.00"), (5, "90.00"), (6, "90.00"), (7, "90.00"), (8, "90.00"), (9, "90.00"), (10, "90.00"), (11, "300.00")]),
        "R-ANL-2 (e): each month shows the income of the 12 months ending with it"
    );
    assert_eq!(report["won_deals"], 1, "R-ANL-2 (f)");
    assert_eq!(report["won_deals_a_month"], "0.1");
    assert_eq!(report["income_a_month"], "25", "R-ANL-2 (f): 300 / 12, an integer");

    let in_state = ok(anna, "analytics_income", query(json!({ "currency": "state" }))).await;
    assert_eq!(in_state["money"]["currency"], "EUR", "§10: the toggle to the state currency");
    assert_eq!(in_state["monthly"][11]["value"], "183.00", "100 USD × 0.83 + 100 EUR × 1 (R-CUR-5)");
    let everyone = ok(anna, "analytics_income", query(json!({ "owner": "all" }))).await;
    assert_eq!(everyone["total"], "1300.00", "R-PERM-2: all owners");
});
