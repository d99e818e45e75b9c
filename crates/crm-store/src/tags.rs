//! CRM tags (DOMAIN.md §3.11) [O], unique per department without case (R-REF-3).

use crate::record::{Column, Entity, Filter, Kind};

pub static TAG: Entity = Entity {
    key: "tag",
    table: "tags",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("owner_id", Kind::I64),
    ],
};
