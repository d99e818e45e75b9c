//! Times the deal list at scale on one backend: the first page, a page at depth 90% (keyset, no
//! OFFSET), a filtered first page and free-text searches, over a freshly generated deals table.
//!
//! ```sh
//! CRM_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo run --release -p crm-store --features testing --example deal_pages -- postgres 1000000
//! ```
//! The backend is `sqlite`, `postgres` or `mysql`; server URLs come from the test variables, and the
//! database is dropped afterwards.

use std::time::{Duration, Instant};

use chrono::{Duration as Days, NaiveDate};
use crm_core::list::PageRequest;
use crm_store::deals::DEAL;
use crm_store::keyset::{Cursor, SortValue};
use crm_store::record::{self, Fields};
use crm_store::testing::FreshDb;
use crm_store::{Backend, Db, Exact, dispatch, search};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use sqlx::QueryBuilder;

const BATCH: i64 = 1000;
const OWNERS: i64 = 20;
const REPEATS: usize = 25;
/// Words in several scripts, so names and search terms are not all ASCII.
const WORDS: &[&str] = &[
    "Turbine",
    "Pipeline",
    "Ремонт",
    "Поставка",
    "機械",
    "部品",
    "Αντλία",
    "صيانة",
    "Kompressor",
    "Ventil",
    "Éolienne",
    "Łożysko",
    "Generator",
    "Transformer",
    "Kabel",
];

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let backend = match args.next().as_deref() {
        Some("postgres") => Backend::Postgres,
        Some("mysql") => Backend::Mysql,
        _ => Backend::Sqlite,
    };
    let rows: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let fresh = FreshDb::create(backend)
        .await
        .expect("the backend's server is configured");
    let db = fresh.db.clone();
    let started = Instant::now();
    generate(&db, rows).await;
    eprintln!(
        "{}: generated {rows} deals in {:.1} s",
        backend.name(),
        started.elapsed().as_secs_f64()
    );
    analyze(&db).await;

    let first = PageRequest {
        limit: Some(50),
        ..PageRequest::default()
    };
    report(backend, "first page (next_step_date)", || async {
        record::list(&db, &DEAL, &Fields::new(), "", &first)
            .await
            .expect("first page");
    })
    .await;
    let deep = PageRequest {
        after: Some(cursor_at(&db, rows * 9 / 10).await),
        ..first.clone()
    };
    let deep_page = record::list(&db, &DEAL, &Fields::new(), "", &deep)
        .await
        .expect("deep page");
    assert_eq!(deep_page.items.len(), 50, "the deep page is full");
    report(backend, "page at depth 90%", || async {
        record::list(&db, &DEAL, &Fields::new(), "", &deep)
            .await
            .expect("deep page");
    })
    .await;
    let mut by_owner = Fields::new();
    by_owner.insert("owner_id".into(), json!(7));
    report(backend, "first page, owner filter", || async {
        record::list(&db, &DEAL, &by_owner, "", &first)
            .await
            .expect("owner page");
    })
    .await;
    for (label, term) in [
        ("search, rare term", format!("deal {:07}", rows / 3)),
        ("search, medium term (0.4%)", "generator kabel".into()),
        ("search, common term", "turbine".into()),
    ] {
        let mut filter = Fields::new();
        filter.insert("text".into(), Value::String(term));
        report(backend, label, || async {
            record::list(&db, &DEAL, &filter, "", &first)
                .await
                .expect("search");
        })
        .await;
    }
    fresh.drop_database().await;
}

/// Runs `query` [`REPEATS`] times and prints the median and the 95th percentile.
async fn report<F, Fut>(backend: Backend, label: &str, query: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    query().await;
    let mut times: Vec<Duration> = Vec::with_capacity(REPEATS);
    let budget = Instant::now();
    // A slow query (a full scan) gets fewer runs: at least five, within about ten seconds.
    while times.len() < REPEATS && (times.len() < 5 || budget.elapsed() < Duration::from_secs(10)) {
        let start = Instant::now();
        query().await;
        times.push(start.elapsed());
    }
    times.sort();
    let runs = times.len();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "| {} | {label} | {:.2} ms | {:.2} ms | {runs} |",
        backend.name(),
        ms(times[runs / 2]),
        ms(times[(runs * 95 / 100).min(runs - 1)])
    );
}

/// The keyset cursor of the row at `offset` in the default order (found once, not timed).
async fn cursor_at(db: &Db, offset: usize) -> String {
    let offset = i64::try_from(offset).expect("offset fits");
    let (date, id): (NaiveDate, i64) = dispatch!(db, |pool, _backend| {
        let mut qb = QueryBuilder::new(
            "SELECT next_step_date, id FROM deals WHERE deleted_at IS NULL ORDER BY next_step_date, id LIMIT 1 OFFSET ",
        );
        qb.push_bind(offset);
        qb.build_query_as().fetch_one(pool).await.expect("row at offset")
    });
    Cursor {
        value: SortValue::Date(date),
        id,
    }
    .encode()
}

/// Inserts `rows` deals in multi-row batches, with owners spread over two departments.
async fn generate(db: &Db, rows: usize) {
    dispatch!(db, |pool, _backend| {
        for owner in 1..=OWNERS {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO users (username, is_staff) VALUES ('manager{owner}', TRUE)"
            )))
            .execute(pool)
            .await
            .expect("owner");
        }
    });
    let epoch = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let now = crm_store::now();
    let rows = i64::try_from(rows).expect("row count fits");
    let mut done: i64 = 0;
    while done < rows {
        let batch: Vec<i64> = (done..rows.min(done + BATCH)).collect();
        dispatch!(db, |pool, _backend| {
            let mut qb = QueryBuilder::new(
                "INSERT INTO deals (name, next_step, next_step_date, ticket, stage_id, amount, owner_id, \
                 department_id, search_text, created_at, updated_at) ",
            );
            qb.push_values(batch.iter(), |mut row, &i| {
                // A few big customers, many small: owner 1 holds about a third of the deals.
                let owner = if i % 3 == 0 {
                    1
                } else {
                    2 + (i * 7919) % (OWNERS - 1)
                };
                let name = format!("{} {} deal {i:07}", word(i), word(i / 7));
                let ticket = format!("T{i:010}");
                let next_step = "Call the buyer";
                row.push_bind(name.clone())
                    .push_bind(next_step)
                    .push_bind(epoch + Days::days((i * 37) % 1000))
                    .push_bind(ticket.clone())
                    .push_bind(1 + i % 11)
                    .push_bind(Exact(Decimal::new((i * 1237) % 10_000_000, 2)))
                    .push_bind(owner)
                    .push_bind(1 + owner % 2)
                    .push_bind(search::search_text(&[&name, next_step, &ticket]))
                    .push_bind(crm_store::Moment(now))
                    .push_bind(crm_store::Moment(now));
            });
            qb.build().execute(pool).await.expect("batch");
        });
        done += BATCH.min(rows - done);
        if done % 100_000 == 0 || done == rows {
            eprintln!("  {done} / {rows}");
        }
    }
    // Rows loaded in bulk, past the record layer, get their MySQL trigram words the way a migrated
    // database does.
    if let crm_store::Pool::Mysql(pool) = db.pool() {
        crm_store::search_grams::index_missing(pool)
            .await
            .expect("gram words");
    }
}

fn word(i: i64) -> &'static str {
    WORDS[usize::try_from(i).unwrap_or_default() % WORDS.len()]
}

/// Fresh planner statistics, as a live database has them.
async fn analyze(db: &Db) {
    let sql = match db.backend() {
        Backend::Postgres => "ANALYZE deals",
        Backend::Mysql => "ANALYZE TABLE deals",
        Backend::Sqlite => "ANALYZE",
    };
    dispatch!(db, |pool, _backend| {
        sqlx::query(sql).execute(pool).await.expect("analyze");
    });
}
