//! Paged lists: every list is keyset-paged (never OFFSET), so a deep page costs what the first does.

use serde::{Deserialize, Serialize};

/// Most rows one page may hold.
pub const MAX_PAGE_SIZE: u32 = 500;
/// Rows per page when the caller does not say.
pub const DEFAULT_PAGE_SIZE: u32 = 50;

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Opaque position after the last item; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// Where a list starts, how long a page is and in which direction it is sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct PageRequest {
    /// The `next_cursor` of the previous page, or none for the first page.
    pub after: Option<String>,
    /// Rows per page, 1 to [`MAX_PAGE_SIZE`]; default [`DEFAULT_PAGE_SIZE`].
    pub limit: Option<u32>,
    pub descending: bool,
}

impl PageRequest {
    pub fn limit(&self) -> u32 {
        self.limit.unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, MAX_PAGE_SIZE)
    }
}

/// How many rows match a filter. Serialized as a plain number: counts stay far below 2^53, the
/// largest integer a JavaScript number holds exactly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Count(pub i64);

impl specta::Type for Count {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        <specta_typescript::Number as specta::Type>::definition(types)
    }
}
