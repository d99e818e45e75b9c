//! The look-ups of an XLSX import (R-IMP-2): whether a row's record is stored already, and the
//! companies a contact row may belong to; one row at a time, or a whole chunk of rows at once.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use crm_core::Id;
use sqlx::QueryBuilder;

use crate::dialect::statement;
use crate::{Backend, Db, StoreError, Tx, dispatch};

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

// The look-ups of a whole chunk of import rows at once.

/// Names per `IN (…)` list.
const NAMES_PER_QUERY: usize = 5_000;

/// ` IN (…)` of the texts `$values` on query builder `$qb`.
macro_rules! in_list {
    ($qb:expr, $values:expr) => {{
        $qb.push(" IN (");
        let mut list = $qb.separated(", ");
        for value in $values {
            list.push_bind(value);
        }
        $qb.push(")");
    }};
}

/// ` = ANY(…)` of the texts `$values` on a PostgreSQL query builder `$qb`: one array parameter,
/// as PostgreSQL prepares a statement of a thousand parameters slowly.
macro_rules! any_of {
    ($qb:expr, $values:expr) => {{
        let values: Vec<String> = $values.map(str::to_owned).collect();
        $qb.push(" = ANY(").push_bind(values).push(")");
    }};
}

/// How the database compares the names and addresses an import looks up, so that rows read for a
/// whole chunk are matched to the sheet's rows exactly as `=` matches them one by one: byte for
/// byte on PostgreSQL and SQLite, and on MySQL/MariaDB by the tables' `utf8mb4_unicode_ci`,
/// which ignores case, accents and trailing spaces. There two texts are equal when their weight
/// strings are (the database computes them); elsewhere a text is its own key.
#[derive(Debug, Clone)]
pub struct Collation {
    backend: Backend,
    weights: HashMap<String, Vec<u8>>,
}

/// The primary weight of a space in `utf8mb4_unicode_ci`: trailing ones compare as padding.
const SPACE_WEIGHT: [u8; 2] = [0x02, 0x09];

impl Collation {
    pub fn new(backend: Backend) -> Collation {
        Collation {
            backend,
            weights: HashMap::new(),
        }
    }

    /// Learns the keys of `texts`: on MySQL one query for the texts not yet known, elsewhere
    /// nothing.
    pub async fn learn<'t>(
        &mut self,
        tx: &mut Tx,
        texts: impl IntoIterator<Item = &'t str>,
    ) -> Result<(), StoreError> {
        if self.backend != Backend::Mysql {
            return Ok(());
        }
        let mut new: Vec<&str> = texts
            .into_iter()
            .filter(|text| !self.weights.contains_key(*text))
            .collect();
        new.sort_unstable();
        new.dedup();
        let Tx::Mysql(conn) = tx else {
            return Ok(());
        };
        for slice in new.chunks(NAMES_PER_QUERY) {
            let texts = serde_json::to_string(slice).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            // The texts travel as one JSON array: a statement of a thousand terms takes the server
            // ten times as long to read.
            let rows: Vec<(i64, Option<Vec<u8>>)> = sqlx::query_as(
                "SELECT j.n, WEIGHT_STRING(j.t COLLATE utf8mb4_unicode_ci) FROM JSON_TABLE(?, '$[*]' \
                 COLUMNS (n FOR ORDINALITY, t LONGTEXT CHARACTER SET utf8mb4 PATH '$')) AS j",
            )
            .bind(texts)
            .fetch_all(&mut **conn)
            .await?;
            for (n, weight) in rows {
                let Some(text) = usize::try_from(n - 1).ok().and_then(|n| slice.get(n)) else {
                    continue;
                };
                let mut weight = weight.unwrap_or_default();
                while weight.ends_with(&SPACE_WEIGHT) {
                    weight.truncate(weight.len() - SPACE_WEIGHT.len());
                }
                self.weights.insert((*text).to_owned(), weight);
            }
        }
        Ok(())
    }

    /// The key of `text`: two texts the database finds equal have the same key. A text not
    /// learned on MySQL keys by its bytes.
    pub fn key<'a>(&'a self, text: &'a str) -> &'a [u8] {
        self.weights.get(text).map_or(text.as_bytes(), Vec::as_slice)
    }
}

/// A company, live or in the trash, with a name a chunk of import rows gives.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredCompany {
    pub id: i64,
    pub full_name: String,
    pub country_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub department_id: Option<i64>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// Every company, live or trashed, called one of `names` (as the database compares them), oldest
/// first.
pub async fn companies_named_any(tx: &mut Tx, names: &[&str]) -> Result<Vec<StoredCompany>, StoreError> {
    let mut found: Vec<StoredCompany> = Vec::new();
    for slice in names.chunks(NAMES_PER_QUERY) {
        const SELECT: &str = "SELECT id, full_name, country_id, owner_id, department_id, deleted_at \
             FROM companies WHERE full_name";
        let rows: Vec<StoredCompany> = match &mut *tx {
            Tx::Postgres(conn) => {
                let mut qb = QueryBuilder::new(SELECT);
                any_of!(qb, slice.iter().copied());
                qb.build_query_as().fetch_all(&mut **conn).await?
            }
            Tx::Mysql(conn) => {
                let mut qb = QueryBuilder::new(SELECT);
                in_list!(qb, slice.iter().copied());
                qb.build_query_as().fetch_all(&mut **conn).await?
            }
            Tx::Sqlite(conn) => {
                let mut qb = QueryBuilder::new(SELECT);
                in_list!(qb, slice.iter().copied());
                qb.build_query_as().fetch_all(&mut **conn).await?
            }
        };
        found.extend(rows);
    }
    found.sort_by_key(|company| company.id);
    found.dedup_by_key(|company| company.id);
    Ok(found)
}

/// A live contact or lead a chunk of import rows may repeat (R-IMP-2, R-CONT-2).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredPerson {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub mobile: String,
    pub other_phone: String,
}

/// Which column besides the first name a person is looked up by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonKey {
    /// R-IMP-2: the first name and the e-mail.
    Email,
    /// R-CONT-2: the first and the last name.
    LastName,
}

/// The live contacts or leads whose first name and `key` column are among those of `pairs` (a
/// superset of the people matching a pair; the caller pairs them up), oldest first.
pub async fn people_named_any(
    tx: &mut Tx,
    people: People,
    key: PersonKey,
    pairs: &[(&str, &str)],
) -> Result<Vec<StoredPerson>, StoreError> {
    let table = match people {
        People::Contacts => "contacts",
        People::Leads => "leads",
    };
    let second = match key {
        PersonKey::Email => "email",
        PersonKey::LastName => "last_name",
    };
    let mut found: Vec<StoredPerson> = Vec::new();
    for slice in pairs.chunks(NAMES_PER_QUERY) {
        let select = format!(
            "SELECT id, first_name, last_name, email, phone, mobile, other_phone FROM {table} \
             WHERE deleted_at IS NULL AND first_name"
        );
        let firsts = slice.iter().map(|(first, _)| *first);
        let others = slice.iter().map(|(_, other)| *other);
        let rows: Vec<StoredPerson> = match &mut *tx {
            Tx::Postgres(conn) => {
                let mut qb = QueryBuilder::new(select);
                any_of!(qb, firsts);
                qb.push(format!(" AND {second}"));
                any_of!(qb, others);
                qb.build_query_as().fetch_all(&mut **conn).await?
            }
            Tx::Mysql(conn) => {
                let mut qb = QueryBuilder::new(select);
                in_list!(qb, firsts);
                qb.push(format!(" AND {second}"));
                in_list!(qb, others);
                qb.build_query_as().fetch_all(&mut **conn).await?
            }
            Tx::Sqlite(conn) => {
                let mut qb = QueryBuilder::new(select);
                in_list!(qb, firsts);
                qb.push(format!(" AND {second}"));
                in_list!(qb, others);
                qb.build_query_as().fetch_all(&mut **conn).await?
            }
        };
        found.extend(rows);
    }
    found.sort_by_key(|person| person.id);
    found.dedup_by_key(|person| person.id);
    Ok(found)
}
