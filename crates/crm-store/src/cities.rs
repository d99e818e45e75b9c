//! Cities (DOMAIN.md §3.2), mostly created on the fly from typed city names (R-CITY-2).

use crate::record::{Column, Entity, Filter, Kind};

pub static CITY: Entity = Entity {
    key: "city",
    table: "cities",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("alternative_names", Kind::Text),
        Column::new("country_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &["name", "alternative_names"],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[Filter::eq("country_id", Kind::I64)],
};
