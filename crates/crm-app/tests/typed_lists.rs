//! A list shows each record exactly as opening it does, and its pages follow one another, for
//! every entity with both commands, on every backend. Lists read their rows straight into typed
//! records; opening a record reads it through the JSON map, so the two are checked against each
//! other field by field.

mod support;

use crm_app::registry;
use serde_json::{Value, json};
use support::*;

/// Records a list is compared on: more than the demo data holds of most entities.
const LIMIT: usize = 60;

/// The entities the demo data fills, each of which must be compared.
const FILLED: &[&str] = &[
    "company", "contact", "request", "deal", "payment", "product", "stage", "country",
];

crm_store::db_test!(async fn every_list_shows_its_records_as_opening_them_does(db) {
    let admin = admin(db).await;
    ok(&admin, "demo_populate", json!({ "companies": 6 })).await;
    let names: Vec<&str> = registry::commands().iter().map(|c| c.name).collect();
    let mut compared = Vec::new();
    for list in names.iter().filter(|name| name.ends_with("_list")) {
        let entity = list.trim_end_matches("_list");
        let get = format!("{entity}_get");
        if !names.contains(&get.as_str()) {
            continue;
        }
        // A list that needs a filter to say whose rows (attachments of a record, say) is not
        // one this walk can open bare.
        let Ok(page) = call(&admin, list, json!({ "page": { "limit": LIMIT } })).await else {
            continue;
        };
        let items = page["items"].as_array().cloned().unwrap_or_default();
        if items.is_empty() {
            continue;
        }
        for item in &items {
            let opened = ok(&admin, &get, json!({ "id": id(item) })).await;
            assert_eq!(item, &opened, "{list} against {get}");
        }
        assert_eq!(paged(&admin, list, 2).await, items, "{list}: pages of two against one page");
        compared.push(entity);
    }
    for entity in FILLED {
        assert!(compared.contains(entity), "{entity} was not compared; compared: {compared:?}");
    }
});

/// The whole of `list` (up to [`LIMIT`] records) read `size` records a page, page after page.
async fn paged(session: &crm_app::Session, list: &str, size: u32) -> Vec<Value> {
    let mut items = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = ok(
            session,
            list,
            json!({ "page": { "limit": size, "after": after } }),
        )
        .await;
        items.extend(page["items"].as_array().cloned().unwrap_or_default());
        after = page["next_cursor"].clone();
        if after.is_null() || items.len() >= LIMIT {
            items.truncate(LIMIT);
            return items;
        }
    }
}
