//! ClientType (DOMAIN.md §3.5): the "type of clients" of a department, e.g. reseller.
//! Same shape and rules as every named per-department item: see [`crate::department_item`].

pub use crate::department_item::NAME_MAX;

pub type ClientType = crate::department_item::DepartmentItem;
pub type ClientTypeInput = crate::department_item::DepartmentItemInput;
pub type ClientTypeFilter = crate::department_item::DepartmentItemFilter;
pub type ClientTypeSort = crate::department_item::DepartmentItemSort;
