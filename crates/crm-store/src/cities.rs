//! Cities (DOMAIN.md §3.2), mostly created on the fly from typed city names (R-CITY-2).

use crate::record::{Column, Entity, Filter, Kind};

pub static CITY: Entity = Entity {
    key: "city",
    table: "cities",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("alternative_names", Kind::Text),
        Column::new("country_id", Kind::I64),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &["name", "alternative_names"],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[Filter::eq("country_id", Kind::I64)],
};

/// A city as the name rules (R-CITY-1, R-CITY-2) compare it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CityName {
    pub id: i64,
    pub name: String,
    pub alternative_names: String,
}

/// The cities of `country` whose name or alternative names may hold `text` (case-insensitive),
/// lowest id first: a superset the name rules then decide on.
pub async fn of_country_naming(
    tx: &mut crate::Tx,
    country: i64,
    text: &str,
) -> Result<Vec<CityName>, crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, _backend| {
        let mut qb =
            sqlx::QueryBuilder::new("SELECT id, name, alternative_names FROM cities WHERE country_id = ");
        qb.push_bind(country);
        qb.push(" AND search_text LIKE ")
            .push_bind(crate::search::like_pattern(text));
        qb.push(format!(
            " ESCAPE '{}' ORDER BY id LIMIT 200",
            crate::search::LIKE_ESCAPE
        ));
        Ok(qb.build_query_as().fetch_all(&mut *conn).await?)
    })
}
