//! What the command tests share: calling a command through the JSON registry (the path `crm call`
//! takes), finding seeded rows by name, and signing in users of given roles and departments.
//! Each test file uses the part it needs.
#![allow(dead_code)]

pub mod imap_server;
pub mod smtp_server;

use crm_app::{AppError, Session, registry};
use crm_core::Id;
use crm_core::validation::Rule;
use serde_json::{Value, json};

/// Runs `name` with `input` as `session`'s user.
pub async fn call(session: &Session, name: &str, input: Value) -> Result<Value, AppError> {
    registry::call(session, name, input).await
}

/// Runs `name`, which must succeed.
pub async fn ok(session: &Session, name: &str, input: Value) -> Value {
    call(session, name, input)
        .await
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

/// Runs `name`, which must be refused; the error it was refused with.
pub async fn refused(session: &Session, name: &str, input: Value) -> AppError {
    call(session, name, input)
        .await
        .expect_err(&format!("{name} should be refused"))
}

/// Asserts that `result` is a validation error naming `field` with `rule`.
pub fn refused_on(result: Result<Value, AppError>, field: &str, rule: &Rule) {
    match result {
        Err(AppError::Validation(v)) => {
            assert!(v.iter().any(|v| v.field == field && &v.rule == rule), "{v:?}");
        }
        other => panic!("expected {field} {rule:?}, got {other:?}"),
    }
}

/// The `id` of a record as JSON.
pub fn id(value: &Value) -> i64 {
    value["id"].as_i64().expect("id")
}

/// The ids of a list page's items, in order.
pub fn ids(page: &Value) -> Vec<i64> {
    page["items"].as_array().into_iter().flatten().map(id).collect()
}

/// The row of `command`'s list (with `filter`) whose `name` is `name`.
pub async fn named(session: &Session, command: &str, filter: Value, name: &str) -> Value {
    let page = ok(
        session,
        command,
        json!({ "filter": filter, "page": { "limit": 500 } }),
    )
    .await;
    page["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["name"] == name))
        .cloned()
        .unwrap_or_else(|| panic!("{command} has no {name}"))
}

/// The id of the seeded department called `name`.
pub async fn department(admin: &Session, name: &str) -> i64 {
    id(&named(admin, "department_list", json!({}), name).await)
}

/// The id of the role called `name`.
pub async fn role(admin: &Session, name: &str) -> i64 {
    id(&named(admin, "role_list", json!({}), name).await)
}

/// A new staff user in `departments` holding `roles`, signed in.
pub async fn user(admin: &Session, username: &str, departments: &[i64], roles: &[&str]) -> Session {
    staff(
        admin,
        json!({ "username": username, "department_ids": departments }),
        roles,
    )
    .await
}

/// A new staff user made from `fields` (username, departments, e-mail, …) holding `roles`, signed
/// in.
pub async fn staff(admin: &Session, mut fields: Value, roles: &[&str]) -> Session {
    let mut role_ids = Vec::new();
    for r in roles {
        role_ids.push(role(admin, r).await);
    }
    fields["is_staff"] = json!(true);
    fields["role_ids"] = json!(role_ids);
    let created = ok(admin, "user_create", fields).await;
    Session::for_user(admin.db().clone(), Id(id(&created)))
        .await
        .expect("session")
}

/// The administrator of a new database: its first user.
pub async fn admin(db: crm_store::Db) -> Session {
    Session::sign_in(db, None).await.expect("sign in")
}

/// A deal made the only way there is: from a request (R-DEAL-1).
pub async fn new_deal(manager: &Session, subject: &str) -> Value {
    let request = ok(
        manager,
        "request_create",
        json!({ "request_for": subject, "first_name": "Ida" }),
    )
    .await;
    ok(
        manager,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await
}

/// Saves `deal` with the fields of `change` replaced, as the deal form does.
pub async fn save_deal(session: &Session, deal: &Value, change: Value) -> Result<Value, AppError> {
    let mut input = deal.clone();
    // The form edits the amount as text.
    if input["amount"].is_null() {
        input["amount"] = json!("");
    }
    for (field, value) in change.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    call(
        session,
        "deal_update",
        json!({ "id": id(deal), "version": deal["version"], "input": input }),
    )
    .await
}

/// A file that came with a received e-mail. It arrives with the message from the mailbox, and a
/// received e-mail's files are read-only to every command (R-EMAIL-6, R-GEN-10), so the test
/// stores it as the import does.
pub async fn received_file(session: &Session, email: &Value, file: &str) -> Value {
    let input = json!({ "file": file, "target_type": "crm_email", "target_id": id(email), "owner_id": email["owner_id"], "attached_to_deal": false });
    let fields = input
        .as_object()
        .cloned()
        .expect("an object")
        .into_iter()
        .collect();
    let stored = crm_store::record::create(
        session.db(),
        &crm_store::attachments::ATTACHMENT,
        Some(session.user_id().0),
        &fields,
    )
    .await
    .expect("the received file");
    serde_json::to_value(stored).expect("JSON")
}

/// A request of `owner`'s with co-owner `co_owner`, made by `by`.
pub async fn request_for(by: &Session, subject: &str, owner: &Session, co_owner: Option<&Session>) -> Value {
    ok(
        by,
        "request_create",
        json!({ "request_for": subject, "first_name": "Jörg", "owner_id": owner.user_id().0,
            "co_owner_id": co_owner.map(|c| c.user_id().0) }),
    )
    .await
}
