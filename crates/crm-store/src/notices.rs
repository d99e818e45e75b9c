//! In-app notices and the queue of notification e-mails (DOMAIN.md §14), and what the notifier
//! needs to know about a recipient: their address, language and whether they administer the CRM.

use crate::dialect::statement;
use crate::record::{Column, Entity, Filter, FilterOp, Kind};
use crate::{StoreError, Tx, dispatch_tx};

/// One notice for one user, about one object.
pub static NOTICE: Entity = Entity {
    key: "notice",
    table: "notices",
    columns: &[
        Column::new("user_id", Kind::I64),
        Column::new("level", Kind::Text),
        Column::new("text", Kind::Text),
        Column::new("target_type", Kind::Text),
        Column::new("target_id", Kind::I64),
        Column::new("object_name", Kind::Text),
        // `read` is a reserved word on MySQL.
        Column::renamed("read", "is_read", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("created_at", Kind::Time)],
    filters: &[
        Filter::eq("user_id", Kind::I64),
        Filter {
            key: "read",
            column: "is_read",
            kind: Kind::Bool,
            op: FilterOp::Eq,
        },
    ],
};

/// One notification e-mail waiting for (or past) delivery.
pub static NOTICE_EMAIL: Entity = Entity {
    key: "notice_email",
    table: "notice_emails",
    columns: &[
        Column::new("language", Kind::Text),
        // Comma-separated addresses.
        Column::new("recipients", Kind::Text),
        Column::new("subject", Kind::Text),
        Column::new("body", Kind::Text),
        Column::new("sent_at", Kind::Time),
        Column::new("attempts", Kind::I32),
        Column::new("last_error", Kind::Text),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("created_at", Kind::Time)],
    filters: &[Filter::present("sent", "sent_at")],
};

/// What the notifier needs to know about one user.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub id: i64,
    pub username: String,
    pub email: String,
    /// The profile's language; empty when the user chose none.
    pub language: String,
    pub is_active: bool,
    pub is_superuser: bool,
}

const RECIPIENT: &str = "SELECT u.id, u.username, u.email, COALESCE(p.language_code, '') AS language, \
     u.is_active, u.is_superuser FROM users u LEFT JOIN user_profiles p ON p.user_id = u.id WHERE u.id = ?";
const ADMINISTRATORS: &str = "SELECT u.id, u.username, u.email, COALESCE(p.language_code, '') AS language, \
     u.is_active, u.is_superuser FROM users u LEFT JOIN user_profiles p ON p.user_id = u.id \
     WHERE u.is_superuser = ? AND u.is_active = ? ORDER BY u.id";
const SAME_UNREAD: &str = "SELECT COUNT(*) FROM notices \
     WHERE user_id = ? AND is_read = ? AND target_type = ? AND target_id = ? AND text = ?";
const UNREAD: &str = "SELECT id FROM notices WHERE user_id = ? AND is_read = ? ORDER BY id";

/// User `id` as a recipient, none when there is no such user.
pub async fn recipient(tx: &mut Tx, id: i64) -> Result<Option<Recipient>, StoreError> {
    dispatch_tx!(tx, |conn, backend| {
        Ok(sqlx::query_as::<_, Recipient>(statement(backend, RECIPIENT))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?)
    })
}

/// The active administrators (superusers), oldest first.
pub async fn administrators(tx: &mut Tx) -> Result<Vec<Recipient>, StoreError> {
    dispatch_tx!(tx, |conn, backend| {
        Ok(sqlx::query_as::<_, Recipient>(statement(backend, ADMINISTRATORS))
            .bind(true)
            .bind(true)
            .fetch_all(&mut *conn)
            .await?)
    })
}

/// Whether `user` has an unread notice about `target_type` `target_id` that says `text`.
pub async fn has_unread(
    tx: &mut Tx,
    user: i64,
    target_type: &str,
    target_id: i64,
    text: &str,
) -> Result<bool, StoreError> {
    let count: i64 = dispatch_tx!(tx, |conn, backend| {
        sqlx::query_scalar(statement(backend, SAME_UNREAD))
            .bind(user)
            .bind(false)
            .bind(target_type.to_owned())
            .bind(target_id)
            .bind(text.to_owned())
            .fetch_one(&mut *conn)
            .await?
    });
    Ok(count > 0)
}

/// The ids of `user`'s unread notices, oldest first.
pub async fn unread_ids(tx: &mut Tx, user: i64) -> Result<Vec<i64>, StoreError> {
    dispatch_tx!(tx, |conn, backend| {
        Ok(sqlx::query_scalar(statement(backend, UNREAD))
            .bind(user)
            .bind(false)
            .fetch_all(&mut *conn)
            .await?)
    })
}

const SET_LANGUAGE: &str = "UPDATE user_profiles SET language_code = ?, updated_at = ?, version = version + 1 \
     WHERE user_id = ?";

/// Sets the UI language of user `id`'s profile (§2.4: it follows the language picked in the UI).
pub async fn set_language(tx: &mut Tx, id: i64, code: &str) -> Result<(), StoreError> {
    let now = crate::now();
    dispatch_tx!(tx, |conn, backend| {
        sqlx::query(statement(backend, SET_LANGUAGE))
            .bind(code.to_owned())
            .bind(crate::Moment(now))
            .bind(id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}
