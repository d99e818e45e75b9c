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
    Office {
        admin,
        local,
        anna,
        bob,
    }
}

/// A request of `manager` received on `day`, with `extra` fields.
async fn request(manager: &Session, day: &str, extra: Value) -> Value {
    let mut input =
        json!({ "request_for": format!("Lamps {day}"), "first_name": "Ida", "receipt_date": day });
    for (field, value) in extra.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    ok(manager, "request_create", input).await
}

/// The deal `manager` makes of `request`.
async fn deal_of(manager: &Session, request: &Value) -> Value {
    ok(
        manager,
        "request_to_deal",
        json!({ "id": id(request), "version": request["version"] }),
    )
    .await
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
    ok(
        session,
        "deal_update",
        json!({ "id": id(deal), "version": deal["version"], "input": input }),
    )
    .await
}

/// The id of the Local sales item called `name` in `command`'s list.
async fn local_item(office: &Office, command: &str, name: &str) -> i64 {
    id(&named(
        &office.admin,
        command,
        json!({ "department_id": office.local }),
        name,
    )
    .await)
}

/// `deal` closed by its owner with the reason `reason` (at `stage` when given), then dated
/// `closing_date` on the form's "Date of deal closing" (the workflow writes today).
async fn close(
    office: &Office,
    owner: &Session,
    deal: &Value,
    reason: &str,
    stage: Option<&str>,
    closing_date: &str,
) -> Value {
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
    if let Value::Object(fields) = extra {
        for (field, value) in fields {
            input[field] = value;
        }
    }
    input
}

fn counts(series: &Value) -> Vec<i64> {
    series
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| p["count"].as_i64().expect("count"))
        .collect()
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
        (*v).clone_into(&mut series[*i]);
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
    let mut input =
        json!({ "deal_id": id(deal), "amount": amount, "currency_id": currency, "payment_date": day });
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
    pay(anna, &won, "10", eur, "2026-09-12", json!({ "status": "g" })).await;
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
    assert_eq!(received[0]["lead_id"], won["lead_id"], "R-ANL-2 (c): the counterparty link");
    assert_eq!(received[0]["owner_id"], json!(anna.user_id().0));
    assert_eq!(report["received_this_month_total"], "250.00");

    let guaranteed = &report["guaranteed"];
    assert_eq!(guaranteed["rows"].as_array().map(Vec::len), Some(1), "R-ANL-2 (d): one row per deal");
    let row = &guaranteed["rows"][0];
    assert_eq!(
        row["current_month"], "215.00",
        "R-ANL-2 (d): overdue payments count in the current month, at the dated rates (10 EUR × 1.5)"
    );
    assert_eq!(row["next_month"], "12.00", "R-ANL-2 (d): coming months at the currency's current rate (EUR 1.2)");
    assert_eq!(row["month_after"], "30.00", "R-ANL-2 (d): nothing from the third month on");
    assert_eq!(row["order_numbers"], json!(["PO-1", "PO-2"]));
    assert_eq!(
        (guaranteed["current_month"].clone(), guaranteed["next_month"].clone(), guaranteed["month_after"].clone()),
        (json!("215.00"), json!("12.00"), json!("30.00")),
        "R-ANL-2 (d): column totals"
    );
    assert_eq!(guaranteed["total"], "257.00", "R-ANL-2 (d): the grand total");
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

/// Sets `deal`'s win moment to `days` days after its creation. No command sets a past moment:
/// the workflow stamps "now" when a deal is won (R-DEAL-7), so the test writes it with the
/// record layer.
async fn won_after(office: &Office, deal: &Value, days: i64) {
    let stored = ok(&office.admin, "deal_get", json!({ "id": id(deal) })).await;
    let created: chrono::DateTime<chrono::Utc> = stored["created_at"]
        .as_str()
        .expect("created")
        .parse()
        .expect("moment");
    let win = created + chrono::Duration::days(days);
    let changes = json!({ "win_closing_date": win });
    let mut tx = office.admin.db().begin().await.expect("tx");
    crm_store::record::patch_in(
        &mut tx,
        &crm_store::deals::DEAL,
        None,
        id(deal),
        i32::try_from(stored["version"].as_i64().expect("version")).expect("version"),
        changes.as_object().expect("object"),
    )
    .await
    .expect("patch");
    tx.commit().await.expect("commit");
}

crm_store::db_test!(async fn r_anl_3_the_deal_summary_counts_deals_of_last_years_requests_and_wins(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let won = deal(anna, "2026-02-10").await;
    let won = close(&office, anna, &won, WON, None, "2026-05-05").await;
    won_after(&office, &won, 10).await;
    let irrelevant = deal(anna, "2026-02-20").await;
    save(anna, &irrelevant, json!({ "relevant": false })).await;
    // Its request is older than 12 months: not among the year's deals, but won in the year.
    let old_request_won = deal(anna, "2025-08-01").await;
    let old_request_won = close(&office, anna, &old_request_won, WON, None, "2026-01-15").await;
    won_after(&office, &old_request_won, 21).await;
    // Lost deals and wins of more than 12 months ago are not wins of the year.
    let lost = deal(anna, "2026-09-01").await;
    close(&office, anna, &lost, POSTPONED, None, "2026-06-01").await;
    let won_long_ago = deal(anna, "2024-01-01").await;
    close(&office, anna, &won_long_ago, WON, None, "2025-09-19").await;
    deal(&office.bob, "2026-03-01").await;

    let summary = ok(anna, "analytics_deal_summary", query(json!({}))).await;
    assert_eq!(summary["total"], 3, "R-ANL-3: deals whose request came in during the last 12 months, own (R-PERM-2)");
    assert_eq!(summary["relevant"], 2);
    assert_eq!(summary["irrelevant"], 1);
    assert_eq!(summary["won"], 2, "R-ANL-3: success reason, closed, closing date in the last 12 months");
    assert_eq!(summary["average_days_to_win"], 15, "R-ANL-3: (10 + 21) / 2 whole days from creation to the win");
    // October 2025 … September 2026.
    assert_eq!(counts(&summary["monthly_total"]), month_counts(&[(4, 2), (11, 1)]));
    assert_eq!(counts(&summary["monthly_irrelevant"]), month_counts(&[(4, 1)]));
    assert_eq!(counts(&summary["monthly_relevant"]), month_counts(&[(4, 1), (11, 1)]));
    assert_eq!(counts(&summary["monthly_won"]), month_counts(&[(3, 1), (7, 1)]), "R-ANL-3: wins by closing date");
});

/// The request of `deal`, as stored now.
async fn request_of(session: &Session, deal: &Value) -> Value {
    ok(session, "request_get", json!({ "id": deal["request_id"] })).await
}

crm_store::db_test!(async fn r_anl_4_and_5_requests_and_their_conversion_into_won_deals(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let olga = user(&office.admin, "olga", &[office.local], &["operators"]).await;
    let mine = json!({ "owner_id": anna.user_id().0 });
    let germany = id(&named(&office.admin, "country_list", json!({}), "Germany").await);
    // Primary requests come from an operator (a sales manager's own are subsequent, R-REQ-4).
    let primary = |day: &'static str, extra: Value| {
        let olga = olga.clone();
        let mut input = mine.clone();
        for (field, value) in extra.as_object().cloned().unwrap_or_default() {
            input[field] = value;
        }
        async move { request(&olga, day, input).await }
    };
    let p1 = primary("2026-03-05", json!({ "country_id": germany })).await;
    let p1 = deal_of(anna, &p1).await;
    close(&office, anna, &p1, WON, None, "2026-06-01").await;
    let p2 = deal_of(anna, &primary("2026-03-10", json!({})).await).await;
    let conditional = local_item(&office, "stage_list", "receiving the first payment").await;
    save(anna, &p2, json!({ "stage_id": conditional })).await;
    let p3 = deal_of(anna, &primary("2026-04-01", json!({})).await).await;
    let offer = local_item(&office, "stage_list", "price offer").await;
    save(anna, &p3, json!({ "stage_id": offer })).await;
    primary("2026-04-02", json!({})).await;
    // Left out of every request report: duplicates, cases (§10) and disqualified leads (R-ANL-4).
    let duplicate = primary("2026-04-03", json!({})).await;
    ok(anna, "request_mark_duplicate", json!({ "id": id(&duplicate), "version": duplicate["version"] })).await;
    let case = primary("2026-04-04", json!({})).await;
    ok(anna, "request_close_case", json!({ "id": id(&case), "version": case["version"] })).await;
    let lead = ok(anna, "lead_create", json!({ "first_name": "Dirk", "email": "dirk@example.com", "disqualified": true })).await;
    primary("2026-04-05", json!({ "lead_id": id(&lead) })).await;
    // Subsequent requests: one whose deal reached the success stage without a reason, one open.
    let s1 = deal(anna, "2026-05-01").await;
    let success = local_item(&office, "stage_list", "closed (successful)").await;
    save(anna, &s1, json!({ "stage_id": success })).await;
    let s2 = request(anna, "2026-05-02", json!({})).await;
    assert_eq!(s2["subsequent"], true);
    // Older than 12 months: counted only "for all time" by country.
    let old = deal_of(anna, &primary("2025-06-01", json!({ "country_id": germany })).await).await;
    close(&office, anna, &old, WON, None, "2025-07-01").await;
    // Another manager's request is not the manager's (R-PERM-2).
    request(&office.bob, "2026-03-05", json!({})).await;
    assert_eq!(request_of(anna, &p1).await["subsequent"], false);

    let summary = ok(anna, "analytics_request_summary", query(json!({}))).await;
    assert_eq!(summary["total"], 6, "R-ANL-4: the last 12 months, no duplicates, cases or disqualified leads");
    assert_eq!(summary["primary"], 4);
    assert_eq!(summary["primary_conversion"], "50.00", "R-ANL-4: success reason or conditional-success stage; 2 of 4");
    assert_eq!(summary["subsequent"], 2);
    assert_eq!(summary["subsequent_conversion"], "50.00", "R-ANL-4: a deal at the success stage is won");
    assert_eq!(summary["average_a_month"], "0.5", "R-ANL-4: total / 12, 1 decimal");
    assert_eq!(counts(&summary["monthly"]), month_counts(&[(5, 2), (6, 2), (7, 2)]));
    assert_eq!(summary["relevant"], 4, "R-ANL-4: requests whose deal is relevant");
    assert_eq!(counts(&summary["monthly_relevant"]), month_counts(&[(5, 2), (6, 1), (7, 1)]));
    assert_eq!(summary["countries"], Value::Null, "R-ANL-4: Local sales does not work globally");

    let conversion = ok(anna, "analytics_conversion", query(json!({}))).await;
    assert_eq!((conversion["total"].clone(), conversion["won"].clone()), (json!(6), json!(3)));
    assert_eq!(conversion["conversion"], "50.00", "R-ANL-5");
    assert_eq!(conversion["primary_conversion"], "50.00", "R-ANL-5");
    let mut by_month = vec!["0.0".to_owned(); 12];
    by_month[5] = "100.0".into();
    by_month[6] = "0.0".into();
    by_month[7] = "50.0".into();
    assert_eq!(values(&conversion["monthly_conversion"]), by_month, "R-ANL-5: won ÷ total per month, 1 decimal");
    by_month[7] = "0.0".into();
    assert_eq!(values(&conversion["monthly_primary_conversion"]), by_month, "R-ANL-5: primary requests only");

    // Once the department works globally, requests are counted by country.
    let local = ok(&office.admin, "department_get", json!({ "id": office.local })).await;
    let mut edited = local.clone();
    edited["works_globally"] = json!(true);
    ok(&office.admin, "department_update", json!({ "id": office.local, "version": local["version"], "input": edited })).await;
    let summary = ok(anna, "analytics_request_summary", query(json!({}))).await;
    let rows: Vec<(Value, i64, String, i64, String)> = summary["countries"]
        .as_array()
        .expect("R-ANL-4: a country table for a works-globally department")
        .iter()
        .map(|r| {
            (
                r["country_id"].clone(),
                r["year_requests"].as_i64().expect("y"),
                r["year_conversion"].as_str().expect("yc").to_owned(),
                r["all_requests"].as_i64().expect("a"),
                r["all_conversion"].as_str().expect("ac").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (Value::Null, 5, "20.0".to_owned(), 5, "20.0".to_owned()),
            (json!(germany), 1, "100.0".to_owned(), 2, "100.0".to_owned()),
        ],
        "R-ANL-4: by country, 365 days and all time; won = success reason or conditional-success stage, 1 decimal"
    );
});

crm_store::db_test!(async fn r_anl_6_requests_by_lead_source_for_the_year_and_all_time(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let exhibition = local_item(&office, "lead_source_list", "exhibition").await;
    let website = local_item(&office, "lead_source_list", "website form").await;
    for day in ["2026-09-01", "2026-08-01", "2024-01-01"] {
        request(anna, day, json!({ "lead_source_id": exhibition })).await;
    }
    request(anna, "2026-07-01", json!({ "lead_source_id": website })).await;
    request(anna, "2026-06-01", json!({})).await;
    let duplicate = request(anna, "2026-09-02", json!({ "lead_source_id": exhibition })).await;
    ok(anna, "request_mark_duplicate", json!({ "id": id(&duplicate), "version": duplicate["version"] })).await;
    request(&office.bob, "2026-09-03", json!({ "lead_source_id": exhibition })).await;

    let summary = ok(anna, "analytics_lead_sources", json!({ "scope": query(json!({})), "lead_source_id": exhibition })).await;
    let rows: Vec<(String, i64, String, i64, String)> = summary["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["name"].as_str().expect("name").to_owned(),
                r["year_requests"].as_i64().expect("y"),
                r["year_share"].as_str().expect("ys").to_owned(),
                r["all_requests"].as_i64().expect("a"),
                r["all_share"].as_str().expect("as").to_owned(),
            )
        })
        .collect();
    let row = |n: &str, y, ys: &str, a, s: &str| (n.to_owned(), y, ys.to_owned(), a, s.to_owned());
    assert_eq!(
        rows,
        [
            row("exhibition", 2, "50.0", 3, "60.0"),
            row("website form", 1, "25.0", 1, "20.0"),
            row("distributor", 0, "0.0", 0, "0.0"),
            row("website email", 0, "0.0", 0, "0.0"),
            row("website form (iframe)", 0, "0.0", 0, "0.0"),
            row("Not specified", 1, "25.0", 1, "20.0"),
        ],
        "R-ANL-6: every source of the department by its 365-day count, shares of each period, no duplicates"
    );
    assert_eq!((summary["year_total"].clone(), summary["all_total"].clone()), (json!(4), json!(5)), "R-ANL-6: the total row");
    assert_eq!(counts(&summary["monthly"]), month_counts(&[(10, 1), (11, 1)]), "R-ANL-6: one source by month");
    let without = ok(anna, "analytics_lead_sources", json!({ "scope": query(json!({})) })).await;
    assert_eq!(without["monthly"], Value::Null);
});

crm_store::db_test!(async fn r_anl_7_closed_relevant_deals_by_closing_reason(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let germany = id(&named(&office.admin, "country_list", json!({}), "Germany").await);
    let german = deal_of(anna, &request(anna, "2026-07-01", json!({ "country_id": germany })).await).await;
    assert_eq!(german["country_id"], json!(germany));
    close(&office, anna, &german, POSTPONED, None, "2026-08-01").await;
    let postponed = deal(anna, "2026-08-01").await;
    close(&office, anna, &postponed, POSTPONED, None, "2026-08-02").await;
    let long_ago = deal(anna, "2024-05-01").await;
    close(&office, anna, &long_ago, POSTPONED, None, "2024-06-01").await;
    let too_dear = deal(anna, "2026-02-01").await;
    let too_dear = close(&office, anna, &too_dear, PRICE, None, "2026-03-01").await;
    let won = deal(anna, "2026-02-01").await;
    close(&office, anna, &won, WON, None, "2026-03-01").await;
    let irrelevant = deal(anna, "2026-02-01").await;
    save(anna, &irrelevant, json!({ "relevant": false })).await;
    deal(anna, "2026-02-01").await;
    let bobs = deal(&office.bob, "2026-02-01").await;
    close(&office, &office.bob, &bobs, PRICE, None, "2026-03-01").await;

    let postponed_id = local_item(&office, "closing_reason_list", POSTPONED).await;
    let summary = ok(anna, "analytics_closing_reasons", json!({ "scope": query(json!({})), "closing_reason_id": postponed_id })).await;
    assert_eq!(summary["total"], 5, "R-ANL-7: closed relevant deals of the manager, of any time");
    let rows: Vec<(String, i64, String)> = summary["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["name"].as_str().expect("n").to_owned(), r["deals"].as_i64().expect("d"), r["share"].as_str().expect("s").to_owned()))
        .collect();
    let row = |n: &str, d, s: &str| (n.to_owned(), d, s.to_owned());
    assert_eq!(
        rows,
        [
            row(POSTPONED, 3, "60.0"),
            row(WON, 1, "20.0"),
            row(PRICE, 1, "20.0"),
            row("The client is not responding", 0, "0.0"),
            row("Specifications are not suitable", 0, "0.0"),
        ],
        "R-ANL-7: per reason its count and share, most first"
    );
    assert_eq!(summary["countries"], json!([{ "country_id": null, "deals": 4 }, { "country_id": germany, "deals": 1 }]));
    let selected = &summary["selected"];
    assert_eq!(
        counts(&selected["monthly"]),
        month_counts(&[(9, 1), (10, 1)]),
        "R-ANL-7: the reason's deals by request receipt month, last 12 months"
    );
    assert_eq!(selected["countries"], json!([{ "country_id": germany, "deals": 1 }, { "country_id": null, "deals": 1 }]));

    // Only deals with a chosen product.
    let product = ok(anna, "product_create", json!({ "name": "Lamp L-200", "price": "24" })).await;
    ok(anna, "output_create", json!({ "deal_id": id(&too_dear), "product_id": id(&product), "quantity": 1 })).await;
    let with_product = ok(anna, "analytics_closing_reasons", json!({ "scope": query(json!({})), "product_id": id(&product) })).await;
    assert_eq!(with_product["total"], 1, "R-ANL-7: optionally only deals containing a product");
    assert_eq!(with_product["rows"][0]["name"], PRICE);
    assert_eq!(with_product["rows"][0]["share"], "100.0");
});

crm_store::db_test!(async fn r_anl_8_sold_products_priced_at_the_first_received_payment(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let (usd, eur) = currencies(&office).await;
    rate(&office, eur, "2026-08-01", "1", "1.5").await;
    let first = deal(anna, "2026-07-01").await;
    let second = deal(anna, "2026-07-01").await;
    let unpaid = deal(anna, "2026-07-01").await;
    let bobs = deal(&office.bob, "2026-07-01").await;
    let lamp = ok(anna, "product_create", json!({ "name": "Lamp", "price": "50" })).await;
    let cable = ok(anna, "product_create", json!({ "name": "Cable", "price": "10" })).await;
    let line = |owner: &Session, deal: &Value, product: &Value, quantity: i64, amount: &str, currency: i64| {
        let input = json!({ "deal_id": id(deal), "product_id": id(product), "quantity": quantity, "amount": amount, "currency_id": currency });
        let owner = owner.clone();
        async move { ok(&owner, "output_create", input).await }
    };
    line(anna, &first, &lamp, 2, "100", usd).await;
    line(anna, &first, &cable, 5, "50", eur).await;
    line(anna, &second, &lamp, 1, "30", usd).await;
    line(anna, &unpaid, &lamp, 4, "10", usd).await;
    line(&office.bob, &bobs, &lamp, 1, "10", usd).await;
    pay(anna, &first, "100", usd, "2026-09-12", json!({ "order_number": "PO-8" })).await;
    pay(anna, &first, "10", usd, "2026-08-01", json!({ "order_number": "PO-7" })).await;
    pay(anna, &second, "30", usd, "2026-09-15", json!({ "order_number": "PO-9" })).await;
    pay(anna, &unpaid, "40", usd, "2026-09-15", json!({ "status": "g" })).await;
    pay(&office.bob, &bobs, "10", usd, "2026-09-15", json!({})).await;

    let report = ok(anna, "analytics_sales", json!({ "scope": query(json!({})) })).await;
    let lines: Vec<(String, i64, String, String, String, String)> = report["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| {
            let text = |f: &str| l[f].as_str().expect(f).to_owned();
            (text("product_name"), l["quantity"].as_i64().expect("q"), text("unit_price"), text("amount"), text("order_number"), text("payment_date"))
        })
        .collect();
    let line = |p: &str, q, u: &str, a: &str, o: &str, d: &str| (p.to_owned(), q, u.to_owned(), a.to_owned(), o.to_owned(), d.to_owned());
    assert_eq!(
        lines,
        [
            line("Lamp", 1, "30.00", "30.00", "PO-9", "2026-09-15"),
            line("Cable", 5, "15.00", "75.00", "PO-7", "2026-08-01"),
            line("Lamp", 2, "50.00", "100.00", "PO-7", "2026-08-01"),
        ],
        "R-ANL-8: lines of deals with a received payment, newest payment first, priced at the first received payment's date (50 EUR × 1.5)"
    );
    assert_eq!(report["total_quantity"], 8, "R-ANL-8: totals of quantity and amount");
    assert_eq!(report["total_amount"], "205.00");
    assert_eq!((report["page"].clone(), report["pages"].clone()), (json!(1), json!(1)));
    let lamps = ok(anna, "analytics_sales", json!({ "scope": query(json!({})), "product_id": id(&lamp) })).await;
    assert_eq!((lamps["total_quantity"].clone(), lamps["total_amount"].clone()), (json!(3), json!("130.00")), "R-ANL-8: product filter");
    let september = ok(anna, "analytics_sales", json!({ "scope": query(json!({})), "payment_from": "2026-09-01" })).await;
    assert_eq!(september["lines"].as_array().map(Vec::len), Some(1), "R-ANL-8: payment date filter");
    let all = ok(anna, "analytics_sales", json!({ "scope": query(json!({ "owner": "all" })) })).await;
    assert_eq!(all["total_quantity"], 9, "R-PERM-2: owner filter");
});

crm_store::db_test!(async fn r_anl_10_income_snapshots_are_kept_per_scope_and_saved_at_month_end(db) {
    let office = office(db).await;
    let anna = &office.anna;
    let (usd, _) = currencies(&office).await;
    let won = deal(anna, "2026-07-01").await;
    pay(anna, &won, "100", usd, "2026-09-01", json!({})).await;
    let mut saved = Vec::new();
    for _ in 0..5 {
        saved.push(id(&ok(anna, "income_snapshot_create", query(json!({}))).await));
    }
    let first = ok(anna, "income_snapshot_list", query(json!({}))).await;
    assert_eq!(first[0]["department_id"], json!(office.local));
    assert_eq!(first[0]["owner_id"], json!(anna.user_id().0));
    assert_eq!(first[0]["report"]["total"], "100.00", "R-ANL-10: a copy of the income report");
    pay(anna, &won, "50", usd, "2026-09-02", json!({})).await;
    let listed = ok(anna, "income_snapshot_list", query(json!({}))).await;
    let listed_ids: Vec<i64> = listed.as_array().expect("list").iter().map(id).collect();
    let newest: Vec<i64> = saved.iter().rev().take(4).copied().collect();
    assert_eq!(listed_ids, newest, "R-ANL-10: the four latest snapshots, newest first");
    assert_eq!(listed[0]["report"]["total"], "100.00", "R-ANL-10: a snapshot stays as it was saved");
    let chief = user(&office.admin, "carla", &[], &["chiefs"]).await;
    ok(&chief, "income_snapshot_create", query(json!({}))).await;
    assert_eq!(ok(anna, "income_snapshot_list", query(json!({}))).await.as_array().map(Vec::len), Some(4));
    assert_eq!(
        ok(anna, "income_snapshot_list", query(json!({ "owner": "all" }))).await,
        json!([]),
        "R-ANL-10: only snapshots of the same (department, owner) scope"
    );

    let err = refused(anna, "income_snapshot_month_end", json!({ "moment": "2026-09-30T23:00:00Z" })).await;
    assert!(matches!(err, AppError::Forbidden), "the scheduler runs as an administrator: {err:?}");
    let early = ok(&office.admin, "income_snapshot_month_end", json!({ "moment": "2026-09-30T22:59:00Z" })).await;
    assert_eq!(early, json!([]), "R-ANL-10: not before 23:00 on the last day of the month");
    let month_end = ok(&office.admin, "income_snapshot_month_end", json!({ "moment": "2026-09-30T23:00:00Z" })).await;
    let month_end = month_end.as_array().expect("snapshots");
    assert_eq!(month_end.len(), 1, "R-ANL-10: one for each department with sales managers (only Local sales)");
    assert_eq!(month_end[0]["department_id"], json!(office.local));
    assert_eq!(month_end[0]["owner_id"], Value::Null, "R-ANL-10: the whole department");
    assert_eq!(month_end[0]["report"]["as_of"], "2026-09-30");
    assert_eq!(month_end[0]["report"]["total"], "150.00");
    let again = ok(&office.admin, "income_snapshot_month_end", json!({ "moment": "2026-09-30T23:30:00Z" })).await;
    assert_eq!(again, json!([]), "R-ANL-10: once per month end");
    let whole = ok(anna, "income_snapshot_list", query(json!({ "owner": "all" }))).await;
    assert_eq!(whole.as_array().map(Vec::len), Some(1), "R-ANL-10: shown with the whole-department report");
});

crm_store::db_test!(async fn r_perm_6_reports_are_view_only_and_accountants_see_income_only(db) {
    let office = office(db).await;
    let accountant = user(&office.admin, "alma", &[], &["accountants"]).await;
    let olga = user(&office.admin, "olga", &[office.local], &["operators"]).await;
    let helper = user(&office.admin, "cora", &[office.local], &[]).await;
    let chief = user(&office.admin, "carla", &[], &["chiefs"]).await;
    let reports = [
        ("analytics_sales_funnel", query(json!({}))),
        ("analytics_deal_summary", query(json!({}))),
        ("analytics_request_summary", query(json!({}))),
        ("analytics_conversion", query(json!({}))),
        ("analytics_lead_sources", json!({ "scope": query(json!({})) })),
        ("analytics_closing_reasons", json!({ "scope": query(json!({})) })),
        ("analytics_sales", json!({ "scope": query(json!({})) })),
    ];
    let income = [
        ("analytics_income", query(json!({}))),
        ("income_snapshot_list", query(json!({}))),
        ("income_snapshot_create", query(json!({}))),
    ];
    for (command, input) in reports.iter().chain(&income) {
        ok(&office.anna, command, input.clone()).await;
        ok(&chief, command, input.clone()).await;
        for outsider in [&olga, &helper] {
            let err = refused(outsider, command, input.clone()).await;
            assert!(matches!(err, AppError::Forbidden), "§9.1: {command}: {err:?}");
        }
    }
    for (command, input) in &income {
        ok(&accountant, command, input.clone()).await;
    }
    for (command, input) in &reports {
        let err = refused(&accountant, command, input.clone()).await;
        assert!(matches!(err, AppError::Forbidden), "§9.1: accountants see the income report only: {command}: {err:?}");
    }
    // R-PERM-6: no command changes or deletes a report or a snapshot, not even for an administrator.
    let names: Vec<&str> = crm_app::registry::commands().iter().map(|c| c.name).collect();
    for name in names.iter().filter(|n| n.starts_with("analytics") || n.contains("snapshot")) {
        assert!(
            !["_update", "_delete", "_restore"].iter().any(|w| name.ends_with(w)),
            "R-PERM-6: {name}"
        );
    }
    refused_on(
        call(&office.admin, "income_stat_snapshot_delete", json!({ "id": 1, "version": 1 })).await,
        "command",
        &crm_core::validation::Rule::NotAChoice,
    );
    for resource in [crm_core::access::Resource::Analytics, crm_core::access::Resource::IncomeReport] {
        for perm in [crm_core::access::Perm::Add, crm_core::access::Perm::Change, crm_core::access::Perm::Delete] {
            assert!(!crm_core::access::permitted(office.admin.actor(), resource, perm), "R-PERM-6");
        }
    }
});
