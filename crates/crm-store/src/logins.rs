//! Database logins for staff (ARCHITECTURE.md: each staff member signs in to PostgreSQL or
//! MySQL/MariaDB with their own login, whose name is their CRM username). An administrator's
//! connection creates the login and grants it the data rights of the CRM's tables, nothing more:
//! no schema changes, no other databases.
//!
//! DDL takes no bound parameters, so the login name and the password are written into the
//! statements. The name must pass [`is_login_name`] before it gets here, and the password is
//! written as a quoted literal escaped the way each server reads it.

use sqlx::{AssertSqlSafe, Executor};

use crate::{Backend, Db, StoreError, dispatch};

/// Whether `name` can be a login: a letter, then letters, digits, `_`, `.` or `-`, at most 60
/// characters, all ASCII. Usernames outside this set get no login (they may still be CRM users on
/// SQLite).
pub fn is_login_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.len() <= 60
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// `text` as a quoted string literal of `backend`: quotes doubled, and on MySQL (where a backslash
/// escapes under the default SQL mode) backslashes doubled too.
fn literal(backend: Backend, text: &str) -> String {
    let text = if backend == Backend::Mysql {
        text.replace('\\', "\\\\")
    } else {
        text.to_owned()
    };
    format!("'{}'", text.replace('\'', "''"))
}

/// Creates login `name` with `password` on the server `db` is connected to (or gives an existing
/// login a new password) and grants it reading and writing the CRM's data. Does nothing on
/// SQLite, which has no logins.
pub async fn create_login(db: &Db, name: &str, password: &str) -> Result<(), StoreError> {
    if !is_login_name(name) {
        return Err(StoreError::Corrupt(format!(
            "{name:?} cannot be a database login"
        )));
    }
    let statements: Vec<String> = match db.backend() {
        Backend::Sqlite => return Ok(()),
        Backend::Postgres => vec![
            format!(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {name_literal}) THEN \
                 CREATE ROLE \"{name}\" LOGIN; END IF; END $$",
                name_literal = literal(Backend::Postgres, name)
            ),
            format!(
                "ALTER ROLE \"{name}\" LOGIN PASSWORD {}",
                literal(Backend::Postgres, password)
            ),
            format!("GRANT USAGE ON SCHEMA public TO \"{name}\""),
            format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"{name}\""),
            format!("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \"{name}\""),
        ],
        Backend::Mysql => {
            let database: String = dispatch!(db, |pool, _backend| {
                sqlx::query_scalar("SELECT DATABASE()").fetch_one(pool).await?
            });
            let database = database.replace('`', "``");
            vec![
                format!("CREATE USER IF NOT EXISTS {}@'%'", literal(Backend::Mysql, name)),
                format!(
                    "ALTER USER {}@'%' IDENTIFIED BY {}",
                    literal(Backend::Mysql, name),
                    literal(Backend::Mysql, password)
                ),
                format!(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON `{database}`.* TO {}@'%'",
                    literal(Backend::Mysql, name)
                ),
            ]
        }
    };
    dispatch!(db, |pool, _backend| {
        for statement in statements {
            pool.execute(AssertSqlSafe(statement)).await?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_become_logins() {
        for name in ["anna", "anna.berg", "a-b_c9"] {
            assert!(is_login_name(name), "{name}");
        }
        for name in ["", "9lives", "anna\"; DROP", "o'neil", "jörg", &"a".repeat(61)] {
            assert!(!is_login_name(name), "{name}");
        }
    }

    #[test]
    fn quotes_in_a_password_stay_inside_the_literal() {
        assert_eq!(literal(Backend::Postgres, r"it's \"), r"'it''s \'");
        assert_eq!(literal(Backend::Mysql, r"it's \"), r"'it''s \\'");
        assert_eq!(literal(Backend::Mysql, r"\'; DROP"), r"'\\''; DROP'");
    }
}
