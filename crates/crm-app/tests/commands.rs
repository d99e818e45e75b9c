//! The foundation commands on every backend, as a user meets them: translated errors included.

use crm_app::session::connection_info;
use crm_app::settings::{settings_get, settings_update};
use crm_app::{AppError, ErrorCode, Localizer, Session};
use crm_core::settings::SettingsUpdate;

fn update_from(name: &str, vat: &str, version: i32) -> SettingsUpdate {
    SettingsUpdate {
        organization_name: name.into(),
        vat_percent: vat.into(),
        mark_payments_through_representation: false,
        check_shipment_dates: true,
        default_language: "en".into(),
        version,
    }
}

crm_store::db_test!(async fn connection_info_reports_the_backend_and_schema(db) {
    let backend = db.backend();
    let session = Session::sign_in(db, None).await.expect("sign in");
    let info = connection_info(&session).await.expect("info");
    assert_eq!(info.backend, backend);
    assert!(info.schema_version >= 1);
    assert!(!info.location.is_empty());
});

crm_store::db_test!(async fn bad_input_is_refused_with_translated_field_messages(db) {
    let session = Session::sign_in(db, None).await.expect("sign in");
    let before = settings_get(&session).await.expect("settings");
    let err = settings_update(&session, update_from(&"x".repeat(101), "abc", before.version))
        .await
        .expect_err("invalid input");
    let shown = err.localize(Localizer::embedded(), "de");
    assert_eq!(shown.code, ErrorCode::Validation);
    assert_eq!(shown.message, "Einige Felder müssen noch korrigiert werden.");
    let fields: Vec<(&str, &str)> = shown.fields.iter().map(|f| (f.field.as_str(), f.message.as_str())).collect();
    assert_eq!(
        fields,
        [("organization_name", "Geben Sie höchstens 100 Zeichen ein."), ("vat_percent", "Geben Sie eine Zahl ein.")]
    );
    assert_eq!(settings_get(&session).await.expect("settings"), before, "nothing was written");
});

crm_store::db_test!(async fn a_stale_edit_comes_back_as_conflict_with_the_stored_row(db) {
    let session = Session::sign_in(db, None).await.expect("sign in");
    let loaded = settings_get(&session).await.expect("settings");
    settings_update(&session, update_from("Saved first", "16", loaded.version)).await.expect("first save");
    let err = settings_update(&session, update_from("Saved second", "19", loaded.version))
        .await
        .expect_err("stale version");
    assert!(matches!(err, AppError::Conflict { .. }), "{err:?}");
    let shown = err.localize(Localizer::embedded(), "en");
    assert_eq!(shown.code, ErrorCode::Conflict);
    let current = shown.current.expect("conflict carries the stored row");
    assert_eq!(current["organization_name"], "Saved first");
    assert_eq!(current["vat_percent"], "16.00");
    assert_eq!(current["version"], loaded.version + 1);
});
