//! The reminder checker (R-TASK-2): every due, active reminder tells its owner "CRM Reminder:
//! <subject>" about its object, by e-mail too when it asks for one; then the object's
//! `remind_me` is switched off and the reminder is spent. The moment is a parameter, so the
//! desktop shell's timer, the CLI and tests decide what "now" is.

use chrono::{DateTime, Duration, Utc};
use crm_core::Id;
use crm_store::record::{self, Entity, Fields};
use crm_store::reminders::REMINDER;
use crm_store::{Db, StoreError, Tx};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::fields::{flag_of, id_of, object, text_of, version_of};
use crate::notices::{self, Mail, Notification};
use crate::{AppError, Session};

/// `reminders_due`: when to check; default now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DueCheck {
    pub now: Option<DateTime<Utc>>,
}

/// `reminders_due`: the reminders that fired.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RemindersFired {
    pub reminder_ids: Vec<Id>,
}

/// `reminders_due`: fires the acting user's due reminders (an administrator's run fires
/// everybody's, as the installation's checker does).
pub async fn reminders_due(session: &Session, input: DueCheck) -> Result<RemindersFired, AppError> {
    let now = input.now.unwrap_or_else(crm_store::now);
    let owner = (!session.actor().is_superuser).then(|| session.user_id());
    let reminder_ids = fire_due_reminders(session.db(), owner, now).await?;
    Ok(RemindersFired { reminder_ids })
}

/// R-TASK-2: fires every active reminder (of `owner`, or of everybody) due at `now`, each in a
/// transaction of its own; a reminder another checker fired first is left alone.
pub async fn fire_due_reminders(db: &Db, owner: Option<Id>, now: DateTime<Utc>) -> Result<Vec<Id>, AppError> {
    let mut filter = object(json!({
        "active": true,
        // The filter is "before"; a reminder due this very microsecond is due too.
        "due_until": now + Duration::microseconds(1),
    }));
    if let Some(owner) = owner {
        filter.insert("owner_id".into(), json!(owner.0));
    }
    let mut fired = Vec::new();
    for reminder in crate::fields::all_rows_by(db, &REMINDER, &filter, "reminder_date").await? {
        let Some(id) = id_of(&reminder, "id") else {
            continue;
        };
        let mut tx = db.begin().await?;
        match fire(&mut tx, &reminder).await {
            Ok(()) => {
                tx.commit().await?;
                fired.push(id);
            }
            Err(AppError::Conflict { .. }) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(fired)
}

/// The entity a reminder's target type names, with its static key, when it keeps `remind_me`.
fn reminded(target_type: &str) -> Option<(&'static str, &'static Entity)> {
    match target_type {
        "deal" => Some(("deal", &crm_store::deals::DEAL)),
        "task" => Some(("task", &crm_store::tasks::TASK)),
        "project" => Some(("project", &crm_store::tasks::PROJECT)),
        _ => None,
    }
}

/// The static entity key of `target_type`, for the notice's object.
fn static_key(target_type: &str) -> &'static str {
    const KEYS: [&str; 13] = [
        "company",
        "contact",
        "lead",
        "request",
        "deal",
        "crm_email",
        "product",
        "task",
        "project",
        "memo",
        "eml_message",
        "chat_message",
        "quality_event",
    ];
    KEYS.into_iter().find(|k| *k == target_type).unwrap_or("")
}

/// Fires one reminder read as `stored`: spent first (a stale version means another checker got
/// there), then the object's `remind_me` off, then the owner told.
async fn fire(tx: &mut Tx, stored: &Fields) -> Result<(), AppError> {
    let id = id_of(stored, "id").ok_or_else(|| AppError::Internal("a reminder without an id".into()))?;
    let mailed = flag_of(stored, "send_notification_email");
    record::patch_in(
        tx,
        &REMINDER,
        None,
        id.0,
        version_of(stored),
        &object(json!({ "active": false, "send_notification_email": false })),
    )
    .await?;
    let target_type = text_of(stored, "target_type");
    let target = id_of(stored, "target_id");
    if let (Some((_, entity)), Some(target)) = (reminded(target_type), target) {
        match record::get_in(tx, entity, target.0).await {
            Ok(object_row) if flag_of(&object_row, "remind_me") => {
                record::patch_in(
                    tx,
                    entity,
                    None,
                    target.0,
                    version_of(&object_row),
                    &object(json!({ "remind_me": false })),
                )
                .await?;
            }
            // The object is gone: the reminder still reaches its owner.
            Ok(_) | Err(StoreError::NotFound { .. }) => {}
            Err(other) => return Err(other.into()),
        }
    }
    let Some(owner) = id_of(stored, "owner_id") else {
        return Ok(());
    };
    let about = match target {
        Some(target) => match notices::about(tx, static_key(target_type), target).await {
            Ok(about) => Some(about),
            Err(AppError::NotFound { .. }) => None,
            Err(other) => return Err(other),
        },
        None => None,
    };
    let subject = text_of(stored, "subject").to_owned();
    let description = text_of(stored, "description");
    let body = if description.trim().is_empty() {
        subject.clone()
    } else {
        description.to_owned()
    };
    let mut notification = Notification::new("notice-reminder", about);
    notification.args = vec![("subject", subject)];
    notification.mail = if mailed { Mail::Plain { body } } else { Mail::None };
    // Nobody acts here: the owner is e-mailed even when their own desktop runs the checker.
    notices::notify(tx, None, &[owner], &notification).await
}
