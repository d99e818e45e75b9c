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

#[test]
fn commands_lists_every_command_with_its_shapes() {
    let listed = Command::new(env!("CARGO_BIN_EXE_crm"))
        .arg("commands")
        .output()
        .expect("crm runs");
    assert!(listed.status.success(), "{listed:?}");
    let commands = stdout_json(&listed);
    let commands = commands.as_array().expect("a list");
    let shape = |name: &str| {
        commands
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("{name} is listed"))
            .clone()
    };
    for name in [
        "company_create",
        "deal_list",
        "request_receive",
        "request_to_deal",
        "deal_update",
        "payment_create",
    ] {
        let command = shape(name);
        assert!(
            command["input"].as_str().is_some_and(|s| !s.is_empty()),
            "{command}"
        );
        assert!(
            command["output"].as_str().is_some_and(|s| !s.is_empty()),
            "{command}"
        );
    }
    assert_eq!(shape("company_create")["input"], "CompanyInput");
    assert!(
        shape("company_create")["input_shape"]
            .as_str()
            .is_some_and(|s| s.contains("full_name"))
    );
    assert_eq!(
        shape("company_list")["input"],
        "ListQuery<CompanyFilter, CompanySort>"
    );
}

#[test]
fn only_an_administrator_acts_as_another_user() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let created = crm(
        &url,
        &["call", "user_create", r#"{"username":"anna","is_staff":true}"#],
    );
    assert!(created.status.success(), "{created:?}");

    let as_anna = crm(&url, &["--as", "anna", "call", "session_info"]);
    assert!(as_anna.status.success(), "{as_anna:?}");
    assert_eq!(stdout_json(&as_anna)["username"], "anna");
    let unknown = crm(&url, &["--as", "nobody", "call", "session_info"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert_eq!(stdout_json(&unknown)["code"], "unknown_user");
}
