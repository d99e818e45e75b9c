//! Every command by its name, with JSON in and out: how the `crm` CLI (and scripts) reach the same
//! functions the desktop UI calls through its typed bindings.

use std::sync::OnceLock;

use crm_core::settings::{Settings, SettingsUpdate};
use crm_core::validation::{Rule, Violations};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::entities::{JsonCommand, from_json, json_command, to_json_text};
use crate::session::ConnectionInfo;
use crate::{AppError, Session, entities, session, settings};

/// The input of a command that takes none: `{}` or nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NoInput {}

async fn connection_info(session: &Session, _: NoInput) -> Result<ConnectionInfo, AppError> {
    session::connection_info(session).await
}

async fn settings_get(session: &Session, _: NoInput) -> Result<Settings, AppError> {
    settings::settings_get(session).await
}

async fn settings_update(session: &Session, input: SettingsUpdate) -> Result<Settings, AppError> {
    settings::settings_update(session, input).await
}

/// `session_info`: who is signed in.
pub async fn session_info(session: &Session, _: NoInput) -> Result<session::SessionInfo, AppError> {
    session::session_info(session).await
}

/// Every command, each once, sorted by name.
pub fn commands() -> &'static [JsonCommand] {
    static ALL: OnceLock<Vec<JsonCommand>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = vec![
            json_command!(connection_info, NoInput, ConnectionInfo),
            json_command!(settings_get, NoInput, Settings),
            json_command!(settings_update, SettingsUpdate, Settings),
        ];
        all.extend(entities::json_commands());
        all.sort_by_key(|c| c.name);
        all
    })
}

/// One command as `crm commands` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandShape {
    pub name: &'static str,
    /// The input JSON's TypeScript type, as named in the UI bindings.
    pub input: String,
    /// The same type written out field by field.
    pub input_shape: String,
    /// The output JSON's TypeScript type, as named in the UI bindings.
    pub output: String,
    /// The same type written out field by field.
    pub output_shape: String,
}

/// Every command with the shapes of its input and output.
pub fn shapes() -> Vec<CommandShape> {
    commands()
        .iter()
        .map(|c| CommandShape {
            name: c.name,
            input: (c.input)(),
            input_shape: (c.input_shape)(),
            output: (c.output)(),
            output_shape: (c.output_shape)(),
        })
        .collect()
}

/// Runs command `name` with JSON `input` (`null` for commands that take none): its answer as
/// JSON text, made the way the desktop shell's IPC makes it.
pub async fn call_text(session: &Session, name: &str, input: Value) -> Result<String, AppError> {
    let command = commands()
        .binary_search_by_key(&name, |c| c.name)
        .map_err(|_| AppError::Validation(Violations::one("command", Rule::NotAChoice)))?;
    (commands()[command].run)(session, input).await
}

/// Runs command `name` with JSON `input` (`null` for commands that take none).
pub async fn call(session: &Session, name: &str, input: Value) -> Result<Value, AppError> {
    let text = call_text(session, name, input).await?;
    serde_json::from_str(&text).map_err(|e| AppError::Internal(e.to_string()))
}
