//! R-REF-4: the reference pickers of a record offer only the items of the record's department
//! (stages, closing reasons, client types, lead sources, industries, products, tags), so a save
//! naming another department's item is refused on that field as a value that was not offered.
//! Items without a department (a product or tag every department shares) fit every record.

use std::collections::HashMap;

use crm_core::Id;
use crm_core::validation::{Rule, Violations};
use crm_store::record::{self, Entity, Fields};
use crm_store::{StoreError, Tx};
use serde_json::Value;

use crate::AppError;
use crate::entities::{CLIENT_TYPE, CLOSING_REASON, DEAL, INDUSTRY, LEAD_SOURCE, PRODUCT, STAGE, TAG};
use crate::fields::id_of;

/// The fields that name a per-department reference item, and the item's entity; a `_ids` field
/// holds a list.
fn references() -> [(&'static str, &'static Entity); 8] {
    [
        ("stage_id", STAGE.entity),
        ("closing_reason_id", CLOSING_REASON.entity),
        ("type_id", CLIENT_TYPE.entity),
        ("lead_source_id", LEAD_SOURCE.entity),
        ("product_id", PRODUCT.entity),
        ("industry_ids", INDUSTRY.entity),
        ("product_ids", PRODUCT.entity),
        ("tag_ids", TAG.entity),
    ]
}

/// The reference fields `entity` has.
fn reference_fields(entity: &Entity) -> Vec<(&'static str, &'static Entity)> {
    references()
        .into_iter()
        .filter(|(field, _)| {
            entity.columns.iter().any(|c| c.field == *field) || entity.links.iter().any(|l| l.field == *field)
        })
        .collect()
}

fn named_ids(input: &Fields, field: &str) -> Vec<Id> {
    match input.get(field) {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_i64).map(Id).collect(),
        Some(_) => id_of(input, field).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The department the record about to be written belongs to: its own, or its deal's for the
/// rows of a deal (outputs).
async fn department_of_record(tx: &mut Tx, entity: &Entity, input: &Fields) -> Result<Option<Id>, AppError> {
    if entity.columns.iter().any(|c| c.field == "department_id") {
        return Ok(id_of(input, "department_id"));
    }
    match id_of(input, "deal_id") {
        Some(deal) => match record::get_in(tx, DEAL.entity, deal.0).await {
            Ok(deal) => Ok(id_of(&deal, "department_id")),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(other) => Err(other.into()),
        },
        None => Ok(None),
    }
}

/// Refuses `input` for `entity` when it names another department's reference item (R-REF-4).
/// A record without a department is not held to one.
pub(crate) async fn check(tx: &mut Tx, entity: &Entity, input: &Fields) -> Result<(), AppError> {
    if reference_fields(entity).is_empty() {
        return Ok(());
    }
    let department = department_of_record(tx, entity, input).await?;
    check_in(tx, entity, input, department).await
}

/// As [`check`], for a record of `department`.
pub(crate) async fn check_in(
    tx: &mut Tx,
    entity: &Entity,
    input: &Fields,
    department: Option<Id>,
) -> Result<(), AppError> {
    if department.is_none() {
        return Ok(());
    }
    let mut departments = HashMap::new();
    for (field, items) in reference_fields(entity) {
        for item in named_ids(input, field) {
            match record::get_in(tx, items, item.0).await {
                Ok(stored) => {
                    departments.insert((items.key, item), id_of(&stored, "department_id"));
                }
                // A missing item is the store's to refuse.
                Err(StoreError::NotFound { .. }) => {}
                Err(other) => return Err(other.into()),
            }
        }
    }
    check_known(entity, input, department, |items, item| {
        departments.get(&(items.key, item)).copied().flatten()
    })
}

/// As [`check_in`], with the items' departments known: `department_of(items, item)` is the
/// department of `item`, an item of `items`; `None` when it has none (it fits every record) or
/// does not exist (the store refuses it).
pub(crate) fn check_known(
    entity: &Entity,
    input: &Fields,
    department: Option<Id>,
    department_of: impl Fn(&Entity, Id) -> Option<Id>,
) -> Result<(), AppError> {
    let Some(department) = department else {
        return Ok(());
    };
    let mut refused = Violations::default();
    for (field, items) in reference_fields(entity) {
        for item in named_ids(input, field) {
            if department_of(items, item).is_some_and(|owner| owner != department) {
                refused.push(field, Rule::NotAChoice);
                break;
            }
        }
    }
    refused.into_result(())?;
    Ok(())
}
