//! `record::patch_many_in` on every backend: the same change over many records in multi-row
//! statements, with what `record::patch_in` writes for one (the columns, the editor, the time, the
//! version, the history row), and a record saved by someone else meanwhile refused as a conflict.

use crm_core::company::CompanyInput;
use crm_store::companies::COMPANY;
use crm_store::record::{self, Fields, to_fields};
use crm_store::{Db, StoreError};
use serde_json::{Value, json};

fn company(name: &str) -> Fields {
    let input = CompanyInput {
        full_name: name.into(),
        email: format!("info@{}.example", name.to_lowercase().replace(' ', "-")),
        department_id: Some(crm_core::Id(1)),
        ..CompanyInput::default()
    }
    .validate()
    .expect("valid");
    to_fields(&input).expect("fields")
}

fn changes() -> Fields {
    let Value::Object(changes) = json!({ "department_id": 2, "massmail": false }) else {
        unreachable!("an object")
    };
    changes
}

fn id(record: &Fields) -> i64 {
    record["id"].as_i64().expect("id")
}

/// A stored record without what differs from one record to the next.
fn comparable(record: &Fields) -> Fields {
    let mut record = record.clone();
    for field in ["id", "token", "full_name", "email", "created_at", "updated_at"] {
        record.remove(field);
    }
    record
}

async fn created(db: &Db, names: impl Iterator<Item = String>) -> Vec<Fields> {
    let inputs: Vec<Fields> = names.map(|name| company(&name)).collect();
    let mut tx = db.begin().await.expect("begin");
    let records = record::create_many_in(&mut tx, &COMPANY, None, &inputs)
        .await
        .expect("created");
    tx.commit().await.expect("commit");
    records
}

crm_store::db_test!(async fn many_records_get_what_one_patch_gives_one(db) {
    let one = created(&db, std::iter::once("Single Gears".to_owned())).await.remove(0);
    // More than one statement's worth (1,000 ids).
    let many = created(&db, (0..1_100).map(|n| format!("Batch Gears {n:04}"))).await;
    let mut tx = db.begin().await.expect("begin");
    let patched = record::patch_in(&mut tx, &COMPANY, None, id(&one), 1, &changes())
        .await
        .expect("one");
    let ids: Vec<i64> = many.iter().map(id).collect();
    let read = record::get_many_in(&mut tx, &COMPANY, "id", &ids).await.expect("read");
    assert_eq!(read.len(), many.len(), "every record found");
    record::patch_many_in(&mut tx, &COMPANY, None, &read, &changes())
        .await
        .expect("many");
    tx.commit().await.expect("commit");

    let one_history = crm_store::history::of(&db, "company", id(&one)).await.expect("history");
    for before in many.iter().step_by(89).chain(many.last()) {
        let stored = record::get(&db, &COMPANY, id(before)).await.expect("stored");
        assert_eq!(comparable(&stored), comparable(&patched), "company {} as one patch leaves it", id(before));
        assert_eq!(stored["version"], 2);
        assert_ne!(stored["updated_at"], before["updated_at"], "its time of change moves");
        let history = crm_store::history::of(&db, "company", id(before)).await.expect("history");
        assert_eq!(history.len(), 2, "created, then changed");
        assert_eq!(history[0].action, "update");
        assert_eq!(history[0].changes, one_history[0].changes);
    }
    assert_eq!(
        one_history[0].changes,
        json!({ "department_id": [1, 2], "massmail": [true, false] }),
        "the history names what changed"
    );

    // Written again: nothing changes but the version and the time, so no history row is added.
    let mut tx = db.begin().await.expect("begin");
    let read = record::get_many_in(&mut tx, &COMPANY, "id", &ids[..3]).await.expect("read");
    record::patch_many_in(&mut tx, &COMPANY, None, &read, &changes())
        .await
        .expect("again");
    tx.commit().await.expect("commit");
    let stored = record::get(&db, &COMPANY, ids[0]).await.expect("stored");
    assert_eq!(stored["version"], 3);
    let history = crm_store::history::of(&db, "company", ids[0]).await.expect("history");
    assert_eq!(history.len(), 2, "no empty history row");
});

crm_store::db_test!(async fn a_record_saved_meanwhile_fails_the_whole_call(db) {
    let many = created(&db, (0..5).map(|n| format!("Racing Gears {n}"))).await;
    let ids: Vec<i64> = many.iter().map(id).collect();
    let mut tx = db.begin().await.expect("begin");
    let read = record::get_many_in(&mut tx, &COMPANY, "id", &ids).await.expect("read");
    tx.commit().await.expect("commit");
    // Someone else saves the fourth company after it was read.
    let mut edit = many[3].clone();
    edit.insert("description".into(), json!("Edited meanwhile"));
    record::update(&db, &COMPANY, None, ids[3], 1, &edit).await.expect("edited");

    let mut tx = db.begin().await.expect("begin");
    let err = record::patch_many_in(&mut tx, &COMPANY, None, &read, &changes())
        .await
        .expect_err("a conflict");
    drop(tx);
    match err {
        StoreError::Conflict { id, version, current, .. } => {
            assert_eq!(id, ids[3]);
            assert_eq!(version, 2, "the version someone else saved");
            assert_eq!(current["description"], "Edited meanwhile");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    for (n, id) in ids.iter().enumerate() {
        let stored = record::get(&db, &COMPANY, *id).await.expect("stored");
        assert_eq!(stored["department_id"], 1, "company {n} unchanged");
    }
});

crm_store::db_test!(async fn a_searched_field_is_not_written_to_many_records(db) {
    let many = created(&db, (0..2).map(|n| format!("Plain Gears {n}"))).await;
    let ids: Vec<i64> = many.iter().map(id).collect();
    let mut tx = db.begin().await.expect("begin");
    let read = record::get_many_in(&mut tx, &COMPANY, "id", &ids).await.expect("read");
    let Value::Object(renamed) = json!({ "full_name": "Same Name" }) else {
        unreachable!("an object")
    };
    let err = record::patch_many_in(&mut tx, &COMPANY, None, &read, &renamed)
        .await
        .expect_err("refused");
    assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
});
