//! The real app in a real window, driven as a user would. Every test starts on a first run with a
//! brand-new embedded database. Expected texts come from the locale files, by message key.

use anyhow::{Context, Result};
use crm_e2e::{AppSession, ftl};

fn en(key: &str) -> Result<String> {
    ftl::message("en", key)
}

#[tokio::test]
async fn first_run_shows_the_translated_connect_screen_and_opens_the_embedded_database() -> Result<()> {
    let app = AppSession::launch().await?;
    app.expect_text("connect-title", &en("connect-title")?).await?;

    app.open_embedded_database().await?;
    app.expect_text("connection-backend", &en("backend-sqlite")?)
        .await?;
    app.expect_text_where("schema-version", "a positive number", |text: &str| {
        text.trim().parse::<u32>().is_ok_and(|version| version > 0)
    })
    .await?;

    app.element("stored-vat-percent").await?;
    app.screenshot("home").await?;
    app.close().await
}

#[tokio::test]
async fn saved_settings_come_back_from_the_database_exactly() -> Result<()> {
    let app = AppSession::launch().await?;
    app.open_embedded_database().await?;

    let organisation = "Bäckerei Müller & Søn, Łódź";
    app.fill("org-name", organisation).await?;
    app.fill("vat-percent", "19.5").await?;
    app.click("settings-save").await?;

    app.expect_text("settings-status", &en("settings-saved")?).await?;
    app.expect_text("stored-org-name", organisation).await?;
    // The database keeps VAT as DECIMAL(5,2).
    app.expect_text("stored-vat-percent", "19.50").await?;
    app.close().await
}

#[tokio::test]
async fn an_invalid_vat_shows_a_field_error_and_keeps_the_stored_value() -> Result<()> {
    let app = AppSession::launch().await?;
    app.open_embedded_database().await?;
    app.fill("vat-percent", "7").await?;
    app.click("settings-save").await?;
    app.expect_text("stored-vat-percent", "7.00").await?;

    app.fill("vat-percent", "abc").await?;
    app.click("settings-save").await?;

    app.expect_visible("field-error-vat_percent").await?;
    app.expect_text_where("field-error-vat_percent", "a message", |text: &str| {
        !text.trim().is_empty()
    })
    .await?;
    let stored = app.text("stored-vat-percent").await?;
    assert_eq!(stored, "7.00", "a refused save must not change the stored VAT");
    app.close().await
}

#[tokio::test]
async fn switching_to_german_translates_the_home_screen() -> Result<()> {
    let app = AppSession::launch().await?;
    app.open_embedded_database().await?;
    app.expect_text("home-title", &en("home-title")?).await?;

    app.select("locale-switch", "de").await?;

    let german = ftl::message("de", "home-title").context("the German home title")?;
    app.expect_text("home-title", &german).await?;
    app.close().await
}
