//! Countries (DOMAIN.md §3.1), seeded at install (§7.6) and ordered by name in pickers.

use crate::record::{Column, Entity, Kind};

pub static COUNTRY: Entity = Entity {
    key: "country",
    table: "countries",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("alternative_names", Kind::Text),
        Column::new("url_name", Kind::Text),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("url_name", Kind::Text)],
    filters: &[],
};
