//! Users (DOMAIN.md §2.1) on the generic record layer. Users are deactivated, never deleted, while
//! they own records (R-USER-6), so they have no trash.

use crate::dialect::statement;
use crate::record::{Column, Entity, Filter, Kind, Link};
use crate::{Backend, Db, StoreError, Tx, dispatch, dispatch_tx};

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

/// What the permission rules need to know about one user: their flags, the names of the roles
/// they hold and the departments they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFacts {
    pub id: i64,
    pub username: String,
    pub is_superuser: bool,
    pub is_active: bool,
    pub is_staff: bool,
    pub role_names: Vec<String>,
    pub department_ids: Vec<i64>,
}

#[derive(sqlx::FromRow)]
struct FlagsRow {
    id: i64,
    username: String,
    is_superuser: bool,
    is_active: bool,
    is_staff: bool,
}

const FLAGS: &str = "SELECT id, username, is_superuser, is_active, is_staff FROM users WHERE id = ?";
const ROLE_NAMES: &str =
    "SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.name";
const DEPARTMENT_IDS: &str =
    "SELECT department_id FROM user_departments WHERE user_id = ? ORDER BY department_id";
const BY_USERNAME: &str = "SELECT id FROM users WHERE username = ?";
const ANY_SUPERUSER: &str = "SELECT COUNT(*) FROM users WHERE is_superuser = ? AND is_active = ?";
const ROLE_BY_NAME: &str = "SELECT id FROM roles WHERE name = ?";
const NEW_PROFILE: &str = "INSERT INTO user_profiles (user_id, created_at, updated_at) VALUES (?, ?, ?)";

/// The facts of user `id`, or none when there is no such user.
pub async fn facts(db: &Db, id: i64) -> Result<Option<UserFacts>, StoreError> {
    dispatch!(db, |pool, backend| {
        let Some(row) = sqlx::query_as::<_, FlagsRow>(statement(backend, FLAGS))
            .bind(id)
            .fetch_optional(pool)
            .await?
        else {
            return Ok(None);
        };
        let role_names: Vec<String> = sqlx::query_scalar(statement(backend, ROLE_NAMES))
            .bind(id)
            .fetch_all(pool)
            .await?;
        let department_ids: Vec<i64> = sqlx::query_scalar(statement(backend, DEPARTMENT_IDS))
            .bind(id)
            .fetch_all(pool)
            .await?;
        Ok(Some(UserFacts {
            id: row.id,
            username: row.username,
            is_superuser: row.is_superuser,
            is_active: row.is_active,
            is_staff: row.is_staff,
            role_names,
            department_ids,
        }))
    })
}

/// The id of the user called `username`.
pub async fn id_by_username(db: &Db, username: &str) -> Result<Option<i64>, StoreError> {
    dispatch!(db, |pool, backend| {
        Ok(sqlx::query_scalar(statement(backend, BY_USERNAME))
            .bind(username)
            .fetch_optional(pool)
            .await?)
    })
}

/// Whether any active superuser exists: an installation without one has nobody to administer it
/// yet, and the first person to sign in becomes its administrator.
pub async fn has_active_superuser(db: &Db) -> Result<bool, StoreError> {
    let count: i64 = dispatch!(db, |pool, backend| {
        sqlx::query_scalar(statement(backend, ANY_SUPERUSER))
            .bind(true)
            .bind(true)
            .fetch_one(pool)
            .await?
    });
    Ok(count > 0)
}

/// The database login of the connection (PostgreSQL `current_user`, MySQL `CURRENT_USER()` without
/// its host part); none on SQLite, which has no logins.
pub async fn login_name(db: &Db) -> Result<Option<String>, StoreError> {
    dispatch!(db, |pool, backend| {
        let sql = match backend {
            Backend::Postgres => "SELECT CAST(current_user AS TEXT)",
            Backend::Mysql => "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)",
            Backend::Sqlite => return Ok(None),
        };
        Ok(Some(sqlx::query_scalar::<_, String>(sql).fetch_one(pool).await?))
    })
}

/// The id of the role called `name`.
pub async fn role_id(tx: &mut Tx, name: &str) -> Result<Option<i64>, StoreError> {
    dispatch_tx!(tx, |conn, backend| {
        Ok(sqlx::query_scalar(statement(backend, ROLE_BY_NAME))
            .bind(name)
            .fetch_optional(&mut *conn)
            .await?)
    })
}

/// Creates the profile of a new user (R-USER-1) with the spec's defaults.
pub async fn create_profile(tx: &mut Tx, user_id: i64) -> Result<(), StoreError> {
    let now = crate::now();
    dispatch_tx!(tx, |conn, backend| {
        sqlx::query(statement(backend, NEW_PROFILE))
            .bind(user_id)
            .bind(crate::Moment(now))
            .bind(crate::Moment(now))
            .execute(&mut *conn)
            .await?;
        Ok(())
    })
}

const LANGUAGE: &str = "SELECT language_code FROM user_profiles WHERE user_id = ?";

/// The UI language of user `id` (their profile's), none when they have not chosen one.
pub async fn language(db: &Db, id: i64) -> Result<Option<String>, StoreError> {
    let code: Option<String> = dispatch!(db, |pool, backend| {
        sqlx::query_scalar(statement(backend, LANGUAGE))
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    Ok(code.filter(|c| !c.is_empty()))
}

const ZONE: &str = "SELECT utc_timezone FROM user_profiles WHERE user_id = ?";

/// The time zone chosen in user `id`'s profile, none when they chose none.
pub async fn time_zone(db: &Db, id: i64) -> Result<Option<String>, StoreError> {
    let zone: Option<String> = dispatch!(db, |pool, backend| {
        sqlx::query_scalar(statement(backend, ZONE))
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    Ok(zone.filter(|z| !z.is_empty()))
}
