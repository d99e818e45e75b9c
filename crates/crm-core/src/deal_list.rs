//! Where the deal list starts (R-DEAL-18): which filter a list opened from a given place shows
//! before the user changes anything.

use serde::{Deserialize, Serialize};

use crate::Id;
use crate::access::{Actor, Resource, default_owner_filter};
use crate::deal::{DealFilter, DealSort};

/// Where the deal list is opened from, and the filters already chosen there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DealListContext {
    /// The list of one company's, contact's or lead's deals.
    pub company_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub lead_id: Option<Id>,
    /// A stage or closing reason chosen in the filter bar.
    pub stage_id: Option<Id>,
    pub closing_reason_id: Option<Id>,
    /// The user's toggle: by next-step date, soonest first, instead of newest first.
    pub by_next_step: bool,
}

/// Rows per page of the deal list (R-DEAL-18).
pub const PAGE_SIZE: u32 = 50;

/// R-DEAL-18's order: newest first, or by next-step date, soonest first; whether it descends.
pub fn default_order(context: DealListContext) -> (DealSort, bool) {
    if context.by_next_step {
        (DealSort::NextStepDate, false)
    } else {
        (DealSort::CreatedAt, true)
    }
}

/// R-DEAL-18: active deals only, except on a company's, contact's or lead's own list and once a
/// stage or closing reason is chosen (closed deals are what those filters are for); a sales
/// manager's own deals (owner or co-owner) by default (R-PERM-2).
pub fn default_filter(actor: &Actor, context: DealListContext) -> DealFilter {
    let one_counterparty =
        context.company_id.is_some() || context.contact_id.is_some() || context.lead_id.is_some();
    let closing_filter = context.stage_id.is_some() || context.closing_reason_id.is_some();
    DealFilter {
        owner_or_co_owner: default_owner_filter(actor, Resource::Deal),
        company_id: context.company_id,
        contact_id: context.contact_id,
        lead_id: context.lead_id,
        stage_id: context.stage_id,
        closing_reason_id: context.closing_reason_id,
        active: (!one_counterparty && !closing_filter).then_some(true),
        ..DealFilter::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::FixedRole;

    fn actor(roles: &[FixedRole], superuser: bool) -> Actor {
        Actor {
            user_id: Id(7),
            is_superuser: superuser,
            is_active: true,
            is_staff: true,
            roles: roles.to_vec(),
            department_ids: vec![Id(2)],
            chosen_department_id: None,
            grants: Vec::new(),
        }
    }

    #[test]
    fn a_manager_starts_on_their_own_active_deals() {
        let filter = default_filter(&actor(&[FixedRole::Managers], false), DealListContext::default());
        assert_eq!(filter.owner_or_co_owner, Some(Id(7)));
        assert_eq!(filter.active, Some(true));
    }

    #[test]
    fn administrators_and_chiefs_start_on_everybody_s_deals() {
        for actor in [actor(&[], true), actor(&[FixedRole::Chiefs], false)] {
            assert_eq!(
                default_filter(&actor, DealListContext::default()).owner_or_co_owner,
                None
            );
        }
    }

    #[test]
    fn one_counterparty_s_list_and_closing_filters_show_closed_deals_too() {
        let manager = actor(&[FixedRole::Managers], false);
        for context in [
            DealListContext {
                company_id: Some(Id(1)),
                ..DealListContext::default()
            },
            DealListContext {
                contact_id: Some(Id(1)),
                ..DealListContext::default()
            },
            DealListContext {
                lead_id: Some(Id(1)),
                ..DealListContext::default()
            },
            DealListContext {
                stage_id: Some(Id(1)),
                ..DealListContext::default()
            },
            DealListContext {
                closing_reason_id: Some(Id(1)),
                ..DealListContext::default()
            },
        ] {
            let filter = default_filter(&manager, context);
            assert_eq!(filter.active, None, "{context:?}");
            assert_eq!(
                (filter.company_id, filter.stage_id),
                (context.company_id, context.stage_id)
            );
        }
    }
}
