//! Demo data for a first start: made through the commands, on every backend.

mod support;

use crm_app::AppError;
use serde_json::json;
use support::*;

crm_store::db_test!(async fn demo_data_fills_an_empty_database_once(db) {
    let admin = admin(db).await;
    let report = ok(&admin, "demo_populate", json!({ "companies": 6 })).await;
    assert_eq!(report["companies"], 6);
    assert_eq!(report["users"], 2);
    for (command, counted) in [
        ("company_count", "companies"),
        ("contact_count", "contacts"),
        ("request_count", "requests"),
        ("deal_count", "deals"),
        ("payment_count", "payments"),
    ] {
        let count = ok(&admin, command, json!({})).await;
        assert_eq!(count, report[counted], "{command} against the report {report}");
    }
    assert!(report["deals"].as_i64() > Some(0) && report["payments"].as_i64() > Some(0), "{report}");

    // Every inquiry came from a known contact, so each was matched to it and its company.
    let requests = ok(&admin, "request_list", json!({ "page": { "limit": 500 } })).await;
    for request in requests["items"].as_array().into_iter().flatten() {
        assert!(request["contact_id"].is_i64() && request["company_id"].is_i64(), "{request}");
    }

    // Demo data never mixes with real data, and only an administrator may make it.
    let again = refused(&admin, "demo_populate", json!({})).await;
    assert!(matches!(again, AppError::Validation(_)), "{again:?}");
    let local = department(&admin, "Local sales").await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let err = refused(&olga, "demo_populate", json!({})).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
});
