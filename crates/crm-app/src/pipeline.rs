//! The deal pipeline as a board: one column per stage of a department, each with how many of the
//! listed deals stand there and what they are worth in one currency. The cards themselves are
//! pages of `deal_list` filtered by the column's stage, so a column's count and its cards answer
//! the same filter within the same scope (R-PERM-1, R-PERM-3).

use std::collections::{BTreeSet, HashMap};

use crm_core::Id;
use crm_core::access::{Perm, Resource, list_scope};
use crm_core::analytics::money::money;
use crm_core::analytics::{Converter, ReportCurrency};
use crm_core::currency::Currency;
use crm_core::deal::DealFilter;
use crm_core::deal_list::{DealListContext, default_filter};
use crm_core::stage::Stage;
use crm_store::record::{self, Fields};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::entities::{CURRENCY, DEAL, STAGE, fields_of, typed};
use crate::fields::all_rows;
use crate::records::{permitted, scope_filter};
use crate::{AppError, Session};

/// `deal_board`: which deals the board shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct BoardQuery {
    /// The deal list's filter; none = the list's starting filter (R-DEAL-18: active deals, a
    /// sales manager's own). Its department, when it names one, is the board's.
    pub filter: Option<DealFilter>,
}

/// The board: the stages of one department in pipeline order, with the deals standing there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DealBoard {
    /// Whose stages the columns are; none when the user sees no department with stages.
    pub department_id: Option<Id>,
    /// The departments with stages whose deals the user sees (R-PERM-1): the boards on offer.
    pub departments: Vec<Id>,
    /// The currency of every column's amount: the marketing currency, else the state currency;
    /// none when there is neither (amounts are then added as they are).
    pub currency_id: Option<Id>,
    /// Its code, e.g. "USD".
    pub currency: String,
    pub columns: Vec<BoardColumn>,
}

/// One stage of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BoardColumn {
    pub stage_id: Id,
    /// Seeded names are message ids the UI translates (§7).
    pub name: String,
    pub index_number: i16,
    /// Reaching it means the deal is won; closing there asks for a success reason (R-DEAL-7).
    pub success_stage: bool,
    /// The deals of the filter standing at this stage.
    pub deals: u32,
    /// Their amounts in the board's currency at the currencies' current rates (R-CUR-5), two
    /// decimals; deals without an amount add nothing.
    pub amount: Decimal,
}

/// `deal_board`: the columns of the deal pipeline for the deals `query` picks, as `deal_list`
/// would list them to this user.
///
/// # Errors
/// `forbidden` when the user may not view deals; `db_unavailable`.
pub async fn deal_board(session: &Session, query: BoardQuery) -> Result<DealBoard, AppError> {
    let actor = session.actor();
    if !permitted(actor, Resource::Deal, Perm::View) {
        return Err(AppError::Forbidden);
    }
    let filter = query
        .filter
        .unwrap_or_else(|| default_filter(actor, DealListContext::default()));

    let stages: Vec<Stage> = all_rows(session, STAGE.entity, &Fields::new())
        .await?
        .into_iter()
        .map(typed)
        .collect::<Result<_, _>>()?;
    let scope = list_scope(actor, Resource::Deal);
    let departments: Vec<Id> = stages
        .iter()
        .map(|s| s.department_id)
        .filter(|d| scope.contains(Some(*d)))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut fields = fields_of(&filter)?;
    scope_filter(actor, &DEAL, &mut fields);
    let groups = record::sum_by(
        session.db(),
        DEAL.entity,
        &fields,
        &["stage_id", "currency_id"],
        "amount",
    )
    .await?;
    let department = filter
        .department_id
        .or_else(|| actor.current_department().filter(|d| departments.contains(d)))
        .or_else(|| actor.department_of().filter(|d| departments.contains(d)))
        .or_else(|| busiest_department(&stages, &departments, &groups));
    let mut stages: Vec<Stage> = stages
        .into_iter()
        .filter(|s| Some(s.department_id) == department)
        .collect();
    stages.sort_by_key(|s| (s.index_number, s.id));

    let (converter, currency) = board_currency(session).await?;
    let mut totals: HashMap<Id, (i64, Decimal)> = HashMap::new();
    for group in groups {
        let (Some(Some(stage)), Some(currency)) = (group.keys.first(), group.keys.get(1)) else {
            continue;
        };
        let total = totals.entry(Id(*stage)).or_default();
        total.0 += group.rows;
        if let Some(sum) = group.sum {
            total.1 += converter.current(sum, currency.map(Id));
        }
    }

    let columns = stages
        .into_iter()
        .map(|stage| {
            let (deals, amount) = totals.get(&stage.id).copied().unwrap_or_default();
            BoardColumn {
                stage_id: stage.id,
                name: stage.name,
                index_number: stage.index_number,
                success_stage: stage.success_stage,
                deals: u32::try_from(deals).unwrap_or(u32::MAX),
                amount: money(amount),
            }
        })
        .collect();
    Ok(DealBoard {
        department_id: department,
        departments,
        currency_id: currency.as_ref().map(|c| c.id),
        currency: currency.map(|c| c.name).unwrap_or_default(),
        columns,
    })
}

/// For a user of no department (an administrator on "All"): the board whose stages hold the most
/// of the deals they see, so the first board shown is not an empty one; the first on a tie.
fn busiest_department(stages: &[Stage], departments: &[Id], groups: &[record::Group]) -> Option<Id> {
    let department_of: HashMap<Id, Id> = stages.iter().map(|s| (s.id, s.department_id)).collect();
    let mut deals: HashMap<Id, i64> = HashMap::new();
    for group in groups {
        if let Some(Some(stage)) = group.keys.first()
            && let Some(department) = department_of.get(&Id(*stage))
        {
            *deals.entry(*department).or_default() += group.rows;
        }
    }
    departments
        .iter()
        .copied()
        .fold(None, |best: Option<(Id, i64)>, d| {
            let count = deals.get(&d).copied().unwrap_or(0);
            match best {
                Some((_, most)) if most >= count => best,
                _ => Some((d, count)),
            }
        })
        .map(|(d, _)| d)
}

/// R-CUR-5 into the marketing currency, or the state currency when there is no marketing one:
/// the converter and the currency it converts into.
async fn board_currency(session: &Session) -> Result<(Converter, Option<Currency>), AppError> {
    let currencies: Vec<Currency> = all_rows(session, CURRENCY.entity, &Fields::new())
        .await?
        .into_iter()
        .map(typed)
        .collect::<Result<_, _>>()?;
    let marketing = currencies.iter().find(|c| c.is_marketing_currency);
    let (target, shown) = match marketing {
        Some(marketing) => (ReportCurrency::Marketing, Some(marketing)),
        None => (
            ReportCurrency::State,
            currencies.iter().find(|c| c.is_state_currency),
        ),
    };
    // A deal's amount has no payment day, so each currency's own rate applies (no dated rates).
    let converter = Converter::new(target, &currencies, &[]);
    Ok((converter, shown.cloned()))
}
