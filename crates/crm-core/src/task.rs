//! The Tasks module's records (DOMAIN.md §6.2, §11): task and project stages, projects, tasks
//! and office memos, with the checks an input passes before any stored state is consulted.
//! The rules that need stored state (R-TASK-3 … R-TASK-6) are the command layer's.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest name, next step (`str(250)`).
pub const NAME_MAX: usize = 250;
/// Longest stage name (`str(70)`).
pub const STAGE_NAME_MAX: usize = 70;
/// Priorities: 1 Low, 2 Middle, 3 High.
pub const PRIORITY_LOW: i16 = 1;
pub const PRIORITY_MIDDLE: i16 = 2;
pub const PRIORITY_HIGH: i16 = 3;

/// A task or project stage (the same fields for both, §6.2). Not per department.
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are independent stored columns (§6.2)"
)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TaskStage {
    pub id: Id,
    /// Seeded names are message ids the UI translates (§7.7).
    pub name: String,
    /// The stage of a new task. Stored as `is_default`.
    pub default: bool,
    /// Reaching it closes the task.
    pub done: bool,
    pub in_progress: bool,
    pub index_number: i16,
    /// Whether a task at this stage is active (R-TASK-3).
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a task operator edits.
#[allow(
    clippy::struct_excessive_bools,
    reason = "the flags are independent stored columns (§6.2)"
)]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TaskStageInput {
    pub name: String,
    pub default: bool,
    pub done: bool,
    pub in_progress: bool,
    /// Default 1.
    pub index_number: Option<i32>,
    /// Default true.
    pub active: Option<bool>,
}

impl TaskStageInput {
    pub fn validate(mut self) -> Result<TaskStageInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, STAGE_NAME_MAX, true);
        let index = *self.index_number.get_or_insert(1);
        validation::integer(&mut v, "index_number", i64::from(index), 1, i64::from(i16::MAX));
        self.active.get_or_insert(true);
        v.into_result(self)
    }
}

/// Task and project stage lists have no filters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TaskStageFilter {}

/// The columns a stage list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TaskStageSort {
    #[default]
    IndexNumber,
    Name,
}

/// A project (the task block of §6.2 and its stage).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Project {
    pub id: Id,
    pub priority: i16,
    pub name: String,
    pub description: String,
    pub note: String,
    pub due_date: Option<NaiveDate>,
    pub start_date: Option<NaiveDate>,
    pub closing_date: Option<NaiveDate>,
    pub responsible_ids: Vec<Id>,
    pub notified_responsible_ids: Vec<Id>,
    pub subscriber_ids: Vec<Id>,
    pub notified_subscriber_ids: Vec<Id>,
    /// Log of next steps, newest first (R-TASK-3, R-DEAL-6).
    pub workflow: String,
    pub next_step: String,
    pub next_step_date: NaiveDate,
    /// Mirrors the stage's `active` (R-TASK-3).
    pub active: bool,
    pub remind_me: bool,
    pub co_owner_id: Option<Id>,
    pub tag_ids: Vec<Id>,
    pub token: String,
    pub stage_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A task: the task block, its stage, its main task and project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Task {
    pub id: Id,
    pub priority: i16,
    pub name: String,
    pub description: String,
    pub note: String,
    pub due_date: Option<NaiveDate>,
    pub start_date: Option<NaiveDate>,
    pub closing_date: Option<NaiveDate>,
    pub responsible_ids: Vec<Id>,
    pub notified_responsible_ids: Vec<Id>,
    pub subscriber_ids: Vec<Id>,
    pub notified_subscriber_ids: Vec<Id>,
    pub workflow: String,
    pub next_step: String,
    pub next_step_date: NaiveDate,
    pub active: bool,
    pub remind_me: bool,
    pub co_owner_id: Option<Id>,
    pub tag_ids: Vec<Id>,
    pub token: String,
    /// The main task of a sub-task.
    pub task_id: Option<Id>,
    pub project_id: Option<Id>,
    pub stage_id: Id,
    pub hide_main_task: bool,
    /// Whole seconds.
    #[specta(type = specta_typescript::Number)]
    pub lead_time: i64,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields a user edits on a task or a project (a project ignores `task_id`, `project_id`,
/// `hide_main_task` and `lead_time`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TaskInput {
    /// Required ("Short title").
    pub name: String,
    /// 1 Low, 2 Middle (default), 3 High.
    pub priority: Option<i16>,
    pub description: String,
    pub note: String,
    /// Not in the past when set or changed (R-TASK-3).
    pub due_date: Option<NaiveDate>,
    pub start_date: Option<NaiveDate>,
    /// Required.
    pub next_step: String,
    /// Default: the next working day (R-TASK-3); not in the past when changed.
    pub next_step_date: Option<NaiveDate>,
    pub remind_me: bool,
    /// Default for a new task: the department head of its creator's department (R-TASK-4).
    pub co_owner_id: Option<Id>,
    /// The acting user when empty.
    pub owner_id: Option<Id>,
    pub responsible_ids: Vec<Id>,
    pub subscriber_ids: Vec<Id>,
    pub tag_ids: Vec<Id>,
    /// Default: the default stage.
    pub stage_id: Option<Id>,
    /// The main task: this is then a sub-task (R-TASK-6).
    pub task_id: Option<Id>,
    pub project_id: Option<Id>,
    pub hide_main_task: bool,
    /// Whole seconds, not negative.
    #[specta(type = Option<specta_typescript::Number>)]
    pub lead_time: Option<i64>,
}

impl TaskInput {
    /// Trims and bounds the texts, requires name and next step, checks the priority and lead
    /// time, and (R-TASK-6) gives a sub-task at most one responsible person.
    pub fn validate(mut self) -> Result<TaskInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        self.next_step = validation::text(&mut v, "next_step", &self.next_step, NAME_MAX, true);
        self.description = validation::trimmed(&self.description);
        self.note = validation::trimmed(&self.note);
        let priority = *self.priority.get_or_insert(PRIORITY_MIDDLE);
        validation::integer(
            &mut v,
            "priority",
            i64::from(priority),
            i64::from(PRIORITY_LOW),
            i64::from(PRIORITY_HIGH),
        );
        let lead_time = *self.lead_time.get_or_insert(0);
        validation::integer(&mut v, "lead_time", lead_time, 0, i64::MAX);
        for ids in [
            &mut self.responsible_ids,
            &mut self.subscriber_ids,
            &mut self.tag_ids,
        ] {
            ids.sort_unstable();
            ids.dedup();
        }
        if self.task_id.is_some() && self.responsible_ids.len() > 1 {
            v.push("responsible_ids", Rule::SubtaskOneResponsible);
        }
        v.into_result(self)
    }
}

/// The filters of a task or project list; every one is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct TaskFilter {
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
    pub stage_id: Option<Id>,
    /// Tasks only.
    pub project_id: Option<Id>,
    /// Tasks only: the sub-tasks of this task.
    pub task_id: Option<Id>,
    pub active: Option<bool>,
    pub priority: Option<i16>,
    pub responsible_id: Option<Id>,
    pub subscriber_id: Option<Id>,
    pub tag_id: Option<Id>,
    pub next_step_from: Option<NaiveDate>,
    pub next_step_until: Option<NaiveDate>,
}

/// The columns a task or project list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TaskSort {
    #[default]
    NextStepDate,
    CreatedAt,
    UpdatedAt,
    Name,
    Priority,
}

/// Where an office memo stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum MemoStage {
    #[default]
    #[serde(rename = "pen")]
    Pending,
    #[serde(rename = "pos")]
    Postponed,
    #[serde(rename = "rev")]
    Reviewed,
}

/// An office memo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Memo {
    pub id: Id,
    pub name: String,
    /// To whom.
    pub to_id: Id,
    pub task_id: Option<Id>,
    /// What for.
    pub resolution_id: Option<Id>,
    pub project_id: Option<Id>,
    pub deal_id: Option<Id>,
    pub description: String,
    /// The conclusion.
    pub note: String,
    /// Available only to the owner (R-TASK-5).
    pub draft: bool,
    /// The recipient has been told of it.
    pub notified: bool,
    pub tag_ids: Vec<Id>,
    pub review_date: Option<NaiveDate>,
    pub stage: MemoStage,
    pub subscriber_ids: Vec<Id>,
    pub notified_subscriber_ids: Vec<Id>,
    pub owner_id: Option<Id>,
    pub modified_by_id: Option<Id>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// The fields the writer of a memo edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MemoInput {
    /// Required.
    pub name: String,
    /// Required.
    pub to_id: Option<Id>,
    pub task_id: Option<Id>,
    pub resolution_id: Option<Id>,
    pub project_id: Option<Id>,
    pub deal_id: Option<Id>,
    pub description: String,
    pub note: String,
    pub draft: bool,
    pub tag_ids: Vec<Id>,
    pub subscriber_ids: Vec<Id>,
    /// The acting user when empty.
    pub owner_id: Option<Id>,
}

impl MemoInput {
    pub fn validate(mut self) -> Result<MemoInput, Violations> {
        let mut v = Violations::default();
        self.name = validation::text(&mut v, "name", &self.name, NAME_MAX, true);
        if self.to_id.is_none() {
            v.push("to_id", Rule::Required);
        }
        self.description = validation::trimmed(&self.description);
        self.note = validation::trimmed(&self.note);
        for ids in [&mut self.subscriber_ids, &mut self.tag_ids] {
            ids.sort_unstable();
            ids.dedup();
        }
        v.into_result(self)
    }
}

/// The filters of a memo list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MemoFilter {
    pub owner_id: Option<Id>,
    pub to_id: Option<Id>,
    pub stage: Option<MemoStage>,
    pub draft: Option<bool>,
    pub task_id: Option<Id>,
    pub project_id: Option<Id>,
    pub deal_id: Option<Id>,
    pub resolution_id: Option<Id>,
    pub subscriber_id: Option<Id>,
    pub tag_id: Option<Id>,
}

/// The columns a memo list can be sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MemoSort {
    #[default]
    CreatedAt,
    UpdatedAt,
    Name,
    Stage,
}

/// R-TASK-6: whether a main task whose responsible people are `responsible` may be closed
/// automatically, given its sub-tasks as (responsible people, done, active): every responsible
/// person has a done sub-task and no sub-task is active.
pub fn main_task_complete(responsible: &[Id], subtasks: &[(Vec<Id>, bool, bool)]) -> bool {
    !subtasks.is_empty()
        && subtasks.iter().all(|(_, _, active)| !active)
        && responsible.iter().all(|r| {
            subtasks
                .iter()
                .any(|(people, done, _)| *done && people.contains(r))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sub_task_has_one_responsible_person() {
        let input = TaskInput {
            name: "Offer".into(),
            next_step: "Write it".into(),
            task_id: Some(Id(1)),
            responsible_ids: vec![Id(2), Id(3)],
            ..TaskInput::default()
        };
        let refused = input.clone().validate().expect_err("R-TASK-6");
        assert_eq!(refused.0[0].field, "responsible_ids");
        assert_eq!(refused.0[0].rule, Rule::SubtaskOneResponsible);
        let main = TaskInput {
            task_id: None,
            ..input
        };
        assert_eq!(
            main.validate().expect("a main task").priority,
            Some(PRIORITY_MIDDLE)
        );
    }

    #[test]
    fn name_next_step_and_priority_are_checked() {
        let refused = TaskInput {
            priority: Some(4),
            ..TaskInput::default()
        }
        .validate()
        .expect_err("invalid");
        let fields: Vec<_> = refused.iter().map(|v| v.field).collect();
        assert_eq!(fields, ["name", "next_step", "priority"]);
    }

    #[test]
    fn a_main_task_is_complete_when_each_responsible_person_is_done() {
        let (anna, bob) = (Id(1), Id(2));
        assert!(main_task_complete(
            &[anna, bob],
            &[(vec![anna], true, false), (vec![bob], true, false)]
        ));
        assert!(!main_task_complete(&[anna, bob], &[(vec![anna], true, false)]));
        assert!(!main_task_complete(
            &[anna],
            &[(vec![anna], true, false), (vec![bob], false, true)]
        ));
        assert!(!main_task_complete(&[anna], &[]));
    }

    #[test]
    fn memo_stages_are_stored_as_codes() {
        assert_eq!(
            serde_json::to_value(MemoStage::Reviewed).ok(),
            Some(serde_json::json!("rev"))
        );
        let refused = MemoInput::default().validate().expect_err("invalid");
        let fields: Vec<_> = refused.iter().map(|v| v.field).collect();
        assert_eq!(fields, ["name", "to_id"]);
    }
}
