//! The app under test in a brand-new user profile, with the steps a test takes on its window.
//!
//! Each session gets its own temporary home for data, config and cache, so the app starts as on a
//! first run and opens a new embedded database. Dropping the session (also when a test fails or
//! panics) ends the `WebDriver` session, stops tauri-driver and deletes the profile. A profile can
//! also be handed in and kept, so that several launches find the database the first one made.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use tempfile::TempDir;
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

use crate::tauri_driver::TauriDriver;
use crate::{paths, process_tree};

pub struct AppSession {
    // Fields drop in this order: the WebDriver session, then tauri-driver, then the profile.
    driver: Option<WebDriver>,
    tauri_driver: TauriDriver,
    profile: Profile,
}

/// The user profile the app runs in: the session's own, deleted with it, or one that outlives it.
enum Profile {
    Temporary(TempDir),
    Kept(PathBuf),
}

impl Profile {
    fn path(&self) -> &Path {
        match self {
            Profile::Temporary(dir) => dir.path(),
            Profile::Kept(path) => path,
        }
    }
}

/// How long a step waits for the app before the test fails: opening a database (migrations, demo
/// data) on a busy two-core machine takes the longest.
const PATIENCE: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(100);

/// How often a session request refused before the native driver listens is tried.
const SESSION_ATTEMPTS: u32 = 10;
const SESSION_RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(500);

impl AppSession {
    pub async fn launch() -> Result<Self> {
        Self::launch_with(&[]).await
    }

    /// Starts the app with these command-line arguments (`--embedded`, `--database URL`, `--demo`).
    pub async fn launch_with(args: &[String]) -> Result<Self> {
        let profile = tempfile::Builder::new()
            .prefix("oriel-e2e-")
            .tempdir()
            .context("creating a temporary profile")?;
        Self::launch_in_profile(Profile::Temporary(profile), args, &[]).await
    }

    /// Starts the app with these arguments in the profile under `dir`, which the session leaves in
    /// place: a later launch in the same folder finds the app's data, settings and caches again.
    pub async fn launch_in(dir: &Path, args: &[String]) -> Result<Self> {
        Self::launch_in_profile(Profile::Kept(dir.to_owned()), args, &[]).await
    }

    /// [`AppSession::launch_in`] with these environment variables as well (e.g. the session bus of
    /// a test's own notification daemon).
    pub async fn launch_in_with_env(dir: &Path, args: &[String], env: &[(&str, &Path)]) -> Result<Self> {
        Self::launch_in_profile(Profile::Kept(dir.to_owned()), args, env).await
    }

    async fn launch_in_profile(profile: Profile, args: &[String], env: &[(&str, &Path)]) -> Result<Self> {
        let app = paths::app_binary()?;
        let data = profile.path().join("data");
        let config = profile.path().join("config");
        let cache = profile.path().join("cache");
        for dir in [&data, &config, &cache] {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let mut vars = vec![
            ("XDG_DATA_HOME", data.as_path()),
            ("XDG_CONFIG_HOME", config.as_path()),
            ("XDG_CACHE_HOME", cache.as_path()),
        ];
        vars.extend_from_slice(env);
        let tauri_driver = TauriDriver::start(&vars).await?;

        let mut capabilities = Capabilities::new();
        capabilities.set("browserName", "wry")?;
        capabilities.set("tauri:options", json!({ "application": app, "args": args }))?;
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
            tauri_driver,
            profile,
        })
    }

    /// Ends the session and waits for the app to exit, so that a next launch in the same profile
    /// starts its own app instead of handing over to this one; reports a failure to do so.
    /// Dropping ends the session silently.
    pub async fn close(mut self) -> Result<()> {
        let app = self.app_pid().ok();
        if let Some(driver) = self.driver.take() {
            driver.quit().await.context("ending the WebDriver session")?;
        }
        if let Some(pid) = app {
            self.wait_for("the app to exit", async || {
                Ok((!Path::new(&format!("/proc/{pid}")).exists()).then_some(()))
            })
            .await?;
        }
        Ok(())
    }

    /// Starts the app binary once more in this session's profile, outside the driver, as a user's
    /// second launch would, and returns how it ended.
    pub async fn launch_again_directly(&self) -> Result<std::process::ExitStatus> {
        let mut command = tokio::process::Command::new(paths::app_binary()?);
        for (name, dir) in [
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
        ] {
            command.env(name, self.profile.path().join(dir));
        }
        let mut child = command
            .kill_on_drop(true)
            .spawn()
            .context("starting the app again")?;
        tokio::time::timeout(PATIENCE, child.wait())
            .await
            .context("the second launch kept running")?
            .context("waiting for the second launch")
    }

    /// The window's position and size, as the window manager sees them.
    pub async fn window_rect(&self) -> Result<thirtyfour::Rect> {
        Ok(self.driver()?.get_window_rect().await?)
    }

    /// Moves and resizes the window as a user dragging it would.
    pub async fn set_window_rect(&self, x: i64, y: i64, width: u32, height: u32) -> Result<()> {
        Ok(self.driver()?.set_window_rect(x, y, width, height).await?)
    }

    /// How many windows the app has open.
    pub async fn window_count(&self) -> Result<usize> {
        Ok(self.driver()?.windows().await?.len())
    }

    fn driver(&self) -> Result<&WebDriver> {
        self.driver.as_ref().context("the session is already closed")
    }

    /// The embedded database file of this session's profile, where `--embedded` opens it.
    pub fn embedded_database_path(&self) -> PathBuf {
        self.profile
            .path()
            .join("data")
            .join("org.oriel.crm")
            .join("oriel.db")
    }

    /// Asks `probe` until it answers `Some`, and fails after a while with `what` in the message.
    pub async fn wait_for<T>(
        &self,
        what: &str,
        mut probe: impl AsyncFnMut() -> Result<Option<T>>,
    ) -> Result<T> {
        let deadline = Instant::now() + PATIENCE;
        let mut last_error = None;
        loop {
            match probe().await {
                Ok(Some(found)) => return Ok(found),
                Ok(None) => {}
                Err(err) => last_error = Some(err),
            }
            if Instant::now() > deadline {
                let why = last_error.map_or_else(String::new, |err| format!(" (last error: {err:#})"));
                bail!("waited {PATIENCE:?} for {what}{why}");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The app's process id: the process below tauri-driver that runs the app binary.
    pub fn app_pid(&self) -> Result<u32> {
        let app = paths::app_binary()?;
        let app = std::fs::canonicalize(&app).with_context(|| format!("resolving {}", app.display()))?;
        let driver = self
            .tauri_driver
            .pid()
            .context("tauri-driver is no longer running")?;
        process_tree::descendants(driver)
            .into_iter()
            .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app))
            .with_context(|| format!("no process below tauri-driver runs {}", app.display()))
    }

    /// The app's process id followed by the ids of every process below it (`WebKit`'s web and
    /// network processes).
    pub fn app_process_tree(&self) -> Result<Vec<u32>> {
        let app = self.app_pid()?;
        Ok(std::iter::once(app)
            .chain(process_tree::descendants(app))
            .collect())
    }

    /// Runs JavaScript in the window that answers by calling the callback `WebDriver` passes as
    /// its last argument, and returns that answer.
    pub async fn script_async(&self, script: &str, args: Vec<Value>, timeout: Duration) -> Result<Value> {
        let driver = self.driver()?;
        driver
            .set_script_timeout(timeout)
            .await
            .context("setting the script timeout")?;
        let returned = driver
            .execute_async(script.to_owned(), args)
            .await
            .with_context(|| format!("running the asynchronous script {script:?}"))?;
        Ok(returned.json().clone())
    }

    /// Runs JavaScript in the window and returns what it returns.
    pub async fn script(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        let returned = self
            .driver()?
            .execute(script.to_owned(), args)
            .await
            .with_context(|| format!("running script {script:?}"))?;
        Ok(returned.json().clone())
    }

    /// The first element matching a CSS selector, waiting for it to appear.
    pub async fn css(&self, selector: &str) -> Result<WebElement> {
        self.driver()?
            .query(By::Css(selector.to_owned()))
            .first()
            .await
            .with_context(|| format!("{selector} did not appear"))
    }

    /// Clicks the first element matching a CSS selector, once it appears.
    pub async fn click_on(&self, selector: &str) -> Result<()> {
        let element = self.css(selector).await?;
        self.bring_into_view(&element).await?;
        element
            .click()
            .await
            .with_context(|| format!("clicking {selector}"))
    }

    /// Every element matching a CSS selector right now (none is not an error).
    pub async fn all(&self, selector: &str) -> Result<Vec<WebElement>> {
        Ok(self.driver()?.find_all(By::Css(selector.to_owned())).await?)
    }

    /// Waits until an element matches the selector and is displayed.
    pub async fn expect_shown(&self, selector: &str) -> Result<WebElement> {
        let element = self.css(selector).await?;
        element
            .wait_until()
            .displayed()
            .await
            .with_context(|| format!("{selector} exists but is not visible"))?;
        Ok(element)
    }

    /// Waits until nothing matches the selector any more.
    pub async fn expect_gone(&self, selector: &str) -> Result<()> {
        self.wait_for(&format!("{selector} to disappear"), async || {
            Ok(self.all(selector).await?.is_empty().then_some(()))
        })
        .await
    }

    /// The window's hash route, e.g. `#/deal/42`.
    pub async fn route(&self) -> Result<String> {
        let hash = self.script("return location.hash;", Vec::new()).await?;
        Ok(hash.as_str().unwrap_or_default().to_owned())
    }

    /// Waits until the route shows a saved record of `area` (`#/<area>/<id>`) and returns its id.
    pub async fn expect_record_route(&self, area: &str) -> Result<i64> {
        let prefix = format!("#/{area}/");
        let id = self
            .wait_for(&format!("the route {prefix}<id>"), async || {
                let route = self.route().await?;
                Ok(route
                    .strip_prefix(&prefix)
                    .and_then(|rest| rest.split('?').next())
                    .and_then(|id| id.parse::<i64>().ok()))
            })
            .await?;
        Ok(id)
    }

    /// Opens an area from the sidebar and waits until its list shows.
    pub async fn open_list(&self, area: &str) -> Result<()> {
        self.click(&format!("nav-{area}")).await?;
        self.css(&format!("section.entity-list[data-entity='{area}'] .viewport"))
            .await?;
        Ok(())
    }

    /// From a list opened with `open_list`, the empty form of a new record.
    pub async fn start_new_record(&self, area: &str) -> Result<()> {
        self.click_on(&format!("section.entity-list[data-entity='{area}'] #list-new"))
            .await?;
        self.css(&format!("section.detail[data-entity='{area}'] #record-form"))
            .await?;
        Ok(())
    }

    /// Saves the open form of a new record and returns the id the route then shows.
    pub async fn save_new_record(&self, area: &str) -> Result<i64> {
        self.click("record-save").await?;
        self.expect_record_route(area).await.with_context(|| {
            format!("saving the new {area} (an error on the form would be in #save-error or #field-error-*)")
        })
    }

    /// Saves the open form of a stored record and waits until it says so.
    pub async fn save_record(&self) -> Result<()> {
        self.click("record-save").await?;
        self.expect_shown("#save-done").await.map(|_| ())
    }

    /// The record a reference field (`#field-<name>`) holds, once it holds one.
    pub async fn reference_value(&self, field_id: &str) -> Result<i64> {
        let marker = self
            .css(&format!("#{field_id} ~ span.current[data-ref-value]"))
            .await?;
        let value = marker.attr("data-ref-value").await?.unwrap_or_default();
        value
            .parse()
            .with_context(|| format!("#{field_id} holds {value:?}, not a record id"))
    }

    /// Fills a searchable reference field: types `search`, picks the option that reads `label`
    /// and waits until the field holds it.
    pub async fn choose_reference(&self, field_id: &str, search: &str, label: &str) -> Result<i64> {
        self.fill(field_id, search).await?;
        let option = self
            .wait_for(&format!("the option {label:?} under #{field_id}"), async || {
                for option in self.all(&format!("#{field_id}-options li[role=option]")).await? {
                    if option.text().await?.trim() == label {
                        return Ok(Some(option));
                    }
                }
                Ok(None)
            })
            .await?;
        option
            .click()
            .await
            .with_context(|| format!("choosing {label:?} in #{field_id}"))?;
        self.reference_value(field_id).await
    }

    /// The value of an input, select or textarea (what the user sees in it).
    pub async fn value_of(&self, id: &str) -> Result<String> {
        Ok(self.element(id).await?.prop("value").await?.unwrap_or_default())
    }

    /// Waits until the input `#id` holds exactly `expected`.
    pub async fn expect_value(&self, id: &str, expected: &str) -> Result<()> {
        let mut seen = String::new();
        let found = self
            .wait_for(&format!("#{id} to hold {expected:?}"), async || {
                seen = self.value_of(id).await?;
                Ok((seen == expected).then_some(()))
            })
            .await;
        found.with_context(|| format!("#{id} holds {seen:?}"))
    }

    /// Presses keys with the focus where it is, e.g. `Key::Control + "k"`.
    pub async fn press(&self, keys: impl Into<TypingData>) -> Result<()> {
        let active = self.driver()?.active_element().await?;
        active.send_keys(keys).await.context("pressing keys")
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
        let element = self.element(id).await?;
        self.bring_into_view(&element).await?;
        element.click().await.with_context(|| format!("clicking #{id}"))
    }

    /// Scrolls the element to the middle of its scrolling area. WebKitWebDriver scrolls a field
    /// above the view only up to the edge, where the top bar covers it, and then refuses to
    /// clear it as "not interactable".
    pub async fn bring_into_view(&self, element: &WebElement) -> Result<()> {
        self.script(
            "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
            vec![element.to_json()?],
        )
        .await
        .map(|_| ())
    }

    /// Replaces the content of the input `#id` by typing `value`, as a user would.
    pub async fn fill(&self, id: &str, value: &str) -> Result<()> {
        let input = self.element(id).await?;
        self.bring_into_view(&input).await?;
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

    /// What a failed test leaves to look at: a screenshot `failed-<name>.png`, and the route and
    /// the alerts the window shows, to add to the error.
    pub async fn diagnose(&self, name: &str) -> String {
        let shot = match self.screenshot(&format!("failed-{name}")).await {
            Ok(()) => format!("screenshot failed-{name}.png"),
            Err(err) => format!("no screenshot ({err:#})"),
        };
        let seen = self
            .script(
                "const shown = [...document.querySelectorAll('[role=alert], .field-error')] \
                   .map(e => e.id ? e.id + ': ' + e.innerText : e.innerText); \
                 return JSON.stringify({ route: location.hash, alerts: shown });",
                Vec::new(),
            )
            .await
            .map_or_else(
                |err| format!("window not readable: {err:#}"),
                |value| value.as_str().unwrap_or_default().to_owned(),
            );
        format!("{shot}; window: {seen}")
    }

    /// Waits until the database named on the command line is open (the home screen shows), and
    /// fails at once with the connect screen's message when opening it failed.
    pub async fn expect_opened_at_start(&self) -> Result<()> {
        let refusal = self
            .wait_for("the database named at start to open", async || {
                if !self.all("#home-screen").await?.is_empty() {
                    return Ok(Some(None));
                }
                match self.all("#connect-error").await?.first() {
                    Some(error) => Ok(Some(Some(error.text().await?))),
                    None => Ok(None),
                }
            })
            .await?;
        match refusal {
            None => Ok(()),
            Some(message) => bail!("the app could not open the database: {message}"),
        }
    }

    /// From the connect screen of a first run to the home screen on the embedded database.
    pub async fn open_embedded_database(&self) -> Result<()> {
        self.click("connect-embedded").await?;
        self.element("home-screen").await?;
        Ok(())
    }
}

impl Drop for AppSession {
    /// A session not closed (a test that failed with `?`). thirtyfour's own destructor would end
    /// the `WebDriver` session with a blocking request on the test's runtime, which that same
    /// blocked runtime can never serve: it hangs until the request times out, minutes later.
    /// Stopping tauri-driver ends the session, its native driver and the app; the handle is then
    /// only memory, left to the test process's exit.
    fn drop(&mut self) {
        if let Some(driver) = self.driver.take() {
            self.tauri_driver.stop();
            std::mem::forget(driver);
        }
    }
}
