//! `income_snapshot_create`, `income_snapshot_list` and the month-end snapshots (R-ANL-10).

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::access::{Resource, Scope};
use crm_core::analytics::reports::{IncomeReport, IncomeSnapshot, is_month_end_moment};
use crm_core::analytics::scope::single_department;
use crm_core::analytics::{ReportCurrency, ReportQuery};
use crm_core::department::Department;
use crm_store::analytics::INCOME_STAT_SNAPSHOT;
use crm_store::record::{self, Fields};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Context;
use super::income::income_report;
use crate::entities::{DEPARTMENT, ROLE, USER, typed};
use crate::fields::{all_rows, id_of, object, text_of};
use crate::{AppError, Session};

/// How many snapshots the income report shows (R-ANL-10).
const SHOWN: usize = 4;

/// A stored snapshot row as what it holds.
fn snapshot_of(row: &Fields) -> Result<IncomeSnapshot, AppError> {
    let report: IncomeReport = serde_json::from_str(text_of(row, "webpage"))
        .map_err(|e| AppError::Internal(format!("an unreadable income snapshot: {e}")))?;
    let created_at = row
        .get("created_at")
        .cloned()
        .map(serde_json::from_value::<DateTime<Utc>>)
        .transpose()
        .map_err(|e| AppError::Internal(e.to_string()))?
        .unwrap_or_default();
    Ok(IncomeSnapshot {
        id: id_of(row, "id").ok_or_else(|| AppError::Internal("a snapshot without an id".into()))?,
        created_at,
        department_id: id_of(row, "department_id"),
        owner_id: id_of(row, "owner_id"),
        report,
    })
}

/// Saves `report` as a snapshot of (department, owner).
async fn save(session: &Session, report: &IncomeReport) -> Result<IncomeSnapshot, AppError> {
    let webpage = serde_json::to_string(report).map_err(|e| AppError::Internal(e.to_string()))?;
    let fields = object(json!({
        "webpage": webpage,
        "department_id": report.department_id.map(|d| d.0),
        "owner_id": report.owner_id.map(|o| o.0),
    }));
    let mut tx = session.db().begin().await?;
    let row = record::create_in(&mut tx, &INCOME_STAT_SNAPSHOT, Some(session.user_id().0), &fields).await?;
    tx.commit().await?;
    snapshot_of(&row)
}

/// The snapshots of exactly (department, owner), newest first.
async fn snapshots_of(
    session: &Session,
    department: Option<Id>,
    owner: Option<Id>,
) -> Result<Vec<IncomeSnapshot>, AppError> {
    let filter = object(json!({
        "department_id": department.map(|d| d.0),
        "owner_id": owner.map(|o| o.0),
    }));
    let mut rows: Vec<Fields> = all_rows(session, &INCOME_STAT_SNAPSHOT, &filter)
        .await?
        .into_iter()
        .filter(|row| id_of(row, "department_id") == department && id_of(row, "owner_id") == owner)
        .collect();
    rows.sort_by_key(|row| std::cmp::Reverse(id_of(row, "id")));
    rows.iter().map(snapshot_of).collect()
}

/// `income_snapshot_create`: saves the income report as the user sees it now, for its
/// department and owner (or "all") (R-ANL-10).
pub async fn income_snapshot_create(
    session: &Session,
    query: ReportQuery,
) -> Result<IncomeSnapshot, AppError> {
    let ctx = Context::open(session, Resource::IncomeReport, &query)?;
    let report = income_report(&ctx).await?;
    save(session, &report).await
}

/// `income_snapshot_list`: the four latest snapshots of the same (department, owner) scope as
/// the income report the query shows (R-ANL-10).
pub async fn income_snapshot_list(
    session: &Session,
    query: ReportQuery,
) -> Result<Vec<IncomeSnapshot>, AppError> {
    let ctx = Context::open(session, Resource::IncomeReport, &query)?;
    let mut snapshots = snapshots_of(session, single_department(&ctx.departments), ctx.owner).await?;
    snapshots.truncate(SHOWN);
    Ok(snapshots)
}

/// `income_snapshot_month_end`: the moment the scheduler runs; default now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MonthEnd {
    pub moment: Option<DateTime<Utc>>,
}

/// `income_snapshot_month_end`: from 23:00 on the last day of a month, a snapshot of the
/// whole-department income report for every department that has sales managers, once per
/// department and month end (R-ANL-10). Run by the scheduler as an administrator; before the
/// moment it saves nothing.
pub async fn income_snapshot_month_end(
    session: &Session,
    input: MonthEnd,
) -> Result<Vec<IncomeSnapshot>, AppError> {
    if !session.actor().is_superuser || !session.actor().may_use_crm() {
        return Err(AppError::Forbidden);
    }
    let moment = input.moment.unwrap_or_else(Utc::now);
    if !is_month_end_moment(moment) {
        return Ok(Vec::new());
    }
    let day = moment.date_naive();
    let managers = all_rows(session, ROLE.entity, &Fields::new())
        .await?
        .into_iter()
        .find(|role| text_of(role, "name") == "managers")
        .and_then(|role| id_of(&role, "id"));
    let Some(managers) = managers else {
        return Ok(Vec::new());
    };
    let mut saved = Vec::new();
    for department in all_rows(session, DEPARTMENT.entity, &Fields::new()).await? {
        let department: Department = typed(department)?;
        let sellers = all_rows(
            session,
            USER.entity,
            &object(json!({ "role_id": managers.0, "department_id": department.id.0, "is_active": true })),
        )
        .await?;
        if sellers.is_empty() {
            continue;
        }
        let done = snapshots_of(session, Some(department.id), None)
            .await?
            .iter()
            .any(|s| s.report.as_of == day);
        if done {
            continue;
        }
        let ctx = Context {
            session,
            as_of: day,
            departments: Scope::Departments(vec![department.id]),
            owner: None,
            currency: ReportCurrency::Marketing,
        };
        saved.push(save(session, &income_report(&ctx).await?).await?);
    }
    Ok(saved)
}
