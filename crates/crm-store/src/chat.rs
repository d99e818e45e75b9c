//! Chat messages about a record (DOMAIN.md §6.4), oldest first under their target.

use crate::record::{Column, Entity, Filter, Kind, Link};

pub static CHAT_MESSAGE: Entity = Entity {
    key: "chat_message",
    table: "chat_messages",
    columns: &[
        Column::new("target_type", Kind::Text),
        Column::new("target_id", Kind::I64),
        Column::new("content", Kind::Text),
        Column::new("owner_id", Kind::I64),
        Column::new("answer_to_id", Kind::I64),
        Column::new("topic_id", Kind::I64),
    ],
    read_only: &[],
    links: &[
        // The users who have not read the message yet.
        Link {
            field: "recipient_ids",
            table: "chat_message_recipients",
            own: "chat_message_id",
            other: "user_id",
        },
        Link {
            field: "to_ids",
            table: "chat_message_to",
            own: "chat_message_id",
            other: "user_id",
        },
    ],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("created_at", Kind::Time), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("target_type", Kind::Text),
        Filter::eq("target_id", Kind::I64),
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("topic_id", Kind::I64),
        Filter::eq("answer_to_id", Kind::I64),
        // Unread for this user: what the deal indicator counts.
        Filter::has_link("recipient_id", "recipient_ids"),
        Filter::has_link("to_id", "to_ids"),
        // The messages about the records of one list page (R-DEAL-19).
        Filter::within("target_in", "target_id"),
    ],
};
