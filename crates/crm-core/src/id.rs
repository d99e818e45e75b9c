//! Record ids.

use serde::{Deserialize, Serialize};

/// The id of a stored record: a 64-bit integer in the database, a plain `number` in TypeScript.
/// Ids are assigned by the database counting up from 1 and stay far below 2^53, the largest
/// integer a JavaScript number holds exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub i64);

impl specta::Type for Id {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        <specta_typescript::Number as specta::Type>::definition(types)
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
