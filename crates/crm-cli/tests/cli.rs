//! The `crm` binary as an administrator's script uses it: JSON in, JSON out, exit codes.

use std::process::{Command, Output};

fn crm(database: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crm"))
        .args(["--database", database, "--locale", "en"])
        .args(args)
        .output()
        .expect("crm runs")
}

fn stdout_json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn migrate_then_call_round_trips_through_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());

    let migrated = crm(&url, &["migrate"]);
    assert!(migrated.status.success(), "{migrated:?}");
    assert_eq!(stdout_json(&migrated)["backend"], "sqlite");

    let input = r#"{"organization_name":"Acme","vat_percent":"20","mark_payments_through_representation":false,
        "check_shipment_dates":true,"default_language":"en","version":1}"#;
    let updated = crm(&url, &["call", "settings_update", input]);
    assert!(updated.status.success(), "{updated:?}");
    assert_eq!(stdout_json(&updated)["vat_percent"], "20.00");

    let read = crm(&url, &["call", "settings_get"]);
    assert_eq!(stdout_json(&read)["organization_name"], "Acme");
}

#[test]
fn a_failure_prints_the_error_as_json_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());

    let stale = r#"{"organization_name":"Acme","vat_percent":"abc","mark_payments_through_representation":false,
        "check_shipment_dates":true,"default_language":"en","version":1}"#;
    let refused = crm(&url, &["call", "settings_update", stale]);
    assert_eq!(refused.status.code(), Some(1));
    let error = stdout_json(&refused);
    assert_eq!(error["code"], "validation");
    assert_eq!(error["fields"][0]["field"], "vat_percent");
    assert_eq!(error["fields"][0]["message"], "Enter a number.");

    let unknown = crm(&url, &["call", "no_such_command"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert_eq!(stdout_json(&unknown)["fields"][0]["field"], "command");
}
