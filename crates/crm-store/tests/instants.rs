//! Instants compare as instants on every backend: rows stamped on a whole second, in the form the
//! SQLite column defaults write, page by `created_at` without showing a row twice and sit on the
//! right side of a date filter; and an SQLite database written by an older version is rewritten
//! to that one form when it is migrated.

mod support;

use std::borrow::Cow;

use chrono::{DateTime, TimeDelta, Utc};
use crm_core::company::CompanyInput;
use crm_store::companies::{self, COMPANY};
use crm_store::dialect::statement;
use crm_store::record::{self, Fields};
use crm_store::{Db, Moment, dispatch};
use serde_json::json;
use support::{id_of, list_ids, object, page};

fn whole_second() -> DateTime<Utc> {
    "2026-01-05T10:00:05Z".parse().expect("an instant")
}

async fn company(db: &Db, name: &str, created_at: DateTime<Utc>) -> i64 {
    let input = CompanyInput {
        full_name: name.into(),
        ..CompanyInput::default()
    }
    .validate()
    .expect("valid input");
    let id = companies::create(db, None, &input)
        .await
        .expect("create a company")
        .id
        .0;
    dispatch!(db, |pool, backend| {
        sqlx::query(statement(
            backend,
            "UPDATE companies SET created_at = ? WHERE id = ?",
        ))
        .bind(Moment(created_at))
        .bind(id)
        .execute(pool)
        .await
        .expect("stamp the company");
    });
    id
}

/// Every id of the list sorted by `created_at`, one row a page, following the cursors.
async fn paged_one_by_one(db: &Db, descending: bool) -> Vec<i64> {
    let none = Fields::new();
    let mut ids = Vec::new();
    let mut after = None;
    loop {
        let one = record::list(db, &COMPANY, &none, "created_at", &page(1, descending, after))
            .await
            .expect("a page");
        ids.extend(one.items.iter().map(id_of));
        assert!(ids.len() <= 10, "the pages never end: {ids:?}");
        match one.next_cursor {
            Some(next) => after = Some(next),
            None => return ids,
        }
    }
}

async fn filtered(db: &Db, filter: serde_json::Value) -> Vec<i64> {
    let mut ids = list_ids(
        db,
        &COMPANY,
        &object(filter),
        "created_at",
        &page(100, false, None),
    )
    .await;
    ids.sort_unstable();
    ids
}

crm_store::db_test!(async fn whole_seconds_page_and_filter_as_instants(db) {
    let at = whole_second();
    let before = company(&db, "Before", at - TimeDelta::seconds(1)).await;
    let first = company(&db, "First", at).await;
    let second = company(&db, "Second", at).await;
    let later = company(&db, "Later", at + TimeDelta::milliseconds(500)).await;
    let micro = company(&db, "Micro", at + TimeDelta::microseconds(500_001)).await;

    let ascending = vec![before, first, second, later, micro];
    assert_eq!(paged_one_by_one(&db, false).await, ascending, "oldest first, each row once");
    let descending: Vec<i64> = ascending.iter().rev().copied().collect();
    assert_eq!(paged_one_by_one(&db, true).await, descending, "newest first, each row once");

    assert_eq!(
        filtered(&db, json!({ "created_from": "2026-01-05T10:00:05Z" })).await,
        vec![first, second, later, micro],
        "created from the whole second includes the rows made on it"
    );
    assert_eq!(
        filtered(&db, json!({ "created_until": "2026-01-05T10:00:05Z" })).await,
        vec![before],
        "created before the whole second leaves out the rows made on it"
    );
    assert_eq!(
        filtered(&db, json!({ "created_until": "2026-01-05T10:00:05.5Z" })).await,
        vec![before, first, second],
    );
});

/// The database of an older version on SQLite: migrated up to version 21, then stamped in the
/// form that version wrote for a whole second (no fraction).
mod an_older_sqlite_database_gets_one_text_per_instant {
    use super::*;

    const BEFORE_THE_REWRITE: i64 = 21;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        let dir = std::env::temp_dir().join(format!("crm-instants-{}", std::process::id()));
        let db = Db::open_sqlite_file(&dir.join("old.db"))
            .await
            .expect("open SQLite");
        let all = sqlx::migrate!("../../migrations/sqlite");
        let older = sqlx::migrate::Migrator {
            migrations: Cow::Owned(
                all.migrations
                    .iter()
                    .filter(|m| m.version <= BEFORE_THE_REWRITE)
                    .cloned()
                    .collect(),
            ),
            ..sqlx::migrate::Migrator::DEFAULT
        };
        let crm_store::Pool::Sqlite(pool) = db.pool() else {
            panic!("an SQLite pool");
        };
        older.run(pool).await.expect("migrate to the older version");
        let old_form = "2026-01-05T10:00:05+00:00";
        for sql in [
            "UPDATE departments SET created_at = ?1, updated_at = ?1",
            "UPDATE users SET date_joined = ?1",
            "UPDATE change_log SET changed_at = ?1",
        ] {
            sqlx::query(sql).bind(old_form).execute(pool).await.expect(sql);
        }
        sqlx::query(
            "INSERT INTO companies (full_name, token, created_at, updated_at) VALUES ('Old', 'old', ?1, ?1)",
        )
        .bind(old_form)
        .execute(pool)
        .await
        .expect("an old company");

        db.migrate().await.expect("migrate to the newest version");

        let texts: Vec<String> = sqlx::query_scalar(
            "SELECT created_at FROM departments UNION ALL SELECT updated_at FROM departments \
             UNION ALL SELECT date_joined FROM users UNION ALL SELECT changed_at FROM change_log \
             UNION ALL SELECT created_at FROM companies UNION ALL SELECT updated_at FROM companies",
        )
        .fetch_all(pool)
        .await
        .expect("the stamps");
        assert!(!texts.is_empty());
        for text in texts {
            assert_eq!(text, "2026-01-05T10:00:05.000+00:00");
        }
        let from = record::list(
            &db,
            &COMPANY,
            &object(json!({ "created_from": "2026-01-05T10:00:05Z" })),
            "created_at",
            &page(10, false, None),
        )
        .await
        .expect("the list");
        assert_eq!(
            from.items.len(),
            1,
            "the old company is found from its own second"
        );
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }
}
