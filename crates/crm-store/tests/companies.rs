//! The company repository on every backend: round trips, conflicts, history, trash and the
//! keyset-paged, filtered, searched list.

mod support;

use crm_core::Id;
use crm_core::company::{CompanyFilter, CompanyInput, CompanySort};
use crm_core::list::PageRequest;
use crm_store::dialect::statement;
use crm_store::{Db, StoreError, companies, dispatch};
use support::PAYLOADS;

fn named(name: &str) -> CompanyInput {
    CompanyInput {
        full_name: name.into(),
        ..CompanyInput::default()
    }
    .validate()
    .expect("valid input")
}

async fn scalar(db: &Db, sql: &'static str) -> i64 {
    dispatch!(db, |pool, backend| sqlx::query_scalar::<_, i64>(statement(
        backend, sql
    ))
    .fetch_one(pool)
    .await
    .expect(sql))
}

async fn execute(db: &Db, sql: &'static str) {
    dispatch!(db, |pool, backend| {
        sqlx::query(statement(backend, sql))
            .execute(pool)
            .await
            .expect(sql);
    });
}

async fn history_rows(db: &Db) -> i64 {
    scalar(db, "SELECT COUNT(*) FROM change_log WHERE entity = 'company'").await
}

crm_store::db_test!(async fn a_company_round_trips_with_its_links(db) {
    execute(&db, "INSERT INTO users (username, is_staff) VALUES ('anna', TRUE)").await;
    let anna = Id(scalar(&db, "SELECT id FROM users WHERE username = 'anna'").await);
    execute(&db, "INSERT INTO tags (name, department_id) VALUES ('VIP', 1)").await;
    let tag = Id(scalar(&db, "SELECT id FROM tags WHERE name = 'VIP'").await);
    let industry = Id(scalar(&db, "SELECT MIN(id) FROM industries").await);

    let input = CompanyInput {
        full_name: "Ärger & Söhne 株式会社".into(),
        email: "\"Sales\" <sales@aerger.example>, info@aerger.example".into(),
        owner_id: Some(anna),
        department_id: Some(Id(1)),
        country_id: Some(Id(1)),
        tag_ids: vec![tag],
        industry_ids: vec![industry],
        was_in_touch: chrono::NaiveDate::from_ymd_opt(2026, 2, 28),
        ..CompanyInput::default()
    }
    .validate()
    .expect("valid");
    let created = companies::create(&db, Some(anna), &input).await.expect("created");
    assert_eq!(created.full_name, "Ärger & Söhne 株式会社");
    assert_eq!(created.tag_ids, vec![tag]);
    assert_eq!(created.industry_ids, vec![industry]);
    assert_eq!(created.modified_by_id, Some(anna));
    assert_eq!(created.token.len(), 11);
    assert_eq!(created.version, 1);
    assert_eq!(companies::get(&db, created.id).await.expect("reread"), created);
    assert_eq!(history_rows(&db).await, 1);
});

crm_store::db_test!(async fn a_stale_edit_is_refused_and_history_counts_every_committed_change(db) {
    let created = companies::create(&db, None, &named("Acme")).await.expect("created");
    let renamed = companies::update(&db, None, created.id, created.version, &named("Acme Ltd")).await.expect("renamed");
    assert_eq!(renamed.version, 2);
    match companies::update(&db, None, created.id, created.version, &named("Acme Inc")).await {
        Err(StoreError::Conflict { current, .. }) => assert_eq!(current["full_name"], "Acme Ltd"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    let stored = companies::get(&db, created.id).await.expect("reread");
    assert_eq!(stored.full_name, "Acme Ltd");
    // create + update; the refused edit wrote nothing.
    assert_eq!(history_rows(&db).await, 2);
    let changes = scalar(&db, "SELECT COUNT(*) FROM change_log WHERE action = 'update'").await;
    assert_eq!(changes, 1);
});

crm_store::db_test!(async fn the_trash_hides_a_company_until_it_is_restored(db) {
    let created = companies::create(&db, None, &named("Globex")).await.expect("created");
    let deleted = companies::set_deleted(&db, None, created.id, created.version, true).await.expect("deleted");
    let live = CompanyFilter::default();
    let trash = CompanyFilter { deleted: true, ..CompanyFilter::default() };
    assert_eq!(companies::count(&db, &live).await.expect("count"), 0);
    assert_eq!(companies::count(&db, &trash).await.expect("count"), 1);
    assert!(matches!(
        companies::update(&db, None, created.id, deleted.version, &named("Globex 2")).await,
        Err(StoreError::NotFound { .. })
    ));
    companies::set_deleted(&db, None, created.id, deleted.version, false).await.expect("restored");
    assert_eq!(companies::count(&db, &live).await.expect("count"), 1);
    assert_eq!(history_rows(&db).await, 3);
});

crm_store::db_test!(async fn pages_follow_each_other_without_gaps_or_repeats(db) {
    let mut names = Vec::new();
    for i in 0..23 {
        let name = format!("Company {i:02}");
        companies::create(&db, None, &named(&name)).await.expect("created");
        names.push(name);
    }
    for descending in [false, true] {
        let mut seen = Vec::new();
        let mut page = PageRequest { after: None, limit: Some(10), descending };
        loop {
            let result = companies::list(&db, &CompanyFilter::default(), CompanySort::FullName, &page)
                .await
                .expect("page");
            seen.extend(result.items.into_iter().map(|c| c.full_name));
            match result.next_cursor {
                Some(cursor) => page.after = Some(cursor),
                None => break,
            }
        }
        let mut expected = names.clone();
        if descending {
            expected.reverse();
        }
        assert_eq!(seen, expected, "descending: {descending}");
    }
    let garbage = PageRequest { after: Some("garbage".into()), ..PageRequest::default() };
    assert!(matches!(
        companies::list(&db, &CompanyFilter::default(), CompanySort::UpdatedAt, &garbage).await,
        Err(StoreError::BadCursor)
    ));
});

crm_store::db_test!(async fn search_is_case_insensitive_unicode_aware_and_literal(db) {
    let aerger = companies::create(&db, None, &named("ÄRGER GmbH")).await.expect("created");
    companies::create(&db, None, &named("50% Rabatt AG")).await.expect("created");
    companies::create(&db, None, &named("500 Rabatt AG")).await.expect("created");
    let found = |text: &str| {
        let filter = CompanyFilter { text: Some(text.into()), ..CompanyFilter::default() };
        let db = db.clone();
        async move {
            let page = companies::list(&db, &filter, CompanySort::FullName, &PageRequest::default()).await;
            page.expect("search").items.into_iter().map(|c| c.full_name).collect::<Vec<_>>()
        }
    };
    assert_eq!(found("ärger").await, ["ÄRGER GmbH"]);
    assert_eq!(found("Ärger gmbh").await, ["ÄRGER GmbH"]);
    assert_eq!(found("50%").await, ["50% Rabatt AG"], "% is a literal character");
    assert_eq!(found("rabatt").await, ["50% Rabatt AG", "500 Rabatt AG"]);
    assert_eq!(found(&format!("id {}", aerger.id)).await, ["ÄRGER GmbH"]);
    assert!(found("' OR 1=1 --").await.is_empty(), "SQL in a search term is just text");
});

crm_store::db_test!(async fn eight_concurrent_editors_lose_no_update(db) {
    let created = companies::create(&db, None, &named("Shared Ltd")).await.expect("created");
    let mut editors = Vec::new();
    for editor in 0..8 {
        let db = db.clone();
        editors.push(tokio::spawn(async move {
            let mut refused = 0;
            loop {
                let read = companies::get(&db, created.id).await.expect("read");
                let mut input = named(&read.full_name);
                input.description = format!("{}[{editor}]", read.description);
                match companies::update(&db, None, read.id, read.version, &input).await {
                    Ok(_) => return refused,
                    Err(StoreError::Conflict { .. }) => refused += 1,
                    Err(other) => panic!("editor {editor}: a refused write must be a conflict, got {other}"),
                }
            }
        }));
    }
    for editor in editors {
        editor.await.expect("editor finished");
    }
    let stored = companies::get(&db, created.id).await.expect("reread");
    assert_eq!(stored.version, 1 + 8);
    for editor in 0..8 {
        assert_eq!(stored.description.matches(&format!("[{editor}]")).count(), 1, "{}", stored.description);
    }
    assert_eq!(history_rows(&db).await, 1 + 8, "one history row per committed change");
});

crm_store::db_test!(async fn injection_payloads_are_stored_and_searched_as_plain_text(db) {
    for (i, payload) in PAYLOADS.iter().enumerate() {
        // PostgreSQL refuses NUL in text; a real form cannot send one either.
        let payload = payload.replace('\0', "");
        let input = CompanyInput {
            full_name: format!("{payload} #{i}"),
            description: payload.clone(),
            phone: payload.chars().take(100).collect(),
            ..CompanyInput::default()
        }
        .validate()
        .expect("valid");
        let created = companies::create(&db, None, &input).await.expect("payload stored");
        let stored = companies::get(&db, created.id).await.expect("reread");
        assert_eq!(stored.description, payload);
        let filter = CompanyFilter { text: Some(payload.clone()), ..CompanyFilter::default() };
        let found = companies::list(&db, &filter, CompanySort::FullName, &PageRequest::default()).await.expect("search");
        assert!(
            found.items.iter().all(|c| c.description.to_lowercase().contains(&payload.trim().to_lowercase())),
            "only literal matches for {payload:?}"
        );
        assert!(found.items.iter().any(|c| c.id == created.id), "the record is found by its own text {payload:?}");
    }
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM companies").await, i64::try_from(PAYLOADS.len()).expect("small"));
    assert!(scalar(&db, "SELECT COUNT(*) FROM users").await >= 0, "users table still exists");
});
