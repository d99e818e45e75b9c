//! `--mysql-buffer-pool`: the InnoDB buffer pool a run needs, set for the run and given back after
//! it. MariaDB's packaged default (128 MiB) holds a few percent of the 10^6-deal database, so
//! every figure there would measure the disk; the setting is part of the command in the report,
//! so the run can be repeated as it was made.

use anyhow::{Context as _, Result, bail};
use crm_store::{Db, Pool};

/// The pool size a MariaDB server had before the run changed it.
pub struct Previous {
    admin_url: String,
    bytes: i64,
}

fn mysql(db: &Db) -> Result<&sqlx::MySqlPool> {
    match db.pool() {
        Pool::Mysql(pool) => Ok(pool),
        _ => bail!("--mysql-buffer-pool: CRM_TEST_MYSQL_URL names no MySQL/MariaDB server"),
    }
}

async fn pool_bytes(db: &Db) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT CAST(@@innodb_buffer_pool_size AS SIGNED)")
            .fetch_one(mysql(db)?)
            .await?,
    )
}

async fn set_pool_bytes(db: &Db, bytes: i64) -> Result<()> {
    sqlx::query("SET GLOBAL innodb_buffer_pool_size = ?")
        .bind(bytes)
        .execute(mysql(db)?)
        .await
        .context("SET GLOBAL innodb_buffer_pool_size (the account needs the SUPER privilege)")?;
    Ok(())
}

/// Sets the server's buffer pool to `mib` MiB and returns what it was.
pub async fn set(admin_url: &str, mib: u64) -> Result<Previous> {
    let admin = Db::connect(admin_url, None)
        .await
        .context("connecting to the MariaDB server")?;
    let bytes = pool_bytes(&admin).await?;
    set_pool_bytes(&admin, i64::try_from(mib.saturating_mul(1_048_576))?).await?;
    println!(
        "InnoDB buffer pool: {} MiB for this run (was {} MiB), set back afterwards",
        pool_bytes(&admin).await? / 1_048_576,
        bytes / 1_048_576
    );
    admin.close().await;
    Ok(Previous {
        admin_url: admin_url.to_owned(),
        bytes,
    })
}

/// Gives the server back the pool size it had.
pub async fn restore(previous: Previous) -> Result<()> {
    let admin = Db::connect(&previous.admin_url, None).await?;
    set_pool_bytes(&admin, previous.bytes).await?;
    admin.close().await;
    Ok(())
}
