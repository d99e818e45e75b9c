//! Reminder about any record, for one user (DOMAIN.md §1.3 generic links, §4.12).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::attachment::TargetType;
use crate::validation::{self, Rule, Violations};

/// Longest subject (`str(250)`).
pub const SUBJECT_MAX: usize = 250;

/// A reminder as stored. Each user sees only their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Reminder {
    pub id: Id,
    pub target_type: TargetType,
    pub target_id: Id,
    pub subject: String,
    pub description: String,
    /// When to remind.
    pub reminder_date: DateTime<Utc>,
    pub active: bool,
    pub send_notification_email: bool,
    /// The reminded user.
    pub owner_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a user edits, for a create or an update.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ReminderInput {
    /// Required.
    pub target_type: Option<TargetType>,
    /// Required.
    pub target_id: Option<Id>,
    pub subject: String,
    pub description: String,
    /// Required.
    pub reminder_date: Option<DateTime<Utc>>,
    /// Default true.
    pub active: Option<bool>,
    /// Default true.
    pub send_notification_email: Option<bool>,
    /// The reminded user; the acting user when empty (R-GEN-1).
    pub owner_id: Option<Id>,
}

impl ReminderInput {
    /// Trims the texts, enforces target, subject and time, and fills the defaults.
    pub fn validate(mut self) -> Result<ReminderInput, Violations> {
        let mut v = Violations::default();
        if self.target_type.is_none() {
            v.push("target_type", Rule::Required);
        }
        if self.target_id.is_none() {
            v.push("target_id", Rule::Required);
        }
        self.subject = validation::text(&mut v, "subject", &self.subject, SUBJECT_MAX, true);
        self.description = validation::trimmed(&self.description);
        if self.reminder_date.is_none() {
            v.push("reminder_date", Rule::Required);
        }
        self.active.get_or_insert(true);
        self.send_notification_email.get_or_insert(true);
        v.into_result(self)
    }
}

/// The filters of a reminder list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ReminderFilter {
    pub owner_id: Option<Id>,
    pub target_type: Option<TargetType>,
    pub target_id: Option<Id>,
    pub active: Option<bool>,
    /// Due at or after this moment.
    pub due_from: Option<DateTime<Utc>>,
    /// Due before this moment.
    pub due_until: Option<DateTime<Utc>>,
}

/// The columns a reminder list can be sorted by (a whitelist: nothing else reaches the SQL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ReminderSort {
    #[default]
    ReminderDate,
    CreatedAt,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_subject_and_time_are_all_reported_missing() {
        let fields: Vec<_> = ReminderInput::default()
            .validate()
            .expect_err("invalid")
            .iter()
            .map(|v| (v.field, v.rule.code()))
            .collect();
        assert_eq!(
            fields,
            [
                ("target_type", "required"),
                ("target_id", "required"),
                ("subject", "required"),
                ("reminder_date", "required")
            ]
        );
    }

    #[test]
    fn a_reminder_is_active_and_mailed_unless_told_otherwise() {
        let reminder = ReminderInput {
            target_type: Some(TargetType::Deal),
            target_id: Some(Id(8)),
            subject: " Call Anna ".into(),
            reminder_date: Some(DateTime::UNIX_EPOCH),
            send_notification_email: Some(false),
            ..ReminderInput::default()
        }
        .validate()
        .expect("valid");
        assert_eq!(reminder.subject, "Call Anna");
        assert_eq!(reminder.active, Some(true));
        assert_eq!(reminder.send_notification_email, Some(false));
    }
}
