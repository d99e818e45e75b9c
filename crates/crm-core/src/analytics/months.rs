//! Months of a report: "last 12 months" and the monthly series of exactly 12 points, the current
//! month last (§10, common part).

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The number of points of every monthly series.
pub const SERIES_LENGTH: usize = 12;

/// The first day of the month of `day`.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The first day of the month `offset` months after (negative: before) the month of `day`.
pub fn shift_month(day: NaiveDate, offset: i32) -> NaiveDate {
    let start = month_start(day);
    let months = Months::new(offset.unsigned_abs());
    if offset >= 0 {
        start.checked_add_months(months)
    } else {
        start.checked_sub_months(months)
    }
    .unwrap_or(start)
}

/// §10: "last 12 months" starts here, the same day twelve months before `as_of` (the last day of
/// February when that day does not exist).
pub fn year_ago(as_of: NaiveDate) -> NaiveDate {
    as_of.checked_sub_months(Months::new(12)).unwrap_or(as_of)
}

/// The first days of the 12 months of a series ending with the month of `as_of`, oldest first.
pub fn months_window(as_of: NaiveDate) -> Vec<NaiveDate> {
    (0..12).rev().map(|back| shift_month(as_of, -back)).collect()
}

/// One point of a series of counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MonthCount {
    /// The first day of the month.
    pub month: NaiveDate,
    #[specta(type = specta_typescript::Number)]
    pub count: i64,
}

/// One point of a series of amounts or percentages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MonthValue {
    /// The first day of the month.
    pub month: NaiveDate,
    pub value: Decimal,
}

fn slot(window: &[NaiveDate], day: NaiveDate) -> Option<usize> {
    let month = month_start(day);
    window.iter().position(|m| *m == month)
}

/// How many of `days` fall in each of the 12 months ending with the month of `as_of`; days
/// outside those months are left out, months without any are 0.
pub fn count_by_month(as_of: NaiveDate, days: impl IntoIterator<Item = NaiveDate>) -> Vec<MonthCount> {
    let window = months_window(as_of);
    let mut counts = vec![0_i64; window.len()];
    for day in days {
        if let Some(i) = slot(&window, day) {
            counts[i] += 1;
        }
    }
    window
        .into_iter()
        .zip(counts)
        .map(|(month, count)| MonthCount { month, count })
        .collect()
}

/// The sum of the amounts dated in each of the 12 months ending with the month of `as_of`.
pub fn sum_by_month(
    as_of: NaiveDate,
    amounts: impl IntoIterator<Item = (NaiveDate, Decimal)>,
) -> Vec<MonthValue> {
    let window = months_window(as_of);
    let mut sums = vec![Decimal::ZERO; window.len()];
    for (day, amount) in amounts {
        if let Some(i) = slot(&window, day) {
            sums[i] += amount;
        }
    }
    window
        .into_iter()
        .zip(sums)
        .map(|(month, value)| MonthValue { month, value })
        .collect()
}

/// Whether `day` lies in the 12 months of the series ending with the month of `as_of`.
pub fn in_window(as_of: NaiveDate, day: NaiveDate) -> bool {
    day >= shift_month(as_of, -11) && day < shift_month(as_of, 1)
}

/// The year of `day`'s month and the month number, for labels.
pub fn year_month(day: NaiveDate) -> (i32, u32) {
    (day.year(), day.month())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn a_series_has_twelve_months_the_current_one_last() {
        let window = months_window(day(2026, 3, 15));
        assert_eq!(window.len(), SERIES_LENGTH);
        assert_eq!(window[0], day(2025, 4, 1));
        assert_eq!(window[11], day(2026, 3, 1));
    }

    #[test]
    fn months_without_data_are_zero_and_older_data_is_left_out() {
        let as_of = day(2026, 1, 10);
        let series = count_by_month(
            as_of,
            [
                day(2026, 1, 1),
                day(2026, 1, 31),
                day(2025, 2, 3),
                day(2025, 1, 31),
                day(2026, 2, 1),
            ],
        );
        assert_eq!(series.len(), 12);
        assert_eq!(series[11].count, 2, "January 2026");
        assert_eq!(
            series[0],
            MonthCount {
                month: day(2025, 2, 1),
                count: 1
            }
        );
        assert_eq!(
            series.iter().map(|p| p.count).sum::<i64>(),
            3,
            "13 months ago and the future drop out"
        );
        let sums = sum_by_month(
            as_of,
            [
                (day(2025, 12, 5), Decimal::new(150, 2)),
                (day(2025, 12, 6), Decimal::ONE),
            ],
        );
        assert_eq!(sums[10].value, Decimal::new(250, 2));
        assert!(sums.iter().enumerate().all(|(i, p)| i == 10 || p.value.is_zero()));
    }

    #[test]
    fn a_year_ago_is_the_same_day_or_the_end_of_february() {
        assert_eq!(year_ago(day(2026, 3, 15)), day(2025, 3, 15));
        assert_eq!(year_ago(day(2028, 2, 29)), day(2027, 2, 28));
        assert_eq!(shift_month(day(2026, 1, 31), 1), day(2026, 2, 1));
        assert_eq!(shift_month(day(2026, 1, 31), -1), day(2025, 12, 1));
        assert!(in_window(day(2026, 3, 15), day(2025, 4, 1)));
        assert!(!in_window(day(2026, 3, 15), day(2025, 3, 31)));
        assert!(!in_window(day(2026, 3, 15), day(2026, 4, 1)));
    }
}
