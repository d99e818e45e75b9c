//! R-ANL-9: the date-range presets offered by the date filters of reports and lists.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::months::{month_start, shift_month};

/// R-ANL-9: one preset of a date filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DatePreset {
    Today,
    Past7Days,
    ThisMonth,
    ThisYear,
    LastMonth,
    FirstHalfOfYear,
    NineMonthsOfYear,
    SecondHalfOfLastYear,
}

impl DatePreset {
    /// Every preset, in the order a filter offers them.
    pub const ALL: [DatePreset; 8] = [
        DatePreset::Today,
        DatePreset::Past7Days,
        DatePreset::ThisMonth,
        DatePreset::ThisYear,
        DatePreset::LastMonth,
        DatePreset::FirstHalfOfYear,
        DatePreset::NineMonthsOfYear,
        DatePreset::SecondHalfOfLastYear,
    ];

    /// The fluent message naming the preset.
    pub fn message_id(self) -> &'static str {
        match self {
            DatePreset::Today => "analytics-range-today",
            DatePreset::Past7Days => "analytics-range-past-7-days",
            DatePreset::ThisMonth => "analytics-range-this-month",
            DatePreset::ThisYear => "analytics-range-this-year",
            DatePreset::LastMonth => "analytics-range-last-month",
            DatePreset::FirstHalfOfYear => "analytics-range-first-half-of-year",
            DatePreset::NineMonthsOfYear => "analytics-range-nine-months-of-year",
            DatePreset::SecondHalfOfLastYear => "analytics-range-second-half-of-last-year",
        }
    }
}

/// R-ANL-9: the days a preset covers: from `from` (inclusive) until `until` (exclusive), as the
/// `*_from` / `*_until` filters of the lists take them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DateRange {
    pub preset: DatePreset,
    /// The preset's name in the user's language.
    pub label: String,
    pub from: NaiveDate,
    /// The first day after the range.
    pub until: NaiveDate,
}

fn first_of(year: i32, month: u32, fallback: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(fallback)
}

/// R-ANL-9: (from, until-exclusive) of `preset` seen on `today`. "Past 7 days" is the seven days
/// before today and today; the half-year and nine-month presets are calendar periods of this
/// year, "second half of last year" July to December of last year.
pub fn date_range(preset: DatePreset, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
    let year = today.year();
    let january = first_of(year, 1, today);
    match preset {
        DatePreset::Today => (today, tomorrow),
        DatePreset::Past7Days => (today.checked_sub_days(Days::new(7)).unwrap_or(today), tomorrow),
        DatePreset::ThisMonth => (month_start(today), shift_month(today, 1)),
        DatePreset::ThisYear => (january, first_of(year + 1, 1, today)),
        DatePreset::LastMonth => (shift_month(today, -1), month_start(today)),
        DatePreset::FirstHalfOfYear => (january, first_of(year, 7, today)),
        DatePreset::NineMonthsOfYear => (january, first_of(year, 10, today)),
        DatePreset::SecondHalfOfLastYear => (first_of(year - 1, 7, today), january),
    }
}

/// R-ANL-9: every preset seen on `today`, named by `label`.
pub fn date_ranges(today: NaiveDate, label: impl Fn(DatePreset) -> String) -> Vec<DateRange> {
    DatePreset::ALL
        .into_iter()
        .map(|preset| {
            let (from, until) = date_range(preset, today);
            DateRange {
                preset,
                label: label(preset),
                from,
                until,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn r_anl_9_presets_cover_the_named_periods() {
        let today = day(2026, 3, 15);
        let expect = [
            (DatePreset::Today, day(2026, 3, 15), day(2026, 3, 16)),
            (DatePreset::Past7Days, day(2026, 3, 8), day(2026, 3, 16)),
            (DatePreset::ThisMonth, day(2026, 3, 1), day(2026, 4, 1)),
            (DatePreset::ThisYear, day(2026, 1, 1), day(2027, 1, 1)),
            (DatePreset::LastMonth, day(2026, 2, 1), day(2026, 3, 1)),
            (DatePreset::FirstHalfOfYear, day(2026, 1, 1), day(2026, 7, 1)),
            (DatePreset::NineMonthsOfYear, day(2026, 1, 1), day(2026, 10, 1)),
            (DatePreset::SecondHalfOfLastYear, day(2025, 7, 1), day(2026, 1, 1)),
        ];
        for (preset, from, until) in expect {
            assert_eq!(date_range(preset, today), (from, until), "R-ANL-9 {preset:?}");
        }
    }

    #[test]
    fn r_anl_9_last_month_in_january_is_last_december() {
        let today = day(2026, 1, 31);
        assert_eq!(
            date_range(DatePreset::LastMonth, today),
            (day(2025, 12, 1), day(2026, 1, 1))
        );
        assert_eq!(
            date_range(DatePreset::ThisMonth, day(2026, 12, 31)),
            (day(2026, 12, 1), day(2027, 1, 1))
        );
    }

    #[test]
    fn r_anl_9_every_preset_is_offered_once_with_its_label() {
        let ranges = date_ranges(day(2026, 5, 2), |p| p.message_id().to_owned());
        assert_eq!(ranges.len(), 8);
        assert_eq!(ranges[1].label, "analytics-range-past-7-days");
        assert!(ranges.iter().all(|r| r.from < r.until));
    }
}
