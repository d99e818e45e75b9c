//! The ceiling: the statements a command's answer needs, issued bare through sqlx on the same
//! pool — the same SELECT list, conditions, order and limit as the record layer writes, and the
//! same look-ups of link tables — with nothing around them: no permission check, no JSON, no
//! typed record, no history.

use anyhow::Result;
use chrono::{DateTime, Utc};
use crm_store::keyset::SortValue;
use crm_store::record::{Entity, select_list};
use crm_store::{Backend, Db, dispatch, search};
use sqlx::{QueryBuilder, Row as _};

/// A value a condition compares with.
#[derive(Debug, Clone)]
pub enum Bind {
    Int(i64),
    Bool(bool),
}

/// One page of a list as the record layer reads it (the indexed search without the probe
/// window: that is the index's ceiling).
#[derive(Debug, Clone)]
pub struct Page<'a> {
    pub entity: &'static Entity,
    pub equal: Vec<(&'static str, Bind)>,
    pub text: Option<&'a str>,
    pub sort: &'static str,
    pub descending: bool,
    pub after: Option<(SortValue, i64)>,
    /// Rows asked for: the page size plus one (the record layer's look-ahead for "more").
    pub limit: i64,
}

macro_rules! push_sort_value {
    ($qb:expr, $value:expr) => {
        match $value {
            SortValue::Text(text) => $qb.push_bind(text.clone()),
            SortValue::Time(time) => $qb.push_bind(crm_store::Moment(*time)),
            SortValue::Date(date) => $qb.push_bind(*date),
            SortValue::Int(int) => $qb.push_bind(*int),
        }
    };
}

/// The link rows of records `ids`, one statement per link table, as the record layer loads them.
macro_rules! links_body {
    ($conn:expr, $entity:expr, $ids:expr) => {{
        for link in $entity.links {
            if $ids.is_empty() {
                continue;
            }
            let mut qb = QueryBuilder::new(format!(
                "SELECT {own}, {other} FROM {table} WHERE {own} IN (",
                own = link.own,
                other = link.other,
                table = link.table
            ));
            let mut list = qb.separated(", ");
            for id in $ids {
                list.push_bind(*id);
            }
            qb.push(format!(") ORDER BY {}, {}", link.own, link.other));
            let _pairs: Vec<(i64, i64)> = qb.build_query_as().fetch_all(&mut *$conn).await?;
        }
    }};
}

/// Reads the page and the link rows of its records; the ids of the page's rows.
pub async fn page(db: &Db, page: &Page<'_>) -> Result<Vec<i64>> {
    let entity = page.entity;
    let (order, beyond, reached) = if page.descending {
        ("DESC", "<", "<=")
    } else {
        ("ASC", ">", ">=")
    };
    let ids = dispatch!(db, |pool, backend| {
        let mut conn = pool.acquire().await?;
        let mut qb = QueryBuilder::new(format!(
            "SELECT {} FROM {} WHERE 1 = 1",
            select_list(entity, backend),
            entity.table
        ));
        if entity.soft_delete {
            qb.push(" AND deleted_at IS NULL");
        }
        for (column, value) in &page.equal {
            qb.push(format!(" AND {column} = "));
            match value {
                Bind::Int(v) => qb.push_bind(*v),
                Bind::Bool(v) => qb.push_bind(*v),
            };
        }
        if let Some(term) = page.text {
            match backend {
                Backend::Sqlite => {
                    if let Some(phrase) = search::fts_phrase(term) {
                        qb.push(format!(
                            " AND id IN (SELECT rowid FROM {0}_fts WHERE {0}_fts MATCH ",
                            entity.table
                        ));
                        qb.push_bind(phrase).push(")");
                    }
                }
                Backend::Mysql => {
                    if let Some(words) = search::gram_query(term) {
                        qb.push(format!(
                            " AND id IN (SELECT id FROM {}_fts WHERE MATCH (grams) AGAINST (",
                            entity.table
                        ));
                        qb.push_bind(words).push(" IN BOOLEAN MODE))");
                    }
                }
                Backend::Postgres => {}
            }
            qb.push(" AND search_text LIKE ")
                .push_bind(search::like_pattern(term));
            qb.push(format!(" ESCAPE '{}'", search::LIKE_ESCAPE));
        }
        if let Some((value, id)) = &page.after {
            let sort = page.sort;
            qb.push(format!(" AND {sort} {reached} "));
            push_sort_value!(qb, value);
            qb.push(format!(" AND ({sort} {beyond} "));
            push_sort_value!(qb, value);
            qb.push(format!(" OR id {beyond} ")).push_bind(*id).push(")");
        }
        qb.push(format!(" ORDER BY {} {order}, id {order} LIMIT ", page.sort));
        qb.push_bind(page.limit);
        let rows = qb.build().fetch_all(&mut *conn).await?;
        let ids = rows
            .iter()
            .map(|row| row.try_get::<i64, _>("id"))
            .collect::<Result<Vec<i64>, _>>()?;
        links_body!(conn, entity, &ids);
        ids
    });
    Ok(ids)
}

/// Reads one record by id and its link rows.
pub async fn record(db: &Db, entity: &'static Entity, id: i64) -> Result<()> {
    dispatch!(db, |pool, backend| {
        let mut conn = pool.acquire().await?;
        let mut qb = QueryBuilder::new(format!(
            "SELECT {} FROM {} WHERE id = ",
            select_list(entity, backend),
            entity.table
        ));
        qb.push_bind(id);
        let rows = qb.build().fetch_all(&mut *conn).await?;
        anyhow::ensure!(rows.len() == 1, "{} {id} not found", entity.key);
        links_body!(conn, entity, &[id]);
    });
    Ok(())
}

/// A moment as every backend stores it (microseconds).
pub fn now() -> DateTime<Utc> {
    crm_store::now()
}
