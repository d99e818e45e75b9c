//! SQL injection through the text of every entity, on every backend. Each payload is written into
//! every free-text column of every entity, once by a create and once by an edit, and reads back
//! byte for byte; a search for a payload finds exactly the records holding it as literal text,
//! and so does every text filter; and afterwards every table is still there, holding exactly the
//! rows the test wrote.

mod support;

use std::collections::{BTreeMap, HashMap};

use crm_core::list::MAX_PAGE_SIZE;
use crm_store::entities::ALL;
use crm_store::record::{self, Entity, Fields, Filter, FilterOp, Kind};
use crm_store::schema::{self, Schema};
use crm_store::{Backend, Db, dispatch};
use serde_json::json;
use support::{
    PAYLOADS, SINGLE_ROWS, create_samples, field_of, id_of, is_free_text, object, page, sample, table_of,
    text_widths,
};

/// Search terms tried besides the payloads: wildcards, escapes and quotes alone, which match every
/// row, or break the statement, when they reach the SQL as syntax instead of text.
const TERMS: &[&str] = &["%", "_", "!", "'", "\"", "\\", "*", "--", "\"\"", "%_%"];

/// What a free-text column holds while its record makes room for another's payload: no payload
/// starts with it.
const VACANT: &str = "vacant";

/// A free-text column a form writes, and the most characters it takes.
#[derive(Debug)]
struct Text {
    field: &'static str,
    width: Option<usize>,
}

/// The payloads as `backend` takes them. PostgreSQL refuses a NUL in text outright, an error
/// rather than an injection. SQLite stores it, but its LIKE and FTS5 read text only up to a NUL:
/// a record holding one is not found by the text after it, and a search for one fails with
/// "unterminated string". Until the store keeps NULs out, only MySQL is tried with it.
fn payloads(backend: Backend) -> Vec<String> {
    PAYLOADS
        .iter()
        .map(|p| match backend {
            Backend::Mysql => (*p).to_owned(),
            Backend::Postgres | Backend::Sqlite => p.replace('\0', ""),
        })
        .collect()
}

/// `text` cut to `width` characters.
fn fit(text: &str, width: Option<usize>) -> String {
    text.chars().take(width.unwrap_or(usize::MAX)).collect()
}

/// The free-text columns of `entity` that create and update write.
fn free_texts(entity: &Entity, schema: &Schema, widths: &HashMap<(String, String), usize>) -> Vec<Text> {
    let table = table_of(schema, entity);
    entity
        .columns
        .iter()
        .filter(|c| is_free_text(entity, table, c))
        .map(|c| Text {
            field: c.field,
            width: widths
                .get(&(entity.table.to_owned(), c.column.to_owned()))
                .copied(),
        })
        .collect()
}

/// `input` with payload `(row + j) mod n` in its `j`th free-text column: across `n` rows every
/// column holds every payload once.
fn with_payloads(input: &Fields, texts: &[Text], payloads: &[String], row: usize) -> Fields {
    let mut input = input.clone();
    for (j, text) in texts.iter().enumerate() {
        let payload = &payloads[(row + j) % payloads.len()];
        input.insert(text.field.into(), json!(fit(payload, text.width)));
    }
    input
}

/// `input` with [`VACANT`] in every free-text column.
fn vacant(input: &Fields, texts: &[Text]) -> Fields {
    let mut input = input.clone();
    for text in texts {
        input.insert(text.field.into(), json!(fit(VACANT, text.width)));
    }
    input
}

/// Asserts that `record`, as `action` returned it and as it reads back, holds the text of `input`
/// byte for byte.
async fn assert_stored(
    db: &Db,
    entity: &Entity,
    texts: &[Text],
    input: &Fields,
    record: &Fields,
    action: &str,
) {
    let key = entity.key;
    for text in texts {
        let (written, stored) = (&input[text.field], &record[text.field]);
        assert_eq!(
            stored.as_str().map(str::as_bytes),
            written.as_str().map(str::as_bytes),
            "{key}.{} after the {action}: {stored} for {written}",
            text.field
        );
    }
    let id = id_of(record);
    let read = record::get(db, entity, id)
        .await
        .unwrap_or_else(|e| panic!("read {key} {id}: {e}"));
    assert_eq!(&read, record, "{key} {id} reads back as the {action} returned it");
}

fn version_of(record: &Fields) -> i32 {
    i32::try_from(record["version"].as_i64().expect("a version")).expect("a small version")
}

/// Saves `input` over `record` and checks the edit took the text literally.
async fn edit(
    db: &Db,
    entity: &Entity,
    texts: &[Text],
    user: Option<i64>,
    record: &Fields,
    input: &Fields,
) -> Fields {
    let id = id_of(record);
    let updated = record::update(db, entity, user, id, version_of(record), input)
        .await
        .unwrap_or_else(|e| panic!("edit {} {id} with {input:?}: {e}", entity.key));
    assert_stored(db, entity, texts, input, &updated, "edit").await;
    updated
}

/// Creates one record of `entity` per payload, column `j` of record `r` holding payload
/// `r + j`, then edits every record so that it holds payload `r + j + 1`. A unique column admits
/// one holder per value, so record 0 first steps aside to [`VACANT`], and each record from the
/// last one down then takes the values the record after it has just given up. Returns how many
/// edits were saved.
async fn write_payloads(
    db: &Db,
    entity: &Entity,
    texts: &[Text],
    base: &Fields,
    user: Option<i64>,
    payloads: &[String],
) -> usize {
    let key = entity.key;
    for text in texts {
        let mut cut: Vec<String> = payloads
            .iter()
            .map(|p| fit(p, text.width).to_lowercase())
            .collect();
        cut.sort();
        cut.dedup();
        assert_eq!(
            cut.len(),
            payloads.len(),
            "{key}.{}: the payloads are alike in {:?} characters",
            text.field,
            text.width
        );
    }
    let n = payloads.len();
    let mut records = Vec::with_capacity(n);
    for row in 0..n {
        let input = with_payloads(base, texts, payloads, row);
        let created = record::create(db, entity, user, &input)
            .await
            .unwrap_or_else(|e| panic!("create a {key} with {input:?}: {e}"));
        assert_stored(db, entity, texts, &input, &created, "create").await;
        records.push(created);
    }
    records[0] = edit(db, entity, texts, user, &records[0], &vacant(&records[0], texts)).await;
    for row in (0..n).rev() {
        let input = with_payloads(&records[row], texts, payloads, row + 1);
        records[row] = edit(db, entity, texts, user, &records[row], &input).await;
    }
    n + 1
}

/// Every live row of `entity` matching `filter`, in one page.
async fn rows(db: &Db, entity: &Entity, filter: &Fields) -> Vec<Fields> {
    let found = record::list(db, entity, filter, "", &page(MAX_PAGE_SIZE, false, None))
        .await
        .unwrap_or_else(|e| panic!("list {} with {filter:?}: {e}", entity.key));
    assert!(
        found.next_cursor.is_none(),
        "{}: the test lists need one page",
        entity.key
    );
    found.items
}

fn sorted_ids(rows: &[Fields]) -> Vec<i64> {
    let mut ids: Vec<i64> = rows.iter().map(id_of).collect();
    ids.sort_unstable();
    ids
}

/// Whether `record` holds `term` in a searched field, compared as the search compares: the term
/// trimmed, both folded to lower case, a literal substring.
fn holds(entity: &Entity, record: &Fields, term: &str) -> bool {
    let term = term.trim().to_lowercase();
    entity
        .search
        .iter()
        .filter_map(|field| record.get(*field)?.as_str())
        .any(|text| text.to_lowercase().contains(&term))
}

/// What a list found against what it should have: the rows it missed and the rows it should not
/// have found, each with the text that decided.
fn mismatch(found: &[Fields], expected: &[Fields], shown: impl Fn(&Fields) -> String) -> Option<String> {
    let (found_ids, expected_ids) = (sorted_ids(found), sorted_ids(expected));
    if found_ids == expected_ids {
        return None;
    }
    let missed: Vec<String> = expected
        .iter()
        .filter(|r| !found_ids.contains(&id_of(r)))
        .map(&shown)
        .collect();
    let extra: Vec<String> = found
        .iter()
        .filter(|r| !expected_ids.contains(&id_of(r)))
        .map(&shown)
        .collect();
    Some(format!("missed {missed:?}, found besides {extra:?}"))
}

/// The searched fields of `record`, as the search sees them.
fn searched(entity: &Entity, record: &Fields) -> String {
    let texts: Vec<String> = entity
        .search
        .iter()
        .filter_map(|field| Some(format!("{field}={:?}", record.get(*field)?.as_str()?)))
        .collect();
    format!("{} {}", id_of(record), texts.join(" "))
}

/// Searches `entity` for every payload and term; each must find exactly the rows that hold it as
/// literal text, and a payload some searched column is wide enough for must find the rows holding
/// it. Returns the number of searches.
async fn check_search(
    db: &Db,
    entity: &Entity,
    texts: &[Text],
    payloads: &[String],
    problems: &mut Vec<String>,
) -> usize {
    let key = entity.key;
    let all = rows(db, entity, &Fields::new()).await;
    let terms = payloads.iter().map(String::as_str).chain(TERMS.iter().copied());
    let mut searches = 0;
    for term in terms {
        searches += 1;
        let filter = object(json!({ "text": term }));
        let found = match record::list(db, entity, &filter, "", &page(MAX_PAGE_SIZE, false, None)).await {
            Ok(found) => found.items,
            Err(e) => {
                problems.push(format!("{key}: a search for {term:?} fails: {e}"));
                continue;
            }
        };
        let expected: Vec<Fields> = all.iter().filter(|r| holds(entity, r, term)).cloned().collect();
        if let Some(wrong) = mismatch(&found, &expected, |r| searched(entity, r)) {
            problems.push(format!("{key}: a search for {term:?} {wrong}"));
        }
        match record::count(db, entity, &filter).await {
            Ok(counted) if usize::try_from(counted).ok() == Some(expected.len()) => {}
            Ok(counted) => problems.push(format!(
                "{key}: a search for {term:?} counts {counted}, not {}",
                expected.len()
            )),
            Err(e) => problems.push(format!("{key}: counting a search for {term:?} fails: {e}")),
        }
        if payloads.iter().any(|p| p == term) {
            assert!(
                expected.len() < all.len(),
                "{key}: {term:?} must not be in every row"
            );
            let stored_whole = texts.iter().any(|t| {
                entity.search.contains(&t.field) && t.width.is_none_or(|w| w >= term.chars().count())
            });
            assert!(
                !stored_whole || !expected.is_empty(),
                "{key}: some row holds {term:?}"
            );
        }
    }
    searches
}

/// Filters `entity` by the text filter `filter` with every payload, whole and cut to the column's
/// width; each must find exactly the rows whose column equals it. Returns the number of lists.
async fn check_filter(
    db: &Db,
    entity: &Entity,
    filter: &Filter,
    (written, width): (bool, Option<usize>),
    payloads: &[String],
    problems: &mut Vec<String>,
) -> usize {
    let key = entity.key;
    let field = field_of(entity, filter.column);
    let all = rows(db, entity, &Fields::new()).await;
    let mut values: Vec<String> = payloads.iter().flat_map(|p| [p.clone(), fit(p, width)]).collect();
    values.dedup();
    for value in &values {
        let found = match record::list(
            db,
            entity,
            &object(json!({ filter.key: value })),
            "",
            &page(MAX_PAGE_SIZE, false, None),
        )
        .await
        {
            Ok(found) => found.items,
            Err(e) => {
                problems.push(format!("{key}: filter {} = {value:?} fails: {e}", filter.key));
                continue;
            }
        };
        let expected: Vec<Fields> = all
            .iter()
            .filter(|r| r[field.as_str()].as_str() == Some(value.as_str()))
            .cloned()
            .collect();
        if let Some(wrong) = mismatch(&found, &expected, |r| {
            format!("{} {field}={}", id_of(r), r[field.as_str()])
        }) {
            problems.push(format!("{key}: filter {} = {value:?} {wrong}", filter.key));
        }
        let fits = width.is_none_or(|w| w >= value.chars().count());
        assert!(
            !(written && fits && expected.is_empty()),
            "{key}: some row holds {field} = {value:?}"
        );
    }
    values.len()
}

/// The rows of every table, by plain `COUNT(*)`: a dropped table fails the count.
async fn row_counts(db: &Db, schema: &Schema) -> BTreeMap<String, i64> {
    let mut counts = BTreeMap::new();
    for name in schema.tables.keys() {
        let sql = format!("SELECT COUNT(*) FROM {name}");
        let rows = dispatch!(db, |pool, _backend| {
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.clone()))
                .fetch_one(pool)
                .await
                .unwrap_or_else(|e| panic!("count the rows of {name}: {e}"))
        });
        counts.insert(name.clone(), rows);
    }
    counts
}

/// What writing the payloads covered, and the rows each table then holds.
struct Written {
    rows: BTreeMap<String, i64>,
    entities: usize,
    columns: usize,
    /// Columns narrower than the longest payload: they hold the payloads cut to their width.
    narrow: usize,
}

/// Writes every payload into every free-text column of every entity with one (see
/// [`write_payloads`]), each record referring to the samples `ids`; checks that every entity's
/// table and the history then hold exactly the rows written, and that the schema is untouched.
async fn write_every_entity(
    db: &Db,
    schema: &Schema,
    widths: &HashMap<(String, String), usize>,
    ids: &HashMap<String, i64>,
    payloads: &[String],
) -> Written {
    let backend = db.backend().name();
    let mut expected = row_counts(db, schema).await;
    let longest = payloads
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or_default();
    let (mut entities, mut columns, mut narrow) = (0, 0, 0);
    for entity in ALL.iter().copied().filter(|e| !SINGLE_ROWS.contains(&e.table)) {
        let texts = free_texts(entity, schema, widths);
        if texts.is_empty() {
            continue;
        }
        let base = sample(entity, schema, ids);
        let edits = write_payloads(db, entity, &texts, &base, ids.get("users").copied(), payloads).await;
        let created = payloads.len();
        *expected.get_mut(entity.table).expect("the entity's table") +=
            i64::try_from(created).expect("a few rows");
        *expected.get_mut("change_log").expect("the history") +=
            i64::try_from(created + edits).expect("a few rows");
        entities += 1;
        columns += texts.len();
        narrow += texts
            .iter()
            .filter(|t| t.width.is_some_and(|w| w < longest))
            .count();
    }
    let rows = row_counts(db, schema).await;
    assert_eq!(
        schema::read(db).await.expect("read the schema again"),
        *schema,
        "{backend}: the schema is untouched"
    );
    let tables = ALL.iter().map(|e| e.table).chain(["change_log"]);
    for table in tables {
        assert_eq!(
            rows[table], expected[table],
            "{backend}: {table} holds exactly the rows written"
        );
    }
    Written {
        rows,
        entities,
        columns,
        narrow,
    }
}

/// How many searches and text-filter lists ran, and what they answered wrong.
#[derive(Default)]
struct Answers {
    searches: usize,
    filters: usize,
    filter_lists: usize,
    problems: Vec<String>,
}

/// Searches every searchable entity and lists every entity through each of its text filters,
/// by every payload.
async fn check_every_list(
    db: &Db,
    schema: &Schema,
    widths: &HashMap<(String, String), usize>,
    counts: &BTreeMap<String, i64>,
    payloads: &[String],
) -> Answers {
    let mut lists = Answers::default();
    for entity in ALL.iter().copied().filter(|e| !SINGLE_ROWS.contains(&e.table)) {
        let all = i64::try_from(rows(db, entity, &Fields::new()).await.len()).expect("a few rows");
        assert_eq!(
            all, counts[entity.table],
            "{}: the plain list shows every row",
            entity.key
        );
        let texts = free_texts(entity, schema, widths);
        if !entity.search.is_empty() {
            lists.searches += check_search(db, entity, &texts, payloads, &mut lists.problems).await;
        }
        let text_filters = entity
            .filters
            .iter()
            .filter(|f| f.op == FilterOp::Eq && f.kind == Kind::Text);
        for filter in text_filters {
            let written = texts.iter().any(|t| t.field == field_of(entity, filter.column));
            let width = widths
                .get(&(entity.table.to_owned(), filter.column.to_owned()))
                .copied();
            lists.filter_lists += check_filter(
                db,
                entity,
                filter,
                (written, width),
                payloads,
                &mut lists.problems,
            )
            .await;
            lists.filters += 1;
        }
    }
    lists
}

crm_store::db_test!(async fn every_text_field_and_filter_takes_injection_payloads_as_plain_text(db) {
    let backend = db.backend().name();
    let schema = schema::read(&db).await.expect("read the schema");
    let widths = text_widths(&db, &schema).await;
    let payloads = payloads(db.backend());
    let samples = create_samples(&db, &schema).await;
    let ids: HashMap<String, i64> = samples.iter().map(|(e, r)| (e.table.to_owned(), id_of(r))).collect();

    let written = write_every_entity(&db, &schema, &widths, &ids, &payloads).await;
    let lists = check_every_list(&db, &schema, &widths, &written.rows, &payloads).await;
    assert!(
        lists.problems.is_empty(),
        "{backend}: {} lists answer wrong:\n{}",
        lists.problems.len(),
        lists.problems.join("\n")
    );
    assert_eq!(row_counts(&db, &schema).await, written.rows, "{backend}: searching and filtering changed no table");
    assert_eq!(schema::read(&db).await.expect("read the schema again"), schema, "{backend}: the schema is untouched");

    println!(
        "{backend}: {n} payloads in {columns} free-text columns ({narrow} narrower than the longest payload) of \
         {entities} entities, by create and edit; {searches} searches; {filter_lists} lists over {filters} text filters",
        n = payloads.len(),
        columns = written.columns,
        narrow = written.narrow,
        entities = written.entities,
        searches = lists.searches,
        filter_lists = lists.filter_lists,
        filters = lists.filters,
    );
});
