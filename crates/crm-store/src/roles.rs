//! Roles (DOMAIN.md §2.2): named permission sets, seeded at install and editable after.

use crate::record::{Column, Entity, Kind};

pub static ROLE: Entity = Entity {
    key: "role",
    table: "roles",
    columns: &[Column::new("name", Kind::Text)],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[],
};
