//! `remind_me` (R-DEAL-12, and for tasks and projects R-TASK-3 "remind_me as R-DEAL-12"): one
//! reminder for the acting user, due at the start of the next step's day, following the next
//! step and its date, gone when `remind_me` is switched off.

use chrono::{NaiveDate, Utc};
use crm_store::Tx;
use crm_store::record::{self, Fields};
use crm_store::reminders::REMINDER;
use serde_json::{Value, json};

use crate::fields::{all_rows, flag_of, id_of, object, text_of, version_of};
use crate::{AppError, Session};

/// Keeps the reminder of record `after` (of kind `target_type`, saved over `before`) in step
/// with its `remind_me`, next step and next step date.
pub(crate) async fn keep(
    tx: &mut Tx,
    session: &Session,
    target_type: &'static str,
    before: &Fields,
    after: &Fields,
) -> Result<(), AppError> {
    let Some(target) = id_of(after, "id") else {
        return Ok(());
    };
    let (was_on, on) = (flag_of(before, "remind_me"), flag_of(after, "remind_me"));
    if !was_on && !on {
        return Ok(());
    }
    let existing = all_rows(
        session,
        &REMINDER,
        &object(
            json!({ "target_type": target_type, "target_id": target.0, "owner_id": session.user_id().0 }),
        ),
    )
    .await?;
    let user = Some(session.user_id().0);
    if !on {
        for reminder in &existing {
            if let Some(id) = id_of(reminder, "id") {
                record::purge_in(tx, &REMINDER, user, id.0, version_of(reminder)).await?;
            }
        }
        return Ok(());
    }
    let next_step = text_of(after, "next_step");
    let date = after
        .get("next_step_date")
        .and_then(Value::as_str)
        .and_then(|d| d.parse::<NaiveDate>().ok())
        .unwrap_or_else(|| Utc::now().date_naive());
    let start = crm_store::settings_lists::business_time_start(session.db()).await?;
    let offset = crm_store::users::time_zone(session.db(), session.user_id().0)
        .await?
        .and_then(|zone| crm_core::user::zone_offset_minutes(&zone))
        .unwrap_or(0);
    let fields = object(json!({
        "subject": crm_core::deal_flow::reminder_subject(next_step),
        "description": next_step,
        "reminder_date": crm_core::deal_flow::reminder_moment(date, start, offset),
    }));
    if let Some(reminder) = existing.first().filter(|_| was_on) {
        let id =
            id_of(reminder, "id").ok_or_else(|| AppError::Internal("a reminder without an id".into()))?;
        record::patch_in(tx, &REMINDER, user, id.0, version_of(reminder), &fields).await?;
    } else {
        let mut fields = fields;
        fields.insert("target_type".into(), json!(target_type));
        fields.insert("target_id".into(), json!(target.0));
        fields.insert("active".into(), json!(true));
        fields.insert("send_notification_email".into(), json!(true));
        fields.insert("owner_id".into(), json!(session.user_id().0));
        record::create_in(tx, &REMINDER, user, &fields).await?;
    }
    Ok(())
}
