//! Product lines of deals (DOMAIN.md §4.9); those with a shipping date are the shipments.

use crate::record::{Column, Entity, Filter, Kind};

const COLUMNS: &[Column] = &[
    Column::new("deal_id", Kind::I64),
    Column::new("product_id", Kind::I64),
    Column::new("quantity", Kind::I16),
    Column::new("amount", Kind::Money),
    Column::new("currency_id", Kind::I64),
    Column::new("shipping_date", Kind::Date),
    Column::new("planned_shipping_date", Kind::Date),
    Column::new("actual_shipping_date", Kind::Date),
    Column::new("product_is_shipped", Kind::Bool),
    Column::new("serial_number", Kind::Text),
];

const FILTERS: &[Filter] = &[
    Filter::eq("deal_id", Kind::I64),
    // Payments and outputs are seen through their deal (R-PAY-2, R-SHIP-1).
    Filter::parent("deal_owner_id", "deal_id", "deals", "owner_id", false),
    Filter::parent("deal_co_owner_id", "deal_id", "deals", "co_owner_id", false),
    Filter::parent("deal_department_in", "deal_id", "deals", "department_id", true),
    Filter::parent_either(
        "deal_owner_or_co_owner",
        "deal_id",
        "deals",
        "owner_id",
        "co_owner_id",
    ),
    Filter::present("has_shipping_date", "shipping_date"),
    Filter::eq("product_id", Kind::I64),
    Filter::eq("currency_id", Kind::I64),
    Filter::eq("product_is_shipped", Kind::Bool),
    Filter::from("shipping_from", "shipping_date", Kind::Date),
    Filter::until("shipping_until", "shipping_date", Kind::Date),
    Filter::from("actual_from", "actual_shipping_date", Kind::Date),
    Filter::until("actual_until", "actual_shipping_date", Kind::Date),
    // The outputs of the deals on one list page (R-DEAL-19).
    Filter::within("deal_in", "deal_id"),
];

pub static OUTPUT: Entity = Entity {
    key: "output",
    table: "outputs",
    columns: COLUMNS,
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    // Not the amount (SQLite keeps money as text) nor the shipping dates (they may be empty).
    sorts: &[
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
        ("quantity", Kind::I16),
    ],
    filters: FILTERS,
};

/// The Shipments list (R-SHIP-1): the outputs that have a shipping date, latest first. The list
/// always filters on `has_shipping_date`, so its sort column is never empty there.
pub static SHIPMENT: Entity = Entity {
    key: "output",
    table: "outputs",
    columns: COLUMNS,
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("shipping_date", Kind::Date), ("updated_at", Kind::Time)],
    filters: FILTERS,
};
