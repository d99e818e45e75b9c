//! "Also attach to the deal" on a file of an e-mail (R-EMAIL-7): ticking it gives the e-mail's
//! deal a copy of the attachment (the same stored file, §4.11); unticking removes that copy.

use crm_core::Id;
use crm_core::access::Perm;
use crm_core::attachment::Attachment;
use crm_core::validation::{Rule, Violations};
use crm_store::record;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{ATTACHMENT, CRM_EMAIL, DEAL, typed};
use crate::fields::{all_rows, flag_of, id_of, object, text_of, version_of};
use crate::{AppError, Session, records};

/// `crm_email_attach_to_deal`: an e-mail's attachment, read at `version`, and whether the deal
/// should have it too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AttachToDeal {
    pub id: Id,
    pub version: i32,
    pub attached: bool,
}

/// `crm_email_attach_to_deal`: ticks or unticks "attach to the deal" (R-EMAIL-7). The user must
/// see the e-mail and may change its deal.
pub async fn crm_email_attach_to_deal(
    session: &Session,
    input: AttachToDeal,
) -> Result<Attachment, AppError> {
    let mut tx = session.db().begin().await?;
    let attachment = record::get_in(&mut tx, ATTACHMENT.entity, input.id.0).await?;
    let not_of_email = || AppError::Validation(Violations::one("id", Rule::NotAChoice));
    if text_of(&attachment, "target_type") != "crm_email" {
        return Err(not_of_email());
    }
    let email_id = id_of(&attachment, "target_id").ok_or_else(not_of_email)?;
    let email = records::get(session, &CRM_EMAIL, email_id.0).await?;
    let deal = id_of(&email, "deal_id")
        .ok_or_else(|| AppError::Validation(Violations::one("deal_id", Rule::Required)))?;
    records::editable_in(&mut tx, session, &DEAL, deal.0, Perm::Change).await?;
    if version_of(&attachment) != input.version {
        return Err(crm_store::StoreError::Conflict {
            entity: "attachment",
            id: input.id.0,
            version: version_of(&attachment),
            current: serde_json::Value::Object(attachment),
        }
        .into());
    }
    let file = text_of(&attachment, "file").to_owned();
    let user = Some(session.user_id().0);
    if input.attached != flag_of(&attachment, "attached_to_deal") {
        let copies = all_rows(
            session,
            ATTACHMENT.entity,
            &object(json!({ "target_type": "deal", "target_id": deal.0, "file": file })),
        )
        .await?;
        if input.attached && copies.is_empty() {
            let copy = object(json!({
                "file": file, "attached_to_deal": false, "target_type": "deal", "target_id": deal.0,
            }));
            record::create_in(&mut tx, ATTACHMENT.entity, user, &copy).await?;
        }
        if !input.attached
            && let Some(copy) = copies.first()
        {
            let copy_id =
                id_of(copy, "id").ok_or_else(|| AppError::Internal("an attachment without an id".into()))?;
            record::purge_in(&mut tx, ATTACHMENT.entity, user, copy_id.0, version_of(copy)).await?;
        }
    }
    let saved = record::patch_in(
        &mut tx,
        ATTACHMENT.entity,
        user,
        input.id.0,
        input.version,
        &object(json!({ "attached_to_deal": input.attached })),
    )
    .await?;
    tx.commit().await?;
    typed(saved)
}
