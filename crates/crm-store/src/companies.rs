//! Companies (DOMAIN.md §4.3) on the generic record layer.

use crm_core::Id;
use crm_core::company::{Company, CompanyFilter, CompanyInput, CompanySort};
use crm_core::list::{Page, PageRequest};

use crate::StoreError;
use crate::record::{self, Column, Entity, Filter, Kind, Link, from_fields, to_fields};

pub static COMPANY: Entity = Entity {
    key: "company",
    table: "companies",
    columns: &[
        Column::new("full_name", Kind::Text),
        Column::new("alternative_names", Kind::Text),
        Column::new("website", Kind::Text),
        Column::new("active", Kind::Bool),
        Column::new("phone", Kind::Text),
        Column::new("city_name", Kind::Text),
        Column::new("city_id", Kind::I64),
        Column::new("registration_number", Kind::Text),
        Column::new("country_id", Kind::I64),
        Column::new("type_id", Kind::I64),
        Column::new("email", Kind::Text),
        Column::new("address", Kind::Text),
        Column::new("region", Kind::Text),
        Column::new("district", Kind::Text),
        Column::new("description", Kind::Text),
        Column::new("disqualified", Kind::Bool),
        Column::new("lead_source_id", Kind::I64),
        Column::new("massmail", Kind::Bool),
        Column::new("was_in_touch", Kind::Date),
        Column::new("owner_id", Kind::I64),
        Column::new("department_id", Kind::I64),
    ],
    read_only: &[Column::new("token", Kind::Text), Column::new("logo", Kind::Text)],
    links: &[
        Link {
            field: "tag_ids",
            table: "company_tags",
            own: "company_id",
            other: "tag_id",
        },
        Link {
            field: "industry_ids",
            table: "company_industries",
            own: "company_id",
            other: "industry_id",
        },
    ],
    soft_delete: true,
    search: &[
        "full_name",
        "alternative_names",
        "website",
        "phone",
        "city_name",
        "address",
        "email",
        "description",
        "registration_number",
    ],
    token: Some("token"),
    modified_by: true,
    sorts: &[
        ("updated_at", Kind::Time),
        ("full_name", Kind::Text),
        ("created_at", Kind::Time),
    ],
    filters: &[
        Filter::eq("owner_id", Kind::I64),
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
        Filter::eq("country_id", Kind::I64),
        Filter::eq("city_id", Kind::I64),
        Filter::eq("type_id", Kind::I64),
        Filter::has_link("tag_id", "tag_ids"),
        Filter::eq("disqualified", Kind::Bool),
        Filter::eq("active", Kind::Bool),
        Filter::from("created_from", "created_at", Kind::Time),
        Filter::until("created_until", "created_at", Kind::Time),
        Filter::from("updated_from", "updated_at", Kind::Time),
        Filter::until("updated_until", "updated_at", Kind::Time),
        // The counterparties of one list page (R-DEAL-19, R-REQ-22).
        Filter::within("id_in", "id"),
    ],
};

/// The company with `id`, live or in the trash.
pub async fn get(db: &crate::Db, id: Id) -> Result<Company, StoreError> {
    from_fields(record::get(db, &COMPANY, id.0).await?)
}

/// Creates a company from a validated input on behalf of `user`.
pub async fn create(db: &crate::Db, user: Option<Id>, input: &CompanyInput) -> Result<Company, StoreError> {
    from_fields(record::create(db, &COMPANY, user.map(|u| u.0), &to_fields(input)?).await?)
}

/// Saves an edit made on `expected_version`; a stale version is a [`StoreError::Conflict`].
pub async fn update(
    db: &crate::Db,
    user: Option<Id>,
    id: Id,
    expected_version: i32,
    input: &CompanyInput,
) -> Result<Company, StoreError> {
    let fields = to_fields(input)?;
    from_fields(record::update(db, &COMPANY, user.map(|u| u.0), id.0, expected_version, &fields).await?)
}

/// Moves a company to the trash (`deleted = true`) or restores it from there.
pub async fn set_deleted(
    db: &crate::Db,
    user: Option<Id>,
    id: Id,
    expected_version: i32,
    deleted: bool,
) -> Result<Company, StoreError> {
    from_fields(record::set_deleted(db, &COMPANY, user.map(|u| u.0), id.0, expected_version, deleted).await?)
}

/// One page of companies.
pub async fn list(
    db: &crate::Db,
    filter: &CompanyFilter,
    sort: CompanySort,
    page: &PageRequest,
) -> Result<Page<Company>, StoreError> {
    let sort = serde_json::to_value(sort)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    record::list_as(db, &COMPANY, &to_fields(filter)?, &sort, page).await
}

/// How many companies match `filter`.
pub async fn count(db: &crate::Db, filter: &CompanyFilter) -> Result<i64, StoreError> {
    record::count(db, &COMPANY, &to_fields(filter)?).await
}
