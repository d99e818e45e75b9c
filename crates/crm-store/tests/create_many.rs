//! `record::create_many_in` on every backend: many records in multi-row statements, with the
//! same rows `record::create_in` writes for one (the record, its links, its search index, its
//! history row), read back in the order asked.

use crm_core::company::{CompanyFilter, CompanyInput, CompanySort};
use crm_core::contact::{ContactInput, Sex};
use crm_core::lead::LeadInput;
use crm_core::list::PageRequest;
use crm_store::companies::{self, COMPANY};
use crm_store::contacts::CONTACT;
use crm_store::dialect::statement;
use crm_store::leads::LEAD;
use crm_store::record::{self, Fields, to_fields};
use crm_store::{Backend, Db, dispatch};
use serde_json::Value;

async fn scalar(db: &Db, sql: &'static str) -> i64 {
    dispatch!(db, |pool, backend| sqlx::query_scalar::<_, i64>(statement(
        backend, sql
    ))
    .fetch_one(pool)
    .await
    .expect(sql))
}

async fn texts(db: &Db, sql: &'static str, id: i64) -> Vec<String> {
    dispatch!(db, |pool, backend| sqlx::query_scalar::<_, String>(statement(
        backend, sql
    ))
    .bind(id)
    .fetch_all(pool)
    .await
    .expect(sql))
}

fn company(name: &str, industries: &[i64]) -> Fields {
    let input = CompanyInput {
        full_name: name.into(),
        email: format!("info@{}.example", name.to_lowercase().replace(' ', "-")),
        description: "Łożyska i uszczelnienia".into(),
        country_id: Some(crm_core::Id(1)),
        department_id: Some(crm_core::Id(1)),
        industry_ids: industries.iter().copied().map(crm_core::Id).collect(),
        ..CompanyInput::default()
    }
    .validate()
    .expect("valid");
    to_fields(&input).expect("fields")
}

/// A stored record without what differs from one record to the next.
fn comparable(record: &Fields) -> Fields {
    let mut record = record.clone();
    for field in ["id", "token", "full_name", "email", "created_at", "updated_at"] {
        record.remove(field);
    }
    record
}

/// The one history row of `record`, which holds the record as `record::create_in` writes it.
async fn assert_history(db: &Db, entity: &str, record: &Fields) {
    let id = record["id"].as_i64().expect("id");
    let entries = crm_store::history::of(db, entity, id).await.expect("history");
    assert_eq!(entries.len(), 1, "one history row for {entity} {id}");
    assert_eq!(
        entries[0].changes,
        Value::Object(crm_store::history::created(record)),
        "{entity} {id}"
    );
}

/// The history row of a new record, without what differs from one record to the next.
async fn created_history(db: &Db, id: i64) -> Fields {
    let entries = crm_store::history::of(db, "company", id).await.expect("history");
    assert_eq!(entries.len(), 1, "one history row for company {id}");
    assert_eq!(entries[0].action, "create");
    let Value::Object(mut changes) = entries[0].changes.clone() else {
        panic!("the changes of company {id} are no object");
    };
    for field in ["id", "token", "full_name", "email", "created_at"] {
        assert!(changes.remove(field).is_some(), "the history holds {field}");
    }
    changes
}

crm_store::db_test!(async fn many_records_get_the_rows_one_record_gets(db) {
    let industries: Vec<i64> = dispatch!(&db, |pool, backend| {
        sqlx::query_scalar::<_, i64>(statement(backend, "SELECT id FROM industries ORDER BY id"))
            .fetch_all(pool)
            .await
            .expect("industries")
    });
    let industries = &industries[..2];
    let mut tx = db.begin().await.expect("begin");
    let one = record::create_in(&mut tx, &COMPANY, None, &company("Single Bearings", industries))
        .await
        .expect("one");
    // More than one statement's worth (1,000 rows), each name once.
    let inputs: Vec<Fields> = (0..1_200)
        .map(|n| company(&format!("Batch Bearings {n:04}"), if n % 2 == 0 { industries } else { &[] }))
        .collect();
    let many = record::create_many_in(&mut tx, &COMPANY, None, &inputs)
        .await
        .expect("many");
    tx.commit().await.expect("commit");

    assert_eq!(many.len(), 1_200);
    for (n, created) in many.iter().enumerate() {
        assert_eq!(created["full_name"], format!("Batch Bearings {n:04}"), "in the order asked");
    }
    let mut ids: Vec<i64> = many.iter().map(|r| r["id"].as_i64().expect("id")).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 1_200, "every record its own row");
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM companies").await, 1_201);

    // Every record as it reads back, and its history row as one create writes it.
    for created in many.iter().step_by(97).chain(many.last()) {
        let id = created["id"].as_i64().expect("id");
        let stored = record::get(&db, &COMPANY, id).await.expect("stored");
        assert_eq!(*created, stored, "company {id} as stored");
        assert_history(&db, "company", &stored).await;
    }

    let one_id = one["id"].as_i64().expect("id");
    let even = &many[0];
    let even_id = even["id"].as_i64().expect("id");
    assert_eq!(comparable(even), comparable(&one), "the same record as one create makes");
    assert_eq!(
        record::get(&db, &COMPANY, even_id).await.expect("stored"),
        *even,
        "read back as stored"
    );
    assert_eq!(even["industry_ids"], Value::from(industries.to_vec()), "link rows");
    assert_eq!(many[1]["industry_ids"], Value::Array(Vec::new()));
    assert_eq!(even["version"], 1);
    assert_eq!(even["token"].as_str().map(str::len), Some(11), "a fresh token");
    assert_eq!(
        created_history(&db, even_id).await,
        created_history(&db, one_id).await,
        "the same history row"
    );
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM change_log WHERE entity = 'company'").await, 1_201);
    let search_text = "SELECT search_text FROM companies WHERE id = ?";
    let searched: Vec<&str> = COMPANY
        .search
        .iter()
        .filter_map(|field| even[*field].as_str())
        .collect();
    assert_eq!(
        texts(&db, search_text, even_id).await,
        vec![crm_store::search::search_text(&searched)],
        "the search text"
    );
    if db.backend() == Backend::Mysql {
        let grams = "SELECT grams FROM companies_fts WHERE id = ?";
        assert_eq!(
            texts(&db, grams, even_id).await,
            vec![crm_store::search::gram_words(&texts(&db, search_text, even_id).await[0])],
            "the gram words of the search text"
        );
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM companies_fts").await, 1_201);
    }

    // Found by the list's search through each backend's index, as one created record is.
    let filter = CompanyFilter {
        text: Some("bearings 1199".into()),
        ..CompanyFilter::default()
    };
    let page = companies::list(&db, &filter, CompanySort::FullName, &PageRequest::default())
        .await
        .expect("search");
    let found: Vec<String> = page.items.into_iter().map(|c| c.full_name).collect();
    assert_eq!(found, ["Batch Bearings 1199"]);
    let filter = CompanyFilter {
        text: Some("uszczelnienia".into()),
        ..CompanyFilter::default()
    };
    assert_eq!(companies::count(&db, &filter).await.expect("count"), 1_201);
});

crm_store::db_test!(async fn a_refused_row_fails_the_whole_call(db) {
    let mut tx = db.begin().await.expect("begin");
    let inputs = vec![company("Twice Ltd", &[]), company("Other Ltd", &[]), company("Twice Ltd", &[])];
    let refused = record::create_many_in(&mut tx, &COMPANY, None, &inputs).await;
    assert!(
        matches!(refused, Err(crm_store::StoreError::Duplicate(_))),
        "the unique name per country: {refused:?}"
    );
    drop(tx);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM companies").await, 0, "nothing written");
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM change_log").await, 0);
});

crm_store::db_test!(async fn many_contacts_and_leads_read_back_as_written(db) {
    let mut tx = db.begin().await.expect("begin");
    let firm = record::create_in(&mut tx, &COMPANY, None, &company("Firm", &[])).await.expect("company");
    let born = chrono::NaiveDate::from_ymd_opt(1980, 5, 17);
    let contacts: Vec<Fields> = [("Jörg", Some(Sex::Male), born), ("Eva", None, None)]
        .into_iter()
        .map(|(first, sex, birth_date)| {
            let input = ContactInput {
                first_name: first.into(),
                last_name: "Weiß".into(),
                title: Some("Dr.".into()),
                sex,
                birth_date,
                email: format!("{first}@firm.example"),
                phone: "+49 30 1234567".into(),
                company_id: firm["id"].as_i64().map(crm_core::Id),
                country_id: Some(crm_core::Id(1)),
                ..ContactInput::default()
            };
            to_fields(&input.validate().expect("valid")).expect("fields")
        })
        .collect();
    let leads: Vec<Fields> = ["Lena", "Max"]
        .into_iter()
        .map(|first| {
            let input = LeadInput {
                first_name: first.into(),
                last_name: "Berg".into(),
                email: format!("{first}@berg.example"),
                company_name: "Berg KG".into(),
                birth_date: born,
                massmail: Some(false),
                ..LeadInput::default()
            };
            to_fields(&input.validate().expect("valid")).expect("fields")
        })
        .collect();
    let contacts = record::create_many_in(&mut tx, &CONTACT, None, &contacts).await.expect("contacts");
    let leads = record::create_many_in(&mut tx, &LEAD, None, &leads).await.expect("leads");
    tx.commit().await.expect("commit");
    for (entity, spec, records) in [("contact", &CONTACT, &contacts), ("lead", &LEAD, &leads)] {
        assert_eq!(records.len(), 2);
        for created in records {
            let id = created["id"].as_i64().expect("id");
            let stored = record::get(&db, spec, id).await.expect("stored");
            assert_eq!(*created, stored, "{entity} {id} as stored");
            assert_history(&db, entity, &stored).await;
        }
    }
    assert_eq!(contacts[0]["birth_date"], "1980-05-17");
    assert_eq!(leads[1]["massmail"], false);
});
