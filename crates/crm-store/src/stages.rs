//! Deal stages (DOMAIN.md §3.7), a per-department list in pipeline order. The per-department
//! invariants (one default, one success stage, …) span rows and are checked before saving.

use crate::record::{Column, Entity, Filter, Kind};

pub static STAGE: Entity = Entity {
    key: "stage",
    table: "stages",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("department_id", Kind::I64),
        Column::new("index_number", Kind::I16),
        Column::renamed("default", "is_default", Kind::Bool),
        Column::new("second_default", Kind::Bool),
        Column::new("success_stage", Kind::Bool),
        Column::new("conditional_success_stage", Kind::Bool),
        Column::new("goods_shipped", Kind::Bool),
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
    ],
};
