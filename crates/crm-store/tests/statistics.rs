//! `Tx::refresh_statistics`: after a table has grown a hundredfold, the transaction's connection
//! plans with statistics of the table's new size, not of the size it had when last analysed.

use crm_store::{Backend, Tx};

async fn rows_in_statistics(tx: &mut Tx) -> i64 {
    crm_store::dispatch_tx!(tx, |conn, _backend| {
        let stat: String = sqlx::query_scalar("SELECT stat FROM sqlite_stat1 WHERE idx = 'grown_name'")
            .fetch_one(conn)
            .await
            .expect("statistics of grown_name");
        stat.split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a row count")
    })
}

async fn insert_rows(db: &crm_store::Db, from: i64, to: i64) {
    crm_store::testing::execute(
        db,
        &format!(
            "WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i < {to}) \
             INSERT INTO grown (name) SELECT 'name ' || i FROM n"
        ),
    )
    .await;
}

mod a_grown_table_gets_fresh_statistics {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        crm_store::testing::run(Backend::Sqlite, |db| async move {
            crm_store::testing::execute(
                &db,
                "CREATE TABLE grown (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
            )
            .await;
            crm_store::testing::execute(&db, "CREATE INDEX grown_name ON grown (name)").await;
            insert_rows(&db, 1, 100).await;
            crm_store::testing::execute(&db, "ANALYZE").await;
            insert_rows(&db, 101, 10_000).await;

            let mut tx = db.begin().await.expect("begin");
            assert_eq!(
                rows_in_statistics(&mut tx).await,
                100,
                "the statistics of the small table"
            );
            tx.refresh_statistics().await.expect("refresh");
            let rows = rows_in_statistics(&mut tx).await;
            // Within its bounded effort SQLite estimates the count; it must have seen the growth.
            assert!(rows >= 2_500, "statistics of {rows} rows for a table of 10,000");
            tx.commit().await.expect("commit");
        })
        .await;
    }
}
