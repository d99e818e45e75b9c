//! Frozen copies of the income report per department and owner (DOMAIN.md §6.1, R-ANL-10).

use crate::record::{Column, Entity, Filter, Kind};

pub static INCOME_STAT_SNAPSHOT: Entity = Entity {
    key: "income_stat_snapshot",
    table: "income_stat_snapshots",
    columns: &[
        Column::new("webpage", Kind::Text),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[("created_at", Kind::Time), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
    ],
};
