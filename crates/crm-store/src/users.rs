//! Users (DOMAIN.md §2.1) on the generic record layer. Users are deactivated, never deleted, while
//! they own records (R-USER-6), so they have no trash.

use crate::record::{Column, Entity, Filter, Kind, Link};

pub static USER: Entity = Entity {
    key: "user",
    table: "users",
    columns: &[
        Column::new("username", Kind::Text),
        Column::new("first_name", Kind::Text),
        Column::new("last_name", Kind::Text),
        Column::new("email", Kind::Text),
        Column::new("is_active", Kind::Bool),
        Column::new("is_staff", Kind::Bool),
        Column::new("is_superuser", Kind::Bool),
    ],
    // The join date is the creation moment and the last login belongs to the sign-in.
    read_only: &[
        Column::new("date_joined", Kind::Time),
        Column::new("last_login", Kind::Time),
    ],
    links: &[
        Link {
            field: "role_ids",
            table: "user_roles",
            own: "user_id",
            other: "role_id",
        },
        Link {
            field: "department_ids",
            table: "user_departments",
            own: "user_id",
            other: "department_id",
        },
    ],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[
        ("username", Kind::Text),
        ("first_name", Kind::Text),
        ("last_name", Kind::Text),
        ("date_joined", Kind::Time),
    ],
    filters: &[
        Filter::has_link("department_id", "department_ids"),
        Filter::has_link("role_id", "role_ids"),
        Filter::eq("is_active", Kind::Bool),
        Filter::eq("is_staff", Kind::Bool),
        Filter::eq("is_superuser", Kind::Bool),
    ],
};
