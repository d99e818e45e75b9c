//! The menu's pending-request counter (R-REQ-21) and the owner picker (R-USER-5), on every backend.

mod support;

use serde_json::{Value, json};
use support::*;

fn usernames(choices: &Value) -> Vec<&str> {
    choices
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["username"].as_str())
        .collect()
}

crm_store::db_test!(async fn the_menu_counts_the_pending_requests_each_user_handles(db) {
    let admin = admin(db.clone()).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let gert = user(&admin, "gert", &[global], &["operators"]).await;

    // Nobody's yet: the operators of Local sales distribute it.
    let unknown = ok(&olga, "request_create", json!({ "request_for": "Lamps", "first_name": "Ida", "pending": true, "owner_id": null })).await;
    // An operator's own request still waits for distribution.
    ok(&olga, "request_create", json!({ "request_for": "Chairs", "first_name": "Ute", "pending": true })).await;
    // Anna's is hers to work on.
    let annas = ok(&anna, "request_create", json!({ "request_for": "Desks", "first_name": "Jon", "pending": true })).await;
    // Not pending any more: counted by nobody.
    ok(&anna, "request_create", json!({ "request_for": "Arms", "first_name": "Eli", "pending": false })).await;
    // Received yesterday: counted as older. No command writes a past creation time.
    let yesterday = match db.backend() {
        crm_store::Backend::Sqlite => "strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '-1 day')",
        _ => "created_at - INTERVAL '1' DAY",
    };
    crm_store::testing::execute(&db, &format!("UPDATE requests SET created_at = {yesterday} WHERE id = {}", id(&unknown))).await;

    let olgas = ok(&olga, "request_pending_counts", json!(null)).await;
    assert_eq!(olgas, json!({ "older": 1, "today": 1 }), "R-REQ-21: an operator counts the unowned and the operators' requests");
    let annas_count = ok(&anna, "request_pending_counts", json!(null)).await;
    assert_eq!(annas_count, json!({ "older": 0, "today": 1 }), "R-REQ-21: a manager counts their own: {annas}");
    let gerts = ok(&gert, "request_pending_counts", json!(null)).await;
    assert_eq!(gerts, json!({ "older": 0, "today": 0 }), "R-REQ-21: only the current department");
});

crm_store::db_test!(async fn an_owner_picker_offers_the_active_sales_staff_of_the_department(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    user(&admin, "olga", &[local], &["operators"]).await;
    user(&admin, "carla", &[local], &["chiefs"]).await;
    user(&admin, "ben", &[global], &["managers"]).await;
    let sora = user(&admin, "sora", &[local, global], &["operators", "superoperators"]).await;
    let gone = user(&admin, "gone", &[local], &["managers"]).await;
    let mut edit = ok(&admin, "user_get", json!({ "id": gone.user_id().0 })).await;
    edit["is_active"] = json!(false);
    ok(&admin, "user_update", json!({ "id": gone.user_id().0, "version": edit["version"], "input": edit })).await;
    // R-USER-6: a user leaves by being deactivated; there is no deleting one.
    assert!(call(&admin, "user_delete", json!({ "id": gone.user_id().0 })).await.is_err(), "R-USER-6");
    assert_eq!(ok(&admin, "user_get", json!({ "id": gone.user_id().0 })).await["is_active"], json!(false));

    // R-USER-5: managers, operators and superoperators of the department, active only.
    let offered = ok(&anna, "owner_choices", json!({})).await;
    assert_eq!(usernames(&offered), ["anna", "olga", "sora"], "{offered}");
    // A superoperator's picker spans every department and offers administrators too...
    let wide = ok(&sora, "owner_choices", json!({})).await;
    let admin_name = ok(&admin, "session_info", json!(null)).await;
    let mut expected = vec!["anna", "ben", "olga", "sora"];
    if let Some(name) = admin_name["username"].as_str().or(admin_name["user"]["username"].as_str()) {
        expected.push(name);
        expected.sort_unstable();
    }
    assert_eq!(usernames(&wide), expected, "R-USER-5: {wide}");
    // ...narrowed to one department once the form names it.
    let narrowed = ok(&sora, "owner_choices", json!({ "department_id": global })).await;
    assert!(usernames(&narrowed).contains(&"ben") && !usernames(&narrowed).contains(&"anna"), "{narrowed}");
});
