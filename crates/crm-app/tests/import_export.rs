//! Export of companies, contacts, leads and deals to XLSX (R-IMP-1) and import of companies,
//! contacts and leads from XLSX (R-IMP-2), through the registry as `crm call` runs them, on
//! every backend.

mod support;
use support::*;

use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};

use base64::Engine;
use calamine::{Reader, Xlsx};
use crm_app::export::TransferEntity;
use crm_app::import::{CHUNK_ROWS, ImportProgress, ImportReport, RowOutcome, import_file};
use crm_app::spreadsheet::{Cell, neutralised, write};
use crm_app::{AppError, Session};
use serde_json::{Value, json};

fn decoded(file: &Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(file["content_base64"].as_str().expect("content"))
        .expect("base64")
}

/// The cells of the exported file as a spreadsheet program reads them, header row first.
fn cells(bytes: Vec<u8>) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    assert_eq!(book.sheet_names(), ["Sheet1"], "R-IMP-1: one sheet named Sheet1");
    let range = book.worksheet_range("Sheet1").expect("sheet");
    range
        .rows()
        .map(|row| row.iter().map(ToString::to_string).collect())
        .collect()
}

/// The value in `column` of data row `row` (0 = the first row after the header).
fn at<'a>(sheet: &'a [Vec<String>], row: usize, column: &str) -> &'a str {
    let col = sheet[0]
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column}"));
    &sheet[row + 1][col]
}

fn xlsx(headers: &[&str], rows: &[&[&str]]) -> String {
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|row| row.iter().map(|v| Cell::text(*v)).collect())
        .collect();
    base64::engine::general_purpose::STANDARD.encode(write(headers, &rows).expect("xlsx"))
}

async fn import(session: &Session, entity: &str, file: String) -> Value {
    ok(
        session,
        "records_import",
        json!({ "entity": entity, "content_base64": file }),
    )
    .await
}

struct World {
    admin: Session,
    anna: Session,
    bob: Session,
    local: i64,
    usa: i64,
}

async fn world(db: crm_store::Db) -> World {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    let bob = user(&admin, "bob", &[global], &["managers"]).await;
    let usa = id(&named(&admin, "country_list", json!({}), "United States").await);
    World {
        admin,
        anna,
        bob,
        local,
        usa,
    }
}

crm_store::db_test!(async fn r_imp_1_exports_the_chosen_rows_with_names_and_neutralised_cells(db) {
    let w = world(db).await;
    let dealer = named(&w.admin, "client_type_list", json!({ "department_id": w.local }), "dealer").await;
    let railway = named(&w.admin, "industry_list", json!({ "department_id": w.local }), "railway").await;
    let aviation = named(&w.admin, "industry_list", json!({ "department_id": w.local }), "aviation").await;
    let company = ok(
        &w.anna,
        "company_create",
        json!({
            "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example", "country_id": w.usa,
            "type_id": id(&dealer), "industry_ids": [id(&railway), id(&aviation)],
            "description": "=HYPERLINK(\"http://evil.example\")", "phone": "+1 555 0100",
        }),
    )
    .await;
    let contact = ok(
        &w.anna,
        "contact_create",
        json!({ "first_name": "Jörg", "last_name": "Weiß", "email": "joerg@nordlicht.example",
                "company_id": id(&company), "country_id": w.usa, "description": "@SUM(A1)", "sex": "M" }),
    )
    .await;
    let bobs = ok(&w.bob, "company_create", json!({ "full_name": "Bob AG", "email": "bob@bob.example" })).await;

    let file = ok(
        &w.anna,
        "records_export",
        json!({ "entity": "contact", "ids": [id(&contact)], "today": "2026-03-09" }),
    )
    .await;
    assert_eq!(file["file_name"], "Contact_db_anna_2026-03-09.xlsx", "R-IMP-1 file name");
    assert_eq!(file["rows"], 1);
    let sheet = cells(decoded(&file));
    assert_eq!(sheet[0][..4], ["first_name", "last_name", "title", "sex"], "R-IMP-1 columns");
    assert_eq!(sheet[0].len(), 20);
    assert_eq!(at(&sheet, 0, "first_name"), "Jörg");
    assert_eq!(at(&sheet, 0, "company"), "Nordlicht GmbH", "R-IMP-1: references by display name");
    assert_eq!(at(&sheet, 0, "owner"), "anna");
    assert_eq!(at(&sheet, 0, "country"), "United States");
    assert_eq!(at(&sheet, 0, "department"), "Local sales");
    assert_eq!(at(&sheet, 0, "description"), "'@SUM(A1)", "R-IMP-1: formula-like cells neutralised");
    assert_eq!(at(&sheet, 0, "title"), "", "R-IMP-1: empty values as empty cells");

    let file = ok(&w.anna, "records_export", json!({ "entity": "company" })).await;
    assert_eq!(file["rows"], 1, "R-IMP-1: all rows the user owns, not Bob's");
    let sheet = cells(decoded(&file));
    assert_eq!(at(&sheet, 0, "full_name"), "Nordlicht GmbH");
    assert_eq!(at(&sheet, 0, "description"), "'=HYPERLINK(\"http://evil.example\")");
    assert_eq!(at(&sheet, 0, "phone"), "'+1 555 0100");
    assert_eq!(at(&sheet, 0, "type"), "dealer");
    assert_eq!(at(&sheet, 0, "industry"), "railway, aviation", "R-IMP-1: industries joined by commas");
    assert_eq!(at(&sheet, 0, "massmail"), "true");

    // R-PERM-1: a row the user may not see is not exported.
    let err = refused(&w.anna, "records_export", json!({ "entity": "company", "ids": [id(&bobs)] })).await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");

    // Written to a folder instead, under the same name.
    let folder = std::env::temp_dir().join(format!("oriel-export-{:?}-{}", w.anna.db().backend(), std::process::id()));
    std::fs::create_dir_all(&folder).expect("folder");
    let file = ok(
        &w.anna,
        "records_export",
        json!({ "entity": "company", "directory": folder.display().to_string(), "today": "2026-03-09" }),
    )
    .await;
    assert_eq!(file["content_base64"], Value::Null);
    let written = folder.join("Company_db_anna_2026-03-09.xlsx");
    assert_eq!(file["path"], written.display().to_string());
    assert_eq!(cells(std::fs::read(&written).expect("written")).len(), 2);
    std::fs::remove_dir_all(&folder).ok();
});

crm_store::db_test!(async fn r_imp_1_exports_deals_with_their_request_contact_and_company(db) {
    let w = world(db).await;
    let company = ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" })).await;
    let contact = ok(
        &w.anna,
        "contact_create",
        json!({ "first_name": "Jörg", "last_name": "Weiß", "email": "joerg@nordlicht.example",
                "phone": "555 0101", "company_id": id(&company) }),
    )
    .await;
    let request = ok(
        &w.anna,
        "request_create",
        json!({ "request_for": "200 lamps", "contact_id": id(&contact), "company_id": id(&company),
                "receipt_date": "2026-03-02" }),
    )
    .await;
    let deal = ok(&w.anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    let file = ok(&w.anna, "records_export", json!({ "entity": "deal", "today": "2026-03-09" })).await;
    assert_eq!(file["file_name"], "Deal_db_anna_2026-03-09.xlsx");
    let sheet = cells(decoded(&file));
    assert_eq!(
        sheet[0],
        ["request", "contact", "contact email", "contact phone", "company", "lead", "lead email", "lead phone", "ticket", "creation date"],
        "R-IMP-1 deal columns"
    );
    assert_eq!(sheet.len(), 2);
    assert_eq!(at(&sheet, 0, "request"), "200 lamps");
    assert_eq!(at(&sheet, 0, "contact"), "Jörg Weiß");
    assert_eq!(at(&sheet, 0, "contact email"), "joerg@nordlicht.example");
    assert_eq!(at(&sheet, 0, "contact phone"), "555 0101");
    assert_eq!(at(&sheet, 0, "company"), "Nordlicht GmbH");
    assert_eq!(at(&sheet, 0, "lead"), "");
    // A ticket is base64url, so one in 64 starts with `-` and is written as text, not a formula.
    assert_eq!(at(&sheet, 0, "ticket"), neutralised(deal["ticket"].as_str().expect("ticket")));
    let created = deal["created_at"].as_str().expect("created");
    assert_eq!(at(&sheet, 0, "creation date"), &created[..10]);
    let none = ok(&w.bob, "records_export", json!({ "entity": "deal" })).await;
    assert_eq!(none["rows"], 0, "R-IMP-1: only the user's own deals");
});

crm_store::db_test!(async fn r_imp_2_imports_new_rows_skips_existing_ones_and_reports_the_rest(db) {
    let w = world(db).await;
    ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example", "country_id": w.usa })).await;
    let file = xlsx(
        &["FULL_NAME", "Email", "country", "type", "industry", "lead_source", "was_in_touch", "massmail", "website"],
        &[
            &["  Acme\nLtd ", "sales@acme.example", "Germany", "dealer", "railway, aviation", "exhibition", "2026-02-01", "false", "'=acme"],
            &["Nordlicht GmbH", "other@nordlicht.example", "United States", "", "", "", "", "", ""],
            &["No Mail Inc", "", "", "", "", "", "", "", ""],
            &["Broken Mail Inc", "not-an-address", "", "", "", "", "", "", ""],
        ],
    );
    let report = import(&w.anna, "company", file).await;
    assert_eq!(report["found"], 4, "R-IMP-2: rows found");
    assert_eq!(report["created"], 1);
    assert_eq!(report["skipped"], 1);
    assert_eq!(report["failed"], 2);
    let messages = report["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 3, "R-IMP-2: one message per skipped or failed row");
    assert_eq!(messages[0]["row"], 3);
    assert_eq!(messages[0]["outcome"], "skipped");
    assert_eq!(messages[0]["message"], "Already exists: Nordlicht GmbH (United States)", "R-IMP-2");
    assert_eq!(messages[1]["outcome"], "failed");
    assert_eq!(messages[1]["message"], "No valid e-mail address: No Mail Inc", "R-IMP-2");
    assert_eq!(messages[2]["row"], 5);

    let page = ok(&w.anna, "company_list", json!({ "filter": { "text": "Acme" } })).await;
    let acme = &page["items"][0];
    assert_eq!(acme["full_name"], "Acme Ltd", "R-IMP-2: cells trimmed, line breaks removed");
    assert_eq!(acme["website"], "=acme");
    let germany = named(&w.admin, "country_list", json!({}), "Germany").await;
    assert_eq!(acme["country_id"], json!(id(&germany)), "R-IMP-2: country by name");
    let dealer = named(&w.admin, "client_type_list", json!({ "department_id": w.local }), "dealer").await;
    assert_eq!(acme["type_id"], json!(id(&dealer)), "R-IMP-2: type of the row's department");
    assert_eq!(acme["industry_ids"].as_array().map(Vec::len), Some(2), "R-IMP-2: industries split by commas");
    let exhibition = named(&w.admin, "lead_source_list", json!({ "department_id": w.local }), "exhibition").await;
    assert_eq!(acme["lead_source_id"], json!(id(&exhibition)));
    assert_eq!(acme["was_in_touch"], "2026-02-01", "R-IMP-2: dates parsed");
    assert_eq!(acme["massmail"], false);
    assert_eq!(acme["owner_id"], json!(w.anna.user_id().0), "R-GEN-1: the importing user owns it");
    assert_eq!(acme["department_id"], json!(w.local), "R-GEN-2: the owner's department");
});

crm_store::db_test!(async fn r_imp_2_contacts_find_their_company_and_an_exported_sheet_imports_as_skipped(db) {
    let w = world(db).await;
    let nordlicht = ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example", "country_id": w.usa })).await;
    // Bob's company of the same name in another country is not Anna's.
    ok(&w.bob, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" })).await;
    let file = xlsx(
        &["first_name", "last_name", "email", "company", "country", "phone", "birth_date", "sex"],
        &[
            &["Jörg", "Weiß", "joerg@nordlicht.example", "Nordlicht GmbH", "", "'+1 555 0100", "1980-05-17", "F"],
            &["Eva", "Ost", "eva@nowhere.example", "Nowhere Ltd", "", "", "not a date", ""],
        ],
    );
    let report = import(&w.anna, "contact", file).await;
    assert_eq!((report["created"].clone(), report["failed"].clone()), (json!(1), json!(1)), "{report}");
    assert_eq!(report["messages"][0]["message"], "Company not found: Nowhere Ltd", "R-IMP-2");
    let contacts = ok(&w.anna, "contact_list", json!({ "filter": { "company_id": id(&nordlicht) } })).await;
    let joerg = &contacts["items"][0];
    assert_eq!(joerg["first_name"], "Jörg", "R-IMP-2: the company among the owner's companies");
    assert_eq!(joerg["phone"], "+1 555 0100");
    assert_eq!(joerg["birth_date"], "1980-05-17");
    assert_eq!(joerg["sex"], "F");
    assert_eq!(joerg["owner_id"], json!(w.anna.user_id().0));

    // The export's own columns import back: every row exists, so every row is skipped.
    let file = ok(&w.anna, "records_export", json!({ "entity": "contact" })).await;
    let report = import(&w.anna, "contact", file["content_base64"].as_str().expect("file").to_owned()).await;
    assert_eq!(report["found"], 1);
    assert_eq!(report["skipped"], 1, "R-IMP-2: same first name and e-mail → skipped: {report}");
    assert_eq!(report["messages"][0]["message"], "Already exists: Jörg Weiß");
});

crm_store::db_test!(async fn r_imp_2_imported_leads_follow_the_owner_and_department_rules(db) {
    let w = world(db).await;
    let carl = user(&w.admin, "carl", &[w.local], &["managers"]).await;
    let file = xlsx(
        &["first_name", "last_name", "email", "owner", "department", "company_name"],
        &[
            &["Lena", "Berg", "lena@berg.example", "", "", "Berg KG"],
            &["Max", "Tal", "max@tal.example", "bob", "Local sales", ""],
            &["Ida", "See", "ida@see.example", "carl", "", ""],
        ],
    );
    let report = import(&w.anna, "lead", file).await;
    assert_eq!(report["created"], 2, "{report}");
    assert_eq!(report["failed"], 1);
    assert_eq!(
        report["messages"][0]["message"], "department: Department and Owner do not match.",
        "R-GEN-2 on an imported row"
    );
    let leads = ok(&w.admin, "lead_list", json!({ "filter": {}, "page": { "limit": 10 } })).await;
    let lena = leads["items"].as_array().and_then(|l| l.iter().find(|l| l["first_name"] == "Lena")).expect("Lena");
    assert_eq!(lena["owner_id"], json!(w.anna.user_id().0), "R-GEN-1");
    assert_eq!(lena["department_id"], json!(w.local), "R-GEN-2");
    assert_eq!(lena["company_name"], "Berg KG");
    let ida = leads["items"].as_array().and_then(|l| l.iter().find(|l| l["first_name"] == "Ida")).expect("Ida");
    assert_eq!(ida["owner_id"], json!(carl.user_id().0), "R-IMP-2: owner by username");
    assert_eq!(ida["department_id"], json!(w.local), "R-GEN-2: the owner's department");

    // Chiefs only view counterparties (§9.1): they import nothing.
    let chief = user(&w.admin, "carla", &[], &["chiefs"]).await;
    let file = xlsx(&["first_name", "email"], &[&["Kai", "kai@example.com"]]);
    let err = refused(&chief, "records_import", json!({ "entity": "lead", "content_base64": file })).await;
    assert!(matches!(err, AppError::Forbidden), "{err:?}");
});

crm_store::db_test!(async fn r_imp_2_a_cancelled_import_stops_and_keeps_the_rows_already_saved(db) {
    let w = world(db).await;
    let rows: Vec<[String; 2]> = (1..=5)
        .map(|n| [format!("Firm {n}"), format!("info@firm{n}.example")])
        .collect();
    let rows: Vec<Vec<Cell>> = rows.iter().map(|r| r.iter().map(Cell::text).collect()).collect();
    let bytes = write(&["full_name", "email"], &rows).expect("xlsx");
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let report = import_file(
        &w.anna,
        TransferEntity::Company,
        &bytes,
        |progress: ImportProgress| {
            seen.push((progress.done, progress.total));
            if progress.done == 2 {
                // The user presses "Cancel" while row 2 is saved.
                cancel.store(true, Ordering::SeqCst);
            }
        },
        &cancel,
    )
    .await
    .expect("import");
    assert_eq!(seen, [(1, 5), (2, 5)], "progress after every row");
    assert!(report.cancelled, "R-IMP-2: the import stopped");
    assert_eq!(report.found, 5);
    assert_eq!(report.created, 2);
    let count = ok(&w.anna, "company_count", json!({})).await;
    assert_eq!(count, json!(2), "R-IMP-2: the rows saved before the cancel are kept, no later row");
});

/// The XLSX file of `rows` under `headers`.
fn sheet_of(headers: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let rows: Vec<Vec<Cell>> = rows.iter().map(|r| r.iter().map(Cell::text).collect()).collect();
    write(headers, &rows).expect("xlsx")
}

/// Imports `bytes` as `entity`, with the progress it reported.
async fn import_bytes(
    session: &Session,
    entity: TransferEntity,
    bytes: &[u8],
) -> (ImportReport, Vec<(u32, u32)>) {
    let mut seen = Vec::new();
    let report = import_file(
        session,
        entity,
        bytes,
        |progress: ImportProgress| seen.push((progress.done, progress.total)),
        &AtomicBool::new(false),
    )
    .await
    .expect("import");
    (report, seen)
}

/// The one company the list's free-text search finds for `text`.
///
/// MariaDB's full-text index hides the rows of its cache for the moment (about a tenth of a
/// second) a background sync writes that cache to disk, which a large import sets off; a search
/// in that moment misses them, the next one finds them. So the search is asked again, for a few
/// seconds at most, until it finds one company; the other backends answer the first time.
async fn found(session: &Session, text: &str) -> Value {
    let mut names = Vec::new();
    for _ in 0..50 {
        let page = ok(session, "company_list", json!({ "filter": { "text": text } })).await;
        let items = page["items"].as_array().expect("items").clone();
        names = items.iter().map(|item| item["full_name"].clone()).collect();
        if let [item] = items.as_slice() {
            return item.clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{text}: {names:?}");
}

crm_store::db_test!(async fn r_imp_2_a_sheet_of_several_chunks_imports_every_row_with_its_history_and_search(db) {
    let w = world(db).await;
    let carl = user(&w.admin, "carl", &[w.local], &["managers"]).await;
    let railway = id(&named(&w.admin, "industry_list", json!({ "department_id": w.local }), "railway").await);
    let total = CHUNK_ROWS * 2 + 100;
    // The last row, and the last naming a city (every third).
    let (last_name, third_name) = (format!("Nr{:04}", total - 1), format!("nr{:04}", (total - 1) / 3 * 3));
    let mut rows: Vec<Vec<String>> = (0..total)
        .map(|n| {
            vec![
                format!("Werk Nr{n:04} Zahnrad"),
                format!("info@werk{n}.example"),
                "United States".to_owned(),
                if n % 3 == 0 { "Springfield" } else { "" }.to_owned(),
                if n % 2 == 0 { "railway" } else { "" }.to_owned(),
                if n % 5 == 0 { "carl" } else { "" }.to_owned(),
            ]
        })
        .collect();
    // Repeats of earlier rows of the sheet: one of the same chunk, one of the chunk before.
    "Werk Nr0007 Zahnrad".clone_into(&mut rows[20][0]);
    "Werk Nr0003 Zahnrad".clone_into(&mut rows[CHUNK_ROWS + 10][0]);
    let bytes = sheet_of(&["full_name", "email", "country", "city_name", "industry", "owner"], &rows);

    let (report, progress) = import_bytes(&w.anna, TransferEntity::Company, &bytes).await;
    let total = u32::try_from(total).expect("rows");
    assert_eq!((report.found, report.created, report.skipped, report.failed), (total, total - 2, 2, 0));
    assert!(!report.cancelled);
    let skipped: Vec<(u32, &str)> = report.messages.iter().map(|m| (m.row, m.message.as_str())).collect();
    let chunk_row = u32::try_from(CHUNK_ROWS).expect("rows") + 12;
    assert_eq!(
        skipped,
        [
            (22, "Already exists: Werk Nr0007 Zahnrad (United States)"),
            (chunk_row, "Already exists: Werk Nr0003 Zahnrad (United States)"),
        ],
        "R-IMP-2: a row repeating an earlier row of the sheet is skipped"
    );
    assert_eq!(progress.len(), total as usize, "progress after every row");
    assert_eq!(progress.last(), Some(&(total, total)));
    let count = ok(&w.anna, "company_count", json!({})).await;
    assert_eq!(count, json!(total - 2), "every new row saved");

    // Rows of the first and of the last chunk: searchable by a word of their names, with their
    // history, owners, industries and cities.
    let first = found(&w.anna, "nr0000").await;
    let last = found(&w.anna, &last_name).await;
    assert_eq!(first["full_name"], "Werk Nr0000 Zahnrad");
    assert_eq!(last["full_name"], format!("Werk {last_name} Zahnrad"));
    for company in [&first, &last] {
        let history = ok(&w.anna, "history_list", json!({ "entity": "company", "id": id(company) })).await;
        let history = history.as_array().expect("history");
        assert_eq!(history.len(), 1, "one history row: {history:?}");
        assert_eq!(history[0]["action"], "create");
        assert_eq!(history[0]["changes"]["full_name"], json!([null, company["full_name"]]));
        assert_eq!(history[0]["user_id"], json!(w.anna.user_id().0));
    }
    assert_eq!(first["owner_id"], json!(carl.user_id().0), "owner by username");
    assert_eq!(first["department_id"], json!(w.local));
    assert_eq!(first["industry_ids"], json!([railway]));
    assert_eq!(last["owner_id"], json!(w.anna.user_id().0), "R-GEN-1");
    assert_eq!(last["industry_ids"], json!([]));
    let springfield = first["city_id"].as_i64().expect("R-CITY-2: the typed city linked");
    let cities = ok(
        &w.admin,
        "city_list",
        json!({ "filter": { "country_id": w.usa, "text": "Springfield" }, "page": { "limit": 10 } }),
    )
    .await;
    assert_eq!(ids(&cities), [springfield], "R-CITY-2: one new city for every row naming it");
    let third = found(&w.anna, &third_name).await;
    assert_eq!(third["city_id"], json!(springfield));
});

crm_store::db_test!(async fn r_imp_2_a_row_the_database_refuses_fails_alone_and_the_rest_of_its_chunk_is_saved(db) {
    let w = world(db.clone()).await;
    // Something the checks before the save do not know about refuses one name.
    let refusal = match db.backend() {
        crm_store::Backend::Sqlite => {
            "CREATE TRIGGER companies_refused BEFORE INSERT ON companies WHEN NEW.full_name = 'Refused Ltd' \
             BEGIN SELECT RAISE(ABORT, 'refused'); END"
        }
        _ => "ALTER TABLE companies ADD CONSTRAINT companies_refused CHECK (full_name <> 'Refused Ltd')",
    };
    crm_store::testing::execute(&db, refusal).await;
    // Three chunks, the refused row in the second: the first chunk was written in the same
    // transaction before it.
    let refused_at = CHUNK_ROWS + 4;
    let last = 2 * CHUNK_ROWS + 6;
    let rows: Vec<Vec<String>> = (1..=last)
        .map(|n| {
            let name = if n == refused_at { "Refused Ltd".to_owned() } else { format!("Firm R{n:04}") };
            vec![name, "info@firm.example".to_owned()]
        })
        .collect();
    let bytes = sheet_of(&["full_name", "email"], &rows);
    let (report, _) = import_bytes(&w.anna, TransferEntity::Company, &bytes).await;
    let total = u32::try_from(last).expect("rows");
    assert_eq!((report.created, report.failed, report.skipped), (total - 1, 1, 0), "{report:?}");
    assert_eq!(report.messages.len(), 1);
    let refused_row = u32::try_from(refused_at).expect("rows") + 1;
    assert_eq!(report.messages[0].row, refused_row, "the refused row, by its number in the sheet");
    assert_eq!(report.messages[0].outcome, RowOutcome::Failed);
    assert!(!report.messages[0].message.is_empty());
    let count = ok(&w.anna, "company_count", json!({})).await;
    assert_eq!(count, json!(total - 1), "the rows before and after it saved");
    // A row of the chunk before, of the refused row's chunk and of the chunk after, each with
    // its one history row.
    for n in [1, refused_at + 1, last] {
        let firm = found(&w.anna, &format!("r{n:04}")).await;
        let history = ok(&w.anna, "history_list", json!({ "entity": "company", "id": id(&firm) })).await;
        assert_eq!(history.as_array().map(Vec::len), Some(1), "Firm R{n:04}");
    }
});

crm_store::db_test!(async fn r_imp_2_a_cancel_in_a_later_chunk_keeps_the_chunks_saved(db) {
    let w = world(db).await;
    let rows: Vec<Vec<String>> = (1..=CHUNK_ROWS + 50)
        .map(|n| vec![format!("Firm Q{n:04}"), format!("info@firm{n}.example")])
        .collect();
    let bytes = sheet_of(&["full_name", "email"], &rows);
    let stop_after = u32::try_from(CHUNK_ROWS).expect("rows") + 20;
    let cancel = AtomicBool::new(false);
    let mut seen = 0;
    let report = import_file(
        &w.anna,
        TransferEntity::Company,
        &bytes,
        |progress: ImportProgress| {
            seen = progress.done;
            if progress.done == stop_after {
                cancel.store(true, Ordering::SeqCst);
            }
        },
        &cancel,
    )
    .await
    .expect("import");
    assert!(report.cancelled, "R-IMP-2: the import stopped");
    assert_eq!(seen, stop_after, "no row read after the cancel");
    assert_eq!(report.created, stop_after, "the first chunk and the rows read of the second");
    let count = ok(&w.anna, "company_count", json!({})).await;
    assert_eq!(count, json!(stop_after));
    found(&w.anna, "q0001").await;
    let page = ok(&w.anna, "company_list", json!({ "filter": { "text": format!("Q{:04}", stop_after + 1) } })).await;
    assert_eq!(ids(&page), Vec::<i64>::new(), "no later row saved");
});

crm_store::db_test!(async fn r_imp_2_rows_repeating_stored_records_or_earlier_rows_are_checked_as_one_by_one(db) {
    let w = world(db.clone()).await;
    let mysql = db.backend() == crm_store::Backend::Mysql;
    ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example", "country_id": w.usa })).await;
    let old = ok(&w.anna, "company_create", json!({ "full_name": "Old Firm", "email": "info@old.example", "country_id": w.usa })).await;
    ok(&w.anna, "company_delete", json!({ "id": id(&old), "version": old["version"] })).await;
    // One at a time, a trashed company's name and country are still taken.
    refused_on(
        call(&w.anna, "company_create", json!({ "full_name": "Old Firm", "email": "x@old.example", "country_id": w.usa })).await,
        "full_name",
        &crm_core::validation::Rule::AlreadyExists,
    );
    let row = |name: &str, country: &str| vec![name.to_owned(), "info@acme.example".to_owned(), country.to_owned()];
    let rows = [
        row("Acme GmbH", "United States"),
        row("Acme GmbH", "United States"),
        // MariaDB compares names without case, the others byte for byte.
        row("ACME GMBH", "United States"),
        row("Acme GmbH", ""),
        row("Old Firm", "United States"),
        row("Nordlicht GmbH", "United States"),
    ];
    let bytes = sheet_of(&["full_name", "email", "country"], &rows);
    let (report, _) = import_bytes(&w.anna, TransferEntity::Company, &bytes).await;
    let outcomes: Vec<(u32, RowOutcome)> = report.messages.iter().map(|m| (m.row, m.outcome)).collect();
    let mut expected = vec![(3, RowOutcome::Skipped)];
    if mysql {
        expected.push((4, RowOutcome::Skipped));
    }
    expected.extend([(6, RowOutcome::Failed), (7, RowOutcome::Skipped)]);
    assert_eq!(outcomes, expected, "{report:?}");
    assert_eq!(report.messages[0].message, "Already exists: Acme GmbH (United States)");
    let old_firm = report.messages.iter().find(|m| m.row == 6).expect("row 6");
    assert!(old_firm.message.starts_with("full_name: "), "{}", old_firm.message);
    assert_eq!(report.created, if mysql { 2 } else { 3 });

    // Contacts: the same first name and address as a stored contact or an earlier row →
    // skipped; the same names and phone as an earlier row → refused (R-CONT-2).
    let person = |first: &str, email: &str, phone: &str| {
        vec![first.to_owned(), "Weiß".to_owned(), email.to_owned(), phone.to_owned(), "Nordlicht GmbH".to_owned()]
    };
    let rows = [
        person("Jörg", "joerg@nordlicht.example", "555 0100"),
        person("Jörg", "joerg@nordlicht.example", "555 0199"),
        person("Jörg", "joerg.weiss@nordlicht.example", "555 0100"),
        person("Eva", "eva@nordlicht.example", ""),
        person("Eva", "eva@nordlicht.example", ""),
    ];
    let bytes = sheet_of(&["first_name", "last_name", "email", "phone", "company"], &rows);
    let (report, _) = import_bytes(&w.anna, TransferEntity::Contact, &bytes).await;
    let outcomes: Vec<(u32, RowOutcome)> = report.messages.iter().map(|m| (m.row, m.outcome)).collect();
    assert_eq!(
        outcomes,
        [(3, RowOutcome::Skipped), (4, RowOutcome::Failed), (6, RowOutcome::Skipped)],
        "{report:?}"
    );
    assert_eq!(report.messages[0].message, "Already exists: Jörg Weiß");
    assert!(report.messages[1].message.starts_with("first_name: "), "{}", report.messages[1].message);
    assert_eq!(report.created, 2);
    let (again, _) = import_bytes(&w.anna, TransferEntity::Contact, &bytes).await;
    assert_eq!((again.created, again.skipped, again.failed), (0, 4, 1), "{again:?}");

    // Leads, with MariaDB's comparison of first names again.
    let lead = |first: &str, email: &str| vec![first.to_owned(), "Berg".to_owned(), email.to_owned()];
    let rows = [lead("Lena", "lena@berg.example"), lead("Lena", "lena@berg.example"), lead("LENA", "lena@berg.example")];
    let bytes = sheet_of(&["first_name", "last_name", "email"], &rows);
    let (report, _) = import_bytes(&w.anna, TransferEntity::Lead, &bytes).await;
    assert_eq!(report.created, if mysql { 1 } else { 2 }, "{report:?}");
    assert_eq!(report.skipped, if mysql { 2 } else { 1 });
});
