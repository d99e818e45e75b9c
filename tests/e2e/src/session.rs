//! The app under test in a brand-new user profile, with the steps a test takes on its window.
//!
//! Each session gets its own temporary home for data, config and cache, so the app starts as on a
//! first run and opens a new embedded database. Dropping the session (also when a test fails or
//! panics) ends the `WebDriver` session, stops tauri-driver and deletes the profile.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::json;
use tempfile::TempDir;
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

use crate::paths;
use crate::tauri_driver::TauriDriver;

pub struct AppSession {
    // Fields drop in this order: the WebDriver session, then tauri-driver, then the profile.
    driver: Option<WebDriver>,
    _tauri_driver: TauriDriver,
    _profile: TempDir,
}

/// How often a session request refused before the native driver listens is tried.
const SESSION_ATTEMPTS: u32 = 10;
const SESSION_RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(500);

impl AppSession {
    pub async fn launch() -> Result<Self> {
        let app = paths::app_binary()?;
        let profile = tempfile::Builder::new()
            .prefix("oriel-e2e-")
            .tempdir()
            .context("creating a temporary profile")?;
        let data = profile.path().join("data");
        let config = profile.path().join("config");
        let cache = profile.path().join("cache");
        for dir in [&data, &config, &cache] {
            std::fs::create_dir(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let tauri_driver = TauriDriver::start(&[
            ("XDG_DATA_HOME", data.as_path()),
            ("XDG_CONFIG_HOME", config.as_path()),
            ("XDG_CACHE_HOME", cache.as_path()),
        ])
        .await?;

        let mut capabilities = Capabilities::new();
        capabilities.set("browserName", "wry")?;
        capabilities.set("tauri:options", json!({ "application": app }))?;
        // tauri-driver listens before the WebKitWebDriver behind it does; on a busy machine the
        // first session request can reach it in between and is refused. Such a refusal is retried.
        let mut attempt = 1;
        let driver = loop {
            match WebDriver::new(tauri_driver.url(), capabilities.clone()).await {
                Ok(driver) => break driver,
                Err(err)
                    if attempt < SESSION_ATTEMPTS && err.to_string().contains("error sending request") =>
                {
                    attempt += 1;
                    tokio::time::sleep(SESSION_RETRY_PAUSE).await;
                }
                Err(err) => {
                    return Err(err)
                        .with_context(|| format!("starting {} through tauri-driver", app.display()));
                }
            }
        };
        Ok(AppSession {
            driver: Some(driver),
            _tauri_driver: tauri_driver,
            _profile: profile,
        })
    }

    /// Ends the session and reports a failure to do so; dropping does the same silently.
    pub async fn close(mut self) -> Result<()> {
        if let Some(driver) = self.driver.take() {
            driver.quit().await.context("ending the WebDriver session")?;
        }
        Ok(())
    }

    fn driver(&self) -> Result<&WebDriver> {
        self.driver.as_ref().context("the session is already closed")
    }

    /// The element with this id, waiting for it to appear.
    pub async fn element(&self, id: &str) -> Result<WebElement> {
        self.driver()?
            .query(By::Id(id))
            .first()
            .await
            .with_context(|| format!("#{id} did not appear"))
    }

    pub async fn text(&self, id: &str) -> Result<String> {
        Ok(self.element(id).await?.text().await?)
    }

    /// Waits until `#id` shows exactly `expected`.
    pub async fn expect_text(&self, id: &str, expected: &str) -> Result<()> {
        let wanted = expected.to_owned();
        self.expect_text_where(id, &format!("{expected:?}"), move |text: &str| text == wanted)
            .await
    }

    /// Waits until the text of `#id` satisfies `accept`; `wanted` describes it for the failure.
    pub async fn expect_text_where(
        &self,
        id: &str,
        wanted: &str,
        accept: impl Fn(&str) -> bool + Clone + Send + Sync + 'static,
    ) -> Result<()> {
        let element = self.element(id).await?;
        if element.wait_until().has_text(accept).await.is_err() {
            let shown = element.text().await.unwrap_or_default();
            bail!("#{id} shows {shown:?}, expected {wanted}");
        }
        Ok(())
    }

    /// Waits until `#id` is displayed.
    pub async fn expect_visible(&self, id: &str) -> Result<()> {
        let element = self.element(id).await?;
        element
            .wait_until()
            .displayed()
            .await
            .with_context(|| format!("#{id} exists but is not visible"))
    }

    pub async fn click(&self, id: &str) -> Result<()> {
        self.element(id)
            .await?
            .click()
            .await
            .with_context(|| format!("clicking #{id}"))
    }

    /// Replaces the content of the input `#id` by typing `value`, as a user would.
    pub async fn fill(&self, id: &str, value: &str) -> Result<()> {
        let input = self.element(id).await?;
        input.clear().await.with_context(|| format!("clearing #{id}"))?;
        input
            .send_keys(value)
            .await
            .with_context(|| format!("typing into #{id}"))
    }

    /// Chooses the option with this value in the `<select>` `#id`.
    pub async fn select(&self, id: &str, value: &str) -> Result<()> {
        let select = SelectElement::new(&self.element(id).await?).await?;
        select
            .select_by_value(value)
            .await
            .with_context(|| format!("choosing {value:?} in #{id}"))
    }

    /// Writes a PNG of the window to `target/e2e-screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> Result<()> {
        let dir = paths::screenshot_dir();
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        self.driver()?
            .screenshot(Path::new(&path))
            .await
            .with_context(|| format!("writing {}", path.display()))
    }

    /// From the connect screen of a first run to the home screen on the embedded database.
    pub async fn open_embedded_database(&self) -> Result<()> {
        self.click("connect-embedded").await?;
        self.element("home-screen").await?;
        Ok(())
    }
}
