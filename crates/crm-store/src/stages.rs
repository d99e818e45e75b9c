//! Deal stages (DOMAIN.md §3.7), a per-department list in pipeline order. The per-department
//! invariants (one default, one success stage, …) span rows and are checked before saving.

use crate::record::{Column, Entity, Filter, Kind};

pub static STAGE: Entity = Entity {
    key: "stage",
    table: "stages",
    columns: &[
        Column::new("name", Kind::Text),
        Column::new("department_id", Kind::I64),
        Column::new("index_number", Kind::I16),
        Column::renamed("default", "is_default", Kind::Bool),
        Column::new("second_default", Kind::Bool),
        Column::new("success_stage", Kind::Bool),
        Column::new("conditional_success_stage", Kind::Bool),
        Column::new("goods_shipped", Kind::Bool),
    ],
    read_only: &[],
    links: &[],
    soft_delete: false,
    search: &[],
    token: None,
    modified_by: false,
    sorts: &[("index_number", Kind::I16), ("name", Kind::Text)],
    filters: &[
        Filter::eq("department_id", Kind::I64),
        Filter::within("department_in", "department_id"),
    ],
};

/// R-REF-1: makes room at `index` among the items of `department` in `table` (stages or closing
/// reasons): every other item at or after it moves one place on.
pub async fn make_room(
    tx: &mut crate::Tx,
    table: Ordered,
    department: i64,
    index: i16,
    except: Option<i64>,
) -> Result<(), crate::StoreError> {
    let now = crate::now();
    crate::dispatch_tx!(tx, |conn, _backend| {
        let mut qb = sqlx::QueryBuilder::new(format!(
            "UPDATE {} SET index_number = index_number + 1, version = version + 1, updated_at = ",
            table.name()
        ));
        qb.push_bind(crate::Moment(now));
        qb.push(" WHERE department_id = ").push_bind(department);
        qb.push(" AND index_number >= ").push_bind(index);
        if let Some(except) = except {
            qb.push(" AND id <> ").push_bind(except);
        }
        qb.build().execute(&mut *conn).await?;
        Ok(())
    })
}

/// The per-department lists kept in `index_number` order with renumbering (R-REF-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ordered {
    Stages,
    ClosingReasons,
}

impl Ordered {
    fn name(self) -> &'static str {
        match self {
            Ordered::Stages => "stages",
            Ordered::ClosingReasons => "closing_reasons",
        }
    }
}
