//! The places where the three SQL dialects differ, each named once.

use std::borrow::Cow;

use sqlx::AssertSqlSafe;

use crate::Backend;

/// A statement written once with `?` placeholders, in the form `backend` wants: PostgreSQL numbers
/// them `$1, $2, …`. Only `'static` text is accepted, so values can reach the database only as bound
/// parameters. Statements of this crate never contain a literal `?` inside a string.
pub fn statement(backend: Backend, sql: &'static str) -> AssertSqlSafe<Cow<'static, str>> {
    AssertSqlSafe(placeholders(backend, sql))
}

fn placeholders(backend: Backend, sql: &'static str) -> Cow<'static, str> {
    if backend != Backend::Postgres {
        return Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(ch);
        }
    }
    Cow::Owned(out)
}

/// The statement that opens a writing transaction. SQLite takes the write lock at once
/// (`IMMEDIATE`): a deferred transaction that reads first and then writes after another writer
/// committed fails at once with SQLITE_BUSY instead of waiting for its turn.
pub fn begin_write(backend: Backend) -> &'static str {
    if backend == Backend::Sqlite {
        "BEGIN IMMEDIATE"
    } else {
        "BEGIN"
    }
}

/// Quotes an identifier taken from a whitelist (never from user input).
pub fn quote_ident(backend: Backend, ident: &str) -> String {
    match backend {
        Backend::Mysql => format!("`{ident}`"),
        Backend::Postgres | Backend::Sqlite => format!("\"{ident}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_gets_numbered_placeholders() {
        let sql = "UPDATE t SET a = ?, b = ? WHERE id = ?";
        assert_eq!(
            placeholders(Backend::Postgres, sql),
            "UPDATE t SET a = $1, b = $2 WHERE id = $3"
        );
        assert_eq!(placeholders(Backend::Mysql, sql), sql);
        assert_eq!(placeholders(Backend::Sqlite, sql), sql);
    }
}
