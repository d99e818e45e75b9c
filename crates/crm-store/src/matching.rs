//! The candidate rows the request matching rules (R-MATCH-5, R-MATCH-6) choose from. The rules
//! themselves live in `crm_core::matching`; this module only fetches a superset of the rows they
//! can pick, narrowed by the search index where it can be: every rule compares a first name, an
//! e-mail address, a phone's digits or a company name's words, and each of those is part of the
//! record's `search_text`.

use crm_core::Id;
use crm_core::matching::{CompanyCandidate, PersonCandidate};
use sqlx::QueryBuilder;

use crate::search::{LIKE_ESCAPE, like_pattern};
use crate::{StoreError, Tx, dispatch_tx};

/// Most candidates fetched per query: the rules look at the lowest ids first, and a name shared
/// by more people than this is no evidence of anything.
const MAX_CANDIDATES: i64 = 500;

#[derive(sqlx::FromRow)]
struct PersonRow {
    id: i64,
    first_name: String,
    last_name: String,
    email: String,
    secondary_email: String,
    phone: String,
    other_phone: String,
    mobile: String,
    company_name_for_match: String,
    company_id: Option<i64>,
}

impl From<PersonRow> for PersonCandidate {
    fn from(row: PersonRow) -> Self {
        PersonCandidate {
            id: Id(row.id),
            first_name: row.first_name,
            last_name: row.last_name,
            email: row.email,
            secondary_email: row.secondary_email,
            phone: row.phone,
            other_phone: row.other_phone,
            mobile: row.mobile,
            company_name_for_match: row.company_name_for_match,
            company_id: row.company_id.map(Id),
        }
    }
}

#[derive(sqlx::FromRow)]
struct CompanyRow {
    id: i64,
    full_name: String,
    alternative_names: String,
    country_id: Option<i64>,
    website: String,
    email: String,
}

impl From<CompanyRow> for CompanyCandidate {
    fn from(row: CompanyRow) -> Self {
        CompanyCandidate {
            id: Id(row.id),
            full_name: row.full_name,
            alternative_names: row.alternative_names,
            country_id: row.country_id.map(Id),
            website: row.website,
            email: row.email,
        }
    }
}

/// Which people a request is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum People {
    Contacts,
    Leads,
}

const CONTACTS: &str = "SELECT p.id, p.first_name, p.last_name, p.email, p.secondary_email, p.phone, \
     p.other_phone, p.mobile, COALESCE(c.full_name, '') AS company_name_for_match, p.company_id \
     FROM contacts p LEFT JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NULL";
const LEADS: &str = "SELECT p.id, p.first_name, p.last_name, p.email, p.secondary_email, p.phone, \
     p.other_phone, p.mobile, p.company_name AS company_name_for_match, p.company_id \
     FROM leads p WHERE p.deleted_at IS NULL";

/// R-MATCH-5: the live contacts or leads whose first name may equal `first_name` (every
/// condition of the rule includes that one).
pub async fn people_named(
    tx: &mut Tx,
    people: People,
    first_name: &str,
) -> Result<Vec<PersonCandidate>, StoreError> {
    if first_name.trim().is_empty() {
        return Ok(Vec::new());
    }
    let select = match people {
        People::Contacts => CONTACTS,
        People::Leads => LEADS,
    };
    let rows: Vec<PersonRow> = dispatch_tx!(tx, |conn, _backend| {
        let mut qb = QueryBuilder::new(select);
        qb.push(" AND p.search_text LIKE ")
            .push_bind(like_pattern(first_name));
        qb.push(format!(" ESCAPE '{LIKE_ESCAPE}' ORDER BY p.id LIMIT "));
        qb.push_bind(MAX_CANDIDATES);
        qb.build_query_as().fetch_all(&mut *conn).await?
    });
    Ok(rows.into_iter().map(PersonCandidate::from).collect())
}

/// R-MATCH-6 steps 1 and 2: the live contacts whose e-mails may contain `email` or whose phones
/// may hold the digits of `phone_pattern` (a pattern of `crm_core::matching::phone_like_pattern`).
pub async fn contacts_reached_by(
    tx: &mut Tx,
    email: Option<&str>,
    phone_pattern: Option<&str>,
) -> Result<Vec<PersonCandidate>, StoreError> {
    if email.is_none() && phone_pattern.is_none() {
        return Ok(Vec::new());
    }
    let rows: Vec<PersonRow> = dispatch_tx!(tx, |conn, _backend| {
        let mut qb = QueryBuilder::new(CONTACTS);
        qb.push(" AND (1 = 0");
        if let Some(email) = email {
            qb.push(" OR p.search_text LIKE ").push_bind(like_pattern(email));
            qb.push(format!(" ESCAPE '{LIKE_ESCAPE}'"));
        }
        if let Some(pattern) = phone_pattern {
            for column in ["phone", "other_phone", "mobile"] {
                qb.push(format!(" OR p.{column} LIKE "))
                    .push_bind(pattern.to_owned());
            }
        }
        qb.push(") ORDER BY p.id LIMIT ").push_bind(MAX_CANDIDATES);
        qb.build_query_as().fetch_all(&mut *conn).await?
    });
    Ok(rows.into_iter().map(PersonCandidate::from).collect())
}

const COMPANIES: &str = "SELECT id, full_name, alternative_names, country_id, website, email FROM companies \
     WHERE deleted_at IS NULL AND (1 = 0";

/// R-MATCH-6 steps 3 and 4: the live companies among `ids`, those whose name may hold the first
/// word of `company_name`, and those whose e-mail may be at `domain`.
pub async fn companies_for(
    tx: &mut Tx,
    ids: &[Id],
    company_name: &str,
    domain: Option<&str>,
) -> Result<Vec<CompanyCandidate>, StoreError> {
    let first_word: String = company_name
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_owned();
    if ids.is_empty() && first_word.is_empty() && domain.is_none() {
        return Ok(Vec::new());
    }
    let rows: Vec<CompanyRow> = dispatch_tx!(tx, |conn, _backend| {
        let mut qb = QueryBuilder::new(COMPANIES);
        if !ids.is_empty() {
            qb.push(" OR id IN (");
            let mut separated = qb.separated(", ");
            for id in ids {
                separated.push_bind(id.0);
            }
            qb.push(")");
        }
        if !first_word.is_empty() {
            qb.push(" OR search_text LIKE ")
                .push_bind(like_pattern(&first_word));
            qb.push(format!(" ESCAPE '{LIKE_ESCAPE}'"));
        }
        if let Some(domain) = domain {
            qb.push(" OR search_text LIKE ")
                .push_bind(like_pattern(&format!("@{domain}")));
            qb.push(format!(" ESCAPE '{LIKE_ESCAPE}'"));
        }
        qb.push(") ORDER BY id LIMIT ").push_bind(MAX_CANDIDATES);
        qb.build_query_as().fetch_all(&mut *conn).await?
    });
    Ok(rows.into_iter().map(CompanyCandidate::from).collect())
}

/// The rows of `public_email_domains` (R-MATCH-3).
pub async fn public_domains(tx: &mut Tx) -> Result<Vec<String>, StoreError> {
    dispatch_tx!(tx, |conn, _backend| {
        Ok(
            sqlx::query_scalar::<_, String>("SELECT domain FROM public_email_domains")
                .fetch_all(&mut *conn)
                .await?,
        )
    })
}

/// R-LEAD-3: the live companies whose `full_name` is exactly `full_name`.
pub async fn companies_named(tx: &mut Tx, full_name: &str) -> Result<Vec<CompanyCandidate>, StoreError> {
    let rows: Vec<CompanyRow> = dispatch_tx!(tx, |conn, backend| {
        sqlx::query_as(crate::dialect::statement(
            backend,
            "SELECT id, full_name, alternative_names, country_id, website, email FROM companies \
             WHERE deleted_at IS NULL AND full_name = ? ORDER BY id LIMIT 100",
        ))
        .bind(full_name)
        .fetch_all(&mut *conn)
        .await?
    });
    Ok(rows.into_iter().map(CompanyCandidate::from).collect())
}

/// R-LEAD-4: the live contacts named exactly `first_name` `last_name`.
pub async fn contacts_named(
    tx: &mut Tx,
    first_name: &str,
    last_name: &str,
) -> Result<Vec<PersonCandidate>, StoreError> {
    let rows: Vec<PersonRow> = dispatch_tx!(tx, |conn, backend| {
        let sql = crate::dialect::statement(
            backend,
            "SELECT p.id, p.first_name, p.last_name, p.email, p.secondary_email, p.phone, p.other_phone, \
             p.mobile, COALESCE(c.full_name, '') AS company_name_for_match, p.company_id \
             FROM contacts p LEFT JOIN companies c ON c.id = p.company_id \
             WHERE p.deleted_at IS NULL AND p.first_name = ? AND p.last_name = ? ORDER BY p.id LIMIT 100",
        );
        sqlx::query_as(sql)
            .bind(first_name)
            .bind(last_name)
            .fetch_all(&mut *conn)
            .await?
    });
    Ok(rows.into_iter().map(PersonCandidate::from).collect())
}

/// The live rows of `table` whose `column` points at `id`, with the version each was read at,
/// for a workflow that re-links them one by one (so each change lands in the history). `table`
/// and `column` are names from the caller's code, never input.
pub async fn referencing(
    tx: &mut Tx,
    table: &'static str,
    column: &'static str,
    id: Id,
) -> Result<Vec<(i64, i32)>, StoreError> {
    dispatch_tx!(tx, |conn, _backend| {
        let mut qb = QueryBuilder::new(format!("SELECT id, version FROM {table} WHERE {column} = "));
        qb.push_bind(id.0).push(" ORDER BY id");
        Ok(qb.build_query_as::<(i64, i32)>().fetch_all(&mut *conn).await?)
    })
}

/// The contact points of a person already stored, for the duplicate check of R-CONT-2.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SamePerson {
    pub id: i64,
    pub email: String,
    pub phone: String,
    pub mobile: String,
    pub other_phone: String,
}

/// R-CONT-2: the live contacts or leads named exactly `first_name` `last_name`, other than
/// `except`.
pub async fn same_named(
    tx: &mut Tx,
    people: People,
    first_name: &str,
    last_name: &str,
    except: Option<Id>,
) -> Result<Vec<SamePerson>, StoreError> {
    let table = match people {
        People::Contacts => "contacts",
        People::Leads => "leads",
    };
    dispatch_tx!(tx, |conn, _backend| {
        let mut qb = QueryBuilder::new(format!(
            "SELECT id, email, phone, mobile, other_phone FROM {table} WHERE deleted_at IS NULL AND first_name = "
        ));
        qb.push_bind(first_name.to_owned());
        qb.push(" AND last_name = ").push_bind(last_name.to_owned());
        if let Some(except) = except {
            qb.push(" AND id <> ").push_bind(except.0);
        }
        qb.push(" ORDER BY id LIMIT 100");
        Ok(qb.build_query_as().fetch_all(&mut *conn).await?)
    })
}
