//! The request assignment events (R-NOTIF-4), written in the transaction that assigns.

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::event::RequestAssigned;

use crate::dialect::statement;
use crate::{Db, StoreError, Tx, dispatch, dispatch_tx};

const INSERT: &str = "INSERT INTO request_assignments \
     (request_id, user_id, as_co_owner, assigned_by_id, assigned_at) VALUES (?, ?, ?, ?, ?)";
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
            .bind(now)
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
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
