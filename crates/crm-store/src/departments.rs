//! Departments (DOMAIN.md §2.3) on the generic record layer.

use crate::record::{Column, Entity, Filter, Kind};

pub static DEPARTMENT: Entity = Entity {
    key: "department",
    table: "departments",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("works_globally", Kind::Bool),
        Column::new("default_country_id", Kind::I64),
        Column::new("default_currency_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("works_globally", Kind::Bool),
        // Which departments still point at a country or currency, before it is purged.
        Filter::eq("default_country_id", Kind::I64),
        Filter::eq("default_currency_id", Kind::I64),
    ],
};
