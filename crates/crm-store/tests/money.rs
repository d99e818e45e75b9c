//! Money and exchange rates keep every digit on every backend, at the limits of DECIMAL(18,2) and
//! DECIMAL(18,8).

use chrono::NaiveDate;
use crm_store::dialect::statement;
use crm_store::{Db, Exact, dispatch};
use rust_decimal::Decimal;

const AMOUNTS: [&str; 6] = [
    "9999999999999999.99",
    "-9999999999999999.99",
    "0.01",
    "-0.01",
    "1234567890123456.78",
    "0.00",
];

const RATES: [&str; 5] = [
    "9999999999.99999999",
    "-9999999999.99999999",
    "0.00000001",
    "0.83000000",
    "1234567890.12345678",
];

fn exact(text: &str) -> Exact {
    Exact(text.parse::<Decimal>().expect("a decimal literal"))
}

/// The stored value equals the written one exactly, and shows the same digits at the column's
/// scale (PostgreSQL sends a zero without its scale).
fn assert_exact(stored: Exact, written: &str, scale: u32, db: &Db) {
    let backend = db.backend().name();
    assert_eq!(stored, exact(written), "{backend} kept the value of {written}");
    let mut shown = stored.0;
    shown.rescale(scale);
    assert_eq!(
        shown.to_string(),
        written,
        "{backend} kept the digits of {written}"
    );
}

/// A deal to hang payments on; its ticket is unique.
async fn deal(db: &Db) -> i64 {
    let day = NaiveDate::from_ymd_opt(2026, 7, 1).expect("date");
    dispatch!(db, |pool, backend| {
        sqlx::query(statement(
            backend,
            "INSERT INTO deals (name, next_step, next_step_date, ticket) VALUES (?, ?, ?, ?)",
        ))
        .bind("Turbines")
        .bind("Call back")
        .bind(day)
        .bind("money-test")
        .execute(pool)
        .await
        .expect("insert deal");
        sqlx::query_scalar(statement(backend, "SELECT id FROM deals WHERE ticket = ?"))
            .bind("money-test")
            .fetch_one(pool)
            .await
            .expect("deal id")
    })
}

crm_store::db_test!(async fn payment_amounts_keep_every_digit(db) {
    let deal_id = deal(&db).await;
    for (n, amount) in AMOUNTS.iter().enumerate() {
        let label = format!("contract {n}");
        let stored: Exact = dispatch!(db, |pool, backend| {
            sqlx::query(statement(
                backend,
                "INSERT INTO payments (deal_id, amount, currency_id, contract_number) VALUES (?, ?, ?, ?)",
            ))
            .bind(deal_id)
            .bind(exact(amount))
            .bind(1_i64)
            .bind(&label)
            .execute(pool)
            .await
            .expect("insert payment");
            sqlx::query_scalar(statement(
                backend,
                "SELECT amount FROM payments WHERE contract_number = ?",
            ))
            .bind(&label)
            .fetch_one(pool)
            .await
            .expect("read payment")
        });
        assert_exact(stored, amount, 2, &db);
    }
});

crm_store::db_test!(async fn exchange_rates_keep_every_digit(db) {
    for (n, rate) in RATES.iter().enumerate() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new(n as u64)))
            .expect("date");
        let stored: (Exact, Exact) = dispatch!(db, |pool, backend| {
            sqlx::query(statement(
                backend,
                "INSERT INTO rates (currency_id, payment_date, rate_to_state_currency, \
                 rate_to_marketing_currency) VALUES (?, ?, ?, ?)",
            ))
            .bind(2_i64)
            .bind(day)
            .bind(exact(rate))
            .bind(exact(rate))
            .execute(pool)
            .await
            .expect("insert rate");
            sqlx::query_as(statement(
                backend,
                "SELECT rate_to_state_currency, rate_to_marketing_currency FROM rates \
                 WHERE currency_id = ? AND payment_date = ?",
            ))
            .bind(2_i64)
            .bind(day)
            .fetch_one(pool)
            .await
            .expect("read rate")
        });
        assert_exact(stored.0, rate, 8, &db);
        assert_exact(stored.1, rate, 8, &db);
    }
});
