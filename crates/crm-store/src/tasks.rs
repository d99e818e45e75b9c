//! The Tasks module (DOMAIN.md §6.2): task and project stages, memo purposes, task tags,
//! projects, tasks and office memos. None of them belongs to a department.

use crate::dialect::statement;
use crate::record::{Column, Entity, Filter, Kind, Link};
use crate::{Db, StoreError, dispatch};

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
        // The rows a user may see (R-TASK-4), as the visibility query found them.
        Filter::within("id_in", "id"),
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
        // The rows a user may see (R-TASK-4), as the visibility query found them.
        Filter::within("id_in", "id"),
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
        // The memos a user may see (R-TASK-5), as the visibility query found them.
        Filter::within("id_in", "id"),
    ],
};

const TASKS_OF: &str = "SELECT t.id FROM tasks t WHERE t.owner_id = ? OR t.co_owner_id = ? \
     OR EXISTS (SELECT 1 FROM task_responsible r WHERE r.task_id = t.id AND r.user_id = ?) \
     OR EXISTS (SELECT 1 FROM task_subscribers s WHERE s.task_id = t.id AND s.user_id = ?) \
     OR EXISTS (SELECT 1 FROM task_subscribers s WHERE s.task_id = t.task_id AND s.user_id = ?) ORDER BY t.id";
const PROJECTS_OF: &str = "SELECT p.id FROM projects p WHERE p.owner_id = ? OR p.co_owner_id = ? \
     OR EXISTS (SELECT 1 FROM project_responsible r WHERE r.project_id = p.id AND r.user_id = ?) \
     OR EXISTS (SELECT 1 FROM project_subscribers s WHERE s.project_id = p.id AND s.user_id = ?) ORDER BY p.id";
const MEMOS_OF: &str = "SELECT m.id FROM memos m WHERE m.owner_id = ? OR (m.draft = ? AND (? OR m.to_id = ? \
     OR EXISTS (SELECT 1 FROM memo_subscribers s WHERE s.memo_id = m.id AND s.user_id = ?))) ORDER BY m.id";
const HEAD_OF: &str = "SELECT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id \
     JOIN roles r ON r.id = ur.role_id JOIN user_departments ud ON ud.user_id = u.id \
     WHERE r.name = ? AND ud.department_id = ? AND u.is_active = ? ORDER BY u.id LIMIT 1";

/// R-TASK-4: the tasks `user` owns, co-owns, is responsible for or subscribes to, and the
/// sub-tasks of the tasks they subscribe to.
pub async fn tasks_of(db: &Db, user: i64) -> Result<Vec<i64>, StoreError> {
    dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(statement(backend, TASKS_OF))
            .bind(user)
            .bind(user)
            .bind(user)
            .bind(user)
            .bind(user)
            .fetch_all(pool)
            .await?)
    })
}

/// R-TASK-4: the projects `user` owns, co-owns, is responsible for or subscribes to.
pub async fn projects_of(db: &Db, user: i64) -> Result<Vec<i64>, StoreError> {
    dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(statement(backend, PROJECTS_OF))
            .bind(user)
            .bind(user)
            .bind(user)
            .bind(user)
            .fetch_all(pool)
            .await?)
    })
}

/// R-TASK-4, R-TASK-5: the memos `user` may see: their own, drafts included, and the others'
/// that are not drafts and are addressed to them or that they subscribe to (every one when
/// `sees_all`).
pub async fn memos_of(db: &Db, user: i64, sees_all: bool) -> Result<Vec<i64>, StoreError> {
    dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(statement(backend, MEMOS_OF))
            .bind(user)
            .bind(false)
            .bind(sees_all)
            .bind(user)
            .bind(user)
            .fetch_all(pool)
            .await?)
    })
}

/// R-TASK-4: the department head of `department` (the first one, if several), none without.
pub async fn department_head(db: &Db, department: i64) -> Result<Option<i64>, StoreError> {
    dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(statement(backend, HEAD_OF))
            .bind("department heads")
            .bind(department)
            .bind(true)
            .fetch_optional(pool)
            .await?)
    })
}

const TASK_COUNTERS: &str = "SELECT COUNT(CASE WHEN t.next_step_date < ? THEN 1 END), \
     COUNT(CASE WHEN t.next_step_date >= ? THEN 1 END) FROM tasks t \
     WHERE t.active = ? AND EXISTS (SELECT 1 FROM task_responsible r WHERE r.task_id = t.id AND r.user_id = ?) \
     AND NOT (t.task_id IS NULL \
     AND NOT EXISTS (SELECT 1 FROM tasks s JOIN task_responsible sr ON sr.task_id = s.id \
         WHERE s.task_id = t.id AND s.active = ? AND sr.user_id = ?) \
     AND EXISTS (SELECT 1 FROM tasks s JOIN task_responsible sr ON sr.task_id = s.id \
         WHERE s.task_id = t.id AND s.active = ? AND s.hide_main_task = ? AND sr.user_id = ?))";
const PENDING_MEMOS: &str = "SELECT COUNT(*) FROM memos WHERE to_id = ? AND stage = ? AND draft = ?";

/// R-TASK-5's menu counters: the active tasks `user` is responsible for whose next step is
/// before `today` (overdue) and the others, leaving out a main task whose sub-task of theirs
/// is closed with `hide_main_task` while none of theirs is active; and the pending memos
/// addressed to them.
pub async fn counters(db: &Db, user: i64, today: chrono::NaiveDate) -> Result<(i64, i64, i64), StoreError> {
    dispatch!(db, |pool, backend| {
        let (overdue, current): (i64, i64) = sqlx::query_as(statement(backend, TASK_COUNTERS))
            .bind(today)
            .bind(today)
            .bind(true)
            .bind(user)
            .bind(true)
            .bind(user)
            .bind(false)
            .bind(true)
            .bind(user)
            .fetch_one(pool)
            .await?;
        let memos: i64 = sqlx::query_scalar(statement(backend, PENDING_MEMOS))
            .bind(user)
            .bind("pen")
            .bind(false)
            .fetch_one(pool)
            .await?;
        Ok((overdue, current, memos))
    })
}
