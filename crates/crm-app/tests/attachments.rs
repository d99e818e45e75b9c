//! What belongs to a record's page besides its fields: its attachments (R-GEN-10, R-PERM-4),
//! the contacts added from a company's page (R-COMP-7) and a company's logo (R-COMP-4), through
//! the registry as `crm call` runs them, on every backend.

mod support;
use support::*;

use base64::Engine as _;
use crm_app::{AppError, Session};
use serde_json::{Value, json};

struct World {
    admin: Session,
    anna: Session,
    local: i64,
}

async fn world(db: crm_store::Db) -> World {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = user(&admin, "anna", &[local], &["managers"]).await;
    World { admin, anna, local }
}

fn on(target_type: &str, target: &Value, file: &str) -> Value {
    json!({ "file": file, "target_type": target_type, "target_id": id(target) })
}

fn forbidden(err: &AppError) -> bool {
    matches!(err, AppError::Forbidden)
}

crm_store::db_test!(async fn r_gen_10_whoever_may_edit_the_record_adds_replaces_and_removes_its_attachments(db) {
    let w = world(db).await;
    let global = department(&w.admin, "Global sales").await;
    let carl = user(&w.admin, "carl", &[w.local], &["managers"]).await;
    let olga = user(&w.admin, "olga", &[w.local], &["operators"]).await;
    let bob = user(&w.admin, "bob", &[global], &["managers"]).await;
    let company = ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" })).await;

    // Carl sees Anna's company but may not edit it (R-PERM-4), so he may not attach to it.
    let err = refused(&carl, "attachment_create", on("company", &company, "offers/a.pdf")).await;
    assert!(forbidden(&err), "R-GEN-10: no edit right, no new attachment: {err:?}");
    // Bob does not even see it (R-PERM-1).
    let err = refused(&bob, "attachment_create", on("company", &company, "offers/a.pdf")).await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");

    let attachment = ok(&w.anna, "attachment_create", on("company", &company, "offers/a.pdf")).await;
    let replace = |by: &Value| json!({ "id": id(by), "version": by["version"], "input": on("company", &company, "offers/b.pdf") });
    let err = refused(&carl, "attachment_update", replace(&attachment)).await;
    assert!(forbidden(&err), "R-GEN-10: no edit right, no replacing: {err:?}");
    let err = refused(&carl, "attachment_delete", json!({ "id": id(&attachment), "version": attachment["version"] })).await;
    assert!(forbidden(&err), "R-GEN-10: no edit right, no removing: {err:?}");

    // An operator edits every row of their department, so its attachments too.
    let replaced = ok(&olga, "attachment_update", replace(&attachment)).await;
    assert_eq!(replaced["file"], "offers/b.pdf", "R-GEN-10: replaced by an operator of the department");

    // Moving an attachment onto a record one may not edit is adding it there.
    let bobs = ok(&bob, "company_create", json!({ "full_name": "Bob AG", "email": "bob@bob.example" })).await;
    let mine = ok(&bob, "attachment_create", on("company", &bobs, "bob/x.pdf")).await;
    let err = refused(
        &bob,
        "attachment_update",
        json!({ "id": id(&mine), "version": mine["version"], "input": on("company", &company, "bob/x.pdf") }),
    )
    .await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");

    // Seeing: the attachments of a record one sees, never of others (R-PERM-1).
    let listed = ok(&carl, "attachment_list", json!({ "filter": { "target_type": "company", "target_id": id(&company) } })).await;
    assert_eq!(ids(&listed), [id(&attachment)]);
    let err = refused(&bob, "attachment_list", json!({ "filter": { "target_type": "company", "target_id": id(&company) } })).await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");
    let err = refused(&bob, "attachment_get", json!({ "id": id(&attachment) })).await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");
    refused_on(
        call(&bob, "attachment_list", json!({ "filter": {} })).await,
        "target_type",
        &crm_core::validation::Rule::Required,
    );
    let all = ok(&w.admin, "attachment_list", json!({ "filter": {} })).await;
    assert_eq!(ids(&all).len(), 2, "administrators list every attachment");

    ok(&w.anna, "attachment_delete", json!({ "id": id(&replaced), "version": replaced["version"] })).await;
    let listed = ok(&w.anna, "attachment_list", json!({ "filter": { "target_type": "company", "target_id": id(&company) } })).await;
    assert!(ids(&listed).is_empty(), "R-GEN-10: removed by the owner");
});

crm_store::db_test!(async fn r_gen_10_deal_attachments_follow_the_deal_and_incoming_emails_keep_theirs(db) {
    let w = world(db).await;
    let carl = user(&w.admin, "carl", &[w.local], &["managers"]).await;
    let company = ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" })).await;
    let request = ok(
        &w.anna,
        "request_create",
        json!({ "request_for": "200 lamps", "first_name": "Jörg", "company_id": id(&company), "receipt_date": "2026-03-02" }),
    )
    .await;
    let deal = ok(&w.anna, "request_to_deal", json!({ "id": id(&request), "version": request["version"] })).await;
    ok(&w.anna, "attachment_create", on("deal", &deal, "deals/offer.pdf")).await;
    let err = refused(&carl, "attachment_create", on("deal", &deal, "deals/offer.pdf")).await;
    assert!(forbidden(&err), "R-PERM-4: a deal's attachments follow the deal: {err:?}");
    // A co-owner may edit the deal, so they attach to it.
    let mut edited = deal.clone();
    edited["co_owner_id"] = json!(carl.user_id().0);
    edited["amount"] = json!("100.00");
    ok(&w.anna, "deal_update", json!({ "id": id(&deal), "version": deal["version"], "input": edited })).await;
    ok(&carl, "attachment_create", on("deal", &deal, "deals/carl.pdf")).await;

    let sent = ok(&w.anna, "crm_email_create", json!({ "subject": "Offer", "content": "Attached.", "to": "joerg@nordlicht.example" })).await;
    ok(&w.anna, "attachment_create", on("crm_email", &sent, "mail/offer.pdf")).await;
    let incoming = ok(
        &w.admin,
        "crm_email_create",
        json!({ "subject": "Question", "content": "Price?", "to": "anna@oriel.example", "incoming": true,
                "owner_id": w.anna.user_id().0 }),
    )
    .await;
    for who in [&w.anna, &w.admin] {
        let err = refused(who, "attachment_create", on("crm_email", &incoming, "mail/extra.pdf")).await;
        assert!(forbidden(&err), "R-GEN-10: an incoming e-mail's attachments cannot be changed: {err:?}");
    }
});

crm_store::db_test!(async fn r_comp_7_a_contact_added_from_a_company_page_takes_its_owner_and_department(db) {
    let w = world(db).await;
    let global = department(&w.admin, "Global sales").await;
    let bob = user(&w.admin, "bob", &[global], &["managers"]).await;
    let germany = named(&w.admin, "country_list", json!({}), "Germany").await;
    let company = ok(
        &bob,
        "company_create",
        json!({ "full_name": "Bob AG", "email": "bob@bob.example", "country_id": id(&germany) }),
    )
    .await;
    let form = ok(&w.admin, "company_contact_new", json!({ "company_id": id(&company) })).await;
    assert_eq!(form["company_id"], json!(id(&company)));
    assert_eq!(form["owner_id"], json!(bob.user_id().0), "R-COMP-7: the company's owner");
    assert_eq!(form["department_id"], json!(global), "R-COMP-7: the company's department");
    assert_eq!(form["country_id"], json!(id(&germany)));
    assert!(form["token"].as_str().is_some_and(|t| t.len() == 11));

    let mut filled = form.clone();
    filled["first_name"] = json!("Bea");
    filled["email"] = json!("bea@bob.example");
    let contact = ok(&w.admin, "contact_create", filled).await;
    assert_eq!(contact["owner_id"], json!(bob.user_id().0), "R-COMP-7");
    assert_eq!(contact["department_id"], json!(global), "R-COMP-7");

    // Anna works in Local sales: Bob's company page is not hers to open.
    let err = refused(&w.anna, "company_contact_new", json!({ "company_id": id(&company) })).await;
    assert!(matches!(err, AppError::NotFound { .. }), "{err:?}");
});

fn picture(width: u32, height: u32, format: image::ImageFormat) -> String {
    let mut bytes = Vec::new();
    image::DynamicImage::new_rgb8(width, height)
        .write_to(&mut std::io::Cursor::new(&mut bytes), format)
        .expect("picture");
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

crm_store::db_test!(async fn r_comp_4_an_uploaded_logo_is_shrunk_to_a_png_named_after_the_company(db) {
    use crm_app::logo::{LogoUpload, company_logo_set_in};
    let w = world(db).await;
    let carl = user(&w.admin, "carl", &[w.local], &["managers"]).await;
    let company = ok(&w.anna, "company_create", json!({ "full_name": "Nordlicht GmbH", "email": "info@nordlicht.example" })).await;
    let store = std::env::temp_dir().join(format!("oriel-files-{:?}-{}", w.anna.db().backend(), std::process::id()));
    let upload = |company: &Value, content: String| LogoUpload {
        id: crm_core::Id(id(company)),
        version: i32::try_from(company["version"].as_i64().expect("version")).expect("version"),
        content_base64: content,
    };

    let err = company_logo_set_in(&carl, &store, upload(&company, picture(10, 10, image::ImageFormat::Png)))
        .await
        .expect_err("Carl may not edit Anna's company");
    assert!(forbidden(&err), "R-PERM-4: {err:?}");

    let saved = company_logo_set_in(&w.anna, &store, upload(&company, picture(800, 400, image::ImageFormat::Jpeg)))
        .await
        .expect("logo");
    let path = saved.logo.clone().expect("logo path");
    assert!(path.ends_with("/Nordlicht GmbH.png"), "R-COMP-4: named <full_name>.png: {path}");
    let stored = std::fs::read(store.join(&path)).expect("stored file");
    assert_eq!(image::guess_format(&stored).ok(), Some(image::ImageFormat::Png), "R-COMP-4: PNG");
    let logo = image::load_from_memory(&stored).expect("png");
    assert_eq!((logo.width(), logo.height()), (200, 100), "R-COMP-4: fits 200×200");

    // Renamed, then a new logo: the previous file is removed.
    let company = ok(&w.anna, "company_get", json!({ "id": id(&company) })).await;
    let mut edited = company.clone();
    edited["full_name"] = json!("Nordlicht AG");
    let company = ok(&w.anna, "company_update", json!({ "id": id(&company), "version": company["version"], "input": edited })).await;
    let saved = company_logo_set_in(&w.anna, &store, upload(&company, picture(50, 400, image::ImageFormat::Gif)))
        .await
        .expect("second logo");
    let second = saved.logo.clone().expect("logo path");
    assert!(second.ends_with("/Nordlicht AG.png"), "{second}");
    assert!(store.join(&second).exists());
    assert!(!store.join(&path).exists(), "R-COMP-4: the previous logo file is removed");
    let logo = image::load_from_memory(&std::fs::read(store.join(&second)).expect("file")).expect("png");
    assert_eq!((logo.width(), logo.height()), (25, 200), "R-COMP-4: fits 200×200, proportions kept");

    let err = company_logo_set_in(&w.anna, &store, upload(&company, base64::engine::general_purpose::STANDARD.encode("no picture")))
        .await
        .expect_err("not a picture");
    assert!(matches!(err, AppError::Validation(_)), "{err:?}");
    std::fs::remove_dir_all(&store).ok();
});
