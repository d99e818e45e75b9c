//! Demo data at scale (`crm demo --rows N`): loaded in bulk, yet a database the commands work on
//! as on one filled by hand, on every backend.

mod support;

use crm_app::AppError;
use crm_app::demo_scale::{self, ScaleInput, ScaleProgress};
use serde_json::json;
use support::*;

crm_store::db_test!(async fn bulk_demo_data_is_a_working_database(db) {
    let admin = admin(db).await;
    let input = ScaleInput {
        deals: 300,
        seed: 5,
        anchor: demo_scale::default_anchor(),
    };
    let mut steps: Vec<ScaleProgress> = Vec::new();
    let report = demo_scale::generate(&admin, input, &mut |p| steps.push(p))
        .await
        .expect("generate");
    assert_eq!(report.deals, 300);
    assert_eq!(report.requests, 330);
    for (command, counted) in [
        ("company_count", report.companies),
        ("contact_count", report.contacts),
        ("lead_count", report.leads),
        ("payment_count", report.payments),
        ("output_count", report.outputs),
    ] {
        assert_eq!(ok(&admin, command, json!({})).await, json!(counted), "{command}");
    }
    // A few deals and requests are in the trash, as in a database in use.
    let live = ok(&admin, "deal_count", json!({})).await.as_u64().unwrap_or_default();
    assert!((290..=300).contains(&live), "{live} live deals");
    assert!(steps.iter().any(|p| p.step == "requests and deals" && p.done == p.total));

    // The rare search term of the benchmarks finds its one deal, and the deal its request.
    let found = ok(
        &admin,
        "deal_list",
        json!({ "filter": { "text": demo_scale::reference_of(100) }, "page": { "limit": 5 } }),
    )
    .await;
    let deal = found["items"][0].clone();
    assert_eq!(found["items"].as_array().map(Vec::len), Some(1), "{found}");
    let request = ok(&admin, "request_get", json!({ "id": deal["request_id"] })).await;
    assert_eq!(request["deal_id"], deal["id"]);
    assert_eq!(request["ticket"], deal["ticket"]);

    // Rows made later by the commands get fresh ids after the explicit ones of the bulk load.
    let company = ok(&admin, "company_create", json!({ "full_name": "After the load Ltd" })).await;
    assert!(id(&company) > i64::try_from(report.companies).unwrap_or(i64::MAX), "{company}");
    let made = new_deal(&admin, "After the load").await;
    assert!(id(&made) > 300, "{made}");

    // It fills only a database without companies.
    let again = demo_scale::generate(&admin, input, &mut |_| {}).await;
    assert!(matches!(again, Err(AppError::Validation(_))), "{again:?}");
});
