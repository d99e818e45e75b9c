//! The whole window in another language and with a full database: Arabic turns it right to left
//! with every label from the Arabic catalogue, and the demo data gives the screenshots
//! (`target/e2e-screenshots/`) of a list, a form and the pipeline board to look at.

use anyhow::{Context, Result, ensure};
use crm_e2e::{AppSession, ftl};

fn ar(key: &str) -> Result<String> {
    ftl::message("ar", key).with_context(|| format!("the Arabic catalogue's `{key}`"))
}

fn has_arabic_letters(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[tokio::test]
async fn arabic_turns_the_window_right_to_left_and_translates_it() -> Result<()> {
    let app = AppSession::launch_with(&["--embedded".to_owned()]).await?;
    app.expect_opened_at_start().await?;
    app.open_list("company").await?;

    app.select("locale-switch", "ar").await?;
    app.wait_for("the document to turn right to left", async || {
        let dir = app
            .script(
                "return document.documentElement.dir + ' ' + document.documentElement.lang;",
                Vec::new(),
            )
            .await?;
        Ok((dir.as_str() == Some("rtl ar")).then_some(()))
    })
    .await?;

    // Every sidebar entry reads as the catalogue words it, and nothing in the sidebar is left in
    // a Latin script.
    let entries = app.all("nav.sidebar a.nav-item[id^='nav-']").await?;
    ensure!(!entries.is_empty(), "the sidebar has no entries");
    for entry in entries {
        let id = entry.id().await?.unwrap_or_default();
        let area = id.trim_start_matches("nav-").to_owned();
        let shown = entry.text().await?;
        let mut wanted = Vec::new();
        for key in [format!("nav-{area}"), format!("entity-{area}-plural")] {
            if let Ok(text) = ar(&key) {
                wanted.push(text);
            }
        }
        ensure!(
            wanted.iter().any(|text| shown.trim() == text),
            "the sidebar entry #{id} shows {shown:?}; the Arabic catalogue has {wanted:?}"
        );
    }
    let sidebar = app.css("nav.sidebar").await?.text().await?;
    ensure!(
        !sidebar.chars().any(|c| c.is_ascii_alphabetic()),
        "the Arabic sidebar still has Latin text: {sidebar:?}"
    );

    app.expect_text_where("nav-pipeline", "the Arabic pipeline entry", {
        let wanted = ar("nav-pipeline")?;
        move |text: &str| text.trim() == wanted
    })
    .await?;
    let heading = app
        .css("section.entity-list[data-entity='company'] h1")
        .await?
        .text()
        .await?;
    ensure!(
        heading == ar("entity-company-plural")?,
        "the list heading is {heading:?}"
    );
    let placeholder = app
        .element("list-search")
        .await?
        .attr("placeholder")
        .await?
        .unwrap_or_default();
    ensure!(
        placeholder == ar("list-search-placeholder")?,
        "the search box says {placeholder:?}"
    );
    let palette = app.css("#open-palette span").await?.text().await?;
    ensure!(
        palette == ar("palette-open")?,
        "the palette button says {palette:?}"
    );
    let new_company = app.text("list-new").await?;
    ensure!(
        has_arabic_letters(&new_company),
        "the new-company button says {new_company:?}"
    );

    // A form: its labels and buttons too.
    app.start_new_record("company").await?;
    app.expect_text("record-save", &ar("record-save")?).await?;
    let label = app.css("label[for='field-full_name']").await?.text().await?;
    let wanted = ar("field-company-full_name").or_else(|_| ar("field-full_name"))?;
    ensure!(
        label.trim_end_matches('*').trim() == wanted,
        "the name field is labelled {label:?}, expected {wanted:?}"
    );
    // The layout mirrors: the sidebar sits on the right of the content, the back arrow points
    // to the right.
    let sides = app
        .script(
            "const nav = document.querySelector('nav.sidebar').getBoundingClientRect(); \
             const content = document.getElementById('content').getBoundingClientRect(); \
             const arrow = getComputedStyle(document.querySelector('.detail-header .back .directional')).transform; \
             return nav.left >= content.right - 1 && arrow !== 'none';",
            Vec::new(),
        )
        .await?;
    ensure!(
        sides.as_bool() == Some(true),
        "the sidebar is not on the right, or the back arrow not mirrored, in Arabic"
    );
    app.screenshot("arabic-company-form").await?;
    app.close().await
}

#[tokio::test]
async fn demo_data_screens_for_review() -> Result<()> {
    let app = AppSession::launch_with(&["--embedded".to_owned(), "--demo".to_owned()]).await?;
    app.expect_opened_at_start().await?;

    app.open_list("company").await?;
    app.expect_shown("section.entity-list[data-entity='company'] [id^='row-company-']")
        .await?;
    app.screenshot("company-list").await?;

    app.open_list("deal").await?;
    let first = app
        .expect_shown("section.entity-list[data-entity='deal'] [id^='row-deal-']")
        .await?;
    app.screenshot("deal-list").await?;

    first.click().await?;
    app.expect_record_route("deal").await?;
    app.css("section.detail[data-entity='deal'] #record-form").await?;
    app.wait_for("the deal form to show its name", async || {
        Ok((!app.value_of("field-name").await?.is_empty()).then_some(()))
    })
    .await?;
    app.screenshot("deal-form").await?;

    // The demo's deals belong to its sales managers: the board shows everyone's.
    app.click("nav-pipeline").await?;
    let mine = app.element("board-mine").await?;
    if mine.is_selected().await? {
        mine.click().await?;
    }
    app.expect_shown("[id^='board-card-']").await?;
    app.screenshot("kanban-demo").await?;
    app.close().await
}
