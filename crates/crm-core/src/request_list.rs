//! Where the request list starts (R-REQ-22, R-PERM-2): newest first, 30 per page, a sales
//! manager's or operator's own requests by default.

use crate::access::{Actor, Resource, default_owner_filter};
use crate::request::{RequestFilter, RequestSort};

/// Rows per page of the request list (R-REQ-22).
pub const PAGE_SIZE: u32 = 30;

/// R-REQ-22's order: newest first (by creation), descending.
pub fn default_order() -> (RequestSort, bool) {
    (RequestSort::CreatedAt, true)
}

/// R-PERM-2: the requests the user owns or co-owns, for those whose list defaults to their own.
pub fn default_filter(actor: &Actor) -> RequestFilter {
    RequestFilter {
        owner_or_co_owner: default_owner_filter(actor, Resource::Request),
        ..RequestFilter::default()
    }
}
