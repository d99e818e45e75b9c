//! E-mails stored in the CRM (DOMAIN.md §4.10) [O][S], newest first.

use crate::record::{Column, Entity, Filter, Kind};

pub static CRM_EMAIL: Entity = Entity {
    key: "crm_email",
    table: "crm_emails",
    columns: &[
        Column::new("subject", Kind::Text),
        Column::new("content", Kind::Text),
        Column::new("signature_id", Kind::I64),
        Column::new("prev_corr", Kind::Text),
        Column::new("is_html", Kind::Bool),
        Column::renamed("to", "to_field", Kind::Text),
        Column::new("from_field", Kind::Text),
        Column::new("cc", Kind::Text),
        Column::new("bcc", Kind::Text),
        Column::new("sent", Kind::Bool),
        Column::new("incoming", Kind::Bool),
        Column::new("trash", Kind::Bool),
        Column::new("inquiry", Kind::Bool),
        Column::new("read_receipt", Kind::Bool),
        Column::new("deal_id", Kind::I64),
        Column::new("lead_id", Kind::I64),
        Column::new("contact_id", Kind::I64),
        Column::new("company_id", Kind::I64),
        Column::new("request_id", Kind::I64),
        // Copied from the request or deal the message belongs to, so not a fresh token.
        Column::new("ticket", Kind::Text),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    // Where an imported message came from, written once by the import.
    read_only: &[
        Column::new("uid", Kind::I64),
        Column::new("imap_host", Kind::Text),
        Column::new("email_host_user", Kind::Text),
        Column::new("message_id", Kind::Text),
    ],
    links: &[],
    soft_delete: true,
    // The spec also names the IMAP uid, a number the search text does not fold.
    search: &["to", "cc", "from_field", "subject", "content"],
    token: None,
    modified_by: true,
    sorts: &[
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
        ("subject", Kind::Text),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("deal_id", Kind::I64),
        Filter::eq("lead_id", Kind::I64),
        Filter::eq("contact_id", Kind::I64),
        Filter::eq("company_id", Kind::I64),
        Filter::eq("request_id", Kind::I64),
        // The mailboxes are combinations of these flags (inbox = incoming and not trash, …).
        Filter::eq("sent", Kind::Bool),
        Filter::eq("incoming", Kind::Bool),
        Filter::eq("trash", Kind::Bool),
        Filter::eq("inquiry", Kind::Bool),
        Filter::eq("ticket", Kind::Text),
        Filter::eq("message_id", Kind::Text),
        Filter::from("created_from", "created_at", Kind::Time),
        Filter::until("created_until", "created_at", Kind::Time),
        // The e-mails of the deals on one list page (R-DEAL-19).
        Filter::within("deal_in", "deal_id"),
    ],
};

/// The CRM e-mails of `ticket` that have no deal yet, with the version each was read at
/// (R-REQ-18 step 3).
pub async fn without_deal_of_ticket(
    tx: &mut crate::Tx,
    ticket: &str,
) -> Result<Vec<(i64, i32)>, crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, backend| {
        Ok(sqlx::query_as(crate::dialect::statement(
            backend,
            "SELECT id, version FROM crm_emails WHERE ticket = ? AND deal_id IS NULL ORDER BY id",
        ))
        .bind(ticket)
        .fetch_all(&mut *conn)
        .await?)
    })
}
