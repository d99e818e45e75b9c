//! Transaction quality (DOMAIN.md §6.4): per-department signals and the events that score a deal
//! (100 + the sum of its events' weights).

use crate::record::{Column, Entity, Filter, Kind};

pub static QUALITY_SIGNAL: Entity = Entity {
    key: "quality_signal",
    table: "transaction_quality_signals",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("department_id", Kind::I64),
        Column::new("weight", Kind::I16),
        Column::new("notes", Kind::Text),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
    ],
};

/// The key is `quality_event` because generic links name these rows so (DOMAIN.md §1.3).
pub static QUALITY_EVENT: Entity = Entity {
    key: "quality_event",
    table: "transaction_quality_events",
    columns: &[
        Column::new("signal_id", Kind::I64),
        // Copied from the signal when the event is made, then editable.
        Column::new("weight", Kind::I16),
        Column::new("deal_id", Kind::I64),
        Column::new("details", Kind::Text),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("created_at", Kind::Time), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("deal_id", Kind::I64),
        Filter::eq("signal_id", Kind::I64),
        // The events of the deals of one list page (R-DEAL-19).
        Filter::within("deal_in", "deal_id"),
    ],
};
