//! The Tasks module (DOMAIN.md §6.2): task and project stages, memo purposes, task tags,
//! projects, tasks and office memos. None of them belongs to a department.

use crate::record::{Column, Entity, Filter, Kind, Link};

/// A set of users kept in the link table `table` under the owning row's column `own`.
const fn users(field: &'static str, table: &'static str, own: &'static str) -> Link {
    Link {
        field,
        table,
        own,
        other: "user_id",
    }
}

pub static TASK_STAGE: Entity = Entity {
    key: "task_stage",
    table: "task_stages",
    columns: &[
        Column::new("name", Kind::Text),
        Column::renamed("default", "is_default", Kind::Bool),
        Column::new("done", Kind::Bool),
        Column::new("in_progress", Kind::Bool),
        Column::new("index_number", Kind::I16),
        Column::new("active", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("index_number", Kind::I16), ("name", Kind::Text)],
    filters: &[],
};

pub static PROJECT_STAGE: Entity = Entity {
    key: "project_stage",
    table: "project_stages",
    columns: &[
        Column::new("name", Kind::Text),
        Column::renamed("default", "is_default", Kind::Bool),
        Column::new("done", Kind::Bool),
        Column::new("in_progress", Kind::Bool),
        Column::new("index_number", Kind::I16),
        Column::new("active", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("index_number", Kind::I16), ("name", Kind::Text)],
    filters: &[],
};

/// The purposes of office memos ("for what").
pub static RESOLUTION: Entity = Entity {
    key: "resolution",
    table: "resolutions",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("index_number", Kind::I16),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("index_number", Kind::I16), ("name", Kind::Text)],
    filters: &[],
};

/// Tags of tasks, projects and memos, separate from CRM tags.
pub static TASK_TAG: Entity = Entity {
    key: "task_tag",
    table: "task_tags",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("for_content", Kind::Text),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[Filter::eq("for_content", Kind::Text)],
};

pub static PROJECT: Entity = Entity {
    key: "project",
    table: "projects",
    columns: &[
        Column::new("priority", Kind::I16),
        Column::new("name", Kind::Text),
        Column::new("description", Kind::Text),
        Column::new("note", Kind::Text),
        Column::new("due_date", Kind::Date),
        Column::new("start_date", Kind::Date),
        Column::new("closing_date", Kind::Date),
        Column::new("next_step", Kind::Text),
        Column::new("next_step_date", Kind::Date),
        Column::new("active", Kind::Bool),
        Column::new("remind_me", Kind::Bool),
        Column::new("co_owner_id", Kind::I64),
        Column::new("stage_id", Kind::I64),
        Column::new("owner_id", Kind::I64),
    ],
    // The log of next steps is appended by the workflow, never typed.
    read_only: &[
        Column::new("token", Kind::Text),
        Column::new("workflow", Kind::Text),
    ],
    links: &[
        users("responsible_ids", "project_responsible", "project_id"),
        users(
            "notified_responsible_ids",
            "project_notified_responsible",
            "project_id",
        ),
        users("subscriber_ids", "project_subscribers", "project_id"),
        users(
            "notified_subscriber_ids",
            "project_notified_subscribers",
            "project_id",
        ),
        Link {
            field: "tag_ids",
            table: "project_task_tags",
            own: "project_id",
            other: "task_tag_id",
        },
    ],
    soft_delete: false,
    search: &[],
    token: Some("token"),
    modified_by: true,
    sorts: &[
        ("next_step_date", Kind::Date),
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
        ("name", Kind::Text),
        ("priority", Kind::I16),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("co_owner_id", Kind::I64),
        Filter::eq("stage_id", Kind::I64),
        Filter::eq("active", Kind::Bool),
        Filter::eq("priority", Kind::I16),
        Filter::has_link("responsible_id", "responsible_ids"),
        Filter::has_link("subscriber_id", "subscriber_ids"),
        Filter::has_link("tag_id", "tag_ids"),
        Filter::from("next_step_from", "next_step_date", Kind::Date),
        Filter::until("next_step_until", "next_step_date", Kind::Date),
    ],
};

pub static TASK: Entity = Entity {
    key: "task",
    table: "tasks",
    columns: &[
        Column::new("priority", Kind::I16),
        Column::new("name", Kind::Text),
        Column::new("description", Kind::Text),
        Column::new("note", Kind::Text),
        Column::new("due_date", Kind::Date),
        Column::new("start_date", Kind::Date),
        Column::new("closing_date", Kind::Date),
        Column::new("next_step", Kind::Text),
        Column::new("next_step_date", Kind::Date),
        Column::new("active", Kind::Bool),
        Column::new("remind_me", Kind::Bool),
        Column::new("co_owner_id", Kind::I64),
        Column::new("task_id", Kind::I64),
        Column::new("project_id", Kind::I64),
        Column::new("stage_id", Kind::I64),
        Column::new("hide_main_task", Kind::Bool),
        // Whole seconds (migrations/README.md).
        Column::new("lead_time", Kind::I64),
        Column::new("owner_id", Kind::I64),
    ],
    // The log of next steps is appended by the workflow, never typed.
    read_only: &[
        Column::new("token", Kind::Text),
        Column::new("workflow", Kind::Text),
    ],
    links: &[
        users("responsible_ids", "task_responsible", "task_id"),
        users("notified_responsible_ids", "task_notified_responsible", "task_id"),
        users("subscriber_ids", "task_subscribers", "task_id"),
        users("notified_subscriber_ids", "task_notified_subscribers", "task_id"),
        Link {
            field: "tag_ids",
            table: "task_task_tags",
            own: "task_id",
            other: "task_tag_id",
        },
    ],
    soft_delete: false,
    search: &[],
    token: Some("token"),
    modified_by: true,
    sorts: &[
        ("next_step_date", Kind::Date),
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
        ("name", Kind::Text),
        ("priority", Kind::I16),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("co_owner_id", Kind::I64),
        Filter::eq("stage_id", Kind::I64),
        Filter::eq("project_id", Kind::I64),
        // The subtasks of a task.
        Filter::eq("task_id", Kind::I64),
        Filter::eq("active", Kind::Bool),
        Filter::eq("priority", Kind::I16),
        Filter::has_link("responsible_id", "responsible_ids"),
        Filter::has_link("subscriber_id", "subscriber_ids"),
        Filter::has_link("tag_id", "tag_ids"),
        Filter::from("next_step_from", "next_step_date", Kind::Date),
        Filter::until("next_step_until", "next_step_date", Kind::Date),
    ],
};

/// Office memos.
pub static MEMO: Entity = Entity {
    key: "memo",
    table: "memos",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("to_id", Kind::I64),
        Column::new("task_id", Kind::I64),
        Column::new("resolution_id", Kind::I64),
        Column::new("project_id", Kind::I64),
        Column::new("deal_id", Kind::I64),
        Column::new("description", Kind::Text),
        Column::new("note", Kind::Text),
        Column::new("draft", Kind::Bool),
        Column::new("notified", Kind::Bool),
        Column::new("review_date", Kind::Date),
        Column::new("stage", Kind::Text),
        Column::new("owner_id", Kind::I64),
    ],
    read_only: &[],
    links: &[
        users("subscriber_ids", "memo_subscribers", "memo_id"),
        users("notified_subscriber_ids", "memo_notified_subscribers", "memo_id"),
        Link {
            field: "tag_ids",
            table: "memo_task_tags",
            own: "memo_id",
            other: "task_tag_id",
        },
    ],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
        ("name", Kind::Text),
        ("stage", Kind::Text),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("to_id", Kind::I64),
        Filter::eq("stage", Kind::Text),
        Filter::eq("draft", Kind::Bool),
        Filter::eq("task_id", Kind::I64),
        Filter::eq("project_id", Kind::I64),
        Filter::eq("deal_id", Kind::I64),
        Filter::eq("resolution_id", Kind::I64),
        Filter::has_link("subscriber_id", "subscriber_ids"),
        Filter::has_link("tag_id", "tag_ids"),
    ],
};
