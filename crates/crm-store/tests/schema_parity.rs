//! The migrations of PostgreSQL, MySQL/MariaDB and SQLite define the same schema: the same tables,
//! columns (type family and nullability), foreign keys (target and delete rule) and indexes.

use crm_store::Backend;
use crm_store::schema::{self, Family, Schema};
use crm_store::testing::FreshDb;

/// Creates, reads and drops a fresh database of every backend; `None` when a server is not
/// configured outside CI (FreshDb has said so already).
async fn schemas() -> Option<[(Backend, Schema); 3]> {
    let mut fresh = Vec::new();
    for backend in [Backend::Postgres, Backend::Mysql, Backend::Sqlite] {
        if let Some(db) = FreshDb::create(backend).await {
            fresh.push(db);
        }
    }
    let mut read = Vec::new();
    for db in &fresh {
        read.push((db.db.backend(), schema::read(&db.db).await));
    }
    for db in fresh {
        db.drop_database().await;
    }
    let read: Vec<(Backend, Schema)> = read
        .into_iter()
        .map(|(backend, schema)| {
            let mut schema = schema.unwrap_or_else(|e| panic!("read the {} schema: {e}", backend.name()));
            without_backend_specific_indexes(&mut schema);
            (backend, schema)
        })
        .collect();
    read.try_into().ok()
}

/// Free-text search is accelerated by each backend's own kind of index (trigram GIN indexes on
/// PostgreSQL, FTS5 trigram tables on SQLite), and PostgreSQL alone needs partial `*_live_idx`
/// indexes to sort live rows from an index; those are the deliberate differences.
fn without_backend_specific_indexes(schema: &mut Schema) {
    // SQLite's FTS5 index tables (`<table>_fts` and its shadow tables).
    schema
        .tables
        .retain(|name, _| !name.ends_with("_fts") && !name.contains("_fts_"));
    for table in schema.tables.values_mut() {
        table
            .indexes
            .retain(|name, _| !name.ends_with("_search_text_idx") && !name.ends_with("_live_idx"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_backend_has_the_same_schema() {
    let Some([(_, postgres), (_, mysql), (_, sqlite)]) = schemas().await else {
        return;
    };
    for (name, schema) in [("postgres", &postgres), ("mysql", &mysql), ("sqlite", &sqlite)] {
        println!("{name}: {} tables", schema.tables.len());
    }

    // The servers are compared type for type; SQLite against the storage class each type has there.
    let mut report = schema::differences(&[("postgres", &postgres), ("mysql", &mysql)]);
    report.extend(schema::differences(&[
        ("postgres", &postgres.as_stored_on_sqlite()),
        ("mysql", &mysql.as_stored_on_sqlite()),
        ("sqlite", &sqlite),
    ]));
    assert!(
        report.is_empty(),
        "the backends' schemas differ in {} places:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_use_the_types_of_the_conventions() {
    let Some([(_, postgres), (_, mysql), (_, sqlite)]) = schemas().await else {
        return;
    };
    let expected = [
        (
            "payments",
            "amount",
            Family::Decimal {
                precision: 18,
                scale: 2,
            },
            false,
        ),
        (
            "rates",
            "rate_to_state_currency",
            Family::Decimal {
                precision: 18,
                scale: 8,
            },
            false,
        ),
        (
            "deals",
            "amount",
            Family::Decimal {
                precision: 18,
                scale: 2,
            },
            true,
        ),
        ("deals", "next_step_date", Family::Date, false),
        ("deals", "deleted_at", Family::Timestamp, true),
        ("users", "is_active", Family::Bool, false),
        ("users", "username", Family::Text { max_len: Some(150) }, false),
        ("lead_sources", "uuid", Family::Text { max_len: Some(36) }, false),
        ("user_profiles", "messages", Family::Json, false),
        ("change_log", "changes", Family::Json, false),
        ("massmail_settings", "business_time_start", Family::Time, false),
        ("crm_emails", "to_field", Family::Text { max_len: None }, true),
        ("crm_emails", "uid", Family::BigInt, true),
        ("stages", "index_number", Family::SmallInt, false),
        ("companies", "version", Family::Int, false),
    ];
    for (table, column, family, nullable) in expected {
        for (name, schema) in [("postgres", &postgres), ("mysql", &mysql)] {
            let found = schema
                .column(table, column)
                .unwrap_or_else(|| panic!("{name} has no {table}.{column}"));
            assert_eq!(found.family, family, "{name} {table}.{column}");
            assert_eq!(found.nullable, nullable, "{name} {table}.{column} nullability");
        }
        let found = sqlite
            .column(table, column)
            .unwrap_or_else(|| panic!("sqlite has no {table}.{column}"));
        assert_eq!(found.family, family.stored_on_sqlite(), "sqlite {table}.{column}");
    }
    let fk = |schema: &Schema, table: &str, column: &str| {
        schema.tables[table]
            .foreign_keys
            .iter()
            .find(|fk| fk.column == column)
            .map(|fk| {
                format!(
                    "{}.{} {}",
                    fk.references_table, fk.references_column, fk.on_delete
                )
            })
    };
    for schema in [&postgres, &mysql, &sqlite] {
        assert_eq!(
            fk(schema, "requests", "deal_id").as_deref(),
            Some("deals.id set null")
        );
        assert_eq!(
            fk(schema, "deals", "request_id").as_deref(),
            Some("requests.id set null")
        );
        assert_eq!(
            fk(schema, "contacts", "company_id").as_deref(),
            Some("companies.id cascade")
        );
        assert_eq!(
            fk(schema, "tags", "owner_id").as_deref(),
            Some("users.id restrict")
        );
        assert_eq!(
            fk(schema, "departments", "default_country_id").as_deref(),
            Some("countries.id set null")
        );
        assert!(!schema.tables.contains_key("_sqlx_migrations"));
    }
}
