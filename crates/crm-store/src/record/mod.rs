//! Records described by data instead of code: one [`Entity`] descriptor per table says which
//! columns it has, of which kind, which fields are searched, sorted and filtered on, and which link
//! tables it owns. The generic operations below then create, read, update, trash, restore, list and
//! count any entity on every backend, with optimistic concurrency and a change-history row in the
//! same transaction. Typed domain structs cross this layer as JSON objects whose keys are the
//! spec's field names; a list can also hand its rows straight to the typed struct
//! ([`list_as`]), which reads the same fields without the JSON object in between.
//!
//! Why generic: forty-odd entities share exactly these operations; one careful implementation,
//! tested once per backend, beats forty hand-written copies that drift apart.

mod codec;
mod entity;
mod ops;
mod rows;
mod text;

pub use entity::{Column, Entity, Filter, FilterOp, Kind, Link};
pub use ops::{
    Group, count, create, create_in, create_many_in, get, get_in, get_many_in, id_by_token_in, list, list_as,
    patch_in, patch_many_in, purge_in, select_list, set_deleted, set_deleted_in, sum_by, update, update_in,
};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::StoreError;

/// A record as the generic layer sees it: field name → JSON value.
pub type Fields = Map<String, Value>;

/// A typed value as [`Fields`].
pub fn to_fields<T: Serialize>(value: &T) -> Result<Fields, StoreError> {
    match serde_json::to_value(value) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(other) => Err(StoreError::Corrupt(format!("expected an object, got {other}"))),
        Err(e) => Err(StoreError::Corrupt(e.to_string())),
    }
}

/// [`Fields`] as a typed value.
pub fn from_fields<T: DeserializeOwned>(fields: Fields) -> Result<T, StoreError> {
    serde_json::from_value(Value::Object(fields)).map_err(|e| StoreError::Corrupt(e.to_string()))
}
