//! The analytics reports of §10 as commands: each reads the rows its user may see (R-PERM-1),
//! narrowed by the owner filter (R-PERM-2) and, for users who may switch, a department filter,
//! and hands them to the pure computations of [`crm_core::analytics`]. Reports only read
//! (R-PERM-6); the one thing a user saves is an income snapshot (R-ANL-10).

pub mod deals;
pub mod funnel;
pub mod income;
pub mod ranges;
pub mod reasons;
pub mod requests;
pub mod sales;
pub mod snapshots;
pub mod sources;

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use crm_core::Id;
use crm_core::access::{Perm, Resource, Scope};
use crm_core::analytics::reports::ReportMoney;
use crm_core::analytics::scope::{report_departments, report_owner};
use crm_core::analytics::{Converter, ReportCurrency, ReportQuery};
use crm_core::closing_reason::ClosingReason;
use crm_core::currency::Currency;
use crm_core::deal::Deal;
use crm_core::payment::Payment;
use crm_core::rate::Rate;
use crm_core::request::Request;
use crm_core::stage::Stage;
use crm_store::record::{self, Fields};
use serde_json::json;

use crate::entities::{CLOSING_REASON, CURRENCY, DEAL, LEAD, PAYMENT, RATE, REQUEST, STAGE, typed};
use crate::fields::{all_rows, object};
use crate::records::permitted;
use crate::{AppError, Localizer, Session};

/// Today, the day a report is seen on unless the user names another.
fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The rows one report counts: whose, of which departments, seen on which day, in which currency.
pub(crate) struct Context<'a> {
    pub session: &'a Session,
    pub as_of: NaiveDate,
    pub departments: Scope,
    /// Rows this user owns or co-owns; none = every owner.
    pub owner: Option<Id>,
    pub currency: ReportCurrency,
}

impl<'a> Context<'a> {
    /// §9.1: the user must be allowed to view `resource` (R-PERM-6: view is all a report
    /// offers); the scope follows R-PERM-1/2 and the filters of `query`.
    pub fn open(
        session: &'a Session,
        resource: Resource,
        query: &ReportQuery,
    ) -> Result<Context<'a>, AppError> {
        let actor = session.actor();
        if !permitted(actor, resource, Perm::View) {
            return Err(AppError::Forbidden);
        }
        Ok(Context {
            session,
            as_of: query.as_of.unwrap_or_else(today),
            departments: report_departments(actor, resource, query.department_id),
            owner: report_owner(actor, resource, query.owner),
            currency: query.currency,
        })
    }

    /// The departments as a list filter value: none = every row.
    fn department_ids(&self) -> Option<Vec<i64>> {
        match &self.departments {
            Scope::All => None,
            Scope::Departments(ids) => Some(ids.iter().map(|id| id.0).collect()),
        }
    }

    /// The filter of an owned, department-scoped entity for this report.
    fn owned_filter(&self, with_owner: bool) -> Fields {
        object(json!({
            "department_in": self.department_ids(),
            "owner_or_co_owner": self.owner.filter(|_| with_owner).map(|o| o.0),
        }))
    }

    /// The live deals of the scope, owner filter applied.
    pub async fn deals(&self) -> Result<Vec<Deal>, AppError> {
        typed_rows(all_rows(self.session, DEAL.entity, &self.owned_filter(true)).await?)
    }

    /// The live deals of the scope's departments, whoever owns them: what a request leads to.
    pub async fn department_deals(&self) -> Result<HashMap<Id, Deal>, AppError> {
        let deals: Vec<Deal> =
            typed_rows(all_rows(self.session, DEAL.entity, &self.owned_filter(false)).await?)?;
        Ok(deals.into_iter().map(|d| (d.id, d)).collect())
    }

    /// The live requests of the scope, owner filter applied, without duplicates and cases: §10
    /// leaves those out of every request-based report.
    pub async fn requests(&self) -> Result<Vec<Request>, AppError> {
        let mut filter = self.owned_filter(true);
        filter.insert("duplicate".into(), json!(false));
        filter.insert("case".into(), json!(false));
        typed_rows(all_rows(self.session, REQUEST.entity, &filter).await?)
    }

    /// The receipt day of every live request of the scope's departments.
    pub async fn receipt_days(&self) -> Result<HashMap<Id, NaiveDate>, AppError> {
        let requests: Vec<Request> =
            typed_rows(all_rows(self.session, REQUEST.entity, &self.owned_filter(false)).await?)?;
        Ok(requests
            .into_iter()
            .filter_map(|r| r.receipt_date.map(|day| (r.id, day)))
            .collect())
    }

    /// The payments of `deals`.
    pub async fn payments(&self, deals: &HashSet<Id>) -> Result<Vec<Payment>, AppError> {
        let filter = object(json!({ "deal_department_in": self.department_ids() }));
        let payments: Vec<Payment> = typed_rows(all_rows(self.session, PAYMENT.entity, &filter).await?)?;
        Ok(payments
            .into_iter()
            .filter(|p| deals.contains(&p.deal_id))
            .collect())
    }

    /// R-CUR-5 into the report's currency, and which currency that is.
    pub async fn converter(&self) -> Result<(Converter, ReportMoney), AppError> {
        let currencies: Vec<Currency> =
            typed_rows(all_rows(self.session, CURRENCY.entity, &Fields::new()).await?)?;
        let rates: Vec<Rate> = typed_rows(all_rows(self.session, RATE.entity, &Fields::new()).await?)?;
        let state = currencies.iter().find(|c| c.is_state_currency);
        let marketing = currencies.iter().find(|c| c.is_marketing_currency);
        let shown = match self.currency {
            ReportCurrency::Marketing => marketing,
            ReportCurrency::State => state,
        };
        let money = ReportMoney {
            currency_id: shown.map(|c| c.id),
            currency: shown.map(|c| c.name.clone()).unwrap_or_default(),
            toggle: state.map(|c| c.id) != marketing.map(|c| c.id),
        };
        Ok((Converter::new(self.currency, &currencies, &rates), money))
    }

    /// Every stage, by id.
    pub async fn stages(&self) -> Result<HashMap<Id, Stage>, AppError> {
        let stages: Vec<Stage> = typed_rows(all_rows(self.session, STAGE.entity, &Fields::new()).await?)?;
        Ok(stages.into_iter().map(|s| (s.id, s)).collect())
    }

    /// Every closing reason, by id.
    pub async fn reasons(&self) -> Result<HashMap<Id, ClosingReason>, AppError> {
        let reasons: Vec<ClosingReason> =
            typed_rows(all_rows(self.session, CLOSING_REASON.entity, &Fields::new()).await?)?;
        Ok(reasons.into_iter().map(|r| (r.id, r)).collect())
    }

    /// The ids of the disqualified leads (R-ANL-4 leaves their requests out).
    pub async fn disqualified_leads(&self) -> Result<HashSet<Id>, AppError> {
        let leads = all_rows(
            self.session,
            LEAD.entity,
            &object(json!({ "disqualified": true })),
        )
        .await?;
        Ok(leads
            .iter()
            .filter_map(|l| crate::fields::id_of(l, "id"))
            .collect())
    }

    /// Whether `day` lies in the last 12 months (from `as_of` − 12 months up to `as_of`).
    pub fn in_last_year(&self, day: NaiveDate) -> bool {
        day >= crm_core::analytics::year_ago(self.as_of) && day <= self.as_of
    }

    /// The language the user reads in.
    pub async fn language(&self) -> Result<String, AppError> {
        language_of(self.session).await
    }
}

/// The language `session`'s user reads in.
pub(crate) async fn language_of(session: &Session) -> Result<String, AppError> {
    let code = crm_store::users::language(session.db(), session.user_id().0).await?;
    Ok(Localizer::embedded().negotiate(code.as_deref().unwrap_or("en")))
}

/// R-ANL-2, R-ANL-3, R-ANL-4: a deal won by its closing: the success reason, closed.
pub(crate) fn won_by_reason(deal: &Deal, reasons: &HashMap<Id, ClosingReason>) -> bool {
    !deal.active
        && deal
            .closing_reason_id
            .and_then(|r| reasons.get(&r))
            .is_some_and(|r| r.success_reason)
}

fn typed_rows<T: serde::de::DeserializeOwned>(rows: Vec<Fields>) -> Result<Vec<T>, AppError> {
    rows.into_iter().map(typed).collect()
}

/// The names of the products of `deal`'s lines, in line order.
pub(crate) async fn product_names(
    session: &Session,
    deal: Id,
    names: &mut HashMap<Id, String>,
) -> Result<Vec<String>, AppError> {
    let outputs = all_rows(
        session,
        crate::entities::OUTPUT.entity,
        &object(json!({ "deal_id": deal.0 })),
    )
    .await?;
    let mut products = Vec::new();
    for output in outputs {
        let Some(product) = crate::fields::id_of(&output, "product_id") else {
            continue;
        };
        products.push(product_name(session, product, names).await?);
    }
    Ok(products)
}

/// The name of `product`, read once per report.
pub(crate) async fn product_name(
    session: &Session,
    product: Id,
    names: &mut HashMap<Id, String>,
) -> Result<String, AppError> {
    if let Some(name) = names.get(&product) {
        return Ok(name.clone());
    }
    let row = record::get(session.db(), crate::entities::PRODUCT.entity, product.0).await?;
    let name = crate::fields::text_of(&row, "name").to_owned();
    names.insert(product, name.clone());
    Ok(name)
}
