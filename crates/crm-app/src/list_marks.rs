//! The marks beside the rows of the deal list (R-DEAL-19) and the request list (R-REQ-22), for
//! the page on screen at once: each kind of fact is read with one query over the whole page, and
//! only rows the user may see get marks (a row outside their scope is simply left out).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::list_marks::{
    Counterparty, DealMarks, MarksQuery, NewestEmail, OutputFacts, RequestMarks, email_marks, shipping_marks,
};
use crm_core::request::{RequestFilter, RequestSort};
use crm_core::request_list::{PAGE_SIZE, default_filter, default_order};
use crm_store::chat::CHAT_MESSAGE;
use crm_store::quality::QUALITY_EVENT;
use crm_store::record::Fields;
use serde_json::{Value, json};

use crate::entities::{
    COMPANY, COUNTRY, CRM_EMAIL, DEAL, DEPARTMENT, LEAD, ListQuery, OUTPUT, PAYMENT, REQUEST, STAGE,
};
use crate::fields::{all_rows, flag_of, id_of, object, text_of};
use crate::records;
use crate::{AppError, Session};

fn id_list(ids: impl IntoIterator<Item = Id>) -> Value {
    let mut ids: Vec<i64> = ids.into_iter().map(|id| id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    json!(ids)
}

fn by_id(rows: Vec<Fields>) -> HashMap<Id, Fields> {
    rows.into_iter()
        .filter_map(|row| id_of(&row, "id").map(|id| (id, row)))
        .collect()
}

fn moment_of(record: &Fields, field: &str) -> Option<DateTime<Utc>> {
    record
        .get(field)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
}

/// A lead's name as the lists show it: the person, else the company name typed on the lead.
fn lead_name(lead: &Fields) -> String {
    let person: Vec<&str> = ["first_name", "middle_name", "last_name"]
        .into_iter()
        .map(|field| text_of(lead, field))
        .filter(|part| !part.is_empty())
        .collect();
    if person.is_empty() {
        text_of(lead, "company_name").to_owned()
    } else {
        person.join(" ")
    }
}

/// The leads and companies a page's rows name, read once for the page.
struct Parties {
    leads: HashMap<Id, Fields>,
    companies: HashMap<Id, Fields>,
}

impl Parties {
    async fn of(session: &Session, rows: &[Fields]) -> Result<Parties, AppError> {
        let read = |ids: Value| object(json!({ "id_in": ids }));
        let lead_ids = id_list(rows.iter().filter_map(|r| id_of(r, "lead_id")));
        let company_ids = id_list(rows.iter().filter_map(|r| id_of(r, "company_id")));
        Ok(Parties {
            leads: by_id(all_rows(session, LEAD.entity, &read(lead_ids)).await?),
            companies: by_id(all_rows(session, COMPANY.entity, &read(company_ids)).await?),
        })
    }

    /// The row's lead, else its company.
    fn of_row(&self, row: &Fields) -> Option<Counterparty> {
        if let Some(lead) = id_of(row, "lead_id").and_then(|id| self.leads.get(&id)) {
            return Some(Counterparty {
                lead_id: id_of(lead, "id"),
                name: lead_name(lead),
                country_id: id_of(lead, "country_id"),
                ..Counterparty::default()
            });
        }
        let company = id_of(row, "company_id").and_then(|id| self.companies.get(&id))?;
        Some(Counterparty {
            company_id: id_of(company, "id"),
            name: text_of(company, "full_name").to_owned(),
            country_id: id_of(company, "country_id"),
            ..Counterparty::default()
        })
    }
}

/// How many of `fellows` share each lead and each company (visible rows only).
struct FellowCounts {
    by_lead: HashMap<Id, u32>,
    by_company: HashMap<Id, u32>,
}

impl FellowCounts {
    async fn of(session: &Session, spec: &records::Spec, rows: &[Fields]) -> Result<FellowCounts, AppError> {
        let lead_ids = id_list(rows.iter().filter_map(|r| id_of(r, "lead_id")));
        let company_ids = id_list(rows.iter().filter_map(|r| id_of(r, "company_id")));
        let tally = |fellows: Vec<Fields>, field: &str| {
            let mut counts: HashMap<Id, u32> = HashMap::new();
            for fellow in fellows {
                if let Some(id) = id_of(&fellow, field) {
                    *counts.entry(id).or_default() += 1;
                }
            }
            counts
        };
        let leads = records::list_all(session, spec, object(json!({ "lead_in": lead_ids }))).await?;
        let companies =
            records::list_all(session, spec, object(json!({ "company_in": company_ids }))).await?;
        Ok(FellowCounts {
            by_lead: tally(leads, "lead_id"),
            by_company: tally(companies, "company_id"),
        })
    }

    /// The row's fellows: by lead when it has one, else by company.
    fn of_row(&self, row: &Fields) -> u32 {
        match (id_of(row, "lead_id"), id_of(row, "company_id")) {
            (Some(lead), _) => self.by_lead.get(&lead).copied().unwrap_or(0),
            (None, Some(company)) => self.by_company.get(&company).copied().unwrap_or(0),
            (None, None) => 0,
        }
    }
}

/// The visible rows of `spec` among `ids`, in the order asked.
async fn visible_rows(session: &Session, spec: &records::Spec, ids: &[Id]) -> Result<Vec<Fields>, AppError> {
    let rows = by_id(
        records::list_all(
            session,
            spec,
            object(json!({ "id_in": id_list(ids.iter().copied()) })),
        )
        .await?,
    );
    let mut seen = Vec::new();
    let mut ordered = Vec::new();
    for id in ids {
        if !seen.contains(id)
            && let Some(row) = rows.get(id)
        {
            seen.push(*id);
            ordered.push(row.clone());
        }
    }
    Ok(ordered)
}

/// The newest e-mail not in the trash of each deal.
async fn newest_emails(session: &Session, deal_ids: &Value) -> Result<HashMap<Id, NewestEmail>, AppError> {
    let emails = all_rows(
        session,
        CRM_EMAIL.entity,
        &object(json!({ "deal_in": deal_ids, "trash": false })),
    )
    .await?;
    let mut newest: HashMap<Id, (DateTime<Utc>, Id, NewestEmail)> = HashMap::new();
    for email in emails {
        let (Some(deal), Some(id), Some(received)) = (
            id_of(&email, "deal_id"),
            id_of(&email, "id"),
            moment_of(&email, "created_at"),
        ) else {
            continue;
        };
        let facts = NewestEmail {
            received,
            incoming: flag_of(&email, "incoming"),
            inquiry: flag_of(&email, "inquiry"),
        };
        // Ties within one moment go to the later row.
        let newer = newest
            .get(&deal)
            .is_none_or(|(at, seen, _)| (received, id) > (*at, *seen));
        if newer {
            newest.insert(deal, (received, id, facts));
        }
    }
    Ok(newest
        .into_iter()
        .map(|(deal, (_, _, facts))| (deal, facts))
        .collect())
}

/// The deals of a page with a received payment, and each deal's products.
async fn money_and_goods(
    session: &Session,
    page: &Fields,
) -> Result<(Vec<Id>, HashMap<Id, Vec<OutputFacts>>), AppError> {
    let mut received: Vec<Id> = Vec::new();
    for payment in all_rows(session, PAYMENT.entity, page).await? {
        if text_of(&payment, "status") == "r"
            && let Some(deal) = id_of(&payment, "deal_id")
        {
            received.push(deal);
        }
    }
    let mut outputs: HashMap<Id, Vec<OutputFacts>> = HashMap::new();
    for output in all_rows(session, OUTPUT.entity, page).await? {
        if let Some(deal) = id_of(&output, "deal_id") {
            let shipping_date = output
                .get("shipping_date")
                .and_then(|v| serde_json::from_value(v.clone()).ok());
            outputs
                .entry(deal)
                .or_default()
                .push(OutputFacts { shipping_date });
        }
    }
    Ok((received, outputs))
}

/// The deals of a page with a chat message the user has not read, and each deal's quality score
/// (100 + the weights of its events, for deals with events).
async fn chat_and_quality(
    session: &Session,
    deal_ids: &Value,
) -> Result<(Vec<Id>, HashMap<Id, i32>), AppError> {
    let unread_filter = object(json!({
        "target_type": DEAL.entity.key,
        "target_in": deal_ids,
        "recipient_id": session.user_id().0,
    }));
    let unread = all_rows(session, &CHAT_MESSAGE, &unread_filter)
        .await?
        .iter()
        .filter_map(|message| id_of(message, "target_id"))
        .collect();
    let mut scores: HashMap<Id, i32> = HashMap::new();
    for event in all_rows(session, &QUALITY_EVENT, &object(json!({ "deal_in": deal_ids }))).await? {
        if let Some(deal) = id_of(&event, "deal_id") {
            let weight = event
                .get("weight")
                .and_then(Value::as_i64)
                .and_then(|w| i32::try_from(w).ok())
                .unwrap_or(0);
            *scores.entry(deal).or_insert(100) += weight;
        }
    }
    Ok((unread, scores))
}

/// `deal_marks`: the indicators of the deal rows on screen (R-DEAL-19), at `as_of` (now when
/// absent). Rows the user may not see are left out.
///
/// # Errors
/// `forbidden` when the user may not view deals; `db_unavailable`.
pub async fn deal_marks(session: &Session, query: MarksQuery) -> Result<Vec<DealMarks>, AppError> {
    let as_of = query.as_of.unwrap_or_else(Utc::now);
    let today = as_of.date_naive();
    let deals = visible_rows(session, &DEAL, &query.ids).await?;
    let deal_ids = id_list(deals.iter().filter_map(|d| id_of(d, "id")));
    let page = object(json!({ "deal_in": deal_ids }));

    let request_ids = id_list(deals.iter().filter_map(|d| id_of(d, "request_id")));
    let requests = by_id(all_rows(session, REQUEST.entity, &object(json!({ "id_in": request_ids }))).await?);
    let emails = newest_emails(session, &deal_ids).await?;
    let (received, outputs) = money_and_goods(session, &page).await?;
    let stages = by_id(all_rows(session, STAGE.entity, &Fields::new()).await?);
    let global: Vec<Id> = all_rows(session, DEPARTMENT.entity, &Fields::new())
        .await?
        .iter()
        .filter(|d| flag_of(d, "works_globally"))
        .filter_map(|d| id_of(d, "id"))
        .collect();
    let countries = if deals
        .iter()
        .any(|d| id_of(d, "department_id").is_some_and(|d| global.contains(&d)))
    {
        by_id(all_rows(session, COUNTRY.entity, &Fields::new()).await?)
    } else {
        HashMap::new()
    };
    let parties = Parties::of(session, &deals).await?;
    let fellows = FellowCounts::of(session, &DEAL, &deals).await?;
    let (unread, scores) = chat_and_quality(session, &deal_ids).await?;

    let mut marks = Vec::with_capacity(deals.len());
    for deal in &deals {
        let Some(deal_id) = id_of(deal, "id") else {
            continue;
        };
        let active = flag_of(deal, "active");
        let next_step_date: Option<chrono::NaiveDate> = deal
            .get("next_step_date")
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        let subsequent = id_of(deal, "request_id")
            .and_then(|id| requests.get(&id))
            .is_some_and(|request| flag_of(request, "subsequent"));
        let (unanswered_inquiry, unanswered_email) =
            email_marks(emails.get(&deal_id).copied(), subsequent, as_of);
        let goods_shipped = id_of(deal, "stage_id")
            .and_then(|id| stages.get(&id))
            .is_some_and(|stage| flag_of(stage, "goods_shipped"));
        let [
            payment_received,
            received_without_shipping_date,
            received_without_products,
            shipping_date_expired,
        ] = shipping_marks(
            received.contains(&deal_id),
            outputs.get(&deal_id).map_or(&[][..], Vec::as_slice),
            goods_shipped,
            today,
        );
        let works_globally = id_of(deal, "department_id").is_some_and(|d| global.contains(&d));
        let counterparty = parties.of_row(deal).map(|mut party| {
            if works_globally {
                party.country_id = party.country_id.or_else(|| id_of(deal, "country_id"));
                party.country_name = party
                    .country_id
                    .and_then(|id| countries.get(&id))
                    .map(|country| text_of(country, "name").to_owned());
            } else {
                party.country_id = None;
            }
            party
        });
        marks.push(DealMarks {
            deal_id,
            next_step_overdue: active && next_step_date.is_some_and(|date| date < today),
            new_deal: flag_of(deal, "is_new"),
            unanswered_inquiry,
            unanswered_email,
            payment_received,
            received_without_shipping_date,
            received_without_products,
            shipping_date_expired,
            counterparty,
            deals_with_counterparty: fellows.of_row(deal),
            unread_chat: unread.contains(&deal_id),
            quality_score: scores.get(&deal_id).copied(),
        });
    }
    Ok(marks)
}

/// `request_marks`: the marks of the request rows on screen (R-REQ-22). Rows the user may not
/// see are left out; `as_of` is not used.
///
/// # Errors
/// `forbidden` when the user may not view requests; `db_unavailable`.
pub async fn request_marks(session: &Session, query: MarksQuery) -> Result<Vec<RequestMarks>, AppError> {
    let requests = visible_rows(session, &REQUEST, &query.ids).await?;
    let parties = Parties::of(session, &requests).await?;
    let fellows = FellowCounts::of(session, &REQUEST, &requests).await?;
    let mut marks = Vec::with_capacity(requests.len());
    for request in &requests {
        let Some(request_id) = id_of(request, "id") else {
            continue;
        };
        let case = flag_of(request, "case");
        let counterparty = parties.of_row(request).or_else(|| {
            let typed = text_of(request, "company_name");
            (!typed.is_empty()).then(|| Counterparty {
                name: typed.to_owned(),
                ..Counterparty::default()
            })
        });
        let no_products = request
            .get("product_ids")
            .and_then(Value::as_array)
            .is_none_or(Vec::is_empty);
        marks.push(RequestMarks {
            request_id,
            duplicate: flag_of(request, "duplicate"),
            case,
            open_case: case && flag_of(request, "pending"),
            subsequent: flag_of(request, "subsequent"),
            no_products,
            counterparty: counterparty.map(|mut party| {
                party.country_id = None;
                party
            }),
            requests_with_counterparty: fellows.of_row(request),
        });
    }
    Ok(marks)
}

/// `request_list_defaults`: the query the request list opens with (R-REQ-22): newest first, 30
/// per page, a sales manager's or operator's own requests (R-PERM-2).
///
/// # Errors
/// None; the signature is every command's.
#[allow(clippy::unused_async, reason = "every command is async")]
pub async fn request_list_defaults(
    session: &Session,
    _: crate::registry::NoInput,
) -> Result<ListQuery<RequestFilter, RequestSort>, AppError> {
    let (sort, descending) = default_order();
    Ok(ListQuery {
        filter: default_filter(session.actor()),
        sort,
        page: crm_core::list::PageRequest {
            after: None,
            limit: Some(PAGE_SIZE),
            descending,
        },
    })
}
