//! Domain events: what happened that someone else must hear about (§14).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;

/// R-NOTIF-4: request `request_id` was assigned to `user_id`, as its owner or co-owner. Each
/// assignment is one event with an increasing `id`, so a listener that remembers the last id it
/// delivered catches up on everything after it, exactly once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RequestAssigned {
    pub id: Id,
    pub request_id: Id,
    pub user_id: Id,
    pub as_co_owner: bool,
    /// Who assigned it; none when the system did (a web form, an e-mail).
    pub assigned_by_id: Option<Id>,
    pub assigned_at: DateTime<Utc>,
}

/// One change of a record as its history panel shows it (who changed what, when).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct HistoryEntry {
    pub id: Id,
    /// `create`, `update`, `delete`, `restore`, `merge` or `purge`.
    pub action: String,
    pub user_id: Option<Id>,
    pub changed_at: DateTime<Utc>,
    /// Each changed field with its `[old, new]` values.
    #[specta(type = specta_typescript::Unknown)]
    pub changes: serde_json::Value,
    /// On a merge: the record this one was merged into.
    pub merged_into_id: Option<Id>,
}
