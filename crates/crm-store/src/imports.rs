//! The look-ups of an XLSX import (R-IMP-2): whether a row's record is stored already, and the
//! companies a contact row may belong to.

use crm_core::Id;

use crate::dialect::statement;
use crate::{Db, StoreError, dispatch};

/// A live company with the name an import row gives.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct NamedCompany {
    pub id: i64,
    pub country_id: Option<i64>,
    pub owner_id: Option<i64>,
}

const COMPANIES_NAMED: &str = "SELECT id, country_id, owner_id FROM companies \
     WHERE deleted_at IS NULL AND full_name = ? ORDER BY id LIMIT 100";

/// The live companies called exactly `full_name`, oldest first.
pub async fn companies_named(db: &Db, full_name: &str) -> Result<Vec<NamedCompany>, StoreError> {
    dispatch!(db, |pool, backend| {
        Ok(sqlx::query_as(statement(backend, COMPANIES_NAMED))
            .bind(full_name)
            .fetch_all(pool)
            .await?)
    })
}

/// Which people an import row is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum People {
    Contacts,
    Leads,
}

const CONTACT_WITH_EMAIL: &str =
    "SELECT id FROM contacts WHERE deleted_at IS NULL AND first_name = ? AND email = ? ORDER BY id LIMIT 1";
const LEAD_WITH_EMAIL: &str =
    "SELECT id FROM leads WHERE deleted_at IS NULL AND first_name = ? AND email = ? ORDER BY id LIMIT 1";

/// R-IMP-2: the live contact or lead with this first name and e-mail, if any.
pub async fn person_with_email(
    db: &Db,
    people: People,
    first_name: &str,
    email: &str,
) -> Result<Option<Id>, StoreError> {
    let sql = match people {
        People::Contacts => CONTACT_WITH_EMAIL,
        People::Leads => LEAD_WITH_EMAIL,
    };
    let id: Option<i64> = dispatch!(db, |pool, backend| {
        sqlx::query_scalar(statement(backend, sql))
            .bind(first_name)
            .bind(email)
            .fetch_optional(pool)
            .await?
    });
    Ok(id.map(Id))
}
