//! The request assignment events (R-NOTIF-4), written in the transaction that assigns, and how a
//! listener hears of them: PostgreSQL announces each one on a channel when the transaction
//! commits; elsewhere the listener asks again after a while.

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::event::RequestAssigned;

use crate::dialect::statement;
use crate::{Db, StoreError, Tx, dispatch, dispatch_tx};

const INSERT: &str = "INSERT INTO request_assignments \
     (request_id, user_id, as_co_owner, assigned_by_id, assigned_at) VALUES (?, ?, ?, ?, ?)";
const NOTIFY: &str = "SELECT pg_notify(?, ?)";
const NEWEST: &str = "SELECT COALESCE(MAX(id), 0) FROM request_assignments WHERE user_id = ?";
const ANNOUNCEABLE: &str = "SELECT a.id, a.request_id, a.as_co_owner, a.assigned_by_id, a.assigned_at, \
     r.request_for, COALESCE(u.username, '') AS assigned_by \
     FROM request_assignments a JOIN requests r ON r.id = a.request_id \
     LEFT JOIN users u ON u.id = a.assigned_by_id \
     WHERE a.user_id = ? AND a.id > ? ORDER BY a.id LIMIT ?";
/// The PostgreSQL channel an assignment is announced on; the payload is the assignee's id.
pub const CHANNEL: &str = "oriel_request_assigned";

const AFTER: &str = "SELECT id, request_id, user_id, as_co_owner, assigned_by_id, assigned_at \
     FROM request_assignments WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    request_id: i64,
    user_id: i64,
    as_co_owner: bool,
    assigned_by_id: Option<i64>,
    assigned_at: DateTime<Utc>,
}

/// Records that `request` was assigned to `user` by `by`.
pub async fn record(
    tx: &mut Tx,
    request: Id,
    user: Id,
    as_co_owner: bool,
    by: Option<Id>,
) -> Result<(), StoreError> {
    let now = crate::now();
    dispatch_tx!(tx, |conn, backend| {
        sqlx::query(statement(backend, INSERT))
            .bind(request.0)
            .bind(user.0)
            .bind(as_co_owner)
            .bind(by.map(|b| b.0))
            .bind(crate::Moment(now))
            .execute(&mut *conn)
            .await?;
        // Delivered when (and only if) the assigning transaction commits.
        if backend == crate::Backend::Postgres {
            sqlx::query(statement(backend, NOTIFY))
                .bind(CHANNEL)
                .bind(user.0.to_string())
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    })
}

/// The newest assignment event of `user`; 0 when there is none.
pub async fn newest(db: &Db, user: Id) -> Result<i64, StoreError> {
    Ok(dispatch!(db, |pool, backend| {
        sqlx::query_scalar(statement(backend, NEWEST))
            .bind(user.0)
            .fetch_one(pool)
            .await?
    }))
}

/// An assignment as a notification tells of it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Announceable {
    pub id: i64,
    pub request_id: i64,
    pub as_co_owner: bool,
    pub assigned_by_id: Option<i64>,
    pub assigned_at: DateTime<Utc>,
    /// The request's subject as it is now.
    pub request_for: String,
    /// The assigning user's name; empty when the system assigned.
    pub assigned_by: String,
}

/// The assignments to `user` after event `after_id`, oldest first, at most `limit`, with what a
/// notification says of them.
pub async fn announceable(
    db: &Db,
    user: Id,
    after_id: i64,
    limit: i64,
) -> Result<Vec<Announceable>, StoreError> {
    Ok(dispatch!(db, |pool, backend| {
        sqlx::query_as(statement(backend, ANNOUNCEABLE))
            .bind(user.0)
            .bind(after_id)
            .bind(limit)
            .fetch_all(pool)
            .await?
    }))
}

/// What woke an [`AssignmentListener`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    /// An assignment to the listening user was committed.
    Assigned,
    /// The connection was lost and is being made again: announcements may have been missed.
    Reconnected,
}

/// PostgreSQL's announcements of assignments to one user.
pub struct AssignmentListener {
    listener: sqlx::postgres::PgListener,
    user: String,
}

impl AssignmentListener {
    /// Listens for assignments to `user`; `None` on a backend without announcements, where the
    /// caller asks again after a while instead.
    pub async fn start(db: &Db, user: Id) -> Result<Option<AssignmentListener>, StoreError> {
        let crate::Pool::Postgres(pool) = db.pool() else {
            return Ok(None);
        };
        let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
        listener.listen(CHANNEL).await?;
        Ok(Some(AssignmentListener {
            listener,
            user: user.0.to_string(),
        }))
    }

    /// Waits for the next assignment to the user, or for a lost connection. After a loss the
    /// next call connects again (and fails while the server is away).
    pub async fn next(&mut self) -> Result<Heard, StoreError> {
        loop {
            match self.listener.try_recv().await? {
                Some(notification) if notification.payload() == self.user => return Ok(Heard::Assigned),
                Some(_) => {}
                None => return Ok(Heard::Reconnected),
            }
        }
    }
}

/// The assignments to `user` after event `after_id`, oldest first, at most `limit`.
pub async fn after(db: &Db, user: Id, after_id: i64, limit: i64) -> Result<Vec<RequestAssigned>, StoreError> {
    let rows: Vec<Row> = dispatch!(db, |pool, backend| {
        sqlx::query_as(statement(backend, AFTER))
            .bind(user.0)
            .bind(after_id)
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| RequestAssigned {
            id: Id(r.id),
            request_id: Id(r.request_id),
            user_id: Id(r.user_id),
            as_co_owner: r.as_co_owner,
            assigned_by_id: r.assigned_by_id.map(Id),
            assigned_at: r.assigned_at,
        })
        .collect())
}
