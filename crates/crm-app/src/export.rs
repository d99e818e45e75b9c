//! R-IMP-1: companies, contacts, leads and deals to an XLSX sheet.
//!
//! The file comes back in the answer (base64), which the desktop window saves where the user
//! picks; `crm call` users name a `directory` instead and the file is written there under its
//! spec name. Only rows the user may see are exported (R-PERM-1): selected rows outside their
//! scope are `not_found`, and "everything I own" is read through the scoped list.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::Path;

use base64::Engine;
use chrono::NaiveDate;
use crm_core::Id;
use crm_core::list::{MAX_PAGE_SIZE, PageRequest};
use crm_store::record::{self, Entity, Fields};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{COMPANY, CONTACT, DEAL, LEAD};
use crate::fields::{flag_of, id_of, object, text_of};
use crate::names::{References, ids_of};
use crate::records::{self, Spec};
use crate::spreadsheet::{self, Cell};
use crate::{AppError, Session};

/// The records an export or import is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TransferEntity {
    Company,
    Contact,
    Lead,
    /// Export only.
    Deal,
}

impl TransferEntity {
    pub(crate) fn spec(self) -> &'static Spec {
        match self {
            TransferEntity::Company => &COMPANY,
            TransferEntity::Contact => &CONTACT,
            TransferEntity::Lead => &LEAD,
            TransferEntity::Deal => &DEAL,
        }
    }

    /// The entity's name in the file name.
    fn file_word(self) -> &'static str {
        match self {
            TransferEntity::Company => "Company",
            TransferEntity::Contact => "Contact",
            TransferEntity::Lead => "Lead",
            TransferEntity::Deal => "Deal",
        }
    }

    /// R-IMP-1: the sheet's columns, in order; the import reads the same names (R-IMP-2).
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            TransferEntity::Company => &[
                "full_name",
                "website",
                "phone",
                "city_name",
                "address",
                "email",
                "description",
                "lead_source",
                "was_in_touch",
                "country",
                "owner",
                "type",
                "industry",
                "department",
                "disqualified",
                "massmail",
            ],
            TransferEntity::Contact => &[
                "first_name",
                "last_name",
                "title",
                "sex",
                "birth_date",
                "was_in_touch",
                "phone",
                "other_phone",
                "mobile",
                "email",
                "secondary_email",
                "city_name",
                "address",
                "country",
                "description",
                "owner",
                "company",
                "department",
                "disqualified",
                "massmail",
            ],
            TransferEntity::Lead => &[
                "first_name",
                "last_name",
                "title",
                "sex",
                "birth_date",
                "was_in_touch",
                "email",
                "secondary_email",
                "phone",
                "other_phone",
                "mobile",
                "city_name",
                "country",
                "address",
                "description",
                "lead_source",
                "website",
                "company_phone",
                "company_address",
                "company_email",
                "owner",
                "company_name",
                "department",
                "disqualified",
                "massmail",
            ],
            TransferEntity::Deal => &[
                "request",
                "contact",
                "contact email",
                "contact phone",
                "company",
                "lead",
                "lead email",
                "lead phone",
                "ticket",
                "creation date",
            ],
        }
    }
}

/// `records_export`: which rows, and where the file goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportRequest {
    pub entity: TransferEntity,
    /// The selected rows; none = every row the user owns (deals: owns or co-owns).
    #[serde(default)]
    pub ids: Option<Vec<Id>>,
    /// A folder on this computer to write the file into; none = the file comes back as
    /// `content_base64`.
    #[serde(default)]
    pub directory: Option<String>,
    /// The date in the file name; none = today (UTC).
    #[serde(default)]
    pub today: Option<NaiveDate>,
}

/// The exported file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportFile {
    /// `<Entity>_db_<username>_<YYYY-MM-DD>.xlsx`.
    pub file_name: String,
    pub rows: u32,
    /// The XLSX bytes, base64, when no directory was named.
    pub content_base64: Option<String>,
    /// Where the file was written, when a directory was named.
    pub path: Option<String>,
}

/// The rows of `spec` the user asked for: the selected ones (each must be visible) or all they
/// own within their scope.
async fn chosen_rows(
    session: &Session,
    entity: TransferEntity,
    ids: Option<&[Id]>,
) -> Result<Vec<Fields>, AppError> {
    let spec = entity.spec();
    if let Some(ids) = ids {
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            rows.push(records::get(session, spec, id.0).await?);
        }
        return Ok(rows);
    }
    let owner = if entity == TransferEntity::Deal {
        "owner_or_co_owner"
    } else {
        "owner_id"
    };
    let filter = object(json!({ owner: session.user_id().0 }));
    let mut rows = Vec::new();
    let mut after = None;
    loop {
        let page = PageRequest {
            after,
            limit: Some(MAX_PAGE_SIZE),
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

/// Linked records read once each (a contact's company, a deal's contact, lead and request).
#[derive(Default)]
struct Linked(HashMap<(&'static str, i64), Fields>);

impl Linked {
    async fn get(
        &mut self,
        session: &Session,
        entity: &'static Entity,
        id: Option<Id>,
    ) -> Result<Option<&Fields>, AppError> {
        let Some(id) = id else {
            return Ok(None);
        };
        let key = (entity.key, id.0);
        if let Entry::Vacant(slot) = self.0.entry(key) {
            slot.insert(record::get(session.db(), entity, id.0).await?);
        }
        Ok(self.0.get(&key))
    }
}

fn text(record: &Fields, field: &str) -> Cell {
    Cell::text(text_of(record, field))
}

fn person_name(record: &Fields) -> String {
    [text_of(record, "first_name"), text_of(record, "last_name")]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One sheet row of `record`, in the order of [`TransferEntity::columns`].
async fn row_of(
    session: &Session,
    entity: TransferEntity,
    record: &Fields,
    names: &References,
    linked: &mut Linked,
) -> Result<Vec<Cell>, AppError> {
    let reference = |list: &crate::names::NameList, field: &str| Cell::text(list.name(id_of(record, field)));
    let mut cells = Vec::new();
    for column in entity.columns() {
        let cell = match (entity, *column) {
            (TransferEntity::Deal, _) => deal_cell(session, record, column, linked).await?,
            (_, "lead_source") => reference(&names.lead_sources, "lead_source_id"),
            (_, "country") => reference(&names.countries, "country_id"),
            (_, "owner") => reference(&names.users, "owner_id"),
            (_, "type") => reference(&names.types, "type_id"),
            (_, "department") => reference(&names.departments, "department_id"),
            (_, "industry") => Cell::text(names.industries.names(&ids_of(record, "industry_ids"))),
            (_, "company") => {
                let company = linked
                    .get(
                        session,
                        &crm_store::companies::COMPANY,
                        id_of(record, "company_id"),
                    )
                    .await?;
                Cell::text(company.map(|c| text_of(c, "full_name")).unwrap_or_default())
            }
            (_, "disqualified" | "massmail") => Cell::Bool(flag_of(record, column)),
            (_, field) => text(record, field),
        };
        cells.push(cell);
    }
    Ok(cells)
}

async fn deal_cell(
    session: &Session,
    deal: &Fields,
    column: &str,
    linked: &mut Linked,
) -> Result<Cell, AppError> {
    let (entity, link, field): (&'static Entity, &str, &str) = match column {
        "request" => (&crm_store::requests::REQUEST, "request_id", "request_for"),
        "contact" => (&crm_store::contacts::CONTACT, "contact_id", ""),
        "contact email" => (&crm_store::contacts::CONTACT, "contact_id", "email"),
        "contact phone" => (&crm_store::contacts::CONTACT, "contact_id", "phone"),
        "company" => (&crm_store::companies::COMPANY, "company_id", "full_name"),
        "lead" => (&crm_store::leads::LEAD, "lead_id", ""),
        "lead email" => (&crm_store::leads::LEAD, "lead_id", "email"),
        "lead phone" => (&crm_store::leads::LEAD, "lead_id", "phone"),
        "ticket" => return Ok(text(deal, "ticket")),
        _ => {
            let created = text_of(deal, "created_at");
            return Ok(Cell::text(created.get(..10).unwrap_or(created)));
        }
    };
    let Some(row) = linked.get(session, entity, id_of(deal, link)).await? else {
        return Ok(Cell::text(""));
    };
    Ok(Cell::text(if field.is_empty() {
        person_name(row)
    } else {
        text_of(row, field).to_owned()
    }))
}

/// R-IMP-1: `<Entity>_db_<username>_<YYYY-MM-DD>.xlsx`, without characters a file system
/// refuses.
pub fn file_name(entity: TransferEntity, username: &str, day: NaiveDate) -> String {
    let username: String = username
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "._-@+".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "{}_db_{username}_{}.xlsx",
        entity.file_word(),
        day.format("%Y-%m-%d")
    )
}

/// `records_export`: the chosen companies, contacts, leads or deals as an XLSX sheet (R-IMP-1).
pub async fn records_export(session: &Session, input: ExportRequest) -> Result<ExportFile, AppError> {
    let rows = chosen_rows(session, input.entity, input.ids.as_deref()).await?;
    let names = References::load(session).await?;
    let mut linked = Linked::default();
    let mut sheet = Vec::with_capacity(rows.len());
    for record in &rows {
        sheet.push(row_of(session, input.entity, record, &names, &mut linked).await?);
    }
    let bytes = spreadsheet::write(input.entity.columns(), &sheet)?;
    let username = names.users.name(Some(session.user_id()));
    let day = input.today.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let file_name = file_name(input.entity, &username, day);
    let count = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    match input.directory {
        Some(directory) => {
            let path = Path::new(&directory).join(&file_name);
            std::fs::write(&path, &bytes)
                .map_err(|e| AppError::Internal(format!("{}: {e}", path.display())))?;
            Ok(ExportFile {
                file_name,
                rows: count,
                content_base64: None,
                path: Some(path.display().to_string()),
            })
        }
        None => Ok(ExportFile {
            file_name,
            rows: count,
            content_base64: Some(base64::engine::general_purpose::STANDARD.encode(&bytes)),
            path: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_imp_1_the_file_is_named_after_entity_user_and_day() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 9).expect("date");
        assert_eq!(
            file_name(TransferEntity::Contact, "anna", day),
            "Contact_db_anna_2026-03-09.xlsx"
        );
        assert_eq!(
            file_name(TransferEntity::Company, "a/b\\c", day),
            "Company_db_a_b_c_2026-03-09.xlsx"
        );
    }
}
