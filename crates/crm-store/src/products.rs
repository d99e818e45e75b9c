//! Products and services (DOMAIN.md §3.10), a per-department list ordered by name.

use crate::record::{Column, Entity, Filter, Kind};

pub static PRODUCT: Entity = Entity {
    key: "product",
    table: "products",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("description", Kind::Text),
        Column::new("price", Kind::Money),
        Column::new("currency_id", Kind::I64),
        Column::new("on_sale", Kind::Bool),
        Column::new("type", Kind::Text),
        Column::new("product_category_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &["name", "description"],
    token: None,
    modified_by: true,
    sorts: &[
        ("name", Kind::Text),
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
    ],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("product_category_id", Kind::I64),
        Filter::eq("currency_id", Kind::I64),
        Filter::eq("on_sale", Kind::Bool),
        Filter::eq("type", Kind::Text),
    ],
};
