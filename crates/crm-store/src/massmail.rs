//! The Massmail module (DOMAIN.md §6.3): mail accounts, signatures, newsletter templates,
//! mailings, their recipients and each user's account rotation.

use crate::record::{Column, Entity, Filter, Kind};

/// Mail accounts [O]. The password columns hold OS keychain references, never secrets.
pub static EMAIL_ACCOUNT: Entity = Entity {
    key: "email_account",
    table: "email_accounts",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("main", Kind::Bool),
        Column::new("massmail", Kind::Bool),
        Column::new("do_import", Kind::Bool),
        Column::new("email_host", Kind::Text),
        Column::new("imap_host", Kind::Text),
        Column::new("email_host_user", Kind::Text),
        Column::new("email_host_password", Kind::Text),
        Column::new("email_app_password", Kind::Text),
        Column::new("email_port", Kind::I32),
        Column::new("from_email", Kind::Text),
        Column::new("email_use_tls", Kind::Bool),
        Column::new("email_use_ssl", Kind::Bool),
        Column::new("email_imail_ssl_certfile", Kind::Text),
        Column::new("email_imail_ssl_keyfile", Kind::Text),
        // Where the first import starts in each mailbox.
        Column::new("start_incoming_uid", Kind::I64),
        Column::new("start_sent_uid", Kind::I64),
        Column::new("co_owner_id", Kind::I64),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    // The OAuth flow stores the token reference; the sender and the import keep the counters,
    // the IMAP positions and the report.
    read_only: &[
        Column::new("refresh_token", Kind::Text),
        Column::new("report", Kind::Text),
        Column::new("today_date", Kind::Date),
        Column::new("today_count", Kind::I32),
        Column::new("inbox_uidvalidity", Kind::I64),
        Column::new("inbox_uidnext", Kind::I64),
        Column::new("sent_uidvalidity", Kind::I64),
        Column::new("sent_uidnext", Kind::I64),
        Column::new("last_import_dt", Kind::Time),
    ],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("co_owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("main", Kind::Bool),
        Filter::eq("massmail", Kind::Bool),
        Filter::eq("do_import", Kind::Bool),
    ],
};

/// E-mail signatures [O].
pub static SIGNATURE: Entity = Entity {
    key: "signature",
    table: "signatures",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("type", Kind::Text),
        Column::new("content", Kind::Text),
        Column::renamed("default", "is_default", Kind::Bool),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
    ],
};

/// Newsletter templates [O]: the message block of CRM e-mails.
pub static EML_MESSAGE: Entity = Entity {
    key: "eml_message",
    table: "eml_messages",
    columns: &[
        Column::new("subject", Kind::Text),
        Column::new("content", Kind::Text),
        Column::new("signature_id", Kind::I64),
        Column::new("prev_corr", Kind::Text),
        Column::new("is_html", Kind::Bool),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[
        ("updated_at", Kind::Time),
        ("created_at", Kind::Time),
        ("subject", Kind::Text),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("signature_id", Kind::I64),
    ],
};

/// Mailings [O].
pub static MAILING_OUT: Entity = Entity {
    key: "mailing_out",
    table: "mailing_outs",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("message_id", Kind::I64),
        Column::new("status", Kind::Text),
        Column::new("recipient_type", Kind::Text),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    // The recipients are fixed when the mailing is made from a selection; the sender keeps the
    // progress, the report and the day's count.
    read_only: &[
        Column::new("recipients_number", Kind::I32),
        Column::new("recipient_ids", Kind::Text),
        Column::new("successful_ids", Kind::Text),
        Column::new("failed_ids", Kind::Text),
        Column::new("report", Kind::Text),
        Column::new("today_count", Kind::I32),
        Column::new("sending_date", Kind::Date),
    ],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: true,
    sorts: &[
        ("created_at", Kind::Time),
        ("updated_at", Kind::Time),
        ("name", Kind::Text),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("status", Kind::Text),
        Filter::eq("message_id", Kind::I64),
        Filter::eq("recipient_type", Kind::Text),
    ],
};

/// Mailing recipients: a company, contact or lead through a generic link.
pub static MASS_CONTACT: Entity = Entity {
    key: "mass_contact",
    table: "mass_contacts",
    columns: &[
        Column::new("target_type", Kind::Text),
        Column::new("target_id", Kind::I64),
        Column::new("email_account_id", Kind::I64),
        Column::new("massmail", Kind::Bool),
    ],
    // The unsubscribe token: a UUID from the column default, sent in every mailing.
    read_only: &[Column::new("uuid", Kind::Text)],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("created_at", Kind::Time), ("updated_at", Kind::Time)],
    filters: &[
        Filter::eq("target_type", Kind::Text),
        Filter::eq("target_id", Kind::I64),
        Filter::eq("email_account_id", Kind::I64),
        Filter::eq("massmail", Kind::Bool),
    ],
};

/// The round-robin order of a user's mailing accounts, one row per user. The sender rotates the
/// queue through the versioned update, so two senders never both take the same turn.
pub static EMAIL_ACCOUNT_QUEUE: Entity = Entity {
    key: "email_account_queue",
    table: "email_account_queues",
    columns: &[
        Column::new("owner_id", Kind::I64),
        Column::new("queue", Kind::Json),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("updated_at", Kind::Time), ("created_at", Kind::Time)],
    filters: &[Filter::eq("owner_id", Kind::I64)],
};

/// The mass-mail settings row (§5), as the sending rules read it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SettingsRow {
    pub id: i64,
    pub emails_per_day: i32,
    pub use_business_time: bool,
    pub business_time_start: chrono::NaiveTime,
    pub business_time_end: chrono::NaiveTime,
    pub unsubscribe_url: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub version: i32,
}

const SETTINGS: &str = "SELECT id, emails_per_day, use_business_time, business_time_start, \
     business_time_end, unsubscribe_url, created_at, updated_at, version FROM massmail_settings WHERE id = 1";
const SAVE_SETTINGS: &str = "UPDATE massmail_settings SET emails_per_day = ?, use_business_time = ?, \
     business_time_start = ?, business_time_end = ?, unsubscribe_url = ?, updated_at = ?, \
     version = version + 1 WHERE id = 1 AND version = ?";
const BY_UUID: &str = "SELECT id FROM mass_contacts WHERE uuid = ?";

/// The mass-mail settings; the seeded row always exists.
pub async fn settings(db: &crate::Db) -> Result<SettingsRow, crate::StoreError> {
    crate::dispatch!(db, |pool, backend| {
        Ok(sqlx::query_as(crate::dialect::statement(backend, SETTINGS))
            .fetch_one(pool)
            .await?)
    })
}

/// Saves the mass-mail settings read at `row.version`; false when they changed since.
pub async fn save_settings(db: &crate::Db, row: &SettingsRow) -> Result<bool, crate::StoreError> {
    let now = crate::now();
    crate::dispatch!(db, |pool, backend| {
        let done = sqlx::query(crate::dialect::statement(backend, SAVE_SETTINGS))
            .bind(row.emails_per_day)
            .bind(row.use_business_time)
            .bind(row.business_time_start)
            .bind(row.business_time_end)
            .bind(row.unsubscribe_url.clone())
            .bind(crate::Moment(now))
            .bind(row.version)
            .execute(pool)
            .await?;
        Ok(done.rows_affected() == 1)
    })
}

/// The mass-mail row whose unsubscribe token is `uuid` (R-MM-9).
pub async fn mass_contact_by_uuid(db: &crate::Db, uuid: &str) -> Result<Option<i64>, crate::StoreError> {
    crate::dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(crate::dialect::statement(backend, BY_UUID))
            .bind(uuid.trim().to_lowercase())
            .fetch_optional(pool)
            .await?)
    })
}

/// The mailings to records of `recipient_type`, oldest first, with their versions (R-MM-10,
/// R-MM-11).
pub async fn mailings_of_type(
    tx: &mut crate::Tx,
    recipient_type: &str,
) -> Result<Vec<(i64, i32)>, crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, backend| {
        Ok(sqlx::query_as(crate::dialect::statement(
            backend,
            "SELECT id, version FROM mailing_outs WHERE recipient_type = ? ORDER BY id",
        ))
        .bind(recipient_type.to_owned())
        .fetch_all(&mut *conn)
        .await?)
    })
}
