//! The recipients' side of mass mail: VIP status (R-MM-7), unsubscribing (R-MM-9), a company's
//! new owner (R-MM-8) and the messages a record has received (R-MM-11).

use std::collections::HashMap;

use crm_core::Id;
use crm_core::access::Perm;
use crm_core::list::Count;
use crm_core::massmail::{EmlMessage, MassContact, RecipientType, parse_ids};
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::massmail::{EMAIL_ACCOUNT, EML_MESSAGE, MAILING_OUT, MASS_CONTACT};
use crm_store::matching::referencing;
use crm_store::record;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::mailings::settings_of;
use super::{
    RecipientSelection, assign_account, main_account_of, mass_contact_of, next_queued_account, recipient_spec,
};
use crate::entities::typed;
use crate::fields::{flag_of, id_of, object, text_of, version_of};
use crate::records;
use crate::{AppError, Session};

fn invalid(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// The owner shared by every selected record the user may change; refused when they differ.
async fn common_owner(
    tx: &mut Tx,
    session: &Session,
    input: &RecipientSelection,
) -> Result<Option<Id>, AppError> {
    let spec = recipient_spec(input.recipient_type);
    let mut owners: Vec<Option<Id>> = Vec::new();
    for id in &input.ids {
        let record = records::editable_in(tx, session, spec, id.0, Perm::Change).await?;
        let owner = id_of(&record, "owner_id");
        if !owners.contains(&owner) {
            owners.push(owner);
        }
    }
    if owners.len() > 1 {
        return Err(invalid("ids", Rule::MixedOwners));
    }
    Ok(owners.into_iter().flatten().next())
}

/// `mass_contact_set_vip`: the selected records (one owner) are written to only by the owner's
/// main account from now on (R-MM-7).
pub async fn mass_contact_set_vip(
    session: &Session,
    input: RecipientSelection,
) -> Result<Vec<MassContact>, AppError> {
    let user = Some(session.user_id().0);
    let mut tx = session.db().begin().await?;
    let owner = common_owner(&mut tx, session, &input).await?;
    let main = match owner {
        Some(owner) => main_account_of(&mut tx, owner).await?,
        None => None,
    };
    let Some(main) = main else {
        return Err(invalid("ids", Rule::NoMainAccount));
    };
    let mut rows = Vec::new();
    for id in &input.ids {
        rows.push(typed(
            assign_account(&mut tx, input.recipient_type, *id, main, user).await?,
        )?);
    }
    tx.commit().await?;
    Ok(rows)
}

/// `mass_contact_remove_vip`: the selected records lose their VIP status: their mass-mail rows
/// that point at a main account are deleted (R-MM-7). How many rows went.
pub async fn mass_contact_remove_vip(
    session: &Session,
    input: RecipientSelection,
) -> Result<Count, AppError> {
    let user = Some(session.user_id().0);
    let mut tx = session.db().begin().await?;
    common_owner(&mut tx, session, &input).await?;
    let mut removed = 0;
    for id in &input.ids {
        let Some(row) = mass_contact_of(&mut tx, input.recipient_type, *id).await? else {
            continue;
        };
        let is_vip = match id_of(&row, "email_account_id") {
            Some(account) => flag_of(&record::get_in(&mut tx, &EMAIL_ACCOUNT, account.0).await?, "main"),
            None => false,
        };
        if is_vip {
            let row_id = id_of(&row, "id").map_or(0, |id| id.0);
            record::purge_in(&mut tx, &MASS_CONTACT, user, row_id, version_of(&row)).await?;
            removed += 1;
        }
    }
    tx.commit().await?;
    Ok(Count(removed))
}

/// R-MM-7: how a record stands with mailings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Subscription {
    Subscribed,
    Unsubscribed,
    /// Subscribed, but no mailing has reached it yet.
    NeverReceived,
}

/// One record's mass-mail status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RecipientStatus {
    pub id: Id,
    /// Its mass-mail row points at a main account.
    pub vip: bool,
    pub subscription: Subscription,
}

/// `massmail_recipient_status`: for each selected record the user may see, whether it is VIP and
/// subscribed, unsubscribed or never reached by a mailing (R-MM-7).
pub async fn massmail_recipient_status(
    session: &Session,
    input: RecipientSelection,
) -> Result<Vec<RecipientStatus>, AppError> {
    let spec = recipient_spec(input.recipient_type);
    let mut records = Vec::new();
    for id in &input.ids {
        records.push(records::get(session, spec, id.0).await?);
    }
    let mut tx = session.db().begin().await?;
    let mut statuses = Vec::new();
    for record in records {
        let Some(id) = id_of(&record, "id") else {
            continue;
        };
        let row = mass_contact_of(&mut tx, input.recipient_type, id).await?;
        let vip = match row.as_ref().and_then(|r| id_of(r, "email_account_id")) {
            Some(account) => flag_of(&record::get_in(&mut tx, &EMAIL_ACCOUNT, account.0).await?, "main"),
            None => false,
        };
        let subscribed = flag_of(&record, "massmail") && row.as_ref().is_none_or(|r| flag_of(r, "massmail"));
        let subscription = if !subscribed {
            Subscription::Unsubscribed
        } else if received_by(&mut tx, input.recipient_type, id).await?.is_empty() {
            Subscription::NeverReceived
        } else {
            Subscription::Subscribed
        };
        statuses.push(RecipientStatus {
            id,
            vip,
            subscription,
        });
    }
    tx.commit().await?;
    Ok(statuses)
}

/// The ids of the newsletter messages that reached record `id` of `kind`, oldest mailing first.
async fn received_by(tx: &mut Tx, kind: RecipientType, id: Id) -> Result<Vec<i64>, AppError> {
    let mailings: Vec<(i64, i32)> = crm_store::massmail::mailings_of_type(tx, kind.key()).await?;
    let mut messages = Vec::new();
    for (mailing, _) in mailings {
        let mailing = record::get_in(tx, &MAILING_OUT, mailing).await?;
        if parse_ids(text_of(&mailing, "successful_ids")).contains(&id.0)
            && let Some(message) = id_of(&mailing, "message_id")
            && !messages.contains(&message.0)
        {
            messages.push(message.0);
        }
    }
    Ok(messages)
}

/// `massmail_received`: which record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RecipientRef {
    pub recipient_type: RecipientType,
    pub id: Id,
}

/// `massmail_received`: the newsletter messages record `id` has successfully received (R-MM-11),
/// for a user who may see the record.
pub async fn massmail_received(session: &Session, input: RecipientRef) -> Result<Vec<EmlMessage>, AppError> {
    records::get(session, recipient_spec(input.recipient_type), input.id.0).await?;
    let mut tx = session.db().begin().await?;
    let mut messages = Vec::new();
    for message in received_by(&mut tx, input.recipient_type, input.id).await? {
        messages.push(typed(record::get_in(&mut tx, &EML_MESSAGE, message).await?)?);
    }
    tx.commit().await?;
    Ok(messages)
}

/// `massmail_unsubscribe`: the token of an unsubscribe link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UnsubscribeLink {
    pub uuid: String,
}

/// Where the unsubscribe page sends the recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Redirect {
    pub url: String,
}

/// `massmail_unsubscribe`: a recipient opened their unsubscribe link (R-MM-9): their mass-mail
/// row and their record stop receiving mailings, and the page redirects to the installation's
/// unsubscribe address; an unknown token just redirects. The token is the only credential, as in
/// the link the recipient received.
pub async fn massmail_unsubscribe(session: &Session, input: UnsubscribeLink) -> Result<Redirect, AppError> {
    let db = session.db();
    let redirect = Redirect {
        url: settings_of(db).await?.unsubscribe_url,
    };
    let Some(row) = crm_store::massmail::mass_contact_by_uuid(db, &input.uuid).await? else {
        return Ok(redirect);
    };
    let mut tx = db.begin().await?;
    let row = record::get_in(&mut tx, &MASS_CONTACT, row).await?;
    let row_id = id_of(&row, "id").map_or(0, |id| id.0);
    record::patch_in(
        &mut tx,
        &MASS_CONTACT,
        None,
        row_id,
        version_of(&row),
        &object(json!({ "massmail": false })),
    )
    .await?;
    if let (Some(kind), Some(target)) = (
        RecipientType::from_key(text_of(&row, "target_type")),
        id_of(&row, "target_id"),
    ) {
        let entity = recipient_spec(kind).entity;
        match record::get_in(&mut tx, entity, target.0).await {
            Ok(stored) => {
                record::patch_in(
                    &mut tx,
                    entity,
                    None,
                    target.0,
                    version_of(&stored),
                    &object(json!({ "massmail": false })),
                )
                .await?;
            }
            Err(crm_store::StoreError::NotFound { .. }) => {}
            Err(other) => return Err(other.into()),
        }
    }
    tx.commit().await?;
    Ok(redirect)
}

/// R-MM-8, inside the transaction that gave company `company` its new owner: the mass-mail rows
/// of the company and of its contacts take the new owner's queued accounts in turn; when the new
/// owner has none, the rows are deleted.
pub(crate) async fn owner_changed(
    tx: &mut Tx,
    company: Id,
    new_owner: Option<Id>,
    user: Option<i64>,
) -> Result<(), AppError> {
    let mut targets = vec![(RecipientType::Company, company)];
    for (contact, _) in referencing(tx, "contacts", "company_id", company).await? {
        targets.push((RecipientType::Contact, Id(contact)));
    }
    owners_changed(tx, &targets, new_owner, user).await
}

/// [`owner_changed`] for many recipients at once, `targets` in the order they take their turns
/// in the new owner's account queue: their mass-mail rows are found with one look-up.
pub(crate) async fn owners_changed(
    tx: &mut Tx,
    targets: &[(RecipientType, Id)],
    new_owner: Option<Id>,
    user: Option<i64>,
) -> Result<(), AppError> {
    let mut ids: Vec<i64> = targets.iter().map(|(_, target)| target.0).collect();
    ids.sort_unstable();
    ids.dedup();
    // The oldest row of each recipient, as `mass_contact_of` finds it.
    let mut rows: HashMap<(String, i64), record::Fields> = HashMap::new();
    for row in record::get_many_in(tx, &MASS_CONTACT, "target_id", &ids).await? {
        let key = (
            text_of(&row, "target_type").to_owned(),
            id_of(&row, "target_id").map_or(0, |id| id.0),
        );
        rows.entry(key).or_insert(row);
    }
    for (kind, target) in targets {
        let Some(row) = rows.remove(&(kind.key().to_owned(), target.0)) else {
            continue;
        };
        let account = match new_owner {
            Some(owner) => next_queued_account(tx, owner, user).await?,
            None => None,
        };
        let row_id = id_of(&row, "id").map_or(0, |id| id.0);
        match account {
            Some(account) => {
                record::patch_in(
                    tx,
                    &MASS_CONTACT,
                    user,
                    row_id,
                    version_of(&row),
                    &object(json!({ "email_account_id": account.0 })),
                )
                .await?;
            }
            None => {
                record::purge_in(tx, &MASS_CONTACT, user, row_id, version_of(&row)).await?;
            }
        }
    }
    Ok(())
}
