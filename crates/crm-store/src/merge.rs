//! Re-pointing every reference from a duplicate record to its original (R-DUP-1 step 1, 2 and 3):
//! foreign keys of other records, link-table rows (their sets become the union), and generic links
//! (§1.3). The references are found in the database's own catalogue, so a table added later is
//! covered without a change here; their names are then taken from the entity descriptors, so only
//! names written in this crate's code reach the SQL.

use crm_core::Id;
use sqlx::QueryBuilder;

use crate::entities::ALL;
use crate::record::Entity;
use crate::{Db, StoreError, Tx, dispatch_tx, schema};

/// One way a record can be referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// `table.column` of a versioned record points at it.
    Column {
        table: &'static str,
        column: &'static str,
    },
    /// A link table row `(own, other)` names it in `own`.
    Link {
        table: &'static str,
        own: &'static str,
        other: &'static str,
    },
    /// A generic link (`target_type`, `target_id`) of `table` names it.
    Generic { table: &'static str },
}

/// The entity whose table is `table`.
fn entity_of(table: &str) -> Option<&'static Entity> {
    ALL.iter().copied().find(|e| e.table == table)
}

/// The static spelling of `column` of `entity`, when the descriptor knows it.
fn column_of(entity: &'static Entity, column: &str) -> Option<&'static str> {
    entity
        .columns
        .iter()
        .chain(entity.read_only)
        .map(|c| c.column)
        .find(|c| *c == column)
}

/// Every reference to rows of `entity`, from the catalogue of the database `db` serves.
pub async fn references_to(db: &Db, entity: &'static Entity) -> Result<Vec<Reference>, StoreError> {
    let catalogue = schema::read(db).await?;
    let mut found = Vec::new();
    for (table, facts) in &catalogue.tables {
        for key in facts
            .foreign_keys
            .iter()
            .filter(|k| k.references_table == entity.table)
        {
            if let Some(referrer) = entity_of(table) {
                if let Some(column) = column_of(referrer, &key.column) {
                    found.push(Reference::Column {
                        table: referrer.table,
                        column,
                    });
                }
                continue;
            }
            let link = ALL
                .iter()
                .flat_map(|e| e.links.iter())
                .find(|l| l.table == table && l.own == key.column);
            if let Some(link) = link {
                found.push(Reference::Link {
                    table: link.table,
                    own: link.own,
                    other: link.other,
                });
            }
            // Anything else (MySQL's search word tables) belongs to the record itself and goes
            // with it.
        }
    }
    for referrer in ALL {
        let generic = ["target_type", "target_id"]
            .iter()
            .all(|c| column_of(referrer, c).is_some());
        if generic {
            found.push(Reference::Generic {
                table: referrer.table,
            });
        }
    }
    Ok(found)
}

/// Moves every reference of `references` from `duplicate` to `original` (records of `entity`),
/// inside `tx`. Re-pointed records get a new version, so an editor who read them before sees a
/// conflict instead of writing the old link back. Returns how many rows moved.
pub async fn repoint_in(
    tx: &mut Tx,
    entity: &'static Entity,
    references: &[Reference],
    duplicate: Id,
    original: Id,
) -> Result<u64, StoreError> {
    let now = crate::now();
    let mut moved = 0;
    for reference in references {
        moved += dispatch_tx!(tx, |conn, _backend| {
            match *reference {
                Reference::Column { table, column } => {
                    let mut qb = QueryBuilder::new(format!("UPDATE {table} SET {column} = "));
                    qb.push_bind(original.0);
                    qb.push(", version = version + 1, updated_at = ")
                        .push_bind(crate::Moment(now));
                    qb.push(format!(" WHERE {column} = ")).push_bind(duplicate.0);
                    qb.build().execute(&mut *conn).await?.rows_affected()
                }
                Reference::Link { table, own, other } => {
                    // The union: the original gains the duplicate's links it lacks.
                    let mut qb =
                        QueryBuilder::new(format!("INSERT INTO {table} ({own}, {other}) SELECT DISTINCT "));
                    qb.push_bind(original.0);
                    qb.push(format!(", d.{other} FROM {table} d WHERE d.{own} = "))
                        .push_bind(duplicate.0);
                    qb.push(format!(
                        " AND NOT EXISTS (SELECT 1 FROM (SELECT {other} FROM {table} WHERE {own} = "
                    ));
                    qb.push_bind(original.0);
                    qb.push(format!(") o WHERE o.{other} = d.{other})"));
                    let added = qb.build().execute(&mut *conn).await?.rows_affected();
                    let mut qb = QueryBuilder::new(format!("DELETE FROM {table} WHERE {own} = "));
                    qb.push_bind(duplicate.0);
                    qb.build().execute(&mut *conn).await?;
                    added
                }
                Reference::Generic { table } => {
                    let mut qb = QueryBuilder::new(format!("UPDATE {table} SET target_id = "));
                    qb.push_bind(original.0);
                    qb.push(", version = version + 1, updated_at = ")
                        .push_bind(crate::Moment(now));
                    qb.push(" WHERE target_type = ").push_bind(entity.key);
                    qb.push(" AND target_id = ").push_bind(duplicate.0);
                    qb.build().execute(&mut *conn).await?.rows_affected()
                }
            }
        });
    }
    Ok(moved)
}
