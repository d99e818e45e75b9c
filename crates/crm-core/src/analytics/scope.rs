//! Which rows a report counts (§10, common part): the rows the user may see (R-PERM-1), the owner
//! filter (R-PERM-2) and, for users who may switch departments, a department filter.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::money::ReportCurrency;
use crate::Id;
use crate::access::{self, Actor, Resource, Scope};

/// §10: the owner filter of a report (deal owner or co-owner).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum OwnerChoice {
    /// R-PERM-2: a sales manager's own rows, everybody else's "All".
    #[default]
    Default,
    /// Every owner (still within R-PERM-1).
    All,
    /// Rows this user owns or co-owns.
    User(Id),
}

/// What every report takes: the day it is seen on, the department and owner filters, and the
/// currency of its amounts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ReportQuery {
    /// The day the report is seen on; default today.
    pub as_of: Option<NaiveDate>,
    /// Narrows to one department; only users who may switch departments see others than their own
    /// (R-PERM-3: a filter never widens the scope).
    pub department_id: Option<Id>,
    pub owner: OwnerChoice,
    pub currency: ReportCurrency,
}

/// R-PERM-2: the owner (or co-owner) whose rows the report counts; none = every owner.
pub fn report_owner(actor: &Actor, resource: Resource, choice: OwnerChoice) -> Option<Id> {
    match choice {
        OwnerChoice::Default => access::default_owner_filter(actor, resource),
        OwnerChoice::All => None,
        OwnerChoice::User(user) => Some(user),
    }
}

/// R-PERM-1 and R-PERM-3: the departments a report counts: the user's scope, narrowed to
/// `department` when one is chosen.
pub fn report_departments(actor: &Actor, resource: Resource, department: Option<Id>) -> Scope {
    let scope = access::list_scope(actor, resource);
    match (scope, department) {
        (Scope::All, Some(department)) => Scope::Departments(vec![department]),
        (Scope::Departments(ids), Some(department)) => {
            Scope::Departments(ids.into_iter().filter(|id| *id == department).collect())
        }
        (scope, None) => scope,
    }
}

/// The one department the report is about, when there is exactly one.
pub fn single_department(scope: &Scope) -> Option<Id> {
    match scope {
        Scope::Departments(ids) if ids.len() == 1 => ids.first().copied(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::FixedRole;

    fn actor(roles: &[FixedRole], departments: &[i64]) -> Actor {
        Actor {
            user_id: Id(10),
            is_superuser: false,
            is_active: true,
            is_staff: true,
            roles: roles.to_vec(),
            department_ids: departments.iter().copied().map(Id).collect(),
            chosen_department_id: None,
            grants: Vec::new(),
        }
    }

    #[test]
    fn r_perm_2_managers_reports_default_to_their_own_deals() {
        let manager = actor(&[FixedRole::Managers], &[1]);
        assert_eq!(
            report_owner(&manager, Resource::Analytics, OwnerChoice::Default),
            Some(Id(10))
        );
        assert_eq!(
            report_owner(&manager, Resource::Analytics, OwnerChoice::All),
            None
        );
        assert_eq!(
            report_owner(&manager, Resource::Analytics, OwnerChoice::User(Id(3))),
            Some(Id(3))
        );
        let chief = actor(&[FixedRole::Chiefs], &[]);
        assert_eq!(
            report_owner(&chief, Resource::Analytics, OwnerChoice::Default),
            None
        );
    }

    #[test]
    fn r_perm_3_a_department_filter_never_widens_the_scope() {
        let manager = actor(&[FixedRole::Managers], &[1]);
        assert_eq!(
            report_departments(&manager, Resource::Analytics, Some(Id(2))),
            Scope::Departments(Vec::new())
        );
        assert_eq!(
            report_departments(&manager, Resource::Analytics, None),
            Scope::Departments(vec![Id(1)])
        );
        let chief = actor(&[FixedRole::Chiefs], &[]);
        assert_eq!(report_departments(&chief, Resource::Analytics, None), Scope::All);
        assert_eq!(
            report_departments(&chief, Resource::Analytics, Some(Id(2))),
            Scope::Departments(vec![Id(2)])
        );
    }
}
