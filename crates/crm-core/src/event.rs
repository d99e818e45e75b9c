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
