//! The names records are shown by, looked up by id (export, R-IMP-1) and ids looked up by name
//! (import, R-IMP-2): countries, users, departments and the per-department lists.

use crm_core::Id;
use crm_store::record::{Entity, Fields};
use crm_store::{client_types, countries, departments, industries, lead_sources, users};

use crate::fields::{all_rows, id_of, text_of};
use crate::{AppError, Session};

/// One named item of a reference list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: Id,
    pub name: String,
    /// The department of a per-department item (types, industries, lead sources).
    pub department_id: Option<Id>,
}

/// A whole reference list, read once.
#[derive(Debug, Clone, Default)]
pub struct NameList(Vec<Named>);

impl NameList {
    async fn load(
        session: &Session,
        entity: &'static Entity,
        name_field: &str,
    ) -> Result<NameList, AppError> {
        let rows = all_rows(session, entity, &Fields::new()).await?;
        Ok(NameList(
            rows.iter()
                .filter_map(|row| {
                    Some(Named {
                        id: id_of(row, "id")?,
                        name: text_of(row, name_field).to_owned(),
                        department_id: id_of(row, "department_id"),
                    })
                })
                .collect(),
        ))
    }

    /// The name of item `id`; empty for none.
    pub fn name(&self, id: Option<Id>) -> String {
        id.and_then(|id| self.0.iter().find(|item| item.id == id))
            .map(|item| item.name.clone())
            .unwrap_or_default()
    }

    /// The names of `ids`, joined by commas.
    pub fn names(&self, ids: &[Id]) -> String {
        ids.iter()
            .map(|id| self.name(Some(*id)))
            .filter(|name| !name.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The department of item `id`: `None` when it has none or the list has no such item.
    pub fn department_of(&self, id: Id) -> Option<Id> {
        self.0
            .iter()
            .find(|item| item.id == id)
            .and_then(|item| item.department_id)
    }

    /// The item named exactly `name`; for a per-department list the one of `department` first.
    pub fn find(&self, name: &str, department: Option<Id>) -> Option<Id> {
        if name.is_empty() {
            return None;
        }
        let named = || self.0.iter().filter(|item| item.name == name);
        named()
            .find(|item| department.is_some() && item.department_id == department)
            .or_else(|| named().next())
            .map(|item| item.id)
    }
}

/// Every reference list an import or export names.
#[derive(Debug, Clone, Default)]
pub struct References {
    pub countries: NameList,
    pub users: NameList,
    pub departments: NameList,
    pub lead_sources: NameList,
    pub types: NameList,
    pub industries: NameList,
}

impl References {
    pub async fn load(session: &Session) -> Result<References, AppError> {
        Ok(References {
            countries: NameList::load(session, &countries::COUNTRY, "name").await?,
            users: NameList::load(session, &users::USER, "username").await?,
            departments: NameList::load(session, &departments::DEPARTMENT, "name").await?,
            lead_sources: NameList::load(session, &lead_sources::LEAD_SOURCE, "name").await?,
            types: NameList::load(session, &client_types::CLIENT_TYPE, "name").await?,
            industries: NameList::load(session, &industries::INDUSTRY, "name").await?,
        })
    }
}

/// The ids in the list `field` of a record.
pub fn ids_of(record: &Fields, field: &str) -> Vec<Id> {
    record
        .get(field)
        .and_then(serde_json::Value::as_array)
        .map(|ids| ids.iter().filter_map(serde_json::Value::as_i64).map(Id).collect())
        .unwrap_or_default()
}
