//! Payments of deals (DOMAIN.md §4.8).

use crate::record::{Column, Entity, Filter, Kind};

pub static PAYMENT: Entity = Entity {
    key: "payment",
    table: "payments",
    columns: &[
        Column::new("deal_id", Kind::I64),
        Column::new("amount", Kind::Money),
        Column::new("currency_id", Kind::I64),
        Column::new("payment_date", Kind::Date),
        Column::new("status", Kind::Text),
        Column::new("contract_number", Kind::Text),
        Column::new("invoice_number", Kind::Text),
        Column::new("order_number", Kind::Text),
        Column::new("through_representation", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    // Not the amount: SQLite keeps money as text, where "9.00" sorts after "10.00".
    sorts: &[
        ("payment_date", Kind::Date),
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
    ],
    filters: &[
        Filter::eq("deal_id", Kind::I64),
        // Payments and outputs are seen through their deal (R-PAY-2, R-SHIP-1).
        Filter::parent("deal_owner_id", "deal_id", "deals", "owner_id", false),
        Filter::parent("deal_co_owner_id", "deal_id", "deals", "co_owner_id", false),
        Filter::parent("deal_department_in", "deal_id", "deals", "department_id", true),
        Filter::eq("currency_id", Kind::I64),
        Filter::eq("status", Kind::Text),
        Filter::eq("through_representation", Kind::Bool),
        Filter::from("payment_from", "payment_date", Kind::Date),
        Filter::until("payment_until", "payment_date", Kind::Date),
        // The payments of the deals on one list page (R-DEAL-19).
        Filter::within("deal_in", "deal_id"),
    ],
};
