//! Reminders (DOMAIN.md §4.12); the owner is the reminded user and sees only their own.

use crate::record::{Column, Entity, Filter, Kind};

pub static REMINDER: Entity = Entity {
    key: "reminder",
    table: "reminders",
    columns: &[
        Column::new("target_type", Kind::Text),
        Column::new("target_id", Kind::I64),
        Column::new("subject", Kind::Text),
        Column::new("description", Kind::Text),
        Column::new("reminder_date", Kind::Time),
        Column::new("active", Kind::Bool),
        Column::new("send_notification_email", Kind::Bool),
        Column::new("owner_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[
        ("reminder_date", Kind::Time),
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("target_type", Kind::Text),
        Filter::eq("target_id", Kind::I64),
        Filter::eq("active", Kind::Bool),
        Filter::from("due_from", "reminder_date", Kind::Time),
        Filter::until("due_until", "reminder_date", Kind::Time),
    ],
};
