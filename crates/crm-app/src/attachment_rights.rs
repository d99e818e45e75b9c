//! R-GEN-10 and R-PERM-4 for attachments: an attachment belongs to the record it hangs on (its
//! generic link, §1.3). Whoever may edit that record may add, replace or remove its attachments;
//! whoever may see it may see them; attachments of incoming or imported e-mails cannot be changed.
//!
//! The plain `attachment_*` commands of the command table call these guards through
//! [`crate::records`]. Targets whose rules live in modules that do not exist here yet (tasks,
//! projects, memos, mass-mail messages, chat messages, quality events) need only the attachment
//! permission of §9.1.

use std::future::Future;
use std::pin::Pin;

use crm_core::Id;
use crm_core::access::{self, Perm, Resource};
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::record::{self, Fields};
use serde_json::Value;

use crate::entities::{CRM_EMAIL, DEAL, spec_of};
use crate::fields::{flag_of, id_of, text_of};
use crate::records::{self, facts};
use crate::{AppError, Session};

/// A guard's future, boxed: the record layer awaits these guards from the very functions they
/// call for the target record, and only a named `Send` future ends that cycle.
pub(crate) type Check<'a> = Pin<Box<dyn Future<Output = Result<(), AppError>> + Send + 'a>>;

/// The record an attachment hangs on: its entity key and id.
fn target(fields: &Fields) -> Option<(&str, Id)> {
    let key = text_of(fields, "target_type");
    let id = id_of(fields, "target_id")?;
    (!key.is_empty()).then_some((key, id))
}

/// R-EMAIL-6: an e-mail that came in or was imported is read-only, its attachments too.
fn is_incoming_or_imported(email: &Fields) -> bool {
    flag_of(email, "incoming") || email.get("uid").is_some_and(|uid| !uid.is_null())
}

/// R-GEN-10: the user may change the attachments of the record `fields` names (on a create, an
/// update, a delete or a restore; for an update both the stored and the new target). A record
/// outside the user's scope is `not_found`; a visible one they may not edit is `forbidden`.
pub(crate) fn require_editable_target<'a>(
    tx: &'a mut Tx,
    session: &'a Session,
    fields: &'a Fields,
) -> Check<'a> {
    Box::pin(editable_target(tx, session, fields))
}

async fn editable_target(tx: &mut Tx, session: &Session, fields: &Fields) -> Result<(), AppError> {
    let Some((key, id)) = target(fields) else {
        return Ok(());
    };
    if key == CRM_EMAIL.entity.key {
        let actor = session.actor();
        let email = record::get_in(tx, CRM_EMAIL.entity, id.0).await?;
        let row = facts(&email);
        if !access::list_scope(actor, Resource::CrmEmail).contains(row.department_id) {
            return Err(AppError::NotFound {
                entity: "crm_email",
                id: id.0,
            });
        }
        let deal = match id_of(&email, "deal_id") {
            Some(deal) => Some(facts(&record::get_in(tx, DEAL.entity, deal.0).await?)),
            None => None,
        };
        return if access::may_edit_email(actor, &row, deal.as_ref(), is_incoming_or_imported(&email)) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        };
    }
    match spec_of(key) {
        Some(spec) => records::editable_in(tx, session, spec, id.0, Perm::Change)
            .await
            .map(|_| ()),
        None => Ok(()),
    }
}

/// R-PERM-1 for attachments: the user sees the attachments of the records they see.
pub(crate) fn require_visible_target<'a>(session: &'a Session, fields: &'a Fields) -> Check<'a> {
    Box::pin(visible_target(session, fields))
}

async fn visible_target(session: &Session, fields: &Fields) -> Result<(), AppError> {
    let Some((key, id)) = target(fields) else {
        return Ok(());
    };
    match spec_of(key) {
        Some(spec) => records::get(session, spec, id.0).await.map(|_| ()),
        None => Ok(()),
    }
}

/// A list of attachments is one record's list: without a target in the filter it would show the
/// attachments of records the user may not see, so only administrators list across records.
pub(crate) async fn require_listable(session: &Session, filter: &Fields) -> Result<(), AppError> {
    if target(filter).is_some() {
        return require_visible_target(session, filter).await;
    }
    if session.actor().is_superuser {
        return Ok(());
    }
    let missing = if filter.get("target_type").is_none_or(Value::is_null) {
        "target_type"
    } else {
        "target_id"
    };
    Err(AppError::Validation(Violations::one(missing, Rule::Required)))
}
