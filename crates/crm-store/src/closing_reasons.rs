//! Reasons for closing a deal (DOMAIN.md §3.8), a per-department list in rating order.

use crate::record::{Column, Entity, Filter, Kind};

pub static CLOSING_REASON: Entity = Entity {
    key: "closing_reason",
    table: "closing_reasons",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("department_id", Kind::I64),
        Column::new("index_number", Kind::I16),
        Column::new("success_reason", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("index_number", Kind::I16), ("name", Kind::Text)],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("success_reason", Kind::Bool),
    ],
};
