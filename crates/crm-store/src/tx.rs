//! A write transaction on any backend, so that a workflow touching several records (a request
//! turned into a deal, a lead converted, a merge) commits all of its changes or none.

use sqlx::{MySql, Postgres, Sqlite, Transaction};

use crate::{Backend, Db, Pool, StoreError};

/// An open write transaction; dropped without [`Tx::commit`], it rolls back.
#[derive(Debug)]
pub enum Tx {
    Postgres(Transaction<'static, Postgres>),
    Mysql(Transaction<'static, MySql>),
    Sqlite(Transaction<'static, Sqlite>),
}

impl Db {
    /// Begins a write transaction (on SQLite one that takes the write lock at once, so two writers
    /// queue instead of failing halfway).
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        let begin = crate::dialect::begin_write(self.backend());
        Ok(match self.pool() {
            Pool::Postgres(pool) => Tx::Postgres(pool.begin_with(begin).await?),
            Pool::Mysql(pool) => Tx::Mysql(pool.begin_with(begin).await?),
            Pool::Sqlite(pool) => Tx::Sqlite(pool.begin_with(begin).await?),
        })
    }
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Postgres(_) => Backend::Postgres,
            Tx::Mysql(_) => Backend::Mysql,
            Tx::Sqlite(_) => Backend::Sqlite,
        }
    }

    /// Marks `name`, a point the transaction can go back to ([`Tx::rollback_to`]) without
    /// losing what it wrote before.
    pub async fn savepoint(&mut self, name: &'static str) -> Result<(), StoreError> {
        self.run(&format!("SAVEPOINT {name}")).await
    }

    /// Forgets the savepoint `name`, keeping what was written since.
    pub async fn release(&mut self, name: &'static str) -> Result<(), StoreError> {
        self.run(&format!("RELEASE SAVEPOINT {name}")).await
    }

    /// Undoes what was written since the savepoint `name`; the transaction goes on from there
    /// (on PostgreSQL, also after a statement failed).
    pub async fn rollback_to(&mut self, name: &'static str) -> Result<(), StoreError> {
        self.run(&format!("ROLLBACK TO SAVEPOINT {name}")).await
    }

    /// Brings the query planner's statistics up to date where tables have grown or shrunk a lot
    /// since they were gathered, as during an import into a small database: planning with the
    /// statistics of a table a hundredth of its size, SQLite scans the whole table where an
    /// index would find a few rows. SQLite gathers none by itself, and a connection reads them
    /// only when it loads the schema, so this runs on the transaction's own connection.
    /// `PRAGMA optimize` re-analyses the tables that grew or shrank tenfold: 0x02 asks for that,
    /// 0x10000 looks at every table, not only those this connection has planned with, and 0x10
    /// reads at most 2,000 entries of each index. Without 0x10 it reads whole tables, which held
    /// up an import's transaction for seconds once its table had grown. PostgreSQL's autovacuum
    /// and InnoDB's automatic statistics do this on the servers.
    pub async fn refresh_statistics(&mut self) -> Result<(), StoreError> {
        if self.backend() == Backend::Sqlite {
            self.run("PRAGMA optimize=0x10012").await?;
        }
        Ok(())
    }

    /// `sql` is made of this crate's own words (savepoint names are `&'static str`).
    async fn run(&mut self, sql: &str) -> Result<(), StoreError> {
        crate::dispatch_tx!(self, |conn, _backend| {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
                .execute(conn)
                .await?;
        });
        Ok(())
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Postgres(tx) => tx.commit().await?,
            Tx::Mysql(tx) => tx.commit().await?,
            Tx::Sqlite(tx) => tx.commit().await?,
        }
        Ok(())
    }
}

/// Runs `$body` with `$conn` bound to the transaction's connection (`&mut <Driver>Connection`)
/// and `$backend` to its [`Backend`], once per driver, like [`crate::dispatch!`] does for pools.
#[macro_export]
macro_rules! dispatch_tx {
    ($tx:expr, |$conn:ident, $backend:ident| $body:expr) => {
        match $tx {
            $crate::Tx::Postgres(inner) => {
                let $backend = $crate::Backend::Postgres;
                let $conn: &mut sqlx::PgConnection = &mut *inner;
                $body
            }
            $crate::Tx::Mysql(inner) => {
                let $backend = $crate::Backend::Mysql;
                let $conn: &mut sqlx::MySqlConnection = &mut *inner;
                $body
            }
            $crate::Tx::Sqlite(inner) => {
                let $backend = $crate::Backend::Sqlite;
                let $conn: &mut sqlx::SqliteConnection = &mut *inner;
                $body
            }
        }
    };
}
