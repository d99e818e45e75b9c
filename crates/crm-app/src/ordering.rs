//! Stages and closing reasons keep their department's order: saving one at a position moves the
//! others at or after it one place on (R-REF-1).

use crm_core::access::Perm;
use crm_core::closing_reason::{ClosingReason, ClosingReasonInput};
use crm_core::stage::{Stage, StageInput};
use crm_store::record::Fields;
use crm_store::stages::{Ordered, make_room};
use serde_json::Value;

use crate::entities::{CLOSING_REASON, Edit, STAGE, fields_of, typed};
use crate::records::{self, Spec};
use crate::{AppError, Session};

fn position(record: &Fields) -> (Option<i64>, Option<i64>) {
    (
        record.get("department_id").and_then(Value::as_i64),
        record.get("index_number").and_then(Value::as_i64),
    )
}

async fn create(session: &Session, spec: &Spec, list: Ordered, input: Fields) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    if let (Some(department), Some(index)) = position(&input) {
        let index = i16::try_from(index).unwrap_or(i16::MAX);
        make_room(&mut tx, list, department, index, None).await?;
    }
    let created = records::create_in(&mut tx, session, spec, input).await?;
    tx.commit().await?;
    Ok(created)
}

async fn update(
    session: &Session,
    spec: &Spec,
    list: Ordered,
    id: i64,
    version: i32,
    input: Fields,
) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    let before = records::editable_in(&mut tx, session, spec, id, Perm::Change).await?;
    if let (Some(department), Some(index)) = position(&input)
        && position(&before) != position(&input)
    {
        let index = i16::try_from(index).unwrap_or(i16::MAX);
        make_room(&mut tx, list, department, index, Some(id)).await?;
    }
    let saved = records::update_in(&mut tx, session, spec, id, version, input).await?;
    tx.commit().await?;
    Ok(saved)
}

/// `stage_create`: a new deal stage at its position (R-REF-1).
pub async fn stage_create(session: &Session, input: StageInput) -> Result<Stage, AppError> {
    let input = input.validate()?;
    typed(create(session, &STAGE, Ordered::Stages, fields_of(&input)?).await?)
}

/// `stage_update`: saves an edit of a stage; a new position moves the others (R-REF-1).
pub async fn stage_update(session: &Session, edit: Edit<StageInput>) -> Result<Stage, AppError> {
    let input = edit.input.validate()?;
    typed(
        update(
            session,
            &STAGE,
            Ordered::Stages,
            edit.id.0,
            edit.version,
            fields_of(&input)?,
        )
        .await?,
    )
}

/// `closing_reason_create`: a new closing reason at its position (R-REF-1).
pub async fn closing_reason_create(
    session: &Session,
    input: ClosingReasonInput,
) -> Result<ClosingReason, AppError> {
    let input = input.validate()?;
    typed(
        create(
            session,
            &CLOSING_REASON,
            Ordered::ClosingReasons,
            fields_of(&input)?,
        )
        .await?,
    )
}

/// `closing_reason_update`: saves an edit of a closing reason; a new position moves the others
/// (R-REF-1).
pub async fn closing_reason_update(
    session: &Session,
    edit: Edit<ClosingReasonInput>,
) -> Result<ClosingReason, AppError> {
    let input = edit.input.validate()?;
    typed(
        update(
            session,
            &CLOSING_REASON,
            Ordered::ClosingReasons,
            edit.id.0,
            edit.version,
            fields_of(&input)?,
        )
        .await?,
    )
}
