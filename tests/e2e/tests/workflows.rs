//! The working window on a real database, driven as a salesperson would: from a company and its
//! contact to a request, a deal won on the pipeline board and its payment; a lead converted; an
//! edit that meets another user's save. Each test runs once on the embedded database and once on
//! a PostgreSQL database of its own (`<test>::embedded`, `<test>::postgres`). A second connection
//! beside the app's plays the other user and reads back what the app stored.

use anyhow::{Context, Result, bail, ensure};
use crm_e2e::database::{Backend, Outside, TestDatabase};
use crm_e2e::{AppSession, ftl};
use serde_json::{Value, json};
use thirtyfour::prelude::*;

struct Run<'a> {
    app: &'a AppSession,
    outside: Outside,
    backend: Backend,
}

/// Starts the app on a fresh database of `backend`, runs `scenario`, and cleans up whatever the
/// outcome. Without a configured PostgreSQL server (outside CI) the PostgreSQL run is skipped.
async fn on(name: &str, backend: Backend, scenario: impl AsyncFnOnce(&Run<'_>) -> Result<()>) -> Result<()> {
    let Some(database) = TestDatabase::create(backend).await? else {
        return Ok(());
    };
    let name = format!("{name}-{}", suffix(backend));
    let outcome = async {
        let app = AppSession::launch_with(&database.launch_args()?).await?;
        let mut result = async {
            // The database named on the command line opens without the first-run screen.
            app.expect_opened_at_start().await?;
            let outside = database.outside(&app).await?;
            let run = Run {
                app: &app,
                outside,
                backend,
            };
            let result = scenario(&run).await;
            run.outside.close().await;
            result
        }
        .await;
        if let Err(err) = result {
            let seen = app.diagnose(&name).await;
            result = Err(err.context(seen));
        }
        // Closed here, also after a failure: a session left to its destructor blocks the test
        // for minutes.
        let closed = app.close().await;
        result.and(closed)
    }
    .await;
    database.remove().await;
    outcome
}

/// Declares `mod <name> { embedded, postgres }`: the scenario on each database the app supports,
/// named like the Rust database tests (`…::postgres`).
macro_rules! on_each_database {
    ($name:ident, $scenario:ident) => {
        mod $name {
            #[tokio::test]
            async fn embedded() -> anyhow::Result<()> {
                super::on(
                    stringify!($name),
                    super::Backend::Embedded,
                    super::$scenario,
                )
                .await
            }

            #[tokio::test]
            async fn postgres() -> anyhow::Result<()> {
                super::on(
                    stringify!($name),
                    super::Backend::Postgres,
                    super::$scenario,
                )
                .await
            }
        }
    };
}

fn en(key: &str) -> Result<String> {
    ftl::message("en", key)
}

fn suffix(backend: Backend) -> &'static str {
    match backend {
        Backend::Embedded => "embedded",
        Backend::Postgres => "postgres",
        Backend::Mysql => "mysql",
    }
}

fn text_of(record: &Value, field: &str) -> String {
    record[field].as_str().unwrap_or_default().to_owned()
}

// ---------------------------------------------------------------------------------------------
// 1. Company and contact → request matched by e-mail → deal → won on the board → payment → palette

async fn from_company_to_paid_deal(run: &Run<'_>) -> Result<()> {
    let Run { app, outside, .. } = run;

    app.open_list("company").await?;
    app.start_new_record("company").await?;
    app.fill("field-full_name", "Nordlicht Optik GmbH").await?;
    app.fill("field-email", "info@nordlicht-optik.example").await?;
    let company_id = app.save_new_record("company").await?;

    app.open_list("contact").await?;
    app.start_new_record("contact").await?;
    let chosen = app
        .choose_reference("field-company_id", "Nordlicht", "Nordlicht Optik GmbH")
        .await?;
    ensure!(
        chosen == company_id,
        "the contact's company picker chose {chosen}, not {company_id}"
    );
    app.fill("field-first_name", "Ingrid").await?;
    app.fill("field-last_name", "Sørensen").await?;
    app.fill("field-email", "ingrid.sorensen@nordlicht-optik.example")
        .await?;
    let contact_id = app.save_new_record("contact").await?;
    let contact = outside.get("contact", contact_id).await?;
    ensure!(
        contact["company_id"] == json!(company_id),
        "stored contact: {contact}"
    );

    // A request from the contact's address is matched to the contact and its company.
    app.open_list("request").await?;
    app.start_new_record("request").await?;
    app.fill("field-request_for", "Varifocal lenses, 40 pairs")
        .await?;
    app.fill("field-first_name", "Ingrid").await?;
    app.fill("field-email", "ingrid.sorensen@nordlicht-optik.example")
        .await?;
    let request_id = app.save_new_record("request").await?;
    let matched_company = app.reference_value("field-company_id").await?;
    let matched_contact = app.reference_value("field-contact_id").await?;
    ensure!(
        (matched_company, matched_contact) == (company_id, contact_id),
        "the request form shows company {matched_company} and contact {matched_contact}, \
         expected {company_id} and {contact_id}"
    );

    app.click("action-request-to-deal").await?;
    let deal_id = app.expect_record_route("deal").await?;
    let deal = outside.get("deal", deal_id).await?;
    ensure!(
        deal["request_id"] == json!(request_id) && deal["company_id"] == json!(company_id),
        "the deal made from request {request_id}: {deal}"
    );
    let deal_name = text_of(&deal, "name");
    ensure!(!deal_name.is_empty(), "the new deal has no name: {deal}");

    // A won deal needs an amount (R-DEAL-7).
    app.css("section.detail[data-entity='deal'] #record-form").await?;
    app.expect_value("field-name", &deal_name).await?;
    app.fill("field-amount", "1250.00").await?;
    app.save_record().await?;

    let won = success_stage(outside, deal_id).await?;
    move_on_board(run, deal_id, won).await?;
    let deal = app
        .wait_for("the deal to reach the success stage", async || {
            let deal = outside.get("deal", deal_id).await?;
            Ok((deal["stage_id"] == json!(won)).then_some(deal))
        })
        .await?;
    ensure!(deal["active"] == json!(false), "a won deal is closed: {deal}");
    let reason_id = deal["closing_reason_id"]
        .as_i64()
        .context("the won deal has no closing reason")?;
    let reason = outside.get("closing_reason", reason_id).await?;
    ensure!(
        reason["success_reason"] == json!(true),
        "the won deal was closed as {reason}"
    );

    open_from_palette(app, &deal_name, "deal", deal_id).await?;
    app.click("action-deal-payment").await?;
    app.css("section.detail[data-entity='payment'] #record-form")
        .await?;
    let paid_deal = app.reference_value("field-deal_id").await?;
    ensure!(
        paid_deal == deal_id,
        "the new payment is for deal {paid_deal}, not {deal_id}"
    );
    app.fill("field-amount", "500.00").await?;
    let payment_id = app.save_new_record("payment").await?;
    let payment = outside.get("payment", payment_id).await?;
    ensure!(
        payment["deal_id"] == json!(deal_id) && text_of(&payment, "amount").starts_with("500"),
        "stored payment: {payment}"
    );

    // Back to the deal through the palette: its payments list shows the new one.
    open_from_palette(app, &deal_name, "deal", deal_id).await?;
    app.css(&format!(
        "section.detail[data-entity='deal'] #row-payment-{payment_id}"
    ))
    .await?;
    Ok(())
}

/// The stage that means "won" in the pipeline of the deal's stage.
async fn success_stage(outside: &Outside, deal_id: i64) -> Result<i64> {
    let deal = outside.get("deal", deal_id).await?;
    let stage_id = deal["stage_id"]
        .as_i64()
        .with_context(|| format!("the deal has no stage (R-DEAL-4: never empty after save): {deal}"))?;
    let stage = outside.get("stage", stage_id).await?;
    let stages = outside
        .list("stage", json!({ "department_id": stage["department_id"] }))
        .await?;
    stages
        .iter()
        .find(|stage| stage["success_stage"] == json!(true))
        .and_then(|stage| stage["id"].as_i64())
        .with_context(|| format!("no success stage among {stages:?}"))
}

/// What the board did with a card moved to another column.
enum AfterMove {
    Stored,
    AsksForClosingReason,
}

/// Moves a deal's card to another column of the pipeline board with the card's "move to" list
/// (the keyboard way; WebDriver's drag and drop does not drive HTML5 drag events in WebKit), and
/// confirms the closing reason the board asks for when the column closes the deal.
async fn move_on_board(run: &Run<'_>, deal_id: i64, stage_id: i64) -> Result<()> {
    let Run {
        app,
        outside,
        backend,
    } = run;
    app.click("nav-pipeline").await?;
    app.expect_shown(&format!("#board-card-{deal_id}")).await?;
    app.css(&format!("#board-column-{stage_id}")).await?;
    app.screenshot(&format!("kanban-{}", suffix(*backend))).await?;
    app.select(&format!("board-move-{deal_id}"), &stage_id.to_string())
        .await?;
    let after = app
        .wait_for("the deal to move or the closing dialog to open", async || {
            if !app.all("#board-close-dialog[open]").await?.is_empty() {
                return Ok(Some(AfterMove::AsksForClosingReason));
            }
            let deal = outside.get("deal", deal_id).await?;
            Ok((deal["stage_id"] == json!(stage_id)).then_some(AfterMove::Stored))
        })
        .await?;
    if let AfterMove::AsksForClosingReason = after {
        app.expect_shown("#board-close-reason").await?;
        app.screenshot(&format!("kanban-closing-dialog-{}", suffix(*backend)))
            .await?;
        app.click("board-close-confirm").await?;
        app.expect_gone("#board-close-dialog[open]").await?;
    }
    app.expect_shown("#board-notice").await?;
    Ok(())
}

/// Finds a record with the command palette (Ctrl+K), steps to it with the arrow keys and opens it
/// with Enter.
async fn open_from_palette(app: &AppSession, search: &str, entity: &str, id: i64) -> Result<()> {
    app.css("#open-palette").await?;
    app.press(Key::Control + "k").await?;
    app.expect_shown("#command-palette[open]").await?;
    app.fill("palette-input", search).await?;
    let wanted = format!("li[data-kind=record][data-entity={entity}][data-record-id='{id}']");
    app.css(&format!("#palette-results {wanted}")).await?;
    for _ in 0..20 {
        if !app
            .all(&format!("#palette-results {wanted}[aria-selected=true]"))
            .await?
            .is_empty()
        {
            app.press(Key::Enter).await?;
            let opened = app.expect_record_route(entity).await?;
            ensure!(opened == id, "the palette opened {entity} {opened}, not {id}");
            app.css(&format!("section.detail[data-entity='{entity}'] #record-form"))
                .await?;
            return Ok(());
        }
        app.press(Key::Down).await?;
    }
    bail!("the arrow keys never reached {wanted} in the palette")
}

on_each_database!(
    a_company_contact_request_deal_and_payment,
    from_company_to_paid_deal
);

// ---------------------------------------------------------------------------------------------
// 2. Lead conversion

async fn lead_conversion(run: &Run<'_>) -> Result<()> {
    let Run { app, outside, .. } = run;
    app.open_list("lead").await?;
    app.start_new_record("lead").await?;
    app.fill("field-first_name", "Tomasz").await?;
    app.fill("field-email", "tomasz@wisla-logistics.example").await?;
    app.fill("field-company_name", "Wisła Logistics").await?;
    let lead_id = app.save_new_record("lead").await?;

    // A company is made of a name and an e-mail (R-LEAD-2): the refusal names the missing one.
    app.click("action-lead-convert").await?;
    app.expect_shown("#action-error [data-field=company_email]")
        .await?;
    app.fill("field-company_email", "office@wisla-logistics.example")
        .await?;
    app.save_record().await?;

    app.click("action-lead-convert").await?;
    let result = app.expect_shown("#conversion-result").await?;
    let shown = result.text().await?;
    for key in ["workflow-company-created", "workflow-contact-created"] {
        let message = en(key)?;
        ensure!(
            shown.contains(&message),
            "#conversion-result shows {shown:?}, without {message:?}"
        );
    }
    ensure!(
        shown.contains("Wisła Logistics"),
        "#conversion-result does not name the company: {shown:?}"
    );

    // The lead is gone (R-LEAD-5); the company and the contact made from it are stored.
    let lead = outside.get("lead", lead_id).await?;
    ensure!(
        !lead["deleted_at"].is_null(),
        "the converted lead is still there: {lead}"
    );
    let companies = outside
        .list("company", json!({ "text": "Wisła Logistics" }))
        .await?;
    let [company] = companies.as_slice() else {
        bail!("expected one company named Wisła Logistics, found {companies:?}");
    };
    let company_id = company["id"].as_i64().context("company id")?;
    let contacts = outside
        .list("contact", json!({ "company_id": company_id }))
        .await?;
    let [contact] = contacts.as_slice() else {
        bail!("expected one contact of the new company, found {contacts:?}");
    };
    let contact_id = contact["id"].as_i64().context("contact id")?;
    let company = outside.get("company", company_id).await?;
    ensure!(
        text_of(&company, "full_name") == "Wisła Logistics"
            && text_of(&company, "email") == "office@wisla-logistics.example",
        "company: {company}"
    );
    let contact = outside.get("contact", contact_id).await?;
    ensure!(
        text_of(&contact, "first_name") == "Tomasz"
            && text_of(&contact, "email") == "tomasz@wisla-logistics.example"
            && contact["company_id"] == json!(company_id),
        "contact: {contact}"
    );

    // The result links to the new company.
    result
        .find(By::XPath(
            ".//button[normalize-space()='Wisła Logistics']".to_owned(),
        ))
        .await?
        .click()
        .await?;
    let opened = app.expect_record_route("company").await?;
    ensure!(
        opened == company_id,
        "the link opened company {opened}, not {company_id}"
    );
    app.expect_value("field-full_name", "Wisła Logistics").await
}

on_each_database!(a_lead_converts_into_a_company_and_a_contact, lead_conversion);

// ---------------------------------------------------------------------------------------------
// 3. An edit that meets another user's save

async fn edit_conflict(run: &Run<'_>) -> Result<()> {
    let Run {
        app,
        outside,
        backend,
    } = run;
    let created = outside
        .call(
            "company_create",
            json!({ "full_name": "Hafenblick Reederei", "email": "office@hafenblick.example" }),
        )
        .await?;
    let id = created["id"].as_i64().context("the created company has no id")?;

    app.open_list("company").await?;
    app.click_on(&format!("#row-company-{id}")).await?;
    let opened = app.expect_record_route("company").await?;
    ensure!(opened == id, "opened company {opened}, not {id}");
    app.expect_value("field-full_name", "Hafenblick Reederei").await?;

    // Typed in the form, not saved yet: two fields the other user changes too, one only here.
    app.fill("field-email", "einkauf@hafenblick.example").await?;
    app.fill("field-phone", "+49 40 1111111").await?;
    app.fill("field-website", "https://hafenblick.example").await?;

    // Meanwhile another user saves the same company: the same two fields and one other.
    outside
        .update(
            "company",
            id,
            &json!({ "email": "zentrale@hafenblick.example", "phone": "+49 40 2222222", "region": "Hamburg" }),
        )
        .await?;

    app.click("record-save").await?;
    app.expect_shown("#conflict-dialog").await?;
    app.expect_text("conflict-title", &en("conflict-title")?).await?;
    for (field, mine, stored) in [
        (
            "email",
            "einkauf@hafenblick.example",
            "zentrale@hafenblick.example",
        ),
        ("phone", "+49 40 1111111", "+49 40 2222222"),
    ] {
        let row = app
            .css(&format!("#conflict-dialog tr[data-field={field}]"))
            .await?;
        let class = row.attr("class").await?.unwrap_or_default();
        ensure!(
            class.contains("clash"),
            "the {field} row is not marked as a clash"
        );
        let shown_mine = row.find(By::Css(".value.mine")).await?.text().await?;
        let shown_stored = row.find(By::Css(".value.stored")).await?.text().await?;
        let shown_base = row.find(By::Css("td.base")).await?.text().await?;
        ensure!(
            shown_mine.trim() == mine && shown_stored.trim() == stored,
            "the {field} row shows mine {shown_mine:?}, stored {shown_stored:?}"
        );
        if field == "email" {
            ensure!(
                shown_base.trim() == "office@hafenblick.example",
                "the email row shows base {shown_base:?}"
            );
        }
    }
    // Fields only one side changed are listed too, so nothing changes unseen.
    app.css("#conflict-dialog tr[data-field=region]").await?;
    app.css("#conflict-dialog tr[data-field=website]").await?;
    app.screenshot(&format!("conflict-dialog-{}", suffix(*backend)))
        .await?;

    // Keep the typed e-mail, take the other user's phone.
    app.click_on("#conflict-dialog input[name=choice-email][value=mine]")
        .await?;
    app.click_on("#conflict-dialog input[name=choice-phone][value=stored]")
        .await?;
    app.click("conflict-apply").await?;
    app.expect_gone("#conflict-dialog[open]").await?;
    app.expect_shown("#save-done").await?;

    let stored = outside.get("company", id).await?;
    for (field, expected) in [
        ("email", "einkauf@hafenblick.example"),
        ("phone", "+49 40 2222222"),
        ("website", "https://hafenblick.example"),
        ("region", "Hamburg"),
        ("full_name", "Hafenblick Reederei"),
    ] {
        ensure!(
            text_of(&stored, field) == expected,
            "stored {field} is {:?}, expected {expected:?}",
            stored[field]
        );
        app.expect_value(&format!("field-{field}"), expected).await?;
    }
    Ok(())
}

on_each_database!(an_edit_conflict_is_resolved_field_by_field, edit_conflict);
