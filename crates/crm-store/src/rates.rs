//! Dated exchange rates (DOMAIN.md §3.4), one per currency and day.

use crate::record::{Column, Entity, Filter, Kind};

pub static RATE: Entity = Entity {
    key: "rate",
    table: "rates",
    columns: &[
        Column::new("currency_id", Kind::I64),
        Column::new("payment_date", Kind::Date),
        Column::new("rate_to_state_currency", Kind::Rate),
        Column::new("rate_to_marketing_currency", Kind::Rate),
        Column::new("rate_type", Kind::Text),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("payment_date", Kind::Date), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("currency_id", Kind::I64),
        Filter::eq("rate_type", Kind::Text),
        Filter::from("payment_from", "payment_date", Kind::Date),
        Filter::until("payment_until", "payment_date", Kind::Date),
    ],
};
