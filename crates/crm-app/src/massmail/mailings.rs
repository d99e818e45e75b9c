//! Making and steering mailings: from a selection of records (R-MM-2), activation (R-MM-4), the
//! no-sending-days notice (R-MM-6), merging and excluding recipients (R-MM-10), and the mass-mail
//! settings an administrator keeps.

use chrono::{NaiveDate, Utc};
use crm_core::Id;
use crm_core::access::{Perm, Resource};
use crm_core::massmail::{
    Criteria, CriteriaFacts, DEFAULT_UNSUBSCRIBE_URL, MailingOut, MailingOutInput, MailingStatus,
    MassmailSettings, RecipientType, is_no_mailing_day, join_ids, parse_ids, union_ids, united_name,
};
use crm_core::settings_lists::MassmailSettingsInput;
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::massmail::{EML_MESSAGE, MAILING_OUT, SettingsRow};
use crm_store::record::{self, Fields};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{
    MassmailNotice, RecipientSelection, is_eligible, language_of, mailing_accounts_of, recipient_spec,
};
use crate::entities::{Edit, MAILING_OUT as MAILING_OUT_SPEC, typed};
use crate::fields::{id_of, object, text_of};
use crate::records::{self, permitted};
use crate::registry::NoInput;
use crate::{AppError, Localizer, Session, actor};

fn invalid(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// A mailing and what the user is told about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MailingSaved {
    pub mailing: MailingOut,
    pub notices: Vec<MassmailNotice>,
}

/// The mass-mail settings (§5).
pub async fn settings_of(db: &crm_store::Db) -> Result<MassmailSettings, AppError> {
    let row = crm_store::massmail::settings(db).await?;
    Ok(MassmailSettings {
        id: Id(row.id),
        emails_per_day: row.emails_per_day,
        use_business_time: row.use_business_time,
        business_time_start: row.business_time_start,
        business_time_end: row.business_time_end,
        unsubscribe_url: row.unsubscribe_url,
        created_at: row.created_at,
        updated_at: row.updated_at,
        version: row.version,
    })
}

/// `massmail_settings_get` (administrators): the mass-mail settings.
pub async fn massmail_settings_get(session: &Session, _: NoInput) -> Result<MassmailSettings, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    settings_of(session.db()).await
}

/// `massmail_settings_update` (administrators): saves the settings read at `version`.
pub async fn massmail_settings_update(
    session: &Session,
    edit: Edit<MassmailSettingsInput>,
) -> Result<MassmailSettings, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let input = edit.input.validate()?;
    let current = settings_of(session.db()).await?;
    let row = SettingsRow {
        id: 1,
        emails_per_day: i32::try_from(input.emails_per_day).unwrap_or(i32::MAX),
        use_business_time: input.use_business_time,
        business_time_start: input.business_time_start,
        business_time_end: input.business_time_end,
        unsubscribe_url: input.unsubscribe_url,
        created_at: current.created_at,
        updated_at: current.updated_at,
        version: edit.version,
    };
    if !crm_store::massmail::save_settings(session.db(), &row).await? {
        return Err(AppError::Conflict {
            entity: "massmail_settings",
            id: 1,
            current: serde_json::to_value(&current).unwrap_or_default(),
        });
    }
    settings_of(session.db()).await
}

/// R-MM-6: the notice users get when they make a mailing, and when they open the mailing list
/// on a Friday, Saturday or Sunday.
fn no_weekend_notice(locale: &str) -> MassmailNotice {
    MassmailNotice::new(locale, "massmail-no-weekend-sending", None)
}

/// `massmail_notices`: what the mailing list tells its user today (R-MM-6); `today` defaults to
/// the current day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MassmailNoticeQuery {
    pub today: Option<NaiveDate>,
}

/// `massmail_notices`: the notices of the mailing list on `today`.
pub async fn massmail_notices(
    session: &Session,
    input: MassmailNoticeQuery,
) -> Result<Vec<MassmailNotice>, AppError> {
    let today = input.today.unwrap_or_else(|| Utc::now().date_naive());
    let locale = language_of(session.db(), Some(session.user_id())).await?;
    Ok(if is_no_mailing_day(today) {
        vec![no_weekend_notice(&locale)]
    } else {
        Vec::new()
    })
}

/// `mailing_create`: a paused mailing to the selected records (R-MM-2). The user needs an account
/// that may send mailings and records of one owner; unsubscribed, disqualified and unreachable
/// records are left out (R-MM-1) and the user is told so.
pub async fn mailing_create(session: &Session, input: RecipientSelection) -> Result<MailingSaved, AppError> {
    let actor = session.actor();
    if !permitted(actor, Resource::MailingOut, Perm::Change) {
        return Err(AppError::Forbidden);
    }
    let spec = recipient_spec(input.recipient_type);
    let mut chosen = Vec::new();
    let mut owners: Vec<Option<Id>> = Vec::new();
    for id in &input.ids {
        let record = records::get(session, spec, id.0).await?;
        let owner = id_of(&record, "owner_id");
        if !owners.contains(&owner) {
            owners.push(owner);
        }
        chosen.push(record);
    }
    require_mailing_account(session).await?;
    if owners.len() > 1 {
        return Err(invalid("ids", Rule::MixedOwners));
    }
    let owner = owners.into_iter().flatten().next().unwrap_or(actor.user_id);
    file_mailing(session, input.recipient_type, owner, &chosen).await
}

/// R-MM-2: a mailing is made only by a user with an account that may send mailings.
async fn require_mailing_account(session: &Session) -> Result<(), AppError> {
    let mut tx = session.db().begin().await?;
    if mailing_accounts_of(&mut tx, session.user_id()).await?.is_empty() {
        return Err(invalid("recipient_type", Rule::NoMailingAccount));
    }
    Ok(())
}

/// R-MM-2, R-MM-3: a paused, untitled mailing of `owner` to the eligible ones of `chosen`
/// (R-MM-1), in their order, with the notices of a new mailing.
async fn file_mailing(
    session: &Session,
    kind: RecipientType,
    owner: Id,
    chosen: &[Fields],
) -> Result<MailingSaved, AppError> {
    let actor = session.actor();
    let eligible: Vec<i64> = chosen
        .iter()
        .filter(|r| is_eligible(r))
        .filter_map(|r| id_of(r, "id").map(|id| id.0))
        .collect();
    if eligible.is_empty() {
        return Err(invalid("ids", Rule::NoRecipients));
    }
    let locale = language_of(session.db(), Some(actor.user_id)).await?;
    let mut notices = Vec::new();
    if eligible.len() < chosen.len() {
        notices.push(MassmailNotice::new(
            &locale,
            "massmail-unsubscribed-excluded",
            None,
        ));
    }
    let department = actor::load(session.db(), owner, None).await?.department_of();
    let mut tx = session.db().begin().await?;
    let created = record::create_in(
        &mut tx,
        &MAILING_OUT,
        Some(actor.user_id.0),
        &object(json!({
            "name": Localizer::embedded().message(&locale, "massmail-untitled", None),
            "status": MailingStatus::Paused.code(),
            "recipient_type": kind.key(),
            "recipient_ids": join_ids(&eligible),
            "recipients_number": eligible.len(),
            "owner_id": owner.0,
            "department_id": department.map(|d| d.0),
        })),
    )
    .await?;
    tx.commit().await?;
    notices.push(no_weekend_notice(&locale));
    Ok(MailingSaved {
        mailing: typed(created)?,
        notices,
    })
}

/// Every row of `spec` the user sees that matches `filter`.
async fn visible_rows(
    session: &Session,
    spec: &crate::records::Spec,
    filter: Fields,
) -> Result<Vec<Fields>, AppError> {
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let page = crm_core::list::PageRequest {
            after,
            limit: Some(crm_core::list::MAX_PAGE_SIZE),
            descending: false,
        };
        let page = records::list(session, spec, filter.clone(), "", &page).await?;
        rows.extend(page.items);
        match page.next_cursor {
            Some(cursor) => after = Some(cursor),
            None => return Ok(rows),
        }
    }
}

/// The user's own companies or contacts in their scope, each with what R-MM-3 looks at: a
/// contact's type and industries are its company's.
async fn own_candidates(
    session: &Session,
    kind: RecipientType,
) -> Result<Vec<(Fields, Candidate)>, AppError> {
    if kind == RecipientType::Lead {
        return Err(invalid("recipient_type", Rule::NotAChoice));
    }
    let own = object(json!({ "owner_id": session.user_id().0 }));
    let rows = visible_rows(session, recipient_spec(kind), own).await?;
    let mut candidates = Vec::new();
    for row in rows {
        let company = if kind == RecipientType::Contact {
            match id_of(&row, "company_id") {
                Some(company) => record::get(session.db(), &crm_store::companies::COMPANY, company.0).await?,
                None => Fields::new(),
            }
        } else {
            row.clone()
        };
        let industries = company
            .get("industry_ids")
            .and_then(serde_json::Value::as_array)
            .map(|ids| ids.iter().filter_map(serde_json::Value::as_i64).map(Id).collect())
            .unwrap_or_default();
        let created = row
            .get("created_at")
            .and_then(serde_json::Value::as_str)
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc).date_naive())
            .unwrap_or_default();
        let candidate = Candidate {
            country_id: id_of(&row, "country_id"),
            type_id: id_of(&company, "type_id"),
            industry_ids: industries,
            created,
        };
        candidates.push((row, candidate));
    }
    Ok(candidates)
}

/// What R-MM-3 looks at on one candidate.
struct Candidate {
    country_id: Option<Id>,
    type_id: Option<Id>,
    industry_ids: Vec<Id>,
    created: NaiveDate,
}

impl Candidate {
    fn facts(&self) -> CriteriaFacts<'_> {
        CriteriaFacts {
            country_id: self.country_id,
            type_id: self.type_id,
            industry_ids: &self.industry_ids,
            created: self.created,
        }
    }
}

/// `mailing_create_from_criteria`: which companies or contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CriteriaSelection {
    /// Companies or contacts; leads are chosen by selection only.
    pub recipient_type: RecipientType,
    #[serde(default)]
    pub criteria: Criteria,
}

/// `mailing_create_from_criteria`: a paused mailing to the user's own eligible companies or
/// contacts of their scope that meet the criteria (R-MM-3); `before` defaults to today and
/// `after` to the earliest creation day.
pub async fn mailing_create_from_criteria(
    session: &Session,
    input: CriteriaSelection,
) -> Result<MailingSaved, AppError> {
    if !permitted(session.actor(), Resource::MailingOut, Perm::Change) {
        return Err(AppError::Forbidden);
    }
    let criteria = input.criteria.validate()?;
    require_mailing_account(session).await?;
    let chosen: Vec<Fields> = own_candidates(session, input.recipient_type)
        .await?
        .into_iter()
        .filter(|(_, candidate)| criteria.admits(&candidate.facts()))
        .map(|(row, _)| row)
        .collect();
    file_mailing(session, input.recipient_type, session.user_id(), &chosen).await
}

/// The values R-MM-3 offers: only those the user's own records use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CriteriaChoices {
    pub industry_ids: Vec<Id>,
    pub country_ids: Vec<Id>,
    pub type_ids: Vec<Id>,
    /// The earliest creation day, the default of `after`.
    pub earliest: Option<NaiveDate>,
    /// Today, the default of `before`.
    pub today: NaiveDate,
}

/// `mailing_criteria_choices`: for which kind of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ChoicesFor {
    pub recipient_type: RecipientType,
}

/// `mailing_criteria_choices`: what the criteria form offers for companies or contacts
/// (R-MM-3).
pub async fn mailing_criteria_choices(
    session: &Session,
    input: ChoicesFor,
) -> Result<CriteriaChoices, AppError> {
    let mut choices = CriteriaChoices {
        today: Utc::now().date_naive(),
        ..CriteriaChoices::default()
    };
    for (_, candidate) in own_candidates(session, input.recipient_type).await? {
        let add = |list: &mut Vec<Id>, id: Option<Id>| {
            if let Some(id) = id.filter(|id| !list.contains(id)) {
                list.push(id);
            }
        };
        add(&mut choices.country_ids, candidate.country_id);
        add(&mut choices.type_ids, candidate.type_id);
        for industry in &candidate.industry_ids {
            add(&mut choices.industry_ids, Some(*industry));
        }
        choices.earliest = Some(
            choices
                .earliest
                .map_or(candidate.created, |e| e.min(candidate.created)),
        );
    }
    for list in [
        &mut choices.country_ids,
        &mut choices.type_ids,
        &mut choices.industry_ids,
    ] {
        list.sort_unstable();
    }
    Ok(choices)
}

/// Whether `name` is the untitled name in any shipped language.
fn is_untitled(name: &str) -> bool {
    let i18n = Localizer::embedded();
    name.is_empty()
        || i18n
            .locales()
            .iter()
            .any(|l| i18n.message(&l.code, "massmail-untitled", None) == name)
}

/// `mailing_out_update`: saves a mailing's name, message and status made on the version read
/// (R-MM-4). A mailing becomes active only with a message; when its owner has no account for
/// mailings it is paused again; the user is warned when only VIP recipients can be reached or the
/// unsubscribe link still leads to the default address. An untitled mailing takes its message's
/// subject as name.
pub async fn mailing_out_update(
    session: &Session,
    edit: Edit<MailingOutInput>,
) -> Result<MailingSaved, AppError> {
    let mut input = edit.input.validate()?;
    let locale = language_of(session.db(), Some(session.user_id())).await?;
    let settings = settings_of(session.db()).await?;
    let mut tx = session.db().begin().await?;
    let before = records::editable_in(&mut tx, session, &MAILING_OUT_SPEC, edit.id.0, Perm::Change).await?;
    let subject = match input.message_id {
        Some(message) => Some(
            text_of(
                &record::get_in(&mut tx, &EML_MESSAGE, message.0)
                    .await
                    .map_err(|_| invalid("message_id", Rule::NotAChoice))?,
                "subject",
            )
            .to_owned(),
        ),
        None => None,
    };
    let mut notices = Vec::new();
    if input.status.is_sending() && !matches!(text_of(&before, "status"), "A" | "E") {
        let owner = id_of(&before, "owner_id").unwrap_or(session.user_id());
        let accounts = mailing_accounts_of(&mut tx, owner).await?;
        if accounts.is_empty() {
            input.status = MailingStatus::Paused;
            notices.push(MassmailNotice::new(&locale, "massmail-no-account-paused", None));
        } else if accounts.len() == 1 && crate::fields::flag_of(&accounts[0], "main") {
            notices.push(MassmailNotice::new(&locale, "massmail-vip-only", None));
        }
        if settings.unsubscribe_url == DEFAULT_UNSUBSCRIBE_URL {
            notices.push(MassmailNotice::new(
                &locale,
                "massmail-default-unsubscribe-url",
                None,
            ));
        }
    }
    if is_untitled(&input.name) {
        input.name = subject.filter(|s| !s.is_empty()).map_or_else(
            || Localizer::embedded().message(&locale, "massmail-untitled", None),
            |s| s.chars().take(crm_core::massmail::NAME_MAX).collect(),
        );
    }
    let saved = record::patch_in(
        &mut tx,
        &MAILING_OUT,
        Some(session.user_id().0),
        edit.id.0,
        edit.version,
        &object(json!({
            "name": input.name,
            "message_id": input.message_id.map(|m| m.0),
            "status": input.status.code(),
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(MailingSaved {
        mailing: typed(saved)?,
        notices,
    })
}

/// `mailing_merge`: which mailings to unite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MailingMerge {
    pub ids: Vec<Id>,
}

/// `mailing_merge`: unites mailings of one owner, recipient type and message into a new mailing
/// named after the first (R-MM-10): pending ids united without repeats, successful and failed
/// ids and reports joined, recipient numbers summed; the originals are deleted.
pub async fn mailing_merge(session: &Session, input: MailingMerge) -> Result<MailingOut, AppError> {
    let user = Some(session.user_id().0);
    let mut tx = session.db().begin().await?;
    let mut mailings: Vec<MailingOut> = Vec::new();
    for id in &input.ids {
        let row = records::editable_in(&mut tx, session, &MAILING_OUT_SPEC, id.0, Perm::Delete).await?;
        mailings.push(typed(row)?);
    }
    let Some(first) = mailings.first().cloned() else {
        return Err(invalid("ids", Rule::Required));
    };
    if mailings.iter().any(|m| {
        (m.owner_id, m.recipient_type, m.message_id)
            != (first.owner_id, first.recipient_type, first.message_id)
    }) {
        return Err(invalid("ids", Rule::MailingsDiffer));
    }
    let locale = language_of(session.db(), Some(session.user_id())).await?;
    let suffix = Localizer::embedded().message(&locale, "massmail-united", None);
    let joined = |f: fn(&MailingOut) -> &str| -> String {
        mailings
            .iter()
            .map(f)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(",")
    };
    let pending = mailings
        .iter()
        .fold(Vec::new(), |all, m| union_ids(&all, &parse_ids(&m.recipient_ids)));
    let report = mailings
        .iter()
        .map(|m| m.report.as_str())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let created = record::create_in(
        &mut tx,
        &MAILING_OUT,
        user,
        &object(json!({
            "name": united_name(&first.name, &suffix),
            "message_id": first.message_id.map(|m| m.0),
            "status": MailingStatus::Paused.code(),
            "recipient_type": first.recipient_type.key(),
            "recipient_ids": join_ids(&pending),
            "successful_ids": joined(|m| m.successful_ids.as_str()),
            "failed_ids": joined(|m| m.failed_ids.as_str()),
            "report": report,
            "recipients_number": mailings.iter().map(|m| m.recipients_number).sum::<i32>(),
            "owner_id": first.owner_id.map(|o| o.0),
            "department_id": first.department_id.map(|d| d.0),
        })),
    )
    .await?;
    for mailing in &mailings {
        record::purge_in(&mut tx, &MAILING_OUT, user, mailing.id.0, mailing.version).await?;
    }
    tx.commit().await?;
    typed(created)
}

/// All mailings to records of `kind` that sent `message`.
async fn mailings_of_message(tx: &mut Tx, message: Id) -> Result<Vec<Fields>, AppError> {
    super::rows_in(tx, &MAILING_OUT, "mailing_outs", "message_id", message).await
}

/// `mailing_exclude_received`: removes from mailing `id` (read at `version`) the recipients who
/// already received its message through any mailing to the same kind of record (R-MM-10).
pub async fn mailing_exclude_received(
    session: &Session,
    input: crate::entities::RecordRef,
) -> Result<MailingSaved, AppError> {
    let mut tx = session.db().begin().await?;
    let mailing: MailingOut =
        typed(records::editable_in(&mut tx, session, &MAILING_OUT_SPEC, input.id.0, Perm::Change).await?)?;
    let Some(message) = mailing.message_id else {
        return Err(invalid("message_id", Rule::Required));
    };
    let mut received: Vec<i64> = Vec::new();
    for other in mailings_of_message(&mut tx, message).await? {
        if text_of(&other, "recipient_type") == mailing.recipient_type.key() {
            received.extend(parse_ids(text_of(&other, "successful_ids")));
        }
    }
    let pending = parse_ids(&mailing.recipient_ids);
    let kept: Vec<i64> = pending
        .iter()
        .copied()
        .filter(|id| !received.contains(id))
        .collect();
    let excluded = pending.len() - kept.len();
    let saved = record::patch_in(
        &mut tx,
        &MAILING_OUT,
        Some(session.user_id().0),
        mailing.id.0,
        input.version,
        &object(json!({ "recipient_ids": join_ids(&kept) })),
    )
    .await?;
    tx.commit().await?;
    let locale = language_of(session.db(), Some(session.user_id())).await?;
    let mut args = FluentArgs::new();
    args.set("count", excluded);
    Ok(MailingSaved {
        mailing: typed(saved)?,
        notices: vec![MassmailNotice::new(&locale, "massmail-excluded", Some(&args))],
    })
}

/// The record type of a stored mailing.
pub(crate) fn recipient_type_of(mailing: &Fields) -> Option<RecipientType> {
    RecipientType::from_key(text_of(mailing, "recipient_type"))
}
