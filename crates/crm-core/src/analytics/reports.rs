//! The outputs of the reports of §10 (R-ANL-2 … R-ANL-8, R-ANL-10) and the pure pieces they are
//! computed with. Money is in the report's currency (see [`super::money`]).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::MonthCount;
use super::months::{MonthValue, month_start, months_window, shift_month};
use super::percent::share;
use crate::Id;

/// The currency a report's amounts are in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct ReportMoney {
    pub currency_id: Option<Id>,
    /// Its code, e.g. "USD".
    pub currency: String,
    /// §10: the marketing/state toggle is offered only when the two are different currencies.
    pub toggle: bool,
}

/// R-ANL-2 (c): one payment received in the current month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ReceivedPayment {
    pub payment_id: Id,
    pub deal_id: Id,
    pub deal_name: String,
    /// The deal's counterparty, for the link.
    pub company_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub products: Vec<String>,
    /// Converted with R-CUR-5.
    pub amount: Decimal,
    /// Shown with the representation mark.
    pub through_representation: bool,
    pub payment_date: NaiveDate,
    pub order_number: String,
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
}

/// R-ANL-2 (d): one deal's expected payments of one probability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ForecastRow {
    pub deal_id: Id,
    pub deal_name: String,
    /// The deal's counterparty, for the link.
    pub company_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub products: Vec<String>,
    /// Everything dated before next month, overdue included, at the dated rates.
    pub current_month: Decimal,
    /// Next month, at the currency's current rate.
    pub next_month: Decimal,
    /// The month after, at the currency's current rate.
    pub month_after: Decimal,
    pub order_numbers: Vec<String>,
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
}

/// R-ANL-2 (d): a forecast table with its column totals and grand total.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct Forecast {
    pub rows: Vec<ForecastRow>,
    pub current_month: Decimal,
    pub next_month: Decimal,
    pub month_after: Decimal,
    pub total: Decimal,
}

/// R-ANL-2: the income summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct IncomeReport {
    pub as_of: NaiveDate,
    pub money: ReportMoney,
    /// The department and owner the report covers; none = all.
    pub department_id: Option<Id>,
    pub owner_id: Option<Id>,
    /// (a) "Income monthly (total amount for the current period: …)" in the user's language.
    pub title: String,
    /// (a) received income of the last 12 months, by month.
    pub monthly: Vec<MonthValue>,
    pub total: Decimal,
    /// total − previous_total.
    pub delta: Decimal,
    /// (b) the 12 months before.
    pub previous_monthly: Vec<MonthValue>,
    pub previous_total: Decimal,
    /// (c) payments received in the current month, oldest first, and their total.
    pub received_this_month: Vec<ReceivedPayment>,
    pub received_this_month_total: Decimal,
    /// (d) expected payments.
    pub guaranteed: Forecast,
    pub high_probability: Forecast,
    pub low_probability: Forecast,
    /// (e) for each month, the received income of the 12 months ending with it.
    pub averaged_over_year: Vec<MonthValue>,
    /// (f) deals won in the last 12 months, their average a month (1 decimal) and the average
    /// income a month (integer).
    #[specta(type = specta_typescript::Number)]
    pub won_deals: i64,
    pub won_deals_a_month: Decimal,
    pub income_a_month: Decimal,
}

/// R-ANL-2 (a): the delta as the title shows it: "+" before a gain, "-" before a loss.
pub fn signed(delta: Decimal) -> String {
    if delta > Decimal::ZERO {
        format!("+{delta}")
    } else {
        delta.to_string()
    }
}

/// R-ANL-2 (d): the forecast column of a payment dated `day`, seen on `as_of`: 0 = this month
/// (anything before next month, overdue included), 1 = next month, 2 = the month after; none
/// from the first day of the third month on.
pub fn forecast_column(as_of: NaiveDate, day: NaiveDate) -> Option<usize> {
    if day < shift_month(as_of, 1) {
        Some(0)
    } else if day < shift_month(as_of, 2) {
        Some(1)
    } else if day < shift_month(as_of, 3) {
        Some(2)
    } else {
        None
    }
}

/// R-ANL-2 (e): for each month of the series, the sum of `monthly_income` (24 months, oldest
/// first, ending with the current month) over the 12 months ending with it.
pub fn rolling_year(as_of: NaiveDate, income: &[(NaiveDate, Decimal)]) -> Vec<MonthValue> {
    months_window(as_of)
        .into_iter()
        .map(|month| {
            let from = shift_month(month, -11);
            let until = shift_month(month, 1);
            let value = income
                .iter()
                .filter(|(day, _)| *day >= from && *day < until)
                .map(|(_, amount)| *amount)
                .sum();
            MonthValue { month, value }
        })
        .collect()
}

/// R-ANL-3: the deal summary "for last 365 days".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DealSummary {
    pub as_of: NaiveDate,
    /// Deals whose request was received in the last 12 months.
    #[specta(type = specta_typescript::Number)]
    pub total: i64,
    #[specta(type = specta_typescript::Number)]
    pub relevant: i64,
    #[specta(type = specta_typescript::Number)]
    pub irrelevant: i64,
    /// Deals won in the last 12 months (success reason, closed).
    #[specta(type = specta_typescript::Number)]
    pub won: i64,
    /// Whole days from creation to the win, on average over the won deals.
    #[specta(type = specta_typescript::Number)]
    pub average_days_to_win: i64,
    pub monthly_total: Vec<MonthCount>,
    pub monthly_irrelevant: Vec<MonthCount>,
    pub monthly_relevant: Vec<MonthCount>,
    /// By closing date.
    pub monthly_won: Vec<MonthCount>,
}

/// R-ANL-4: requests of one country (works-globally departments).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CountryRequests {
    pub country_id: Option<Id>,
    #[specta(type = specta_typescript::Number)]
    pub year_requests: i64,
    /// Percent, 1 decimal.
    pub year_conversion: Decimal,
    #[specta(type = specta_typescript::Number)]
    pub all_requests: i64,
    pub all_conversion: Decimal,
}

/// R-ANL-4: the request summary "for last 365 days".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RequestSummary {
    pub as_of: NaiveDate,
    #[specta(type = specta_typescript::Number)]
    pub total: i64,
    #[specta(type = specta_typescript::Number)]
    pub primary: i64,
    /// Percent, 2 decimals.
    pub primary_conversion: Decimal,
    #[specta(type = specta_typescript::Number)]
    pub subsequent: i64,
    pub subsequent_conversion: Decimal,
    /// total / 12, 1 decimal.
    pub average_a_month: Decimal,
    pub monthly: Vec<MonthCount>,
    /// Requests whose deal is relevant.
    #[specta(type = specta_typescript::Number)]
    pub relevant: i64,
    pub monthly_relevant: Vec<MonthCount>,
    /// Only when the selected department works globally.
    pub countries: Option<Vec<CountryRequests>>,
}

/// R-ANL-5: the conversion summary "for the last 365 days".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ConversionSummary {
    pub as_of: NaiveDate,
    #[specta(type = specta_typescript::Number)]
    pub total: i64,
    #[specta(type = specta_typescript::Number)]
    pub won: i64,
    pub conversion: Decimal,
    #[specta(type = specta_typescript::Number)]
    pub primary: i64,
    #[specta(type = specta_typescript::Number)]
    pub primary_won: i64,
    pub primary_conversion: Decimal,
    /// Won ÷ total × 100 per month, 1 decimal.
    pub monthly_conversion: Vec<MonthValue>,
    pub monthly_primary_conversion: Vec<MonthValue>,
}

/// R-ANL-5: won ÷ total × 100 for each month (1 decimal), of requests (receipt day, won).
pub fn monthly_conversion(as_of: NaiveDate, requests: &[(NaiveDate, bool)]) -> Vec<MonthValue> {
    months_window(as_of)
        .into_iter()
        .map(|month| {
            let of_month = requests.iter().filter(|(day, _)| month_start(*day) == month);
            let total = i64::try_from(of_month.clone().count()).unwrap_or(0);
            let won = i64::try_from(of_month.filter(|(_, won)| *won).count()).unwrap_or(0);
            MonthValue {
                month,
                value: share(won, total, 1),
            }
        })
        .collect()
}

/// R-ANL-6: one lead source (or "Not specified").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LeadSourceRow {
    /// None: the "Not specified" row.
    pub lead_source_id: Option<Id>,
    pub name: String,
    #[specta(type = specta_typescript::Number)]
    pub year_requests: i64,
    /// Percent of all requests of the last 365 days, 1 decimal.
    pub year_share: Decimal,
    #[specta(type = specta_typescript::Number)]
    pub all_requests: i64,
    pub all_share: Decimal,
}

/// R-ANL-6: the lead source summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LeadSourceSummary {
    pub as_of: NaiveDate,
    /// The department's sources by their 365-day count, most first, then "Not specified".
    pub rows: Vec<LeadSourceRow>,
    /// The total row (100 %).
    #[specta(type = specta_typescript::Number)]
    pub year_total: i64,
    #[specta(type = specta_typescript::Number)]
    pub all_total: i64,
    /// With one source selected: its requests by month.
    pub monthly: Option<Vec<MonthCount>>,
}

/// R-ANL-6: the rows for `sources` (id, name) and requests (source, received in the last 365
/// days), sorted by the 365-day count descending (then by name), "Not specified" last.
pub fn lead_source_rows(
    sources: &[(Id, String)],
    not_specified: &str,
    requests: &[(Option<Id>, bool)],
) -> Vec<LeadSourceRow> {
    let year_total = i64::try_from(requests.iter().filter(|(_, year)| *year).count()).unwrap_or(0);
    let all_total = i64::try_from(requests.len()).unwrap_or(0);
    let row = |id: Option<Id>, name: &str| {
        let of_source = requests.iter().filter(|(source, _)| *source == id);
        let all = i64::try_from(of_source.clone().count()).unwrap_or(0);
        let year = i64::try_from(of_source.filter(|(_, year)| *year).count()).unwrap_or(0);
        LeadSourceRow {
            lead_source_id: id,
            name: name.to_owned(),
            year_requests: year,
            year_share: share(year, year_total, 1),
            all_requests: all,
            all_share: share(all, all_total, 1),
        }
    };
    let mut rows: Vec<LeadSourceRow> = sources.iter().map(|(id, name)| row(Some(*id), name)).collect();
    rows.sort_by(|a, b| {
        b.year_requests
            .cmp(&a.year_requests)
            .then_with(|| a.name.cmp(&b.name))
    });
    rows.push(row(None, not_specified));
    rows
}

/// R-ANL-7: deals closed with one reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ClosingReasonRow {
    pub closing_reason_id: Id,
    pub name: String,
    #[specta(type = specta_typescript::Number)]
    pub deals: i64,
    /// Percent of all closed relevant deals counted, 1 decimal.
    pub share: Decimal,
}

/// R-ANL-7: deals of one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CountryCount {
    pub country_id: Option<Id>,
    #[specta(type = specta_typescript::Number)]
    pub deals: i64,
}

/// R-ANL-7: what the report adds for one selected reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ClosingReasonDetail {
    pub closing_reason_id: Id,
    /// Its deals by request receipt month, last 12 months.
    pub monthly: Vec<MonthCount>,
    /// Its deals of the last 12 months by country.
    pub countries: Vec<CountryCount>,
}

/// R-ANL-7: the closing reason summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ClosingReasonSummary {
    pub as_of: NaiveDate,
    /// Closed relevant deals counted.
    #[specta(type = specta_typescript::Number)]
    pub total: i64,
    /// Most deals first.
    pub rows: Vec<ClosingReasonRow>,
    pub countries: Vec<CountryCount>,
    pub selected: Option<ClosingReasonDetail>,
}

/// Counts per country, most first (then by id, no country last).
pub fn by_country(countries: impl IntoIterator<Item = Option<Id>>) -> Vec<CountryCount> {
    let mut counts: Vec<CountryCount> = Vec::new();
    for country in countries {
        match counts.iter_mut().find(|c| c.country_id == country) {
            Some(row) => row.deals += 1,
            None => counts.push(CountryCount {
                country_id: country,
                deals: 1,
            }),
        }
    }
    counts.sort_by(|a, b| {
        b.deals
            .cmp(&a.deals)
            .then_with(|| a.country_id.is_none().cmp(&b.country_id.is_none()))
            .then_with(|| a.country_id.cmp(&b.country_id))
    });
    counts
}

/// R-ANL-8: one sold product line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SaleLine {
    pub output_id: Id,
    pub deal_id: Id,
    pub deal_name: String,
    pub product_id: Id,
    pub product_name: String,
    #[specta(type = specta_typescript::Number)]
    pub quantity: i64,
    /// The line amount converted at the date of the deal's first received payment, ÷ quantity.
    pub unit_price: Decimal,
    /// The converted line amount.
    pub amount: Decimal,
    pub company_id: Option<Id>,
    pub lead_id: Option<Id>,
    pub contact_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub co_owner_id: Option<Id>,
    pub order_number: String,
    /// The deal's first received payment.
    pub payment_date: NaiveDate,
}

/// R-ANL-8: one page of the sales report and the totals of every line that matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SalesReport {
    pub as_of: NaiveDate,
    pub money: ReportMoney,
    pub lines: Vec<SaleLine>,
    /// The page shown (from 1) and how many there are, 100 lines each.
    pub page: u32,
    pub pages: u32,
    #[specta(type = specta_typescript::Number)]
    pub total_quantity: i64,
    pub total_amount: Decimal,
}

/// R-ANL-8: lines per page.
pub const SALES_PAGE_SIZE: usize = 100;

/// R-ANL-10: a saved income report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct IncomeSnapshot {
    pub id: Id,
    pub created_at: DateTime<Utc>,
    /// The scope it was saved for; none = all.
    pub department_id: Option<Id>,
    pub owner_id: Option<Id>,
    pub report: IncomeReport,
}

/// R-ANL-10: the automatic snapshot is due from 23:00 (UTC) on the last day of a month until
/// that day ends.
pub fn is_month_end_moment(moment: DateTime<Utc>) -> bool {
    use chrono::Timelike;
    let day = moment.date_naive();
    shift_month(day, 1).pred_opt() == Some(day) && moment.hour() >= 23
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_anl_10_the_month_end_snapshot_is_due_at_23_00_on_the_last_day() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().expect("moment");
        assert!(is_month_end_moment(at("2026-01-31T23:00:00Z")));
        assert!(is_month_end_moment(at("2028-02-29T23:30:00Z")));
        assert!(!is_month_end_moment(at("2026-01-31T22:59:59Z")));
        assert!(!is_month_end_moment(at("2026-01-30T23:00:00Z")));
        assert!(!is_month_end_moment(at("2026-02-28T12:00:00Z")));
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn r_anl_2_forecast_columns_end_before_the_third_month() {
        let as_of = day(2026, 1, 20);
        assert_eq!(
            forecast_column(as_of, day(2025, 11, 3)),
            Some(0),
            "overdue counts now"
        );
        assert_eq!(forecast_column(as_of, day(2026, 1, 31)), Some(0));
        assert_eq!(forecast_column(as_of, day(2026, 2, 1)), Some(1));
        assert_eq!(forecast_column(as_of, day(2026, 3, 31)), Some(2));
        assert_eq!(
            forecast_column(as_of, day(2026, 4, 1)),
            None,
            "before 1 April in January"
        );
    }

    #[test]
    fn r_anl_2_the_delta_is_signed() {
        assert_eq!(signed(Decimal::new(1050, 2)), "+10.50");
        assert_eq!(signed(Decimal::new(-5, 0)), "-5");
        assert_eq!(signed(Decimal::ZERO), "0");
    }

    #[test]
    fn r_anl_2_each_month_averages_the_year_ending_with_it() {
        let as_of = day(2026, 6, 10);
        let income = [
            (day(2025, 6, 30), Decimal::from(100)),
            (day(2025, 7, 1), Decimal::from(10)),
            (day(2026, 6, 1), Decimal::from(1)),
        ];
        let series = rolling_year(as_of, &income);
        assert_eq!(series.len(), 12);
        assert_eq!(series[0].month, day(2025, 7, 1));
        assert_eq!(
            series[0].value,
            Decimal::from(110),
            "July 2025: Aug 2024 … Jul 2025"
        );
        assert_eq!(
            series[11].value,
            Decimal::from(11),
            "June 2026: Jul 2025 … Jun 2026"
        );
    }

    #[test]
    fn r_anl_5_monthly_conversion_per_month_one_decimal() {
        let as_of = day(2026, 3, 5);
        let series = monthly_conversion(
            as_of,
            &[
                (day(2026, 3, 1), true),
                (day(2026, 3, 2), false),
                (day(2026, 3, 3), false),
                (day(2026, 2, 1), true),
            ],
        );
        assert_eq!(series[11].value, Decimal::new(333, 1));
        assert_eq!(series[10].value, Decimal::ONE_HUNDRED);
        assert_eq!(series[9].value, Decimal::ZERO, "a month without requests");
    }

    #[test]
    fn r_anl_6_sources_sorted_by_year_count_with_shares_and_not_specified() {
        let sources = [(Id(1), "exhibition".to_owned()), (Id(2), "website".to_owned())];
        let requests = [
            (Some(Id(1)), false),
            (Some(Id(1)), false),
            (Some(Id(2)), true),
            (None, true),
        ];
        let rows = lead_source_rows(&sources, "Not specified", &requests);
        let summary: Vec<(Option<i64>, i64, Decimal, i64, Decimal)> = rows
            .iter()
            .map(|r| {
                (
                    r.lead_source_id.map(|i| i.0),
                    r.year_requests,
                    r.year_share,
                    r.all_requests,
                    r.all_share,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (Some(2), 1, Decimal::from(50), 1, Decimal::from(25)),
                (Some(1), 0, Decimal::ZERO, 2, Decimal::from(50)),
                (None, 1, Decimal::from(50), 1, Decimal::from(25)),
            ]
        );
    }

    #[test]
    fn r_anl_7_country_counts_most_first() {
        let counts = by_country([Some(Id(3)), None, Some(Id(5)), Some(Id(5))]);
        assert_eq!(
            counts[0],
            CountryCount {
                country_id: Some(Id(5)),
                deals: 2
            }
        );
        assert_eq!(counts[2].country_id, None);
    }
}
