//! Product categories (DOMAIN.md §3.9), a per-department list ordered by name.

use crate::record::{Column, Entity, Filter, Kind};

pub static PRODUCT_CATEGORY: Entity = Entity {
    key: "product_category",
    table: "product_categories",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("description", Kind::Text),
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
