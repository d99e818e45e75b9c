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

/// Most people or companies looked at per query for an address: the first match wins.
const NAME_CANDIDATES: i64 = 200;

#[derive(sqlx::FromRow)]
struct NamedRow {
    name: String,
    email: String,
    secondary_email: String,
}

const CONTACT_NAMES: &str = "SELECT TRIM(first_name || ' ' || last_name) AS name, email, secondary_email \
     FROM contacts WHERE deleted_at IS NULL AND search_text LIKE ";
const CONTACT_NAMES_MYSQL: &str = "SELECT TRIM(CONCAT(first_name, ' ', last_name)) AS name, email, \
     secondary_email FROM contacts WHERE deleted_at IS NULL AND search_text LIKE ";
const LEAD_NAMES: &str = "SELECT TRIM(first_name || ' ' || last_name) AS name, email, secondary_email \
     FROM leads WHERE deleted_at IS NULL AND search_text LIKE ";
const LEAD_NAMES_MYSQL: &str = "SELECT TRIM(CONCAT(first_name, ' ', last_name)) AS name, email, \
     secondary_email FROM leads WHERE deleted_at IS NULL AND search_text LIKE ";
const COMPANY_NAMES: &str = "SELECT full_name AS name, email, '' AS secondary_email \
     FROM companies WHERE deleted_at IS NULL AND search_text LIKE ";

/// R-EMAIL-4: the name of the first live contact, else lead, else company whose e-mail or
/// secondary e-mail contains `address` (case-insensitively); the lowest id wins.
pub async fn name_of_address(tx: &mut crate::Tx, address: &str) -> Result<Option<String>, crate::StoreError> {
    use crate::search::{LIKE_ESCAPE, like_pattern};
    let address = address.trim();
    if address.is_empty() {
        return Ok(None);
    }
    for (portable, mysql) in [
        (CONTACT_NAMES, CONTACT_NAMES_MYSQL),
        (LEAD_NAMES, LEAD_NAMES_MYSQL),
        (COMPANY_NAMES, COMPANY_NAMES),
    ] {
        let rows: Vec<NamedRow> = crate::dispatch_tx!(tx, |conn, backend| {
            let select = if backend == crate::Backend::Mysql {
                mysql
            } else {
                portable
            };
            let mut qb = sqlx::QueryBuilder::new(select);
            qb.push_bind(like_pattern(address));
            qb.push(format!(" ESCAPE '{LIKE_ESCAPE}' ORDER BY id LIMIT "));
            qb.push_bind(NAME_CANDIDATES);
            qb.build_query_as().fetch_all(&mut *conn).await?
        });
        let found = rows
            .into_iter()
            .find(|row| crm_core::matching::email_matches(address, &row.email, &row.secondary_email));
        if let Some(row) = found {
            return Ok(Some(row.name));
        }
    }
    Ok(None)
}

/// R-EMAIL-10: an imported message keeps the date it was written as its creation date (§1.2).
pub async fn set_created_at_in(
    tx: &mut crate::Tx,
    id: i64,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, backend| {
        sqlx::query(crate::dialect::statement(
            backend,
            "UPDATE crm_emails SET created_at = ? WHERE id = ?",
        ))
        .bind(crate::Moment(at))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// R-EMAIL-10: whether a message of mailbox `email_host_user` is stored already: the same
/// Message-ID, or the same UID with the same date or the same subject.
pub async fn is_imported(
    tx: &mut crate::Tx,
    email_host_user: &str,
    message_id: &str,
    uid: i64,
    date: chrono::DateTime<chrono::Utc>,
    subject: &str,
) -> Result<bool, crate::StoreError> {
    let found: Option<i64> = crate::dispatch_tx!(tx, |conn, backend| {
        sqlx::query_scalar(crate::dialect::statement(
            backend,
            "SELECT id FROM crm_emails WHERE (message_id <> '' AND message_id = ?) \
             OR (email_host_user = ? AND uid = ? AND (created_at = ? OR subject = ?)) LIMIT 1",
        ))
        .bind(message_id)
        .bind(email_host_user)
        .bind(uid)
        .bind(crate::Moment(date))
        .bind(subject)
        .fetch_optional(&mut *conn)
        .await?
    });
    Ok(found.is_some())
}
