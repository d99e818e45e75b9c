//! Files attached to any record (DOMAIN.md §4.11) through a generic link (§1.3).

use crate::record::{Column, Entity, Filter, Kind};

pub static ATTACHMENT: Entity = Entity {
    key: "attachment",
    table: "attachments",
    columns: &[
        Column::new("file", Kind::Text),
        Column::new("attached_to_deal", Kind::Bool),
        Column::new("target_type", Kind::Text),
        Column::new("target_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("created_at", Kind::Time), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("target_type", Kind::Text),
        Filter::eq("target_id", Kind::I64),
        Filter::eq("attached_to_deal", Kind::Bool),
        // The other rows naming a file: it is removed with the last of them.
        Filter::eq("file", Kind::Text),
    ],
};
