//! The e-mail lists (R-EMAIL-11): the mailboxes inbox, sent, outbox and trash with their counts,
//! the user's outbox count for the menu, and the e-mails before and after one of the same ticket.
//! Every count and list covers only the e-mails the user may see (R-PERM-1).

use crm_core::Id;
use crm_core::crm_email::{CrmEmail, CrmEmailFilter, CrmEmailSort, Mailbox};
use crm_core::list::{Count, Page};
use crm_store::record::Fields;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::{CRM_EMAIL, ListQuery, RecordRef, fields_of, typed};
use crate::fields::{object, text_of};
use crate::mail_accounts::language_of;
use crate::registry::NoInput;
use crate::{AppError, Localizer, Session, records};

/// E-mails per page unless the user asks for another size (R-EMAIL-11).
pub const PAGE_SIZE: u32 = 30;

/// The flag conditions of a mailbox (§4.10: the mailboxes are derived from the flags).
fn mailbox_flags(mailbox: Mailbox) -> Value {
    match mailbox {
        Mailbox::Inbox => json!({ "incoming": true, "trash": false }),
        Mailbox::Sent => json!({ "sent": true, "trash": false }),
        Mailbox::Outbox => json!({ "sent": false, "incoming": false, "trash": false }),
        Mailbox::Trash => json!({ "trash": true }),
    }
}

/// The store filter of an e-mail list filter: its mailbox as flag conditions.
fn store_filter(filter: &CrmEmailFilter) -> Result<Fields, AppError> {
    let mut fields = fields_of(filter)?;
    fields.remove("mailbox");
    if let Some(mailbox) = filter.mailbox {
        fields.extend(object(mailbox_flags(mailbox)));
    }
    Ok(fields)
}

/// `crm_email_mailbox_list`: a page of the e-mails the user may see in a mailbox (R-EMAIL-11),
/// with the list's other filters, 30 per page unless asked otherwise.
pub async fn crm_email_mailbox_list(
    session: &Session,
    query: ListQuery<CrmEmailFilter, CrmEmailSort>,
) -> Result<Page<CrmEmail>, AppError> {
    let sort = match query.sort {
        CrmEmailSort::CreatedAt => "created_at",
        CrmEmailSort::UpdatedAt => "updated_at",
        CrmEmailSort::Subject => "subject",
    };
    let mut page = query.page;
    page.limit.get_or_insert(PAGE_SIZE);
    let page = records::list(session, &CRM_EMAIL, store_filter(&query.filter)?, sort, &page).await?;
    Ok(Page {
        items: page.items.into_iter().map(typed).collect::<Result<_, _>>()?,
        next_cursor: page.next_cursor,
    })
}

/// `crm_email_mailbox_counts`: whose e-mails to count (none: all the user may see).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MailboxQuery {
    pub owner_id: Option<Id>,
}

/// How many e-mails each mailbox holds, and the outbox's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MailboxCounts {
    pub inbox: Count,
    pub sent: Count,
    pub outbox: Count,
    pub trash: Count,
    /// "Please note that this is a list of unsent emails.", in the user's language.
    pub outbox_note: String,
}

async fn count_in(session: &Session, mailbox: Mailbox, owner: Option<Id>) -> Result<Count, AppError> {
    let filter = CrmEmailFilter {
        mailbox: Some(mailbox),
        owner_id: owner,
        ..CrmEmailFilter::default()
    };
    Ok(Count(
        records::count(session, &CRM_EMAIL, store_filter(&filter)?).await?,
    ))
}

/// `crm_email_mailbox_counts`: the size of each mailbox (R-EMAIL-11).
pub async fn crm_email_mailbox_counts(
    session: &Session,
    query: MailboxQuery,
) -> Result<MailboxCounts, AppError> {
    let language = language_of(session, Some(session.user_id())).await?;
    Ok(MailboxCounts {
        inbox: count_in(session, Mailbox::Inbox, query.owner_id).await?,
        sent: count_in(session, Mailbox::Sent, query.owner_id).await?,
        outbox: count_in(session, Mailbox::Outbox, query.owner_id).await?,
        trash: count_in(session, Mailbox::Trash, query.owner_id).await?,
        outbox_note: Localizer::embedded().message(&language, "email-outbox-note", None),
    })
}

/// `crm_email_outbox_count`: the user's own unsent e-mails, for the menu (R-EMAIL-11).
pub async fn crm_email_outbox_count(session: &Session, _: NoInput) -> Result<Count, AppError> {
    count_in(session, Mailbox::Outbox, Some(session.user_id())).await
}

/// The e-mails written before and after one, under the same ticket.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TicketNeighbours {
    pub previous: Option<Id>,
    pub next: Option<Id>,
}

/// `crm_email_ticket_neighbours`: the previous and the next e-mail of the same ticket as e-mail
/// `id`, by creation time, among those the user may see (R-EMAIL-11).
pub async fn crm_email_ticket_neighbours(
    session: &Session,
    input: RecordRef,
) -> Result<TicketNeighbours, AppError> {
    let email = records::get(session, &CRM_EMAIL, input.id.0).await?;
    let ticket = text_of(&email, "ticket");
    if ticket.is_empty() {
        return Ok(TicketNeighbours::default());
    }
    let mut same = Vec::new();
    let mut after = None;
    loop {
        let page = crm_core::list::PageRequest {
            after,
            limit: Some(crm_core::list::MAX_PAGE_SIZE),
            descending: false,
        };
        let rows = records::list(
            session,
            &CRM_EMAIL,
            object(json!({ "ticket": ticket })),
            "created_at",
            &page,
        )
        .await?;
        same.extend(
            rows.items
                .into_iter()
                .map(typed::<CrmEmail>)
                .collect::<Result<Vec<_>, _>>()?,
        );
        match rows.next_cursor {
            Some(cursor) => after = Some(cursor),
            None => break,
        }
    }
    same.sort_by_key(|e| (e.created_at, e.id.0));
    let at = same.iter().position(|e| e.id == input.id);
    Ok(TicketNeighbours {
        previous: at.and_then(|i| i.checked_sub(1)).map(|i| same[i].id),
        next: at.and_then(|i| same.get(i + 1)).map(|e| e.id),
    })
}
