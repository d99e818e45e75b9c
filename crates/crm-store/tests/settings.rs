//! The installation settings row on every backend.

use crm_core::settings::SettingsUpdate;
use crm_store::{StoreError, settings};

fn edit(name: &str, vat: &str, version: i32) -> SettingsUpdate {
    SettingsUpdate {
        organization_name: name.into(),
        vat_percent: vat.into(),
        mark_payments_through_representation: true,
        check_shipment_dates: false,
        default_language: "de".into(),
        version,
    }
}

crm_store::db_test!(async fn a_new_database_has_the_seeded_defaults(db) {
    let stored = settings::get(&db).await.expect("settings row");
    assert_eq!(stored.organization_name, "");
    assert_eq!(stored.vat_percent.to_string(), "0.00");
    assert!(!stored.mark_payments_through_representation);
    assert!(stored.check_shipment_dates);
    assert_eq!(stored.default_language, "en");
    assert_eq!(stored.version, 1);
    assert_eq!(db.schema_version().await.expect("schema version"), db.latest_known_version());
});

crm_store::db_test!(async fn migrating_again_keeps_the_data(db) {
    let change = edit("Ørsted Ünïcödé 株式会社", "7", 1).validate(&["de"]).expect("valid");
    settings::update(&db, &change).await.expect("update");
    db.migrate().await.expect("second migration run is a no-op");
    let stored = settings::get(&db).await.expect("settings row");
    assert_eq!(stored.organization_name, "Ørsted Ünïcödé 株式会社");
    assert_eq!(stored.version, 2);
});

crm_store::db_test!(async fn an_update_round_trips_every_field_exactly(db) {
    let before = settings::get(&db).await.expect("settings row");
    let change = edit("  Müller & Söhne GmbH  ", "99,99", before.version).validate(&["de"]).expect("valid");
    let after = settings::update(&db, &change).await.expect("update");
    assert_eq!(after.organization_name, "Müller & Söhne GmbH");
    assert_eq!(after.vat_percent.to_string(), "99.99");
    assert!(after.mark_payments_through_representation);
    assert!(!after.check_shipment_dates);
    assert_eq!(after.default_language, "de");
    assert_eq!(after.version, before.version + 1);
    assert!(after.updated_at >= before.updated_at);
    assert_eq!(settings::get(&db).await.expect("reread"), after, "what update returns is what is stored");
});

crm_store::db_test!(async fn a_stale_version_is_refused_and_changes_nothing(db) {
    let first = edit("First", "1", 1).validate(&["de"]).expect("valid");
    let saved = settings::update(&db, &first).await.expect("first writer wins");
    let stale = edit("Second", "2", 1).validate(&["de"]).expect("valid");
    match settings::update(&db, &stale).await {
        Err(StoreError::Conflict { version, current, .. }) => {
            assert_eq!(version, 2);
            assert_eq!(current["organization_name"], "First");
            assert_eq!(current["vat_percent"], "1.00");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(settings::get(&db).await.expect("reread"), saved);
});

crm_store::db_test!(async fn concurrent_editors_lose_no_update(db) {
    // Eight editors each read-modify-write the same row until their edit lands; every refusal
    // must be a conflict, and the final version counts every successful write.
    let mut tasks = Vec::new();
    for editor in 0..8 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let mut conflicts = 0;
            loop {
                let read = settings::get(&db).await.expect("read");
                let change = edit(&format!("editor {editor}"), "5", read.version).validate(&["de"]).expect("valid");
                match settings::update(&db, &change).await {
                    Ok(_) => return conflicts,
                    Err(StoreError::Conflict { .. }) => conflicts += 1,
                    Err(other) => panic!("editor {editor}: expected success or conflict, got {other}"),
                }
            }
        }));
    }
    for task in tasks {
        task.await.expect("editor task");
    }
    assert_eq!(settings::get(&db).await.expect("reread").version, 1 + 8);
});
