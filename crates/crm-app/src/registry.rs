//! Every command by its name, with JSON in and out: how the `crm` CLI (and scripts) reach the same
//! functions the desktop UI calls through its typed bindings.

use crm_core::validation::{Rule, Violations};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{AppError, Session, session, settings};

/// The names of every command reachable by [`call`], `<entity>_<action>`.
pub const COMMANDS: &[&str] = &["connection_info", "settings_get", "settings_update"];

/// Runs command `name` with JSON `input` (ignored by commands that take none).
pub async fn call(session: &Session, name: &str, input: Value) -> Result<Value, AppError> {
    match name {
        "connection_info" => to_json(&session::connection_info(session).await?),
        "settings_get" => to_json(&settings::settings_get(session).await?),
        "settings_update" => to_json(&settings::settings_update(session, from_json(input)?).await?),
        _ => Err(AppError::Validation(Violations::one("command", Rule::NotAChoice))),
    }
}

fn from_json<T: DeserializeOwned>(input: Value) -> Result<T, AppError> {
    serde_json::from_value(input).map_err(|_| AppError::Validation(Violations::one("input", Rule::Malformed)))
}

fn to_json<T: Serialize>(output: &T) -> Result<Value, AppError> {
    serde_json::to_value(output).map_err(|e| AppError::Internal(e.to_string()))
}
