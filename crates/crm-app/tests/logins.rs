//! Staff sign in with their own database login and act as their CRM user (ARCHITECTURE.md,
//! "Users, permissions, sessions"), on the servers; SQLite has no logins.

use crm_app::{AppError, Session, Target};
mod support;

use crm_store::Backend;
use serde_json::json;
use support::call;

/// The URL of the test database with `login` and `password` as its credentials.
fn as_login(location: &str, login: &str, password: &str) -> String {
    let mut url = url::Url::parse(location).expect("a server URL");
    url.set_username(login).expect("a user");
    url.set_password(Some(password)).expect("a password");
    url.to_string()
}

crm_store::db_test!(async fn a_staff_login_acts_as_its_crm_user(db) {
    let backend = db.backend();
    let location = db.location().to_owned();
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = call(&admin, "department_list", json!({})).await.expect("departments")["items"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["name"] == "Local sales"))
        .map(|d| d["id"].clone())
        .expect("Local sales");
    let managers = call(&admin, "role_list", json!({})).await.expect("roles")["items"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["name"] == "managers"))
        .map(|r| r["id"].clone())
        .expect("managers");
    // Logins are per server, tests share it: a name of this test's own.
    let username = format!("staff{}", std::process::id() % 100_000 + u32::from(backend == Backend::Mysql));
    let user = call(
        &admin,
        "user_create",
        json!({ "username": username, "is_staff": true, "role_ids": [managers], "department_ids": [local] }),
    )
    .await
    .expect("user");
    let short = call(&admin, "user_set_login", json!({ "user_id": user["id"], "password": "short" })).await;
    assert!(matches!(short, Err(AppError::Validation(_))), "{short:?}");
    let password = r"it's a \secret";
    call(&admin, "user_set_login", json!({ "user_id": user["id"], "password": password }))
        .await
        .expect("login");
    if backend == Backend::Sqlite {
        return;
    }

    let staff = Session::open(&Target::Url { url: as_login(&location, &username, password), password: None }, None)
        .await
        .expect("the staff login opens the database");
    assert_eq!(staff.user_id().0, user["id"].as_i64().expect("id"));
    assert!(!staff.actor().is_superuser);
    let company = call(&staff, "company_create", json!({ "full_name": "Eigenes Konto" })).await.expect("create");
    assert_eq!(company["owner_id"], user["id"]);
    // Staff may not act as someone else.
    let err = Session::open(&Target::Url { url: as_login(&location, &username, password), password: None }, Some("root"))
        .await
        .expect_err("not an administrator");
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
    staff.close().await;
});
