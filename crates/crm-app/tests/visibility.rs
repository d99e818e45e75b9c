//! Who sees which rows (§9.2, R-PERM-1, R-PAY-2): with a set of records in each of two sales
//! departments and a user of every role, every list returns exactly the rows the spec allows, and
//! opening a row outside it is `not_found` (or `forbidden` where the role may not view the entity
//! at all), on every backend.

use std::collections::BTreeSet;

mod support;

use Sees::{Both, Forbidden, Global, Local};
use crm_app::{AppError, Session};
use serde_json::json;

use support::*;

/// One record of each department-scoped entity, made by `manager` in their department.
async fn records_of(manager: &Session, tag: &str) -> Vec<(&'static str, i64)> {
    let company = ok(
        manager,
        "company_create",
        json!({ "full_name": format!("{tag} Ltd") }),
    )
    .await;
    let contact = ok(
        manager,
        "contact_create",
        json!({ "first_name": tag, "email": format!("{tag}@example.org"), "company_id": id(&company) }),
    )
    .await;
    let lead = ok(
        manager,
        "lead_create",
        json!({ "first_name": format!("{tag} lead") }),
    )
    .await;
    // Global sales sells abroad: its deals need a country (R-REQ-18).
    let country =
        ok(manager, "country_list", json!({ "page": { "limit": 1 } })).await["items"][0]["id"].clone();
    let request = ok(
        manager,
        "request_create",
        json!({ "request_for": format!("{tag} inquiry"), "contact_id": id(&contact), "company_id": id(&company),
                "country_id": country }),
    )
    .await;
    let deal = ok(
        manager,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await;
    let payment = ok(
        manager,
        "payment_create",
        json!({ "deal_id": id(&deal), "amount": "10", "currency_id": deal["currency_id"], "payment_date": "2026-12-01" }),
    )
    .await;
    let product = ok(
        manager,
        "product_create",
        json!({ "name": format!("{tag} widget") }),
    )
    .await;
    vec![
        ("company", id(&company)),
        ("contact", id(&contact)),
        ("lead", id(&lead)),
        ("request", id(&request)),
        ("deal", id(&deal)),
        ("payment", id(&payment)),
        ("product", id(&product)),
    ]
}

/// What a user sees of one entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sees {
    Local,
    Global,
    Both,
    /// The role may not view the entity at all (§9.1).
    Forbidden,
}

async fn listed(session: &Session, entity: &str) -> Result<BTreeSet<i64>, AppError> {
    let page = call(
        session,
        &format!("{entity}_list"),
        json!({ "page": { "limit": 500 } }),
    )
    .await?;
    Ok(page["items"]
        .as_array()
        .map(|items| items.iter().map(id).collect())
        .unwrap_or_default())
}

crm_store::db_test!(async fn every_role_sees_exactly_the_rows_the_spec_allows(db) {
    let admin = Session::sign_in(db, None).await.expect("sign in");
    let local = id(&named(&admin, "department_list", json!({}), "Local sales").await);
    let global = id(&named(&admin, "department_list", json!({}), "Global sales").await);
    let books = id(&named(&admin, "department_list", json!({}), "Bookkeeping").await);
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let ben = user(&admin, "ben", &[global], &["managers"]).await;
    let local_rows = records_of(&anna, "local").await;
    let global_rows = records_of(&ben, "global").await;

    let olga = user(&admin, "olga", &[local], &["operators"]).await;
    let sam = user(&admin, "sam", &[local, global], &["operators"]).await;
    let carla = user(&admin, "carla", &[], &["chiefs"]).await;
    let abe = user(&admin, "abe", &[books], &["accountants"]).await;

    // (who, companies/contacts/leads/requests/deals/products, payments)
    let cases: Vec<(&str, &Session, Sees, Sees)> = vec![
        ("manager of Local sales", &anna, Local, Local),
        ("manager of Global sales", &ben, Global, Global),
        ("operator of Local sales", &olga, Local, Forbidden),
        ("operator of both (a superoperator, R-USER-2)", &sam, Both, Forbidden),
        ("chief on \"All\"", &carla, Both, Both),
        ("accountant", &abe, Forbidden, Both),
        ("administrator", &admin, Both, Both),
    ];
    for (who, session, sees, payments) in cases {
        for entity in ["company", "contact", "lead", "request", "deal", "product", "payment"] {
            let expected = if entity == "payment" { payments } else { sees };
            let of = |rows: &[(&str, i64)]| -> BTreeSet<i64> {
                rows.iter().filter(|(e, _)| *e == entity).map(|(_, id)| *id).collect()
            };
            let (local_ids, global_ids) = (of(&local_rows), of(&global_rows));
            let result = listed(session, entity).await;
            let want: BTreeSet<i64> = match expected {
                Local => local_ids.clone(),
                Global => global_ids.clone(),
                Both => local_ids.union(&global_ids).copied().collect(),
                Forbidden => {
                    assert!(matches!(result, Err(AppError::Forbidden)), "{who}, {entity}: {result:?}");
                    continue;
                }
            };
            let got = result.unwrap_or_else(|e| panic!("{who}, {entity}: {e:?}"));
            assert_eq!(got, want, "{who} lists {entity}");
            // Opening a row: the visible ones open, the others do not exist.
            for row in local_ids.union(&global_ids) {
                let opened = call(session, &format!("{entity}_get"), json!({ "id": row })).await;
                if want.contains(row) {
                    assert!(opened.is_ok(), "{who} opens {entity} {row}: {opened:?}");
                } else {
                    assert!(matches!(opened, Err(AppError::NotFound { .. })), "{who}, {entity} {row}: {opened:?}");
                }
            }
        }
    }
});
