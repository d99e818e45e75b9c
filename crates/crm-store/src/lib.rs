//! Oriel CRM storage: one [`Db`] handle over PostgreSQL, MySQL/MariaDB and SQLite, the migrations of
//! each backend, and one repository module per entity.
//!
//! Why an enum over three typed pools instead of sqlx's `Any` driver: `Any` carries neither
//! `Decimal` nor timestamps, and money must stay exact. Repository code is written once and expanded
//! per backend by [`dispatch!`], so every backend runs monomorphized code with its own driver; the
//! few places where the SQL dialects differ are named functions in [`dialect`].

pub mod analytics;
pub mod assignments;
pub mod attachments;
pub mod bulk;
pub mod chat;
pub mod cities;
pub mod client_types;
pub mod closing_reasons;
pub mod companies;
pub mod contacts;
pub mod countries;
pub mod crm_emails;
pub mod currencies;
mod db;
pub mod deals;
pub mod departments;
pub mod dialect;
pub mod entities;
mod error;
mod exact;
pub mod history;
pub mod imports;
pub mod industries;
mod inserted_id;
pub mod keyset;
pub mod lead_sources;
pub mod leads;
pub mod logins;
pub mod massmail;
pub mod matching;
pub mod merge;
mod moment;
pub mod notices;
pub mod outputs;
pub mod payments;
pub mod product_categories;
pub mod products;
pub mod quality;
pub mod rates;
pub mod record;
pub mod reminders;
pub mod requests;
pub mod roles;
pub mod schema;
pub mod search;
pub mod search_grams;
pub mod settings;
pub mod settings_lists;
pub mod stages;
pub mod tags;
pub mod tasks;
#[cfg(feature = "testing")]
pub mod testing;
mod tx;
pub mod users;

pub use db::{Backend, Db, Pool, default_embedded_path};
pub use error::StoreError;
pub use exact::Exact;
pub use moment::Moment;
pub use tx::Tx;

/// Runs `$body` once per backend with `$pool` bound to that backend's typed pool and `$backend` to
/// its [`Backend`]. The body is compiled three times, once per driver.
#[macro_export]
macro_rules! dispatch {
    ($db:expr, |$pool:ident, $backend:ident| $body:expr) => {
        match $db.pool() {
            $crate::Pool::Postgres($pool) => {
                let $backend = $crate::Backend::Postgres;
                $body
            }
            $crate::Pool::Mysql($pool) => {
                let $backend = $crate::Backend::Mysql;
                $body
            }
            $crate::Pool::Sqlite($pool) => {
                let $backend = $crate::Backend::Sqlite;
                $body
            }
        }
    };
}

/// The current instant at the precision every backend stores (microseconds), so a value read back
/// equals the value written.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}
