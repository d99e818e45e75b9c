//! The settings lists of DOMAIN.md §5 that steer incoming mail and web forms. The single-row
//! mass-mail and reminder settings are read and saved in place, like [`crate::settings`], and are
//! no records here.

use crate::record::{Column, Entity, Filter, Kind};

/// Free-mail domains, stored lowercase: an address there never identifies a company (R-MATCH-3).
pub static PUBLIC_EMAIL_DOMAIN: Entity = Entity {
    key: "public_email_domain",
    table: "public_email_domains",
    columns: &[Column::new("domain", Kind::Text)],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("domain", Kind::Text), ("created_at", Kind::Time)],
    filters: &[],
};

/// Company names that drop a web-form request.
pub static BANNED_COMPANY_NAME: Entity = Entity {
    key: "banned_company_name",
    table: "banned_company_names",
    columns: &[Column::new("name", Kind::Text)],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[],
};

/// Phrases that drop a web-form request.
pub static STOP_PHRASE: Entity = Entity {
    key: "stop_phrase",
    table: "stop_phrases",
    columns: &[Column::new("phrase", Kind::Text)],
    // Refreshed by the web-form intake whenever the phrase fires, so stale phrases show.
    read_only: &[Column::new("last_occurrence_date", Kind::Date)],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("phrase", Kind::Text), ("last_occurrence_date", Kind::Date)],
    filters: &[],
};

/// When the business day starts (the mass-mail settings, §5), for reminders (R-DEAL-12).
pub async fn business_time_start(db: &crate::Db) -> Result<chrono::NaiveTime, crate::StoreError> {
    let start: Option<chrono::NaiveTime> = crate::dispatch!(db, |pool, _backend| {
        sqlx::query_scalar("SELECT business_time_start FROM massmail_settings WHERE id = 1")
            .fetch_optional(pool)
            .await?
    });
    Ok(start.unwrap_or_else(|| chrono::NaiveTime::from_hms_opt(8, 30, 0).unwrap_or_default()))
}

/// Addresses the CRM never writes to (R-EMAIL-8), stored lowercase.
pub static NOT_ALLOWED_EMAIL: Entity = Entity {
    key: "not_allowed_email",
    table: "not_allowed_emails",
    columns: &[Column::new("email", Kind::Text)],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("email", Kind::Text), ("created_at", Kind::Time)],
    filters: &[],
};

/// Every "not allowed" address (R-EMAIL-8), lowercase.
pub async fn not_allowed_emails(tx: &mut crate::Tx) -> Result<Vec<String>, crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, _backend| {
        Ok(
            sqlx::query_scalar("SELECT email FROM not_allowed_emails ORDER BY email")
                .fetch_all(&mut *conn)
                .await?,
        )
    })
}

/// Names of per-department reference items registered for translation (R-REF-2) [admin].
pub static TRANSLATABLE_NAME: Entity = Entity {
    key: "translatable_name",
    table: "translatable_names",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("translations", Kind::Json),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("name", Kind::Text), ("created_at", Kind::Time)],
    filters: &[Filter::eq("name", Kind::Text)],
};

/// Whether `name` is registered for translation already (R-REF-2).
pub async fn name_registered(tx: &mut crate::Tx, name: &str) -> Result<bool, crate::StoreError> {
    crate::dispatch_tx!(tx, |conn, backend| {
        let known: Option<i64> = sqlx::query_scalar(crate::dialect::statement(
            backend,
            "SELECT id FROM translatable_names WHERE name = ?",
        ))
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
        Ok(known.is_some())
    })
}
