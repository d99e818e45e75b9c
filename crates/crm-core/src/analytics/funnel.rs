//! R-ANL-1: the sales funnel of the deals closed in the last 12 months.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::percent::{rounded, share};
use crate::Id;

/// One stage at which deals were closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct FunnelRow {
    pub stage_id: Id,
    pub stage_name: String,
    /// Deals closed at this stage.
    #[specta(type = specta_typescript::Number)]
    pub count: i64,
    /// Deals not yet counted after this row.
    #[specta(type = specta_typescript::Number)]
    pub remainder: i64,
    /// What the row shows: the remainder, or the count when nothing remains.
    #[specta(type = specta_typescript::Number)]
    pub shown: i64,
    /// `-p%`, p = round(100 · count / remainder before the row); `-0%` when p = 100.
    pub drop_label: String,
    /// Bar width: remainder / total, 0…1 with four decimals.
    pub width: Decimal,
}

/// R-ANL-1: "Total closed deals" and one row per stage at which deals were closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SalesFunnel {
    /// The label of the total row ("Total closed deals") in the user's language.
    pub total_label: String,
    /// N: the deals closed in the last 12 months that were relevant.
    #[specta(type = specta_typescript::Number)]
    pub total: i64,
    pub rows: Vec<FunnelRow>,
}

/// R-ANL-1: the funnel rows of deals closed at `closed_at` (one stage id per deal), `stages`
/// given in stage order (id, name). Stages at which no deal was closed get no row.
pub fn sales_funnel(total_label: String, stages: &[(Id, String)], closed_at: &[Id]) -> SalesFunnel {
    let total = i64::try_from(closed_at.len()).unwrap_or(i64::MAX);
    let mut before = total;
    let mut rows = Vec::new();
    for (stage_id, stage_name) in stages {
        let count = i64::try_from(closed_at.iter().filter(|s| *s == stage_id).count()).unwrap_or(0);
        if count == 0 {
            continue;
        }
        let remainder = before - count;
        let p = share(count, before, 0);
        let p = if p == Decimal::ONE_HUNDRED {
            Decimal::ZERO
        } else {
            p
        };
        rows.push(FunnelRow {
            stage_id: *stage_id,
            stage_name: stage_name.clone(),
            count,
            remainder,
            shown: if remainder == 0 { count } else { remainder },
            drop_label: format!("-{p}%"),
            width: if total == 0 {
                Decimal::ZERO
            } else {
                rounded(Decimal::from(remainder) / Decimal::from(total), 4)
            },
        });
        before = remainder;
    }
    SalesFunnel {
        total_label,
        total,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stages() -> Vec<(Id, String)> {
        [(1, "request"), (2, "offer"), (3, "invoice"), (4, "won")]
            .into_iter()
            .map(|(id, name)| (Id(id), name.to_owned()))
            .collect()
    }

    #[test]
    fn r_anl_1_rows_follow_stage_order_with_remainders_and_drops() {
        // 8 deals: 2 closed at "request", none at "offer", 1 at "invoice", 5 at "won".
        let closed: Vec<Id> = [4, 1, 4, 3, 4, 1, 4, 4].into_iter().map(Id).collect();
        let funnel = sales_funnel("Total closed deals".into(), &stages(), &closed);
        assert_eq!(funnel.total, 8);
        let rows: Vec<(i64, i64, i64, i64, &str)> = funnel
            .rows
            .iter()
            .map(|r| (r.stage_id.0, r.count, r.remainder, r.shown, r.drop_label.as_str()))
            .collect();
        assert_eq!(
            rows,
            [(1, 2, 6, 6, "-25%"), (3, 1, 5, 5, "-17%"), (4, 5, 0, 5, "-0%"),],
            "R-ANL-1: no row for a stage without closed deals; p = 100 shows as -0%"
        );
        assert_eq!(
            funnel.rows[0].width,
            Decimal::new(75, 2),
            "R-ANL-1: width = r / N"
        );
        assert_eq!(funnel.rows[2].width, Decimal::ZERO);
    }

    #[test]
    fn r_anl_1_no_closed_deals_no_rows() {
        let funnel = sales_funnel(String::new(), &stages(), &[]);
        assert_eq!(funnel.total, 0);
        assert!(funnel.rows.is_empty());
    }
}
