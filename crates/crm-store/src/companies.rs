//! Companies: create, get, update, soft delete, restore and the keyset-paged list, each write with
//! its change-history row in the same transaction.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use crm_core::Id;
use crm_core::company::{Company, CompanyFilter, CompanyInput, CompanySort};
use crm_core::list::{Page, PageRequest};
use sqlx::QueryBuilder;

use crate::history::{self, Action};
use crate::inserted_id::InsertedId as _;
use crate::keyset::{Cursor, SortValue, random_token};
use crate::search::{self, LIKE_ESCAPE, Term};
use crate::{Backend, Db, StoreError, dispatch, record_history};

const ENTITY: &str = "company";

const COLUMNS: &str = "id, full_name, alternative_names, website, active, phone, city_name, city_id, \
     registration_number, country_id, type_id, logo, email, address, region, district, description, \
     disqualified, lead_source_id, massmail, token, was_in_touch, owner_id, modified_by_id, department_id, \
     created_at, updated_at, deleted_at, version";

#[derive(sqlx::FromRow)]
struct CompanyRow {
    id: i64,
    full_name: String,
    alternative_names: String,
    website: String,
    active: bool,
    phone: String,
    city_name: String,
    city_id: Option<i64>,
    registration_number: String,
    country_id: Option<i64>,
    type_id: Option<i64>,
    logo: Option<String>,
    email: String,
    address: String,
    region: String,
    district: String,
    description: String,
    disqualified: bool,
    lead_source_id: Option<i64>,
    massmail: bool,
    token: String,
    was_in_touch: Option<NaiveDate>,
    owner_id: Option<i64>,
    modified_by_id: Option<i64>,
    department_id: Option<i64>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    deleted_at: Option<DateTime<Utc>>,
    version: i32,
}

impl CompanyRow {
    fn into_company(self, tag_ids: Vec<Id>, industry_ids: Vec<Id>) -> Company {
        Company {
            id: Id(self.id),
            full_name: self.full_name,
            alternative_names: self.alternative_names,
            website: self.website,
            active: self.active,
            phone: self.phone,
            city_name: self.city_name,
            city_id: self.city_id.map(Id),
            registration_number: self.registration_number,
            country_id: self.country_id.map(Id),
            type_id: self.type_id.map(Id),
            logo: self.logo,
            email: self.email,
            address: self.address,
            region: self.region,
            district: self.district,
            description: self.description,
            disqualified: self.disqualified,
            lead_source_id: self.lead_source_id.map(Id),
            massmail: self.massmail,
            token: self.token,
            was_in_touch: self.was_in_touch,
            owner_id: self.owner_id.map(Id),
            modified_by_id: self.modified_by_id.map(Id),
            department_id: self.department_id.map(Id),
            tag_ids,
            industry_ids,
            created_at: self.created_at,
            updated_at: self.updated_at,
            deleted_at: self.deleted_at,
            version: self.version,
        }
    }
}

/// The searchable fields of DOMAIN.md §4.3, folded for [`search`].
fn search_text(input: &CompanyInput) -> String {
    search::search_text(&[
        &input.full_name,
        &input.alternative_names,
        &input.website,
        &input.phone,
        &input.city_name,
        &input.address,
        &input.email,
        &input.description,
        &input.registration_number,
    ])
}

fn raw(id: Option<Id>) -> Option<i64> {
    id.map(|id| id.0)
}

/// Loads companies with their tag and industry links, keeping the order of `rows`.
macro_rules! with_links {
    ($conn:expr, $rows:expr) => {{
        let rows: Vec<CompanyRow> = $rows;
        let mut tags: HashMap<i64, Vec<Id>> = HashMap::new();
        let mut industries: HashMap<i64, Vec<Id>> = HashMap::new();
        if !rows.is_empty() {
            for (table, column, links) in [
                ("company_tags", "tag_id", &mut tags),
                ("company_industries", "industry_id", &mut industries),
            ] {
                let mut qb = QueryBuilder::new(format!(
                    "SELECT company_id, {column} FROM {table} WHERE company_id IN ("
                ));
                let mut ids = qb.separated(", ");
                for row in &rows {
                    ids.push_bind(row.id);
                }
                qb.push(format!(") ORDER BY company_id, {column}"));
                let pairs: Vec<(i64, i64)> = qb.build_query_as().fetch_all(&mut *$conn).await?;
                for (company, linked) in pairs {
                    links.entry(company).or_default().push(Id(linked));
                }
            }
        }
        rows.into_iter()
            .map(|row| {
                let tag_ids = tags.remove(&row.id).unwrap_or_default();
                let industry_ids = industries.remove(&row.id).unwrap_or_default();
                row.into_company(tag_ids, industry_ids)
            })
            .collect::<Vec<Company>>()
    }};
}

/// Replaces the tag and industry links of company `$id`.
macro_rules! replace_links {
    ($tx:expr, $id:expr, $input:expr) => {{
        for (table, column, linked) in [
            ("company_tags", "tag_id", &$input.tag_ids),
            ("company_industries", "industry_id", &$input.industry_ids),
        ] {
            let mut qb = QueryBuilder::new(format!("DELETE FROM {table} WHERE company_id = "));
            qb.push_bind($id);
            qb.build().execute(&mut *$tx).await?;
            if !linked.is_empty() {
                let mut qb = QueryBuilder::new(format!("INSERT INTO {table} (company_id, {column}) "));
                qb.push_values(linked.iter(), |mut row, linked_id| {
                    row.push_bind($id).push_bind(linked_id.0);
                });
                qb.build().execute(&mut *$tx).await?;
            }
        }
    }};
}

/// Reads one company (live or in the trash) on `$conn`.
macro_rules! fetch_one {
    ($conn:expr, $id:expr) => {{
        let mut qb = QueryBuilder::new(format!("SELECT {COLUMNS} FROM companies WHERE id = "));
        qb.push_bind($id);
        let row: Option<CompanyRow> = qb.build_query_as().fetch_optional(&mut *$conn).await?;
        match row {
            Some(row) => with_links!($conn, vec![row]).pop(),
            None => None,
        }
    }};
}

/// The company with `id`, live or in the trash.
pub async fn get(db: &Db, id: Id) -> Result<Company, StoreError> {
    dispatch!(db, |pool, _backend| {
        let mut conn = pool.acquire().await?;
        fetch_one!(conn, id.0).ok_or(StoreError::NotFound {
            entity: ENTITY,
            id: id.0,
        })
    })
}

/// Creates a company from a validated input on behalf of `user`.
pub async fn create(db: &Db, user: Option<Id>, input: &CompanyInput) -> Result<Company, StoreError> {
    let token = random_token()?;
    let now = crate::now();
    dispatch!(db, |pool, backend| {
        let mut tx = pool.begin().await?;
        let mut qb = QueryBuilder::new(
            "INSERT INTO companies (full_name, alternative_names, website, active, phone, city_name, city_id, \
             registration_number, country_id, type_id, email, address, region, district, description, \
             disqualified, lead_source_id, massmail, token, was_in_touch, owner_id, modified_by_id, \
             department_id, search_text, created_at, updated_at) VALUES (",
        );
        let mut values = qb.separated(", ");
        values
            .push_bind(&input.full_name)
            .push_bind(&input.alternative_names)
            .push_bind(&input.website)
            .push_bind(input.active.unwrap_or(true))
            .push_bind(&input.phone)
            .push_bind(&input.city_name)
            .push_bind(raw(input.city_id))
            .push_bind(&input.registration_number)
            .push_bind(raw(input.country_id))
            .push_bind(raw(input.type_id))
            .push_bind(&input.email)
            .push_bind(&input.address)
            .push_bind(&input.region)
            .push_bind(&input.district)
            .push_bind(&input.description)
            .push_bind(input.disqualified)
            .push_bind(raw(input.lead_source_id))
            .push_bind(input.massmail.unwrap_or(true))
            .push_bind(&token)
            .push_bind(input.was_in_touch)
            .push_bind(raw(input.owner_id))
            .push_bind(raw(user))
            .push_bind(raw(input.department_id))
            .push_bind(search_text(input))
            .push_bind(now)
            .push_bind(now);
        qb.push(")");
        let id = if backend == Backend::Postgres {
            qb.push(" RETURNING id");
            qb.build_query_scalar::<i64>().fetch_one(&mut *tx).await?
        } else {
            let result = qb.build().execute(&mut *tx).await?;
            result
                .inserted_id()
                .ok_or_else(|| StoreError::Corrupt("no id for the new company".into()))?
        };
        replace_links!(tx, id, input);
        let company = fetch_one!(tx, id).ok_or(StoreError::NotFound { entity: ENTITY, id })?;
        record_history!(
            tx,
            backend,
            ENTITY,
            id,
            Action::Create,
            raw(user),
            history::created(&company)
        );
        tx.commit().await?;
        Ok(company)
    })
}

/// Saves an edit made on `expected_version`; a stale version changes nothing and comes back as
/// [`StoreError::Conflict`] with the stored company.
pub async fn update(
    db: &Db,
    user: Option<Id>,
    id: Id,
    expected_version: i32,
    input: &CompanyInput,
) -> Result<Company, StoreError> {
    let now = crate::now();
    dispatch!(db, |pool, backend| {
        let mut tx = pool.begin().await?;
        let before = fetch_one!(tx, id.0).filter(|c| c.deleted_at.is_none());
        let Some(before) = before else {
            return Err(StoreError::NotFound {
                entity: ENTITY,
                id: id.0,
            });
        };
        if before.version != expected_version {
            return Err(conflict(&before));
        }
        let mut qb = QueryBuilder::new("UPDATE companies SET ");
        let mut set = qb.separated(", ");
        set.push("full_name = ").push_bind_unseparated(&input.full_name);
        set.push("alternative_names = ")
            .push_bind_unseparated(&input.alternative_names);
        set.push("website = ").push_bind_unseparated(&input.website);
        set.push("active = ")
            .push_bind_unseparated(input.active.unwrap_or(true));
        set.push("phone = ").push_bind_unseparated(&input.phone);
        set.push("city_name = ").push_bind_unseparated(&input.city_name);
        set.push("city_id = ").push_bind_unseparated(raw(input.city_id));
        set.push("registration_number = ")
            .push_bind_unseparated(&input.registration_number);
        set.push("country_id = ")
            .push_bind_unseparated(raw(input.country_id));
        set.push("type_id = ").push_bind_unseparated(raw(input.type_id));
        set.push("email = ").push_bind_unseparated(&input.email);
        set.push("address = ").push_bind_unseparated(&input.address);
        set.push("region = ").push_bind_unseparated(&input.region);
        set.push("district = ").push_bind_unseparated(&input.district);
        set.push("description = ")
            .push_bind_unseparated(&input.description);
        set.push("disqualified = ")
            .push_bind_unseparated(input.disqualified);
        set.push("lead_source_id = ")
            .push_bind_unseparated(raw(input.lead_source_id));
        set.push("massmail = ")
            .push_bind_unseparated(input.massmail.unwrap_or(true));
        set.push("was_in_touch = ")
            .push_bind_unseparated(input.was_in_touch);
        set.push("owner_id = ").push_bind_unseparated(raw(input.owner_id));
        set.push("modified_by_id = ").push_bind_unseparated(raw(user));
        set.push("department_id = ")
            .push_bind_unseparated(raw(input.department_id));
        set.push("search_text = ")
            .push_bind_unseparated(search_text(input));
        set.push("updated_at = ").push_bind_unseparated(now);
        set.push("version = version + 1");
        qb.push(" WHERE id = ")
            .push_bind(id.0)
            .push(" AND version = ")
            .push_bind(expected_version);
        if qb.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(conflict(&before));
        }
        replace_links!(tx, id.0, input);
        let after = fetch_one!(tx, id.0).ok_or(StoreError::NotFound {
            entity: ENTITY,
            id: id.0,
        })?;
        record_history!(
            tx,
            backend,
            ENTITY,
            id.0,
            Action::Update,
            raw(user),
            history::diff(&before, &after)
        );
        tx.commit().await?;
        Ok(after)
    })
}

/// Moves a company to the trash (`deleted = true`) or restores it from there.
pub async fn set_deleted(
    db: &Db,
    user: Option<Id>,
    id: Id,
    expected_version: i32,
    deleted: bool,
) -> Result<Company, StoreError> {
    let now = crate::now();
    let action = if deleted { Action::Delete } else { Action::Restore };
    dispatch!(db, |pool, backend| {
        let mut tx = pool.begin().await?;
        let Some(before) = fetch_one!(tx, id.0) else {
            return Err(StoreError::NotFound {
                entity: ENTITY,
                id: id.0,
            });
        };
        if before.version != expected_version || before.deleted_at.is_some() == deleted {
            return Err(conflict(&before));
        }
        let mut qb = QueryBuilder::new("UPDATE companies SET deleted_at = ");
        qb.push_bind(deleted.then_some(now));
        qb.push(", modified_by_id = ").push_bind(raw(user));
        qb.push(", updated_at = ").push_bind(now);
        qb.push(", version = version + 1 WHERE id = ").push_bind(id.0);
        qb.push(" AND version = ").push_bind(expected_version);
        if qb.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(conflict(&before));
        }
        let after = fetch_one!(tx, id.0).ok_or(StoreError::NotFound {
            entity: ENTITY,
            id: id.0,
        })?;
        record_history!(
            tx,
            backend,
            ENTITY,
            id.0,
            action,
            raw(user),
            history::diff(&before, &after)
        );
        tx.commit().await?;
        Ok(after)
    })
}

/// Appends the filter's conditions (after a leading condition) to `$qb`.
macro_rules! push_filter {
    ($qb:expr, $filter:expr) => {{
        let filter: &CompanyFilter = $filter;
        $qb.push(if filter.deleted {
            "deleted_at IS NOT NULL"
        } else {
            "deleted_at IS NULL"
        });
        for (column, value) in [
            ("owner_id", filter.owner_id),
            ("department_id", filter.department_id),
            ("country_id", filter.country_id),
            ("city_id", filter.city_id),
            ("type_id", filter.type_id),
        ] {
            if let Some(value) = value {
                $qb.push(format!(" AND {column} = ")).push_bind(value.0);
            }
        }
        if let Some(tag) = filter.tag_id {
            $qb.push(
                " AND EXISTS (SELECT 1 FROM company_tags t WHERE t.company_id = companies.id AND t.tag_id = ",
            );
            $qb.push_bind(tag.0).push(")");
        }
        for (column, value) in [("disqualified", filter.disqualified), ("active", filter.active)] {
            if let Some(value) = value {
                $qb.push(format!(" AND {column} = ")).push_bind(value);
            }
        }
        for (condition, value) in [
            (" AND created_at >= ", filter.created_from),
            (" AND created_at < ", filter.created_until),
            (" AND updated_at >= ", filter.updated_from),
            (" AND updated_at < ", filter.updated_until),
        ] {
            if let Some(value) = value {
                $qb.push(condition).push_bind(value);
            }
        }
        match filter.text.as_deref().and_then(Term::parse) {
            Some(Term::Id(id)) => {
                $qb.push(" AND id = ").push_bind(id);
            }
            Some(Term::Text(text)) => {
                $qb.push(" AND search_text LIKE ")
                    .push_bind(search::like_pattern(&text));
                $qb.push(format!(" ESCAPE '{LIKE_ESCAPE}'"));
            }
            None => {}
        }
    }};
}

fn sort_column(sort: CompanySort) -> &'static str {
    match sort {
        CompanySort::FullName => "full_name",
        CompanySort::CreatedAt => "created_at",
        CompanySort::UpdatedAt => "updated_at",
    }
}

fn sort_value(sort: CompanySort, company: &Company) -> SortValue {
    match sort {
        CompanySort::FullName => SortValue::Text(company.full_name.clone()),
        CompanySort::CreatedAt => SortValue::Time(company.created_at),
        CompanySort::UpdatedAt => SortValue::Time(company.updated_at),
    }
}

/// One page of companies matching `filter`, sorted by `sort` then id, after `page.after`.
pub async fn list(
    db: &Db,
    filter: &CompanyFilter,
    sort: CompanySort,
    page: &PageRequest,
) -> Result<Page<Company>, StoreError> {
    let after = page.after.as_deref().map(Cursor::decode).transpose()?;
    let limit = page.limit();
    let column = sort_column(sort);
    let (order, beyond) = if page.descending {
        ("DESC", "<")
    } else {
        ("ASC", ">")
    };
    let mut items = dispatch!(db, |pool, _backend| {
        let mut conn = pool.acquire().await?;
        let mut qb = QueryBuilder::new(format!("SELECT {COLUMNS} FROM companies WHERE "));
        push_filter!(qb, filter);
        if let Some(cursor) = &after {
            // (column, id) beyond the cursor, spelled out so every backend uses the index.
            qb.push(format!(" AND ({column} {beyond} "));
            match &cursor.value {
                SortValue::Text(text) => qb.push_bind(text.clone()),
                SortValue::Time(time) => qb.push_bind(*time),
            };
            qb.push(format!(" OR ({column} = "));
            match &cursor.value {
                SortValue::Text(text) => qb.push_bind(text.clone()),
                SortValue::Time(time) => qb.push_bind(*time),
            };
            qb.push(format!(" AND id {beyond} "))
                .push_bind(cursor.id)
                .push("))");
        }
        qb.push(format!(" ORDER BY {column} {order}, id {order} LIMIT "));
        qb.push_bind(i64::from(limit) + 1);
        let rows: Vec<CompanyRow> = qb.build_query_as().fetch_all(&mut *conn).await?;
        with_links!(conn, rows)
    });
    let has_more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let next_cursor = items.last().filter(|_| has_more).map(|last| {
        Cursor {
            value: sort_value(sort, last),
            id: last.id.0,
        }
        .encode()
    });
    Ok(Page { items, next_cursor })
}

/// How many companies match `filter`: a separate query, asked for only when the UI shows a total.
pub async fn count(db: &Db, filter: &CompanyFilter) -> Result<i64, StoreError> {
    dispatch!(db, |pool, _backend| {
        let mut qb = QueryBuilder::new("SELECT COUNT(*) FROM companies WHERE ");
        push_filter!(qb, filter);
        Ok(qb.build_query_scalar::<i64>().fetch_one(pool).await?)
    })
}

fn conflict(current: &Company) -> StoreError {
    match serde_json::to_value(current) {
        Ok(json) => StoreError::Conflict {
            entity: ENTITY,
            id: current.id.0,
            version: current.version,
            current: json,
        },
        Err(e) => StoreError::Corrupt(e.to_string()),
    }
}
