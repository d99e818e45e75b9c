//! Industry (DOMAIN.md §3.5): an "industry of clients" of a department, e.g. railway.
//! Same shape and rules as every named per-department item: see [`crate::department_item`].

pub use crate::department_item::NAME_MAX;

pub type Industry = crate::department_item::DepartmentItem;
pub type IndustryInput = crate::department_item::DepartmentItemInput;
pub type IndustryFilter = crate::department_item::DepartmentItemFilter;
pub type IndustrySort = crate::department_item::DepartmentItemSort;
