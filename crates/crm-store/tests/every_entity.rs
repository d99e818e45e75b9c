//! Every entity of the registry on every backend, driven by the descriptors and the database's own
//! catalog: each descriptor matches its table, and one sample record of each entity, built from its
//! columns, survives create, read, update, a stale update, the trash, every declared sort and
//! filter, and the count, leaving exactly one history row per committed change.

mod support;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use crm_core::list::MAX_PAGE_SIZE;
use crm_store::dialect::statement;
use crm_store::entities::{self, ALL};
use crm_store::keyset::{Cursor, SortValue};
use crm_store::record::{self, Entity, Fields, Filter, FilterOp, Kind};
use crm_store::schema::{self, Family, Schema, Table};
use crm_store::{Backend, Db, StoreError, dispatch};
use serde_json::{Value, json};
use support::{
    SINGLE_ROWS, all_ids, code, column_of, columns, count, create_samples, field_of, id_of, is_free_text,
    list_ids, object, page, references, table_of,
};

/// Queues the notices module reads and writes with its own statements (crm-store `notices`): rows
/// the system makes for one recipient, which no form edits.
const QUEUES: &[&str] = &["notices", "notice_emails"];

/// Columns every table has and no descriptor lists.
const STANDARD: &[&str] = &["id", "created_at", "updated_at", "version"];

/// Free text of the saved edit and of the stale one, beside the samples' `support::TEXT`.
const CHANGED: &str = "Ärger №2";
const STALE: &str = "Ärger №3";

/// The entity keys that generic links name their targets by (DOMAIN.md §1.3).
const TARGET_TYPES: &[&str] = &[
    "company",
    "contact",
    "lead",
    "request",
    "deal",
    "crm_email",
    "product",
    "task",
    "project",
    "memo",
    "eml_message",
    "chat_message",
    "quality_event",
];

/// The catalog family a kind is declared as (migrations/README.md).
fn family_of(kind: Kind) -> Family {
    match kind {
        Kind::I16 => Family::SmallInt,
        Kind::I32 => Family::Int,
        Kind::I64 => Family::BigInt,
        Kind::Text => Family::Text { max_len: None },
        Kind::Bool => Family::Bool,
        Kind::Money => Family::Decimal {
            precision: 18,
            scale: 2,
        },
        Kind::Rate => Family::Decimal {
            precision: 18,
            scale: 8,
        },
        Kind::Date => Family::Date,
        Kind::Time => Family::Timestamp,
        Kind::Json => Family::Json,
    }
}

/// Whether a column of `kind` may have `actual` as its type: exactly on the servers (text of any
/// length), by storage class on SQLite.
fn kind_fits(kind: Kind, actual: &Family, backend: Backend) -> bool {
    let expected = family_of(kind);
    match (backend, &expected, actual) {
        (Backend::Sqlite, _, _) => expected.stored_on_sqlite() == actual.stored_on_sqlite(),
        (_, Family::Text { .. }, Family::Text { .. }) => true,
        _ => expected == *actual,
    }
}

// ---------------------------------------------------------------------------------------------
// The descriptors against the catalog.

/// What is wrong with the columns of `entity` against its table.
fn column_problems(entity: &Entity, table: &Table, backend: Backend) -> Vec<String> {
    let key = entity.key;
    let mut problems = Vec::new();
    for column in columns(entity) {
        match table.columns.get(column.column) {
            None => problems.push(format!("{key}: no column {}", column.column)),
            Some(c) if !kind_fits(column.kind, &c.family, backend) => problems.push(format!(
                "{key}.{}: {:?} declared, the table has {}",
                column.column, column.kind, c.family
            )),
            Some(_) => {}
        }
    }
    let described: HashSet<&str> = columns(entity).map(|c| c.column).collect();
    for name in table.columns.keys().map(String::as_str) {
        let known = STANDARD.contains(&name)
            || described.contains(name)
            || (name == "deleted_at" && entity.soft_delete)
            || (name == "modified_by_id" && entity.modified_by)
            || (name == "search_text" && !entity.search.is_empty());
        if !known {
            problems.push(format!("{key}: column {name} is not described"));
        }
    }
    for (flag, column) in [
        (entity.soft_delete, "deleted_at"),
        (entity.modified_by, "modified_by_id"),
        (!entity.search.is_empty(), "search_text"),
    ] {
        if flag && !table.columns.contains_key(column) {
            problems.push(format!("{key}: declared with {column}, which the table lacks"));
        }
    }
    if let Some(token) = entity.token
        && !entity.read_only.iter().any(|c| c.field == token)
    {
        problems.push(format!("{key}: the token {token} must be read with the record"));
    }
    for field in entity.search {
        if !columns(entity).any(|c| c.field == *field && c.kind == Kind::Text) {
            problems.push(format!("{key}: searched field {field} is no text column"));
        }
    }
    problems
}

/// What is wrong with the sorts, filters and links of `entity` against its table.
fn list_problems(entity: &Entity, schema: &Schema, table: &Table, backend: Backend) -> Vec<String> {
    let key = entity.key;
    let mut problems = Vec::new();
    if entity.sorts.is_empty() {
        problems.push(format!("{key}: no default sort"));
    }
    for (field, kind) in entity.sorts {
        match table.columns.get(column_of(entity, field)) {
            Some(c) if !c.nullable && kind_fits(*kind, &c.family, backend) => {}
            _ => problems.push(format!("{key}: sort {field} is no NOT NULL {kind:?} column")),
        }
    }
    let mut keys = HashSet::new();
    for filter in entity.filters {
        if !keys.insert(filter.key) {
            problems.push(format!("{key}: filter {} twice", filter.key));
        }
        let fits = match filter.op {
            FilterOp::HasLink(field) => entity.links.iter().any(|link| link.field == field),
            // The value is compared with a column of another table; here the key column must exist.
            FilterOp::Present
            | FilterOp::ParentEq { .. }
            | FilterOp::ParentIn { .. }
            | FilterOp::ParentEither { .. }
            | FilterOp::Related { .. } => table.columns.contains_key(filter.column),
            _ => table
                .columns
                .get(filter.column)
                .is_some_and(|c| kind_fits(filter.kind, &c.family, backend)),
        };
        if !fits {
            problems.push(format!("{key}: filter {} matches no column or link", filter.key));
        }
    }
    for link in entity.links {
        let Some(linked) = schema.tables.get(link.table) else {
            problems.push(format!("{key}: no link table {}", link.table));
            continue;
        };
        if references(linked, link.own) != Some(entity.table) || references(linked, link.other).is_none() {
            problems.push(format!(
                "{key}: {}({}, {}) is no link of {}",
                link.table, link.own, link.other, entity.table
            ));
        }
    }
    problems
}

crm_store::db_test!(async fn every_descriptor_matches_its_table(db) {
    let schema = schema::read(&db).await.expect("read the schema");
    let backend = db.backend();
    let mut problems = Vec::new();
    let position: HashMap<&str, usize> = ALL.iter().enumerate().map(|(i, e)| (e.table, i)).collect();
    let keys: HashSet<&str> = ALL.iter().map(|e| e.key).collect();
    assert_eq!((keys.len(), position.len()), (ALL.len(), ALL.len()), "one descriptor per key and table");
    for (i, entity) in ALL.iter().enumerate() {
        let Some(table) = schema.tables.get(entity.table) else {
            problems.push(format!("{}: no table {}", entity.key, entity.table));
            continue;
        };
        problems.extend(column_problems(entity, table, backend));
        problems.extend(list_problems(entity, &schema, table, backend));
        for fk in &table.foreign_keys {
            let required = table.columns.get(&fk.column).is_some_and(|c| !c.nullable);
            let earlier = position.get(fk.references_table.as_str()).is_some_and(|&at| at < i);
            if required && !earlier {
                problems.push(format!("{}: {} needs {} listed before it", entity.key, fk.column, fk.references_table));
            }
        }
    }
    for target in TARGET_TYPES {
        if entities::by_key(target).is_none_or(|e| e.key != *target) {
            problems.push(format!("generic links name {target}, which no descriptor is"));
        }
    }
    for (name, table) in &schema.tables {
        let versioned = table.columns.contains_key("id") && table.columns.contains_key("version");
        let own_statements = SINGLE_ROWS.contains(&name.as_str()) || QUEUES.contains(&name.as_str());
        if versioned && !own_statements && !position.contains_key(name.as_str()) {
            problems.push(format!("table {name} has no descriptor"));
        }
    }
    assert!(problems.is_empty(), "{}:\n{}", backend.name(), problems.join("\n"));
    println!("{}: {} descriptors match their tables", backend.name(), ALL.len());
});

// ---------------------------------------------------------------------------------------------
// History.

/// The actions of the history rows of `entity`, oldest first.
async fn history(db: &Db, entity: &str) -> Vec<String> {
    dispatch!(db, |pool, backend| {
        sqlx::query_scalar::<_, String>(statement(
            backend,
            "SELECT action FROM change_log WHERE entity = ? ORDER BY id",
        ))
        .bind(entity)
        .fetch_all(pool)
        .await
        .expect("history rows")
    })
}

// ---------------------------------------------------------------------------------------------
// Round trips.

/// The edit made to a sample: (field, value of the saved edit, value of a later stale edit).
/// Free text where there is some, so the search text is refreshed too; else a flag, a code or a
/// document.
fn edit(entity: &Entity, table: &Table, record: &Fields) -> (&'static str, Value, Value) {
    if let Some(column) = entity.columns.iter().find(|c| is_free_text(entity, table, c)) {
        return (column.field, json!(CHANGED), json!(STALE));
    }
    if let Some(column) = entity.columns.iter().find(|c| c.kind == Kind::Bool) {
        let now = record[column.field].as_bool().expect("a flag");
        return (column.field, json!(!now), json!(now));
    }
    if let Some((column, another)) = entity
        .columns
        .iter()
        .find_map(|c| code(entity.table, c.column).map(|(_, another)| (c, another)))
    {
        return (column.field, json!(another), record[column.field].clone());
    }
    if let Some(column) = entity.columns.iter().find(|c| c.kind == Kind::Json) {
        return (column.field, json!([2, 3]), json!([]));
    }
    panic!("{} has nothing to edit", entity.key)
}

/// A search term the record must be found by, when the entity is searchable.
fn search_term(entity: &Entity, record: &Fields) -> Option<String> {
    entity
        .search
        .iter()
        .filter_map(|field| record[*field].as_str())
        .find(|text| !text.trim().is_empty())
        .map(str::to_owned)
}

/// Edits, edits stale, trashes and restores one sample; returns the history it must have left.
async fn round_trip(
    db: &Db,
    schema: &Schema,
    entity: &Entity,
    user: Option<i64>,
    created: &Fields,
) -> Vec<&'static str> {
    let key = entity.key;
    let id = id_of(created);
    let read = i32::try_from(created["version"].as_i64().expect("a version")).expect("a small version");
    let (field, changed, stale) = edit(entity, table_of(schema, entity), created);
    let mut input = created.clone();
    input.insert(field.into(), changed.clone());
    let updated = record::update(db, entity, user, id, read, &input)
        .await
        .unwrap_or_else(|e| panic!("update a {key}: {e}"));
    assert_eq!(
        (&updated["version"], &updated[field]),
        (&json!(read + 1), &changed),
        "{key} after the edit"
    );
    assert_eq!(
        record::get(db, entity, id).await.expect("read back"),
        updated,
        "{key} edit stored"
    );
    input.insert(field.into(), stale);
    match record::update(db, entity, user, id, read, &input).await {
        Err(StoreError::Conflict { current, version, .. }) => {
            assert_eq!(
                (version, &current[field]),
                (read + 1, &changed),
                "{key}: the conflict shows the stored edit"
            );
        }
        other => panic!("{key}: a stale edit must conflict, got {other:?}"),
    }
    let mut actions = vec!["create", "update"];
    if entity.soft_delete {
        let by_id = json!(format!("ID{id}"));
        let trashed = record::set_deleted(db, entity, user, id, read + 1, true)
            .await
            .expect("trash");
        assert!(!trashed["deleted_at"].is_null(), "{key} in the trash");
        assert_eq!(
            count(db, entity, json!({"text": by_id})).await,
            0,
            "{key} left the live list"
        );
        assert_eq!(
            count(db, entity, json!({"text": by_id, "deleted": true})).await,
            1,
            "{key} in the trash list"
        );
        assert!(
            matches!(
                record::update(db, entity, user, id, read + 2, &input).await,
                Err(StoreError::NotFound { .. })
            ),
            "{key}: no edits in the trash"
        );
        let restored = record::set_deleted(db, entity, user, id, read + 2, false)
            .await
            .expect("restore");
        assert_eq!(
            (&restored["deleted_at"], &restored["version"]),
            (&Value::Null, &json!(read + 3)),
            "{key} restored"
        );
        actions.extend(["delete", "restore"]);
    }
    let now = record::get(db, entity, id).await.expect("read back");
    assert!(
        all_ids(db, entity, json!({})).await.contains(&id),
        "{key} in its default list"
    );
    assert_eq!(
        all_ids(db, entity, json!({"text": format!("ID{id}")})).await,
        [id],
        "{key} found by id"
    );
    if let Some(term) = search_term(entity, &now) {
        assert!(
            all_ids(db, entity, json!({"text": term})).await.contains(&id),
            "{key} found by {term:?}"
        );
    }
    assert!(count(db, entity, json!({})).await >= 1, "{key} counted");
    actions
}

crm_store::db_test!(async fn every_entity_round_trips(db) {
    let schema = schema::read(&db).await.expect("read the schema");
    let backend = db.backend().name();
    let samples = create_samples(&db, &schema).await;
    let user = samples.iter().find(|(e, _)| e.table == "users").map(|(_, r)| id_of(r));
    for (entity, created) in &samples {
        let actions = round_trip(&db, &schema, entity, user, created).await;
        assert_eq!(history(&db, entity.key).await, actions, "{}: one history row per committed change", entity.key);
        println!("{backend}: {} round-tripped, {} history rows", entity.key, actions.len());
    }
    println!("{backend}: {} entities round-tripped", samples.len());
});

// ---------------------------------------------------------------------------------------------
// Sorts and filters.

fn sort_value(record: &Fields, field: &str, kind: Kind) -> SortValue {
    let value = &record[field];
    let text = || value.as_str().expect("a sort value").to_owned();
    match kind {
        Kind::Time => SortValue::Time(text().parse::<DateTime<Utc>>().expect("a timestamp")),
        Kind::Date => SortValue::Date(text().parse::<NaiveDate>().expect("a date")),
        Kind::I16 | Kind::I32 | Kind::I64 => SortValue::Int(value.as_i64().expect("an integer")),
        _ => SortValue::Text(text()),
    }
}

/// A sort value as a number whose order is the column's, where Rust and every backend agree
/// (text order depends on each database's collation).
fn rank(value: &SortValue) -> Option<i64> {
    match value {
        SortValue::Time(t) => Some(t.timestamp_micros()),
        SortValue::Date(d) => Some(i64::from(d.num_days_from_ce())),
        SortValue::Int(n) => Some(*n),
        SortValue::Text(_) => None,
    }
}

/// Lists `entity` by each declared sort both ways, checks the order, and proves the keyset
/// predicate: the rows beyond the sample in either direction, plus the sample, are all rows.
async fn check_sorts(db: &Db, entity: &Entity, sample: &Fields) {
    let key = entity.key;
    let id = id_of(sample);
    let total = usize::try_from(count(db, entity, json!({})).await).expect("a count");
    assert!(
        total <= usize::try_from(MAX_PAGE_SIZE).expect("a size"),
        "{key}: the test lists need one page"
    );
    let none = Fields::new();
    for (field, kind) in entity.sorts {
        for descending in [false, true] {
            let page_of_all = record::list(db, entity, &none, field, &page(MAX_PAGE_SIZE, descending, None))
                .await
                .unwrap_or_else(|e| panic!("{key} by {field}: {e}"));
            assert_eq!(page_of_all.items.len(), total, "{key} by {field}: every row");
            let keys: Vec<(Option<i64>, i64)> = page_of_all
                .items
                .iter()
                .map(|r| (rank(&sort_value(r, field, *kind)), id_of(r)))
                .collect();
            let ordered = keys
                .windows(2)
                .all(|w| if descending { w[0] >= w[1] } else { w[0] <= w[1] });
            assert!(
                keys[0].0.is_none() || ordered,
                "{key} by {field} (descending: {descending}) in order"
            );
            let first = record::list(db, entity, &none, field, &page(1, descending, None))
                .await
                .expect("one row");
            if let Some(next) = first.next_cursor {
                let second = list_ids(db, entity, &none, field, &page(1, descending, Some(next))).await;
                assert_ne!(
                    second.first(),
                    first.items.first().map(id_of).as_ref(),
                    "{key} by {field}: the next page moves on"
                );
            }
        }
        let here = Cursor {
            value: sort_value(sample, field, *kind),
            id,
        }
        .encode();
        let after = list_ids(
            db,
            entity,
            &none,
            field,
            &page(MAX_PAGE_SIZE, false, Some(here.clone())),
        )
        .await;
        let before = list_ids(db, entity, &none, field, &page(MAX_PAGE_SIZE, true, Some(here))).await;
        assert!(
            !after.contains(&id) && !before.contains(&id),
            "{key} by {field}: a cursor excludes its own row"
        );
        assert_eq!(
            after.len() + before.len() + 1,
            total,
            "{key} by {field}: the cursor splits the list"
        );
    }
    assert!(
        matches!(
            record::list(db, entity, &none, "no_such_sort", &page(1, false, None)).await,
            Err(StoreError::BadSort)
        ),
        "{key}: only whitelisted sorts"
    );
}

/// Some value of `kind`, for a filter on a column the sample leaves empty.
fn any_value(kind: Kind) -> Value {
    match kind {
        Kind::I16 | Kind::I32 | Kind::I64 => json!(0),
        Kind::Bool => json!(false),
        Kind::Money | Kind::Rate => json!("0"),
        Kind::Date => json!("2026-01-01"),
        Kind::Time => json!("2026-01-01T00:00:00Z"),
        Kind::Text | Kind::Json => json!("x"),
    }
}

/// Just after `value` of `kind`, for an exclusive upper bound that keeps `value` in range.
fn just_after(value: &Value, kind: Kind) -> Value {
    let text = value.as_str().expect("a bound");
    match kind {
        Kind::Date => json!(text.parse::<NaiveDate>().expect("a date") + TimeDelta::days(1)),
        Kind::Time => json!(text.parse::<DateTime<Utc>>().expect("a timestamp") + TimeDelta::seconds(1)),
        other => panic!("no range over {other:?}"),
    }
}

/// The value a filter is tried with, and whether the sample must match it.
fn filter_value(entity: &Entity, filter: &Filter, sample: &Fields) -> (Value, bool) {
    if let FilterOp::HasLink(field) = filter.op {
        return match sample[field].as_array().and_then(|ids| ids.first()) {
            Some(linked) => (linked.clone(), true),
            None => (any_value(filter.kind), false),
        };
    }
    // Rows of another table decide; the SQL must run, and crm-app's tests prove what it finds.
    if matches!(filter.op, FilterOp::Related { .. }) {
        return (any_value(filter.kind), false);
    }
    let value = &sample[field_of(entity, filter.column).as_str()];
    if filter.op == FilterOp::Present {
        return (json!(!value.is_null()), true);
    }
    match filter.op {
        _ if value.is_null() => (any_value(filter.kind), false),
        FilterOp::In => (json!([value]), true),
        FilterOp::Until => (just_after(value, filter.kind), true),
        _ => (value.clone(), true),
    }
}

/// The value a filter on the sample's parent row is tried with: that row's column, as the filter
/// takes it (one id, or a list of ids).
async fn parent_filter_value(
    db: &Db,
    entity: &Entity,
    filter: &Filter,
    sample: &Fields,
) -> Option<(Value, bool)> {
    let (table, parent_column, many) = match filter.op {
        FilterOp::ParentEq { table, parent_column }
        | FilterOp::ParentEither {
            table, parent_column, ..
        } => (table, parent_column, false),
        FilterOp::ParentIn { table, parent_column } => (table, parent_column, true),
        _ => return None,
    };
    let parent_entity = ALL
        .iter()
        .find(|e| e.table == table)
        .expect("the parent's descriptor");
    let Some(parent_id) = sample[field_of(entity, filter.column).as_str()].as_i64() else {
        return Some((if many { json!([]) } else { any_value(filter.kind) }, false));
    };
    let parent = record::get(db, parent_entity, parent_id)
        .await
        .expect("the parent row");
    let value = parent[parent_column].clone();
    Some(match (value.is_null(), many) {
        (true, true) => (json!([]), false),
        (true, false) => (any_value(filter.kind), false),
        (false, true) => (json!([value]), true),
        (false, false) => (value, true),
    })
}

async fn check_filters(db: &Db, entity: &Entity, sample: &Fields) {
    let key = entity.key;
    let id = id_of(sample);
    for filter in entity.filters {
        let (value, matches) = match parent_filter_value(db, entity, filter, sample).await {
            Some(tried) => tried,
            None => filter_value(entity, filter, sample),
        };
        let found = all_ids(db, entity, json!({ filter.key: value })).await;
        assert!(
            !matches || found.contains(&id),
            "{key}: filter {} = {value} finds the sample",
            filter.key
        );
        if matches!(filter.op, FilterOp::In | FilterOp::ParentIn { .. }) {
            let none = all_ids(db, entity, json!({ filter.key: [] })).await;
            assert!(none.is_empty(), "{key}: filter {} = [] finds nothing", filter.key);
        }
    }
    if entity.soft_delete {
        assert!(
            !all_ids(db, entity, json!({"deleted": true})).await.contains(&id),
            "{key}: live, not trash"
        );
    }
    let unknown = object(json!({"no_such_filter": 1}));
    assert!(
        record::list(db, entity, &unknown, "", &page(1, false, None))
            .await
            .is_err(),
        "{key}: only declared filters"
    );
}

crm_store::db_test!(async fn every_sort_and_filter_is_served(db) {
    let schema = schema::read(&db).await.expect("read the schema");
    let samples = create_samples(&db, &schema).await;
    let (mut sorts, mut filters) = (0, 0);
    for (entity, sample) in &samples {
        check_sorts(&db, entity, sample).await;
        check_filters(&db, entity, sample).await;
        sorts += entity.sorts.len();
        filters += entity.filters.len();
    }
    println!("{}: {sorts} sorts and {filters} filters served", db.backend().name());
});
