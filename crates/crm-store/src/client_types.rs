//! Types of clients (DOMAIN.md §3.5), a per-department list.

use crate::record::{Column, Entity, Filter, Kind};

pub static CLIENT_TYPE: Entity = Entity {
    key: "client_type",
    table: "client_types",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
    ],
};
